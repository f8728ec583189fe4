#include "app/gui/playback_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/model/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "core/i18n/strings.hpp"
#include "core/timeline.hpp"

namespace convviz {

namespace {

constexpr double kSpeeds[] = {0.125, 0.25, 0.5, 1.0, 1.5, 2.0, 4.0, 8.0};
// A speed the slider left between two round ones (a float's rounding) still counts as the one.
constexpr double kSameSpeed = 1e-9;

}  // namespace

void change_speed(Playback& playback, int direction) {
    const auto* const begin = std::begin(kSpeeds);
    const auto* const end = std::end(kSpeeds);
    const auto* it = std::lower_bound(begin, end, playback.speed - kSameSpeed);
    if (direction > 0) {
        if (it != end && *it <= playback.speed + kSameSpeed) ++it;
        if (it != end) playback.speed = *it;
    } else if (it != begin) {
        playback.speed = *(it - 1);
    }
}

void PlaybackPanel::draw(AppState& state) {
    if (!state.has_scene()) return;
    Playback& p = state.playback();
    const Timeline& line = state.timeline();
    const double duration = line.duration();
    const float button = ImGui::GetFrameHeight() * 1.6f;

    const Lang lang = state.lang();

    if (ImGui::Button("|<", ImVec2(button, 0))) state.to_start();
    param_tip(lang, "playback", "start");
    ImGui::SameLine();
    if (ImGui::Button("<", ImVec2(button, 0))) state.step_by(-1);
    param_tip(lang, "playback", "back");
    ImGui::SameLine();
    const std::string play = with_id(p.playing ? tr(lang, "panel.playback.pause") : tr(lang, "panel.playback.play"), "play");
    if (ImGui::Button(play.c_str(), ImVec2(button * 1.8f, 0))) state.toggle_playing();
    param_tip(lang, "playback", "play");
    ImGui::SameLine();
    if (ImGui::Button(">", ImVec2(button, 0))) state.step_by(1);
    param_tip(lang, "playback", "forward");
    ImGui::SameLine();
    if (ImGui::Button(">|", ImVec2(button, 0))) state.to_end();
    param_tip(lang, "playback", "end");
    ImGui::SameLine();

    const std::string label = time_slider_format(lang, line, p.t);
    float t = static_cast<float>(p.t);
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 16.0f, 120.0f));
    // The step and time are written across the slider: a see-through handle leaves them readable
    // wherever it is.
    for (ImGuiCol part : {ImGuiCol_SliderGrab, ImGuiCol_SliderGrabActive}) {
        ImVec4 colour = ImGui::GetStyleColorVec4(part);
        colour.w *= 0.45f;
        ImGui::PushStyleColor(part, colour);
    }
    if (ImGui::SliderFloat("##time", &t, 0.0f, static_cast<float>(duration), label.c_str(),
                           ImGuiSliderFlags_NoRoundToFormat | ImGuiSliderFlags_AlwaysClamp)) {
        state.seek(t);
        p.playing = false;
    }
    ImGui::PopStyleColor(2);
    param_tip(lang, "playback", "time");
    ImGui::SameLine();
    float speed = static_cast<float>(p.speed);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    // The value's place in the words is a printf format, filled by the slider.
    const std::string speed_format = tr(lang, "panel.playback.speed", "%.2g");
    if (ImGui::SliderFloat("##speed", &speed, static_cast<float>(kSpeeds[0]), static_cast<float>(std::end(kSpeeds)[-1]),
                           speed_format.c_str(),
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        p.speed = speed;
    }
    param_tip(lang, "playback", "speed");
    ImGui::SameLine();
    ImGui::Checkbox(with_id(tr(lang, "panel.playback.loop"), "Loop").c_str(), &p.loop);
    param_tip(lang, "playback", "loop");
}

}  // namespace convviz
