#include "app/gui/explain_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "app/gui/about_panel.hpp"
#include "app/model/layout.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

void ExplainPanel::draw(const AppState& state, bool covered) {
    const Lang lang = state.lang();
    struct Section {
        const char* key;            // its heading's string
        const char* id;
        bool default_open;
        bool fills;                 // its content takes whatever height it is given (Code's box)
        std::function<void()> body;
    };
    const std::vector<Section> all = {
        {"about.heading", "about", true, false, [&] { draw_about(state); }},
        {"panel.arithmetic", "arithmetic", true, false, [&] { arithmetic.draw(state); }},
        {"panel.shape", "shape", true, false, [&] { shape.draw(state); }},
        {"panel.code", "code", false, true, [&] { code.draw(state); }},
    };
    // Covered, Arithmetic and Shape give way to one line saying why.
    const auto shown = [&](size_t i) { return !covered || (i != 1 && i != 2); };
    const ImGuiStyle& style = ImGui::GetStyle();
    float room = ImGui::GetContentRegionAvail().y;
    std::vector<std::string> labels(all.size());
    std::vector<bool> open(all.size(), false);
    std::vector<float> wanted;
    for (size_t i = 0; i < all.size(); ++i) {
        if (!shown(i)) continue;
        labels[i] = tr(lang, all[i].key) + "###" + all[i].id;
        // What the header will say this frame: ImGui keeps a section's open state by its ID.
        open[i] = ImGui::GetStateStorage()->GetInt(ImGui::GetID(labels[i].c_str()), all[i].default_open ? 1 : 0) != 0;
        room -= ImGui::GetFrameHeight() + style.ItemSpacing.y;
        if (open[i]) {
            room -= style.ItemSpacing.y;
            wanted.push_back(all[i].fills ? 0.0f : wanted_[i]);
        }
    }
    if (covered) room -= ImGui::GetTextLineHeightWithSpacing() * 3.0f;  // the note, wrapped
    const std::vector<float> heights = share_height(room, wanted);
    size_t next = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        if (covered && i == 1) {
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s", tr(lang, "predict.hidden").c_str());
            ImGui::PopTextWrapPos();
        }
        if (!shown(i)) continue;
        const ImGuiTreeNodeFlags flags = all[i].default_open ? ImGuiTreeNodeFlags_DefaultOpen : 0;
        const bool expected = open[i];
        if (!ImGui::CollapsingHeader(labels[i].c_str(), flags)) {
            if (expected) ++next;
            continue;
        }
        // Opened by a click this very frame: a quarter of what is left until the next frame shares.
        const float height = expected ? heights[next++] : ImGui::GetContentRegionAvail().y * 0.25f;
        ImGui::BeginChild(all[i].id, ImVec2(0.0f, std::max(height, ImGui::GetFrameHeight())), false);
        all[i].body();
        wanted_[i] = std::max(ImGui::GetCursorPosY(), 1.0f);
        ImGui::EndChild();
    }
}

}  // namespace convviz
