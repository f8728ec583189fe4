#include "app/gui/about_panel.hpp"

#include <imgui.h>

#include "core/i18n/strings.hpp"

namespace convviz {

void draw_about(const AppState& state) {
    if (!state.has_scene()) return;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr(state.lang(), cat("about.", name(state.scene().view.kind))).c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace convviz
