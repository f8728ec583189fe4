#include "app/gui/arithmetic_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "app/gui/theme.hpp"
#include "app/model/panel_text.hpp"
#include "core/i18n/strings.hpp"
#include "core/timeline.hpp"

namespace convviz {

void marked_text(const std::string& text, size_t mark_begin, size_t mark_end, unsigned int mark_colour) {
    // ImGui 1.86 has no coloured runs inside wrapped text: lay the words out here, each piece in
    // its colour, breaking lines at spaces where the panel ends, and inside a word between Chinese
    // characters (Chinese puts no spaces between words).
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float space = ImGui::CalcTextSize(" ").x;
    bool line_start = true;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find(' ', pos);
        if (end == std::string::npos) end = text.size();
        std::vector<size_t> cuts = line_breaks_within(std::string_view(text).substr(pos, end - pos));
        for (size_t& cut : cuts) cut += pos;
        cuts.insert(cuts.begin(), pos);
        cuts.push_back(end);
        for (size_t part = 0; part + 1 < cuts.size(); ++part) {
            const size_t from = cuts[part];
            const size_t to = cuts[part + 1];
            const float width = ImGui::CalcTextSize(text.data() + from, text.data() + to).x;
            if (part > 0) {
                // Within a word: no space; a new line when the piece does not fit.
                ImGui::SameLine(0.0f, 0.0f);
                if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
            } else if (!line_start) {
                ImGui::SameLine(0.0f, 0.0f);
                if (ImGui::GetCursorScreenPos().x + space + width > right) {
                    ImGui::NewLine();
                } else {
                    ImGui::TextUnformatted(" ");
                    ImGui::SameLine(0.0f, 0.0f);
                }
            }
            // A piece may straddle the mark's edges: up to three runs.
            const size_t runs[] = {from, std::clamp(mark_begin, from, to), std::clamp(mark_end, from, to), to};
            bool first_run = true;
            for (int i = 0; i < 3; ++i) {
                if (runs[i] >= runs[i + 1]) continue;
                if (!first_run) ImGui::SameLine(0.0f, 0.0f);
                first_run = false;
                const bool marked = i == 1 && mark_begin < mark_end;
                if (marked) ImGui::PushStyleColor(ImGuiCol_Text, mark_colour);
                ImGui::TextUnformatted(text.data() + runs[i], text.data() + runs[i + 1]);
                if (marked) ImGui::PopStyleColor();
            }
            if (first_run) ImGui::TextUnformatted("");
        }
        line_start = false;
        pos = end + 1;
    }
}

void ArithmeticPanel::draw(const AppState& state) {
    if (!state.has_scene()) return;
    const Lang lang = state.lang();
    ImGui::TextDisabled("%s", phase_step_line(lang, state.timeline(), state.playback().t).c_str());
    // Whole, as one paragraph the panel wraps to its own width, not in the canvas' lines.
    if (const std::optional<FrameText> caption = joined_text(state.frame(), TextKind::caption)) {
        marked_text(caption->text, caption->mark_begin, caption->mark_end, ui_colour32(ui_palette().mark));
    } else {
        ImGui::TextDisabled("%s", tr(lang, "panel.arithmetic.none").c_str());
    }
}

}  // namespace convviz
