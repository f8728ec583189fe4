// The ImGui colours of each theme: ImGui's own light or dark style, accented with the canvas
// palette so the panels and the pictures belong together. Style only; the canvas is the renderer's.
#pragma once

#include "app/render/palette.hpp"

namespace convviz {

void apply_imgui_theme(ThemeKind theme, float scale);

}  // namespace convviz
