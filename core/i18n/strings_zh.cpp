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
