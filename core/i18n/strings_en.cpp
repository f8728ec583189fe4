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

    // general words
    {"frame2.input", "input"},
    {"frame2.output", "output"},
    // MaxPool2d and AvgPool2d
    {"pool.label.padded", "{0}, padding {1}"},
    {"pool.pad_term", "pad"},
    // MaxPool2d → MaxUnpool2d
    {"unpool.pooled", "pooled"},
    {"unpool.indices", "indices"},
    {"unpool.unpooled", "unpooled"},
    {"unpool.formula", "max_unpool2d puts each pooled value at its index in a {0}×{1} plane of zeros: index = y·{1} + x"},
    {"unpool.at_index", " at index {0}"},
    {"unpool.goes_back", "{0} = {1} goes back to index {2}: {3}"},
    {"unpool.all_back", "every pooled value is back at its index; the other cells are 0"},
    {"unpool.index_read", "index {0} in a {1}-wide plane: row ⌊{0}/{1}⌋ = {2}, column {0} mod {1} = {3}"},
    {"unpool.index_was", " — in the {0}-wide input it was row {1}, column {2}"},
    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the English table");

}  // namespace

std::span<const StringEntry> english_strings() { return kTable; }

}  // namespace convviz
