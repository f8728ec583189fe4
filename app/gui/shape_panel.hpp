// Shape: the output-size formula with the user's numbers and its derivation (core's arith), the
// canvas' formula line with the term the current phase animates highlighted, and for the conv ops
// the output_padding that makes a conv_transpose2d invert a conv2d of the same parameters. While an
// edit is refused, the rule it broke instead (the scene behind is not what the user set). UI only.
#pragma once

#include <string>
#include <vector>

#include "app/model/app_state.hpp"

namespace convviz {

struct ShapePanel {
    // Rebuilt only when the scene or the language changes: the derivation and the inverse
    // output_padding.
    int64_t revision = -1;
    Lang lang = Lang::en;
    std::vector<std::string> derivation;
    std::vector<std::string> inverse;
    void draw(const AppState& state);
};

}  // namespace convviz
