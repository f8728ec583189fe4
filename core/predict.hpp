// Predict mode's judge: the student's guess of a scene's output shape (and, if they like, of its
// top-left output value) against the op's own, and, when the shape is wrong, the terms of the
// size formula whose omission gives exactly their numbers ("you left out output_padding").
// Text only; the app decides when to ask and what to hide.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

struct Prediction {
    int64_t channels = 0;         // 0: not guessed
    int64_t height = 0;
    int64_t width = 0;
    std::optional<double> value;  // output[0, 0, 0, 0], if guessed
};

struct PredictionVerdict {
    Shape expected;                     // N, C, H, W
    bool shape_right = false;
    std::optional<bool> value_right;    // set when a value was guessed
    double expected_value = 0.0;        // output[0, 0, 0, 0]
    std::vector<std::string> missed;    // the terms that explain the wrong numbers, in words
    std::string summary;                // one line: right, or what was expected
};

// Values count as right within 1e-6 (relative to the value's size, at least 1e-6 absolute).
Result<PredictionVerdict> check_prediction(const Scene& scene, const Prediction& guess, Lang lang);

}  // namespace convviz
