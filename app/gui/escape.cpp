#include "app/gui/escape.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace convviz {

bool close_menus_on_escape() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    // The popups above the topmost modal close; the modal and what lies below it stay.
    int keep = 0;
    for (int i = g.OpenPopupStack.Size - 1; i >= 0; --i) {
        const ImGuiWindow* window = g.OpenPopupStack[i].Window;
        if (window != nullptr && (window->Flags & ImGuiWindowFlags_Modal) != 0) {
            keep = i + 1;
            break;
        }
    }
    if (keep >= g.OpenPopupStack.Size) return false;
    ImGui::ClosePopupToLevel(keep, true);
    return true;
}

}  // namespace convviz
