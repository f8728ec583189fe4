#include "app/gui/predict_panel.hpp"

#include "app/gui/theme.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

bool PredictPanel::covering(const AppState& state) const {
    return enabled && state.has_scene() && (revision_ != state.revision() || !checked_);
}

void PredictPanel::draw(AppState& state, ImVec2 pos, ImVec2 size) {
    if (!enabled || !state.has_scene()) return;
    if (revision_ != state.revision()) {
        revision_ = state.revision();
        checked_ = false;
        done_ = false;
        verdict_.reset();
        error_.clear();
        guess = {};
    }
    if (done_) return;
    if (!checked_) {
        state.playback().playing = false;
        state.to_start();
    }
    const Lang lang = state.lang();
    const float em = ImGui::GetFontSize();
    const ImVec2 card(std::min(size.x - 2.0f * em, 34.0f * em), 0.0f);
    ImGui::SetNextWindowPos(ImVec2(pos.x + size.x * 0.5f, pos.y + size.y * 0.12f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSize(card, ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(1.0f);
    const std::string title = tr(lang, "predict.card_title") + "###predict";
    if (!ImGui::Begin(title.c_str(), nullptr,
                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    ImGui::PushTextWrapPos(0.0f);
    const Shape& in = state.scene().tensors.input.shape();
    ImGui::TextUnformatted(tr(lang, "predict.ask", cat(in[0], "×", in[1], "×", in[2], "×", in[3])).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const float field = 5.0f * em;
    const auto number = [&](const char* key, const char* id, int& value) {
        ImGui::SetNextItemWidth(field);
        ImGui::InputInt((tr(lang, key) + "###" + id).c_str(), &value, 0, 0);
        value = std::clamp(value, 0, 1 << 20);
    };
    if (checked_) ImGui::BeginDisabled();
    number("predict.channels", "c", guess.channels);
    ImGui::SameLine();
    number("predict.height", "h", guess.height);
    ImGui::SameLine();
    number("predict.width", "w", guess.width);
    ImGui::Checkbox((tr(lang, "predict.with_value") + "###v").c_str(), &guess.with_value);
    if (guess.with_value) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field * 1.4f);
        ImGui::InputDouble("##value", &guess.value, 0.0, 0.0, "%g");
    }
    if (checked_) ImGui::EndDisabled();
    ImGui::Spacing();
    if (!checked_) {
        const bool ready = guess.height > 0 && guess.width > 0;
        if (!ready) ImGui::BeginDisabled();
        if (ImGui::Button((tr(lang, "predict.check") + "###check").c_str())) {
            Prediction prediction{.channels = guess.channels, .height = guess.height, .width = guess.width};
            if (guess.with_value) prediction.value = guess.value;
            Result<PredictionVerdict> verdict = check_prediction(state.scene(), prediction, lang);
            if (verdict) {
                verdict_ = std::move(verdict).value();
                checked_ = true;
            } else {
                error_ = verdict.error();
            }
        }
        if (!ready) ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button((tr(lang, "predict.skip") + "###skip").c_str())) {
            checked_ = true;
            done_ = true;
            state.playback().playing = true;
        }
        if (!error_.empty()) ImGui::TextWrapped("%s", error_.c_str());
        ImGui::End();
        return;
    }
    const PredictionVerdict& v = *verdict_;
    ImGui::PushTextWrapPos(0.0f);
    const ImVec4 good(0.10f, 0.55f, 0.25f, 1.0f);
    const ImVec4 bad = warning_colour();
    ImGui::TextColored(v.shape_right ? good : bad, "%s", v.summary.c_str());
    for (const std::string& missed : v.missed) ImGui::BulletText("%s", tr(lang, "predict.left_out", missed).c_str());
    if (!v.shape_right && v.missed.empty()) ImGui::TextUnformatted(tr(lang, "predict.see_shape").c_str());
    if (v.value_right) {
        ImGui::TextColored(*v.value_right ? good : bad, "%s",
                           tr(lang, *v.value_right ? "predict.value_right" : "predict.value_wrong",
                              display_number(v.expected_value), display_number(guess.value))
                               .c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button((tr(lang, "predict.watch") + "###watch").c_str())) {
        done_ = true;
        state.playback().playing = true;
        state.to_start();  // playing: from t = 0, the first step's motion included
    }
    ImGui::SameLine();
    if (ImGui::Button((tr(lang, "predict.again") + "###again").c_str())) {
        checked_ = false;
        verdict_.reset();
    }
    ImGui::End();
}

}  // namespace convviz
