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

    // general words
    {"frame2.input", "输入"},
    {"frame2.output", "输出"},
    // MaxPool2d and AvgPool2d
    {"pool.label.padded", "{0}，padding {1}"},
    {"pool.pad_term", "填充"},
    // MaxPool2d → MaxUnpool2d
    {"unpool.pooled", "池化结果"},
    {"unpool.indices", "索引"},
    {"unpool.unpooled", "反池化结果"},
    {"unpool.formula", "max_unpool2d 把每个池化值放回 {0}×{1} 全零平面中它的索引处：index = y·{1} + x"},
    {"unpool.at_index", "，索引为 {0}"},
    {"unpool.goes_back", "{0} = {1} 回到索引 {2}：{3}"},
    {"unpool.all_back", "每个池化值都已回到它的索引处；其余单元格为 0"},
    {"unpool.index_read", "宽为 {1} 的平面中的索引 {0}：行 ⌊{0}/{1}⌋ = {2}，列 {0} mod {1} = {3}"},
    {"unpool.index_was", " —— 在宽为 {0} 的输入中，它在行 {1}、列 {2}"},
    // Upsample
    {"upsample.weights", "权重 {0}×{0}"},
    {"upsample.copied", "{0}（直接复制）"},
    {"upsample.source", "{0} ← 输入({1}, {2})"},
    {"upsample.sampling.nearest", "把每个输出单元格的左上角映射到输入上，取它所落入的单元格"},
    {"upsample.sampling.nearest_exact", "把每个输出单元格的中心映射到输入上，取它所落入的单元格"},
    {"upsample.sampling.align_true",
     "align_corners=True：四角单元格的中心对齐，采样点在其间均匀分布；每个点读取周围 {0} 个邻居"},
    {"upsample.sampling.align_false",
     "align_corners=False：单元格的区域对齐，采样点落在输出单元格的中心；每个点读取周围 {0} 个邻居"},
    // PixelShuffle and PixelUnshuffle
    {"shuffle.channels", "{0} = {1}·{2}² 个通道"},
    {"shuffle.cut", "切分成 {0}×{0} 的块"},
    {"shuffle.takes", "每个 {0}×{0} 块从每个通道各取一个单元格"},
    {"shuffle.offset_of", "（在 {2}×{2} 块内的偏移为 ({0}, {1})）"},
    {"shuffle.offset_into", "（取自 {2}×{2} 块内的偏移 ({0}, {1})）"},
    // compare: MaxPool2d, then four ways back up
    {"compare.way.convt", "ConvTranspose2d"},
    {"compare.way.unpool", "MaxUnpool2d"},
    {"compare.way.nearest", "最近邻"},
    {"compare.way.bilinear", "双线性"},
    {"compare.before", "MaxPool2d 之前"},
    {"compare.before.note", "最大值所在位置被点亮"},
    {"compare.pooled", "池化后的输入"},
    {"compare.pooled.note", "四种方式共用"},
    {"compare.kernel.ones", "全 1 卷积核 {0}×{1}"},
    {"compare.kernel.bilinear", "双线性卷积核 {0}×{1}"},
    {"compare.kernel.note", "stride {0}"},
    {"compare.note.convt_ones", "卷积核印记叠加"},
    {"compare.note.convt_bilinear", "帐篷形印记相互融合"},
    {"compare.note.unpool", "放回最大值的位置，其余为 0"},
    {"compare.note.nearest", "复制最近的值"},
    {"compare.note.bilinear", "融合最近的 4 个值"},
    {"compare.formula", "同一张 {0}×{1} 的特征图，四种方式恢复到 {2}×{3}：固定卷积核、最大值的位置、复制、融合"},
    {"compare.caption", "{0}："},
    {"compare.error.convt", "对比视图中的 ConvTranspose2d：{0}"},
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
