#include "app/gui/arithmetic_panel.hpp"

#include <imgui.h>

#include <algorithm>

#include "core/timeline.hpp"

namespace convviz {

void marked_text(const std::string& text, size_t mark_begin, size_t mark_end, unsigned int mark_colour) {
    // ImGui 1.86 has no coloured runs inside wrapped text: lay the words out here, each piece in
    // its colour, breaking lines at spaces where the panel ends.
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float space = ImGui::CalcTextSize(" ").x;
    bool line_start = true;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find(' ', pos);
        if (end == std::string::npos) end = text.size();
        const float width = ImGui::CalcTextSize(text.data() + pos, text.data() + end).x;
        if (!line_start) {
            ImGui::SameLine(0.0f, 0.0f);
            if (ImGui::GetCursorScreenPos().x + space + width > right) {
                ImGui::NewLine();
            } else {
                ImGui::TextUnformatted(" ");
                ImGui::SameLine(0.0f, 0.0f);
            }
        }
        // A word may straddle the mark's edges: up to three pieces.
        const size_t cuts[] = {pos, std::clamp(mark_begin, pos, end), std::clamp(mark_end, pos, end), end};
        bool first_piece = true;
        for (int i = 0; i < 3; ++i) {
            if (cuts[i] >= cuts[i + 1]) continue;
            if (!first_piece) ImGui::SameLine(0.0f, 0.0f);
            first_piece = false;
            const bool marked = i == 1 && mark_begin < mark_end;
            if (marked) ImGui::PushStyleColor(ImGuiCol_Text, mark_colour);
            ImGui::TextUnformatted(text.data() + cuts[i], text.data() + cuts[i + 1]);
            if (marked) ImGui::PopStyleColor();
        }
        if (first_piece) ImGui::TextUnformatted("");
        line_start = false;
        pos = end + 1;
    }
}

void ArithmeticPanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    const Timeline& line = state.timeline();
    const double duration = line.duration();
    const TimePoint at = line.at(std::min(state.playback().t, duration - 1e-6));
    ImGui::TextDisabled("phase %s, step %lld of %lld", name(at.phase), static_cast<long long>(at.step + 1),
                        static_cast<long long>(line.phases()[static_cast<size_t>(at.phase_index)].steps));
    bool any = false;
    for (const FrameText& text : state.frame().texts) {
        if (text.kind != TextKind::caption) continue;
        any = true;
        marked_text(text.text, text.mark_begin, text.mark_end, IM_COL32(203, 75, 22, 255));
    }
    if (!any) ImGui::TextDisabled("(no arithmetic at this moment)");
}

}  // namespace convviz
