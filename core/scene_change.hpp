// What one edit changed in a scene, in a few words, for the Edit menu's "Undo stride 2 → 3": the
// op, the preset, the view, one parameter with its old and new values, a tensor's shape or values,
// or the title. It compares what the scene's file would say; it keeps nothing and computes no op.
#pragma once

#include <string>

#include "core/i18n/lang.hpp"
#include "core/scene.hpp"

namespace convviz {

// The most telling difference between `before` and `after` (an op switch over the parameters it
// reset, one parameter by name and values, several by their count), in `lang`. "the scene" when
// nothing is found to name.
std::string describe_change(const Scene& before, const Scene& after, Lang lang = Lang::en);

}  // namespace convviz
