// The Simplified Chinese table. Keys are dotted (area.thing.detail); {0}, {1}, …: the places tr() fills.
// Each section belongs to one part of the code; tests/test_strings.cpp checks that both tables
// have the same keys with the same places.
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr StringEntry kEntries[] = {
    {"lang.name", "简体中文"},

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
    {"preset.no_padding_no_strides.title", "Conv2d：4×4 输入，3×3 卷积核，无填充，步幅 1"},
    {"preset.no_padding_no_strides_transposed.title", "还原 no_padding_no_strides 的 ConvTranspose2d：2×2 → 4×4"},
    {"preset.arbitrary_padding_no_strides.title", "Conv2d：5×5 输入，4×4 卷积核，填充 2，步幅 1"},
    {"preset.arbitrary_padding_no_strides_transposed.title",
     "还原 arbitrary_padding_no_strides 的 ConvTranspose2d：6×6 → 5×5"},
    {"preset.same_padding_no_strides.title", "Conv2d：5×5 输入，3×3 卷积核，填充 1 保持尺寸不变"},
    {"preset.same_padding_no_strides_transposed.title", "还原 same_padding_no_strides 的 ConvTranspose2d：5×5 → 5×5"},
    {"preset.full_padding_no_strides.title", "Conv2d：5×5 输入，3×3 卷积核，全填充 2"},
    {"preset.full_padding_no_strides_transposed.title", "还原 full_padding_no_strides 的 ConvTranspose2d：7×7 → 5×5"},
    {"preset.no_padding_strides.title", "Conv2d：5×5 输入，3×3 卷积核，无填充，步幅 2"},
    {"preset.no_padding_strides_transposed.title", "还原 no_padding_strides 的 ConvTranspose2d：2×2 → 5×5"},
    {"preset.padding_strides.title", "Conv2d：5×5 输入，3×3 卷积核，填充 1，步幅 2"},
    {"preset.padding_strides_transposed.title", "还原 padding_strides 的 ConvTranspose2d：3×3 → 5×5"},
    {"preset.padding_strides_odd.title", "Conv2d：6×6 输入，3×3 卷积核，填充 1，步幅 2"},
    {"preset.padding_strides_odd_transposed.title", "还原 padding_strides_odd 的 ConvTranspose2d：3×3 → 6×6"},
    {"preset.dilation.title", "Conv2d：7×7 输入，3×3 卷积核，膨胀 2"},
    {"preset.numerical_no_padding_no_strides.title", "带数值的 Conv2d：5×5 输入，3×3 卷积核"},
    {"preset.numerical_padding_strides.title", "带数值的 Conv2d：填充 1，步幅 2"},
    {"preset.numerical_average_pooling.title", "带数值的 AvgPool2d：3×3 窗口，步幅 1"},
    {"preset.numerical_max_pooling.title", "带数值的 MaxPool2d：3×3 窗口，步幅 1"},
    {"preset.tconv_identity_ones.title", "ConvTranspose2d：ones(2×2) 逐格盖印 3×3 单位卷积核"},
    {"preset.tconv_identity_stride2_padding1_dilation2.title",
     "ConvTranspose2d：单位卷积核作用于 [[1,2],[3,4]]，步幅 2，填充 1，膨胀 2"},
    {"preset.d2l_tconv.title", "d2l.ai：X = K = [[0,1],[2,3]]，转置卷积"},
    {"preset.d2l_tconv_padding1.title", "d2l.ai：填充 1 把输出裁剪为 [[4]]"},
    {"preset.d2l_tconv_stride2.title", "d2l.ai：步幅 2 让各个印章彼此分开"},
    {"preset.d2l_conv2d.title", "d2l.ai：3×3 的 arange 与 [[1,2],[3,4]] 做卷积"},
    {"preset.d2l_conv_matrix.title", "d2l.ai：把这个卷积写成 4×9 矩阵，以及它的转置"},
    {"preset.maxpool_unpool.title", "MaxPool2d(2, 2) → MaxUnpool2d，输入 1…16（PyTorch 文档中的例子）"},
    {"preset.maxpool_unpool_output_size.title", "MaxUnpool2d 设 output_size 为 5×5：同样的索引落到别处"},
    {"preset.compare_upsampling.title", "MaxPool2d(2, 2) 之后回到 4×4 的四种方法"},
    {"preset.upsample_nearest.title", "Upsample ×2，最近邻，输入为 2×2 的 arange(4)"},
    {"preset.upsample_nearest_exact.title", "Upsample 4×4 → 9×9，nearest-exact：按输出格中心选取输入格"},
    {"preset.upsample_bilinear.title", "Upsample ×2，双线性，align_corners=False"},
    {"preset.upsample_bilinear_align_corners.title", "Upsample ×2，双线性，align_corners=True"},
    {"preset.upsample_bicubic.title", "Upsample ×2，双三次，align_corners=False：16 个邻点"},
    {"preset.upsample_bicubic_align_corners.title", "Upsample 3×3 → 6×6，双三次，align_corners=True"},
    {"preset.pixel_shuffle.title", "PixelShuffle(2)：4 个 2×2 通道合成一个 4×4 平面"},
    {"preset.pixel_unshuffle.title", "PixelUnshuffle(2)：把 4×4 平面拆回 4 个 2×2 通道"},
    {"preset.large.title", "大规模：ConvTranspose2d 32×32 → 127×127，3×3 卷积核，步幅 4，2 → 2 通道"},
    {"preset.matrix_1024.title", "大矩阵：32×32 输入，3×3 卷积核，填充 1：C 为 1,024 × 1,024"},

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the Simplified Chinese table");

}  // namespace

std::span<const StringEntry> chinese_strings() { return kTable; }

}  // namespace convviz
