#include "app/gui/preset_menu.hpp"

#include <imgui.h>

#include <string>

#include "app/model/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"

namespace convviz {

const Scene* preset_family_menus(const AppState& state, const std::vector<Scene>& presets) {
    const Lang lang = state.lang();
    const Scene* chosen = nullptr;
    const std::optional<PresetFamily> current = preset_family(state.scene().id);
    const auto entry = [&](const Scene& preset) {
        // The id after ### keeps the item's ID whatever the language of its title.
        const std::string label = with_id(preset_menu_label(lang, preset), preset.id);
        if (ImGui::MenuItem(label.c_str(), nullptr, state.scene().id == preset.id)) chosen = &preset;
    };
    for (PresetFamily family : kPresetFamilies) {
        const std::string key = cat("menu.family_", name(family));
        // A bullet marks the family of the scene on screen.
        const std::string title = with_id(std::string(current == family ? "• " : "") + tr(lang, key), key);
        if (!ImGui::BeginMenu(title.c_str())) continue;
        for (const Scene& preset : presets) {
            if (preset_family(preset.id) == family) entry(preset);
        }
        ImGui::EndMenu();
    }
    // A preset of no family (none today; tests/test_scene.cpp) is still offered.
    for (const Scene& preset : presets) {
        if (!preset_family(preset.id)) entry(preset);
    }
    return chosen;
}

const Scene* PresetMenu::items(const AppState& state, const std::vector<Scene>& presets) {
    const int frame = ImGui::GetFrameCount();
    if (last_frame_ != frame - 1) opening_press_ = ImGui::IsMouseDown(ImGuiMouseButton_Left);
    last_frame_ = frame;
    const Scene* chosen = preset_family_menus(state, presets);
    if (opening_press_) {
        chosen = nullptr;
        if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) opening_press_ = false;
    }
    return chosen;
}

}  // namespace convviz
