// Code: the PyTorch snippet that reproduces the scene — the layer with its parameters, the weights
// assigned, the input, the call — as core's pytorch_code() writes it, with a Copy button. UI only;
// the text is rebuilt only when the scene changes.
#pragma once

#include <string>

#include "app/model/app_state.hpp"

namespace convviz {

struct CodePanel {
    std::string code;
    int64_t revision = -1;
    void draw(const AppState& state);
};

}  // namespace convviz
