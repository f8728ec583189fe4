// The size bounds ConvViz accepts, so that no input can exhaust memory or stall the app,
// and the checks that turn a breach into a plain message. PyTorch's own rules are in ops/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/tensor.hpp"

namespace convviz {

struct SizeLimits {
    int64_t batch = 16;              // N
    int64_t channels = 64;           // C of any input, output or weight
    int64_t side = 256;              // H or W of an input
    int64_t kernel = 32;             // kH or kW of a weight or pooling window
    int64_t parameter = 1024;        // |stride|, |padding|, |dilation|, |output_padding|, factors
    int64_t output_side = 2048;      // H or W of an output
    int64_t elements = 1 << 22;      // cells of any one tensor (4,194,304; 32 MiB of doubles)
    int64_t multiply_adds = 1 << 30; // work of one op run (about a second on one core)
};

inline constexpr SizeLimits limits{};

// Each returns the message for the first bound the value breaks, or nothing.
std::optional<std::string> check_parameter(const char* name, int64_t value);
std::optional<std::string> check_input_shape(const char* what, const Shape& shape);  // N, C, H, W
std::optional<std::string> check_kernel_side(const char* axis, int64_t side);
std::optional<std::string> check_output_shape(const Shape& shape);
std::optional<std::string> check_work(int64_t multiply_adds);

}  // namespace convviz
