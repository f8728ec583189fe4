// The built-in presets: the 19 conv_arithmetic animations under their figures' names, the examples
// every course uses (d2l.ai, the identity kernel, MaxPool → MaxUnpool, Upsample, PixelShuffle) and a
// large scene for benchmarks. Their tensors are PyTorch's reference cases (shared/testdata/torch).
// Parsed from embedded JSON on each call (about a millisecond): callers keep what they need.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/scene.hpp"

namespace convviz {

std::vector<Scene> builtin_presets();                 // in a stable order
std::optional<Scene> find_preset(std::string_view id);
// What `convviz` opens: a ConvTranspose2d, stride 2, padding 1, showing the spread and the crop.
inline constexpr std::string_view kDefaultPreset = "padding_strides_transposed";

// The ids of the 19 conv_arithmetic figures (shared/reference/conv_arithmetic), in its table's order.
inline constexpr std::array<std::string_view, 19> kConvArithmeticPresets = {
    "no_padding_no_strides", "no_padding_no_strides_transposed", "arbitrary_padding_no_strides",
    "arbitrary_padding_no_strides_transposed", "same_padding_no_strides", "same_padding_no_strides_transposed",
    "full_padding_no_strides", "full_padding_no_strides_transposed", "no_padding_strides",
    "no_padding_strides_transposed", "padding_strides", "padding_strides_transposed", "padding_strides_odd",
    "padding_strides_odd_transposed", "dilation", "numerical_no_padding_no_strides", "numerical_padding_strides",
    "numerical_average_pooling", "numerical_max_pooling"};

// The presets menu's families, in its order. Each is a submenu: one list of all presets is taller
// than a 720-pixel window.
enum class PresetFamily { conv_arithmetic, d2l, pooling, upsampling, shuffle, large };
inline constexpr PresetFamily kPresetFamilies[] = {PresetFamily::conv_arithmetic, PresetFamily::d2l,
                                                   PresetFamily::pooling, PresetFamily::upsampling,
                                                   PresetFamily::shuffle, PresetFamily::large};
const char* name(PresetFamily family);  // "conv_arithmetic", …: the key of its menu title
// A built-in preset's family by its id: the conv_arithmetic figures, the course examples (d2l.ai
// and the identity kernel), MaxPool → MaxUnpool, Upsample, PixelShuffle, and the large scenes.
// Nothing for an id that is no built-in preset's.
std::optional<PresetFamily> preset_family(std::string_view id);

// The scene's title in `lang`. A built-in preset's title is translated (the tables' key
// "preset.<id>.title") while the scene still carries that preset's English title, whether opened
// from the menu or saved and loaded again; a scene the user made or retitled keeps its own title.
std::string scene_title(const Scene& scene, Lang lang);

const char* preset_json();  // the embedded JSON array (core/presets_data.cpp, generated)

}  // namespace convviz
