#include "app/gui/shape_panel.hpp"

#include <imgui.h>

#include "app/gui/arithmetic_panel.hpp"
#include "app/gui/theme.hpp"
#include "app/model/panel_text.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

void ShapePanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    if (revision != state.revision() || lang != state.lang()) {
        derivation = shape_derivation(state.scene(), state.lang(), inverse);
        revision = state.revision();
        lang = state.lang();
    }
    if (!state.error().empty()) {
        // The edit was refused: the scene behind it is not what the user set, so its shape is not
        // shown; the rule broken is, as the canvas shows it.
        ImGui::TextWrapped("%s", tr(state.lang(), "panel.shape.invalid").c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, ui_colour32(ui_palette().mark));
        ImGui::TextWrapped("%s", state.error().c_str());
        ImGui::PopStyleColor();
        return;
    }
    if (const std::optional<FrameText> formula = joined_text(state.frame(), TextKind::formula)) {
        marked_text(formula->text, formula->mark_begin, formula->mark_end, ui_colour32(ui_palette().mark));
    }
    ImGui::Separator();
    for (const std::string& line : derivation) ImGui::TextWrapped("%s", line.c_str());
    if (inverse.empty()) return;
    ImGui::Separator();
    for (const std::string& line : inverse) ImGui::TextWrapped("%s", line.c_str());
}

}  // namespace convviz
