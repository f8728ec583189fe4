// The built-in presets: the 19 conv_arithmetic animations under their figures' names, the examples
// every course uses (d2l.ai, the identity kernel, MaxPool → MaxUnpool, Upsample, PixelShuffle) and a
// large scene for benchmarks. Their tensors are PyTorch's reference cases (shared/testdata/torch).
// Parsed from embedded JSON on each call (about a millisecond): callers keep what they need.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/scene.hpp"

namespace convviz {

std::vector<Scene> builtin_presets();                 // in a stable order
std::optional<Scene> find_preset(std::string_view id);
// What `convviz` opens: a ConvTranspose2d, stride 2, padding 1, showing the spread and the crop.
inline constexpr std::string_view kDefaultPreset = "padding_strides_transposed";

const char* preset_json();  // the embedded JSON array (core/presets_data.cpp, generated)

}  // namespace convviz
