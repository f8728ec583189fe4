#include "app/gui/playback_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/timeline.hpp"

namespace convviz {

namespace {

constexpr double kSpeeds[] = {0.125, 0.25, 0.5, 1.0, 1.5, 2.0, 4.0, 8.0};

void change_speed(Playback& playback, int direction) {
    const auto* const begin = std::begin(kSpeeds);
    const auto* const end = std::end(kSpeeds);
    const auto* it = std::lower_bound(begin, end, playback.speed - 1e-9);
    if (direction > 0) {
        if (it != end && *it <= playback.speed + 1e-9) ++it;
        if (it != end) playback.speed = *it;
    } else if (it != begin) {
        playback.speed = *(it - 1);
    }
}

}  // namespace

void PlaybackPanel::handle_keys(AppState& state) {
    if (ImGui::GetIO().WantCaptureKeyboard || !state.has_scene()) return;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space), false)) state.toggle_playing();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) state.step_by(1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) state.step_by(-1);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home), false)) state.to_start();
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_End), false)) state.to_end();
    const ImGuiIO& io = ImGui::GetIO();
    for (ImWchar c : io.InputQueueCharacters) {
        if (c == '+' || c == '=') change_speed(state.playback(), 1);
        if (c == '-' || c == '_') change_speed(state.playback(), -1);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false)) state.toggle_playing();
}

void PlaybackPanel::draw(AppState& state) {
    if (!state.has_scene()) return;
    Playback& p = state.playback();
    const Timeline& line = state.timeline();
    const double duration = line.duration();
    const float button = ImGui::GetFrameHeight() * 1.6f;

    if (ImGui::Button("|<", ImVec2(button, 0))) state.to_start();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Start (Home)");
    ImGui::SameLine();
    if (ImGui::Button("<", ImVec2(button, 0))) state.step_by(-1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step back (Left arrow)");
    ImGui::SameLine();
    if (ImGui::Button(p.playing ? "Pause" : "Play", ImVec2(button * 1.8f, 0))) state.toggle_playing();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Play or pause (Space)");
    ImGui::SameLine();
    if (ImGui::Button(">", ImVec2(button, 0))) state.step_by(1);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Step forward (Right arrow)");
    ImGui::SameLine();
    if (ImGui::Button(">|", ImVec2(button, 0))) state.to_end();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("End (End)");
    ImGui::SameLine();

    const double shown = std::min(p.t, duration - 1e-6);
    const TimePoint at = line.at(shown);
    const int64_t step = p.t >= duration - 1e-9 ? line.total_steps() : line.global_step(shown) + 1;
    char label[96];
    std::snprintf(label, sizeof label, "%s%sstep %lld of %lld   %.1f / %.1f s",
                  at.phase == Phase::steps ? "" : name(at.phase), at.phase == Phase::steps ? "" : ": ",
                  static_cast<long long>(std::min(step, line.total_steps())), static_cast<long long>(line.total_steps()),
                  p.t, duration);
    float t = static_cast<float>(p.t);
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 16.0f, 120.0f));
    if (ImGui::SliderFloat("##time", &t, 0.0f, static_cast<float>(duration), label,
                           ImGuiSliderFlags_NoRoundToFormat | ImGuiSliderFlags_AlwaysClamp)) {
        state.seek(t);
        p.playing = false;
    }
    ImGui::SameLine();
    float speed = static_cast<float>(p.speed);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat("##speed", &speed, 0.125f, 8.0f, "speed %.2g×",
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp)) {
        p.speed = speed;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Playback speed (+ and − keys)");
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &p.loop);
}

}  // namespace convviz
