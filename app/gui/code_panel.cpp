#include "app/gui/code_panel.hpp"

#include <imgui.h>

#include "app/gui/panel_widgets.hpp"
#include "core/i18n/strings.hpp"
#include "core/pytorch_code.hpp"

namespace convviz {

void CodePanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    if (revision != state.revision()) {
        code = pytorch_code(state.scene());
        revision = state.revision();
    }
    const Lang lang = state.lang();
    if (ImGui::Button(with_id(tr(lang, "panel.code.copy"), "Copy").c_str())) ImGui::SetClipboardText(code.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", tr(lang, "panel.code.heading").c_str());
    ImGui::BeginChild("code", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::TextUnformatted(code.c_str(), code.c_str() + code.size());
    ImGui::EndChild();
}

}  // namespace convviz
