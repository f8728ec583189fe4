// The English table. Keys are dotted (area.thing.detail); {0}, {1}, …: the places tr() fills.
// Each section belongs to one part of the code; tests/test_strings.cpp checks that both tables
// have the same keys with the same places.
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr StringEntry kEntries[] = {
    {"lang.name", "English"},

    // ---- app: menus, presentation mode, lessons, scene files, guidance (app/gui/) ----

    // ---- end of app ----

    // ---- panels: parameters, values, playback, arithmetic, shape, code, export; tooltips ----

    // ---- end of panels ----

    // ---- frame: conv, scatter, gather, crop and matrix views; formulas; hover text ----

    // ---- end of frame 1 ----

    // ---- frame: pool, unpool, upsample, shuffle and compare views ----

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // The built-in presets' titles (core/presets_data.cpp): scene_title() in core/presets.hpp.
    {"preset.no_padding_no_strides.title", "Conv2d: 4×4 input, 3×3 kernel, no padding, stride 1"},
    {"preset.no_padding_no_strides_transposed.title", "ConvTranspose2d that undoes no_padding_no_strides: 2×2 → 4×4"},
    {"preset.arbitrary_padding_no_strides.title", "Conv2d: 5×5 input, 4×4 kernel, padding 2, stride 1"},
    {"preset.arbitrary_padding_no_strides_transposed.title",
     "ConvTranspose2d that undoes arbitrary_padding_no_strides: 6×6 → 5×5"},
    {"preset.same_padding_no_strides.title", "Conv2d: 5×5 input, 3×3 kernel, padding 1 keeps the size"},
    {"preset.same_padding_no_strides_transposed.title",
     "ConvTranspose2d that undoes same_padding_no_strides: 5×5 → 5×5"},
    {"preset.full_padding_no_strides.title", "Conv2d: 5×5 input, 3×3 kernel, full padding 2"},
    {"preset.full_padding_no_strides_transposed.title",
     "ConvTranspose2d that undoes full_padding_no_strides: 7×7 → 5×5"},
    {"preset.no_padding_strides.title", "Conv2d: 5×5 input, 3×3 kernel, no padding, stride 2"},
    {"preset.no_padding_strides_transposed.title", "ConvTranspose2d that undoes no_padding_strides: 2×2 → 5×5"},
    {"preset.padding_strides.title", "Conv2d: 5×5 input, 3×3 kernel, padding 1, stride 2"},
    {"preset.padding_strides_transposed.title", "ConvTranspose2d that undoes padding_strides: 3×3 → 5×5"},
    {"preset.padding_strides_odd.title", "Conv2d: 6×6 input, 3×3 kernel, padding 1, stride 2"},
    {"preset.padding_strides_odd_transposed.title", "ConvTranspose2d that undoes padding_strides_odd: 3×3 → 6×6"},
    {"preset.dilation.title", "Conv2d: 7×7 input, 3×3 kernel, dilation 2"},
    {"preset.numerical_no_padding_no_strides.title", "Conv2d with numbers: 5×5 input, 3×3 kernel"},
    {"preset.numerical_padding_strides.title", "Conv2d with numbers: padding 1, stride 2"},
    {"preset.numerical_average_pooling.title", "AvgPool2d with numbers: 3×3 window, stride 1"},
    {"preset.numerical_max_pooling.title", "MaxPool2d with numbers: 3×3 window, stride 1"},
    {"preset.tconv_identity_ones.title", "ConvTranspose2d: identity 3×3 kernel stamped by ones(2×2)"},
    {"preset.tconv_identity_stride2_padding1_dilation2.title",
     "ConvTranspose2d: identity kernel on [[1,2],[3,4]], stride 2, padding 1, dilation 2"},
    {"preset.d2l_tconv.title", "d2l.ai: X = K = [[0,1],[2,3]], transposed convolution"},
    {"preset.d2l_tconv_padding1.title", "d2l.ai: padding 1 crops the output to [[4]]"},
    {"preset.d2l_tconv_stride2.title", "d2l.ai: stride 2 spreads the stamps apart"},
    {"preset.d2l_conv2d.title", "d2l.ai: 3×3 arange convolved with [[1,2],[3,4]]"},
    {"preset.d2l_conv_matrix.title", "d2l.ai: that convolution as a 4×9 matrix, and its transpose"},
    {"preset.maxpool_unpool.title", "MaxPool2d(2, 2) → MaxUnpool2d on 1…16 (PyTorch's docs)"},
    {"preset.maxpool_unpool_output_size.title", "MaxUnpool2d with output_size 5×5: the same indices land elsewhere"},
    {"preset.compare_upsampling.title", "Four ways back to 4×4 after MaxPool2d(2, 2)"},
    {"preset.upsample_nearest.title", "Upsample ×2, nearest, on arange(4) as 2×2"},
    {"preset.upsample_nearest_exact.title", "Upsample 4×4 → 9×9, nearest-exact: output centres pick the cell"},
    {"preset.upsample_bilinear.title", "Upsample ×2, bilinear, align_corners=False"},
    {"preset.upsample_bilinear_align_corners.title", "Upsample ×2, bilinear, align_corners=True"},
    {"preset.upsample_bicubic.title", "Upsample ×2, bicubic, align_corners=False: 16 neighbours"},
    {"preset.upsample_bicubic_align_corners.title", "Upsample 3×3 → 6×6, bicubic, align_corners=True"},
    {"preset.pixel_shuffle.title", "PixelShuffle(2): 4 channels of 2×2 become one 4×4 plane"},
    {"preset.pixel_unshuffle.title", "PixelUnshuffle(2): the 4×4 plane back into 4 channels of 2×2"},
    {"preset.large.title", "Large: ConvTranspose2d 32×32 → 127×127, 3×3 kernel, stride 4, 2 → 2 channels"},
    {"preset.matrix_1024.title", "Large matrix: 32×32 input, 3×3 kernel, padding 1: C is 1,024 × 1,024"},

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the English table");

}  // namespace

std::span<const StringEntry> english_strings() { return kTable; }

}  // namespace convviz
