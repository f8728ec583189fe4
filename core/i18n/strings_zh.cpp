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
    {"frame.tensor.input", "输入"},
    {"frame.tensor.output", "输出"},
    {"frame.tensor.indices", "索引"},
    {"frame.tensor.pooled", "池化结果"},
    {"frame.tensor.unpooled", "反池化结果"},
    {"frame.kernel", "卷积核 {0}×{1}"},
    {"frame.kernel_c", "卷积核[{0}] {1}×{2}"},
    {"frame.full_output", "完整输出 {0}×{1}"},
    {"frame.full_output_c", "完整输出[c={0}] {1}×{2}"},
    {"frame.bias_term", "{0}（偏置）"},
    {"frame.hover", "{0}，第 {1} 行，第 {2} 列：{3}"},
    {"frame.hover_kind", "{0}，第 {1} 行，第 {2} 列（{3}）：{4}"},
    {"frame.hover_padding", "填充"},
    {"frame.hover_inserted_zero", "插入的零"},
    {"frame.hover_cropped", "被裁掉"},
    {"frame.hover_not_written", "尚未写入"},
    {"frame.error_size", "画面的宽和高必须为正数，而不是 {0} × {1}"},
    {"frame.error_timing", "速度、每步秒数和每阶段秒数必须为正数，结尾的停留时间不能为负数"},

    {"conv.input_padded", "{0}，{1} 填充"},
    {"conv.kernel_dilated", "卷积核 {0}×{1}，dilation {2}"},
    {"conv.kernel_slice", "卷积核[·][{0}] {1}×{2}"},

    {"scatter.full_output_crops", "{0}，由 padding {1} 裁剪"},
    {"scatter.stamps", "{0} = {1}，把 {1}·卷积核 叠加到输出："},
    {"scatter.all_stamped", "{0} 个输入单元都已叠加：完整输出是各次叠加之和"},
    {"scatter.all_stamped_cropped", "{0} 个输入单元都已叠加：完整输出是各次叠加之和；padding 把它裁剪为 {1}×{2}"},

    {"gather.input_spread", "{0}，插零并加边后为 {1}×{2}"},
    {"gather.flipped", "{0}，已翻转"},
    {"gather.spread", "stride {0} 在相邻输入单元之间插入 {1} 个零：{2}×{3} → {4}×{5}"},
    {"gather.border", "每边加边 dilation·(k − 1) − padding = {0}：{1}×{2}"},
    {"gather.border_output_padding", "每边加边 dilation·(k − 1) − padding = {0}，底部和右侧再加 output_padding {1}：{2}×{3}"},
    {"gather.flip", "卷积核旋转 180°：weight[i][j] 移到 [{0} − i][{1} − j]"},

    {"crop.full", "各次叠加之和是完整输出，{0}×{1}"},
    {"crop.cut", "padding {0} 从每边裁掉 {0}：{1}×{2} → {3}×{4}"},
    {"crop.give_back", "output_padding {0} 在底部补回 {1}，在右侧补回 {2}：{3}×{4}"},
    {"crop.rows_one", "{0} 行"},
    {"crop.rows_many", "{0} 行"},
    {"crop.columns_one", "{0} 列"},
    {"crop.columns_many", "{0} 列"},

    {"matrix.x_input", "x = 输入"},
    {"matrix.x_example", "x（示例）"},
    {"matrix.kernel_oi", "卷积核[{0}][{1}] {2}×{3}"},
    {"matrix.y_no_bias", "y = C·x（不含偏置）"},
    {"matrix.y_yours", "y = 你的输入"},
    {"matrix.zero_block", "0：分组"},
    {"matrix.entry_where", "C 的第 {0} 行：{1}；第 {2} 列：{3}"},
    {"matrix.entry_zero", "{0} = 0（{1}）"},
    {"matrix.entry_kernel", "{0} = {1}，卷积核{2}"},
    {"matrix.zero_groups", "分组：输入通道 {0} 不参与输出通道 {1} 的计算"},
    {"matrix.zero_not_under", "x[{0}] 不在第 {1} 次放置的卷积核窗口内"},
    {"matrix.formula_transpose", "Cᵀ[j, i] = C[i, j]：C 的行（每个输出单元一行）变成 Cᵀ 的列"},
    {"matrix.formula_sum_over", "Σ C[{0}, j]·x[j]，其中 j = "},
    {"matrix.formula_yours", "x' = Cᵀ·y：你的 ConvTranspose2d，写成矩阵"},
    {"matrix.formula_no_layer", "x' = Cᵀ·y：这个 conv2d 的转置卷积"},
    {"matrix.formula_layer", "x' = Cᵀ·y = ConvTranspose2d(y)：stride {0}，padding {1}，output_padding {2}{3}"},
    {"matrix.formula_dilation", "，dilation {0}"},
    {"matrix.formula_groups", "，groups {0}"},
    {"matrix.caption_row", "y[{0}] = C 的第 {0} 行 · x"},
    {"matrix.caption_zero_row", "C 的第 {0} 行全为零：这次放置的卷积核全部落在填充上，所以 y[{0}] = 0"},
    {"matrix.caption_transpose", "转置：每个元素越过对角线到它的镜像位置，于是 C 的第 i 行成为 Cᵀ 的第 i 列"},
    {"matrix.caption_transpose_yours", "转置：每个元素越过对角线，C 的第 i 行变成 Cᵀ 的第 i 列；y 现在是你这一层的输入"},
    {"matrix.caption_column", "Cᵀ 的第 {0} 列把 y[{0}] = {1} 叠加到 x' 中："},
    {"matrix.caption_zero_column", "无（该列全为零）"},
    {"matrix.outcome", "x' 与 ConvTranspose2d 的 {0} 输出逐个数值相同"},
    {"matrix.outcome_given_back", "x' 与 ConvTranspose2d 的 {0} 输出逐个数值相同；output_padding {1} 补回了 {0} 的尺寸"},
    {"matrix.outcome_yours", "x' 与你的 ConvTranspose2d 的 {0} 输出逐个数值相同"},
    {"matrix.outcome_yours_bias", "x' 与你的 ConvTranspose2d 的 {0} 输出（加偏置之前）逐个数值相同"},
    {"matrix.outcome_no_layer", "x' 就是转置卷积，但上 {0}、下 {1}、左 {2}、右 {3} 的 padding 没有对应的 ConvTranspose2d 参数"},

    {"phase.steps", "逐步计算"},
    {"phase.spread", "插零"},
    {"phase.pad", "加边"},
    {"phase.flip", "翻转"},
    {"phase.slide", "滑动"},
    {"phase.full", "完整输出"},
    {"phase.crop", "裁剪"},
    {"phase.give_back", "补回"},
    {"phase.rows", "逐行"},
    {"phase.transpose", "转置"},
    {"phase.columns", "逐列"},
    {"phase.pool", "池化"},
    {"phase.unpool", "反池化"},
    {"phase.sampling", "采样"},
    // ---- end of frame 1 ----

    // ---- frame: pool, unpool, upsample, shuffle and compare views ----

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the Simplified Chinese table");

}  // namespace

std::span<const StringEntry> chinese_strings() { return kTable; }

}  // namespace convviz
