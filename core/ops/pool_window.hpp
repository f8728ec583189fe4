// The window geometry max_pool2d and avg_pool2d share, and the shape checks PyTorch makes on it.
// Internal to core/ops; the public pooling API is pooling.hpp.
#pragma once

#include <optional>
#include <string>

#include "core/ops/pair.hpp"
#include "core/ops/pooling.hpp"
#include "core/ops/suggestion.hpp"
#include "core/tensor.hpp"

namespace convviz {

struct PoolWindow {
    Pair kernel;
    Pair stride;
    Pair padding;
    Pair dilation{.h = 1, .w = 1};
    bool ceil_mode = false;
    bool stride_given = true;  // false: stride is the kernel size, and follows it
};

// `op` names the layer in messages ("max_pool2d"); the message is in `lang`.
// `suggested`, when not null, gets what the refusing rule suggests (core/ops/suggestion.hpp).
std::optional<std::string> check_pool_window(const char* op, const PoolWindow& window,
                                             const Shape& input, Lang lang, Suggestions* suggested = nullptr);
Shape pool_output_shape(const PoolWindow& window, const Shape& input);  // valid only

}  // namespace convviz
