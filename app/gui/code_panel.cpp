#include "app/gui/code_panel.hpp"

#include <imgui.h>

#include "core/pytorch_code.hpp"

namespace convviz {

void CodePanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    if (revision != state.revision()) {
        code = pytorch_code(state.scene());
        revision = state.revision();
    }
    if (ImGui::Button("Copy")) ImGui::SetClipboardText(code.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("PyTorch code for this scene");
    ImGui::BeginChild("code", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::TextUnformatted(code.c_str(), code.c_str() + code.size());
    ImGui::EndChild();
}

}  // namespace convviz
