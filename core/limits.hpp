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

// Files and the free text in them (README's size limits). A file is refused before it is parsed;
// a text longer than its limit is refused on reading and cannot be typed in the app. The text
// limits keep each text one ImGui draw call of fewer than 65,536 vertices (4 a character).
struct TextLimits {
    // A scene, lesson, settings or case file (64 MiB): room for a scene at the size limits (a
    // 4,194,304-cell tensor of small integers is a 35 MB file), and ConvViz saves no scene larger.
    size_t file_bytes = 64u << 20;
    size_t title = 200;             // characters of a title (scene, lesson, lesson step), a case name
    size_t id = 64;                 // characters of a scene's id (a preset's; the app's titles quote it)
    size_t note = 4000;             // characters of a lesson step's note, a case's expected_error
};

inline constexpr TextLimits text_limits{};

// Why a text longer than `limit` characters (UTF-8 code points) is refused, in `lang`, to follow
// the field's name ("is 4,210 characters long; …"), or nothing.
std::optional<std::string> check_text_length(std::string_view text, size_t limit, Lang lang);

// Each returns the message for the first bound the value breaks, in `lang`, or nothing.
std::optional<std::string> check_parameter(const char* name, int64_t value, Lang lang);
// N, C, H, W; `what` names the tensor in `lang` ("the input", "输入").
std::optional<std::string> check_input_shape(std::string_view what, const Shape& shape, Lang lang);
std::optional<std::string> check_kernel_side(int axis, int64_t side, Lang lang);  // axis 0: height
std::optional<std::string> check_output_shape(const Shape& shape, Lang lang);
std::optional<std::string> check_work(int64_t multiply_adds, Lang lang);

}  // namespace convviz
