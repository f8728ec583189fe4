// Predict mode: before a scene's animation runs, a card over the canvas asks for the output shape
// (and, if the student likes, the top-left output value), then says whether it is right and which
// term of the size formula a wrong answer left out (core/predict). Until the answer is in, the
// canvas, the Shape and the Arithmetic panels stay covered and playback waits at the start.
#pragma once

#include <cstdint>
#include <optional>

#include <imgui.h>

#include "app/model/app_state.hpp"
#include "core/predict.hpp"

namespace convviz {

class PredictPanel {
public:
    // What the card's fields hold: empty for each new scene, so one scene's answer is never
    // offered as the next one's.
    struct Guess {
        int channels = 0;
        int height = 0;
        int width = 0;
        bool with_value = false;
        double value = 0.0;
        bool operator==(const Guess&) const = default;
    };

    bool enabled = false;
    Guess guess;
    bool covering(const AppState& state) const;  // the canvas and the answers stay hidden
    // Draws the card over the area (pos, size) when a prediction is due or being shown.
    void draw(AppState& state, ImVec2 pos, ImVec2 size);

private:
    int64_t revision_ = -1;  // the scene the card is about
    bool checked_ = false;
    bool done_ = false;      // the student went on to the animation
    std::optional<PredictionVerdict> verdict_;
    std::string error_;
};

}  // namespace convviz
