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
