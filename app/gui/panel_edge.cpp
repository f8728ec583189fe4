#include "app/gui/panel_edge.hpp"

#include <imgui.h>

#include <algorithm>

namespace convviz {

bool panel_edge(const char* id, float& panel_em, const PanelRect& panel, bool left, float em, float window_width) {
    const float grip = std::max(6.0f, em * 0.4f);
    const float x = left ? panel.x + panel.width : panel.x - grip;
    const ImVec2 cursor = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(x, panel.y));
    ImGui::InvisibleButton(id, ImVec2(grip, panel.height));
    const bool dragged = ImGui::IsItemActive();
    if (ImGui::IsItemHovered() || dragged) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    const float dx = ImGui::GetIO().MouseDelta.x;
    if (dragged && dx != 0.0f) {
        panel_em = left ? dragged_left_em(panel_em, dx, em, window_width) : dragged_right_em(panel_em, dx, em, window_width);
    }
    ImGui::SetCursorScreenPos(cursor);
    return dragged;
}

}  // namespace convviz
