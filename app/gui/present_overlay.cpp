#include "app/gui/present_overlay.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/gui/theme.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr double kPointerSeconds = 1.5;  // the highlight stays this long after the mouse stops

}  // namespace

void Pointer::see(float mouse_x, float mouse_y, double now) {
    if (mouse_x == x && mouse_y == y) return;
    if (x >= 0.0f) moved_at = now;
    x = mouse_x;
    y = mouse_y;
}

bool Pointer::moving(double now) const { return now - moved_at < kPointerSeconds; }

StepCount step_count(const AppState& state) {
    if (!state.has_scene()) return {};
    return state.timeline().step_count(state.playback().t);
}

void draw_presentation_overlay(const Presentation& present, const AppState& state, const LessonDocument& lesson,
                               Pointer& pointer, double now) {
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 size = io.DisplaySize;
    const Palette& p = ui_palette();
    if (present.blank) {
        draw->AddRectFilled(ImVec2(0, 0), size, ui_colour32(p.blank));
        return;
    }
    const float em = ImGui::GetFontSize();
    if (present.strip && state.has_scene()) {
        const StepCount count = step_count(state);
        std::string text = tr(state.lang(), "present.step", count.step, count.steps);
        if (lesson.lesson && !lesson.lesson->scenes.empty()) {
            const size_t at = std::min(lesson.at, lesson.lesson->scenes.size() - 1);
            text += "   ·   " + tr(state.lang(), "present.scene", at + 1, lesson.lesson->scenes.size(),
                                   lesson.lesson->scenes[at].title);
        }
        const float band = em * 1.5f;
        const ImVec2 top(0, size.y - band);
        draw->AddRectFilled(top, size, ui_colour32(p.strip));
        const double duration = state.timeline().duration();
        const float done = duration > 0.0 ? static_cast<float>(std::clamp(state.playback().t / duration, 0.0, 1.0)) : 1.0f;
        draw->AddRectFilled(top, ImVec2(size.x * done, top.y + em * 0.2f), ui_colour32(p.strip_progress));
        draw->AddText(ImVec2(em * 0.6f, top.y + (band - em) * 0.5f + em * 0.1f), ui_colour32(p.strip_text), text.c_str());
    }
    const ImVec2 mouse = io.MousePos;
    pointer.see(mouse.x, mouse.y, now);
    const double since = now - pointer.moved_at;
    if (pointer.moving(now) && mouse.x >= 0.0f) {
        const float fade = static_cast<float>(std::min(1.0, 3.0 * (kPointerSeconds - since) / kPointerSeconds));
        draw->AddCircleFilled(mouse, em * 1.6f, ui_colour32(p.pointer, 0.30f * fade), 48);
        draw->AddCircle(mouse, em * 1.6f, ui_colour32(p.pointer, 0.95f * fade), 48, em * 0.22f);
        draw->AddCircleFilled(mouse, em * 0.28f, ui_colour32(p.pointer, fade), 16);
    }
}

}  // namespace convviz
