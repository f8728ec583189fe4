// Values: the scene's tensors (input, weight, bias) as tables of numbers, one plane per channel;
// click a number to edit it. Fill a tensor with integers, random normals, ones or arange, or open
// one of the built-in presets. Each change goes through AppState::show(), so an edit is one new
// scene, never a partial one. UI only.
#pragma once

#include <cstdint>
#include <vector>

#include "app/model/app_state.hpp"
#include "core/scene.hpp"

namespace convviz {

struct ValuesPanel {
    int tensor = 0;         // 0 input, 1 weight, 2 bias
    uint64_t seed = 1;      // grows with each random fill, so the next one differs
    int64_t plane[2] = {0, 0};  // the (n, c) plane shown for editing

    // Returns a preset the user chose (the App opens it, asking first about unsaved changes).
    const Scene* draw(AppState& state, const std::vector<Scene>& presets);
};

// The presets menu entries (shared by the Values panel and the menu bar): the one chosen, if any.
const Scene* preset_menu_items(const AppState& state, const std::vector<Scene>& presets);

}  // namespace convviz
