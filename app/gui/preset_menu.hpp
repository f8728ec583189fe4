// The Presets menu: one submenu per family (core/presets.hpp: the conv_arithmetic figures, the
// course examples, pooling, upsampling, shuffle, the large scenes), so that no list is taller than
// the window and the menu opens below the bar. ImGui's menu items select on the mouse's release:
// PresetMenu ignores the release of the press that opened the menu, wherever the list landed.
// UI only: the App opens the chosen preset.
#pragma once

#include <cstdint>
#include <vector>

#include "app/model/app_state.hpp"
#include "core/scene.hpp"

namespace convviz {

// The family submenus' items, inside an open menu or popup; the preset chosen, if any.
const Scene* preset_family_menus(const AppState& state, const std::vector<Scene>& presets);

struct PresetMenu {
    // Call each frame the menu is open, inside it: its submenus, and the preset chosen — never by
    // the release of the press that opened it.
    const Scene* items(const AppState& state, const std::vector<Scene>& presets);

private:
    int last_frame_ = -2;         // the last frame items() ran: a gap means the menu opened anew
    bool opening_press_ = false;  // the press that opened the menu is still down (or ends now)
};

}  // namespace convviz
