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
    // Upsample
    {"upsample.weights", "weights {0}×{0}"},
    {"upsample.copied", "copied: {0}"},
    {"upsample.source", "{0} ← input({1}, {2})"},
    {"upsample.sampling.nearest", "each output cell's top-left corner, mapped onto the input, picks the cell it falls in"},
    {"upsample.sampling.nearest_exact", "each output cell's centre, mapped onto the input, picks the cell it falls in"},
    {"upsample.sampling.align_true",
     "align_corners=True: the corner cells' centres line up, the points spread evenly between; each reads its {0} neighbours"},
    {"upsample.sampling.align_false",
     "align_corners=False: the cells' areas line up, so the points sit at the output cells' centres; each reads its {0} neighbours"},
    // PixelShuffle and PixelUnshuffle
    {"shuffle.channels", "{0} = {1}·{2}² channels"},
    {"shuffle.cut", "cut into {0}×{0} blocks"},
    {"shuffle.takes", "each {0}×{0} block takes one cell of each channel"},
    {"shuffle.offset_of", "   (offset {0}, {1} of a {2}×{2} block)"},
    {"shuffle.offset_into", "   (offset {0}, {1} into a {2}×{2} block)"},
    // compare: MaxPool2d, then four ways back up
    {"compare.way.convt", "ConvTranspose2d"},
    {"compare.way.unpool", "MaxUnpool2d"},
    {"compare.way.nearest", "nearest"},
    {"compare.way.bilinear", "bilinear"},
    {"compare.before", "before MaxPool2d"},
    {"compare.before.note", "a max's place is lit"},
    {"compare.pooled", "pooled input"},
    {"compare.pooled.note", "shared by all four"},
    {"compare.kernel.ones", "ones kernel {0}×{1}"},
    {"compare.kernel.bilinear", "bilinear kernel {0}×{1}"},
    {"compare.kernel.note", "stride {0}"},
    {"compare.note.convt_ones", "kernel stamps add up"},
    {"compare.note.convt_bilinear", "tent stamps blend"},
    {"compare.note.unpool", "max's place, else 0"},
    {"compare.note.nearest", "copies the nearest"},
    {"compare.note.bilinear", "blends the 4 nearest"},
    {"compare.formula", "one {0}×{1} map, four ways to {2}×{3}: a fixed kernel, the max's place, a copy, a blend"},
    {"compare.caption", "{0}: "},
    {"compare.error.convt", "the compare view's ConvTranspose2d: {0}"},
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
