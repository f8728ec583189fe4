#include "app/gui/shape_panel.hpp"

#include <imgui.h>

#include "app/gui/arithmetic_panel.hpp"
#include "app/gui/panel_text.hpp"

namespace convviz {

void ShapePanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    if (revision != state.revision() || lang != state.lang()) {
        derivation = shape_derivation(state.scene(), state.lang(), inverse);
        revision = state.revision();
        lang = state.lang();
    }
    for (const FrameText& text : state.frame().texts) {
        if (text.kind != TextKind::formula) continue;
        marked_text(text.text, text.mark_begin, text.mark_end, IM_COL32(203, 75, 22, 255));
    }
    ImGui::Separator();
    for (const std::string& line : derivation) ImGui::TextWrapped("%s", line.c_str());
    if (inverse.empty()) return;
    ImGui::Separator();
    for (const std::string& line : inverse) ImGui::TextWrapped("%s", line.c_str());
}

}  // namespace convviz
