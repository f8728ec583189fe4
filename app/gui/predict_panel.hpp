// Predict mode: before a scene's animation runs, a card over the canvas asks for the output shape
// (and, if the student likes, the top-left output value), then says whether it is right and which
// term of the size formula a wrong answer left out (core/predict). Until the answer is in, the
// canvas, the Shape and the Arithmetic panels stay covered and playback waits at the start.
#pragma once

#include <cstdint>
#include <optional>

#include <imgui.h>

#include "app/gui/app_state.hpp"
#include "core/predict.hpp"

namespace convviz {

class PredictPanel {
public:
    bool enabled = false;
    bool covering(const AppState& state) const;  // the canvas and the answers stay hidden
    // Draws the card over the area (pos, size) when a prediction is due or being shown.
    void draw(AppState& state, ImVec2 pos, ImVec2 size);

private:
    int64_t revision_ = -1;  // the scene the card is about
    bool checked_ = false;
    bool done_ = false;      // the student went on to the animation
    int channels_ = 0;
    int height_ = 0;
    int width_ = 0;
    bool with_value_ = false;
    double value_ = 0.0;
    std::optional<PredictionVerdict> verdict_;
    std::string error_;
};

}  // namespace convviz
