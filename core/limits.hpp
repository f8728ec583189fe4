// The size bounds ConvViz accepts, so that no input can exhaust memory or stall the app,
// and the checks that turn a breach into a plain message. PyTorch's own rules are in ops/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/lang.hpp"
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

// Each returns the message for the first bound the value breaks, in `lang`, or nothing.
std::optional<std::string> check_parameter(const char* name, int64_t value, Lang lang);
// N, C, H, W; `what` names the tensor in `lang` ("the input", "输入").
std::optional<std::string> check_input_shape(std::string_view what, const Shape& shape, Lang lang);
std::optional<std::string> check_kernel_side(int axis, int64_t side, Lang lang);  // axis 0: height
std::optional<std::string> check_output_shape(const Shape& shape, Lang lang);
std::optional<std::string> check_work(int64_t multiply_adds, Lang lang);

}  // namespace convviz
