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
    {"frame.tensor.input", "input"},
    {"frame.tensor.output", "output"},
    {"frame.tensor.indices", "indices"},
    {"frame.tensor.pooled", "pooled"},
    {"frame.tensor.unpooled", "unpooled"},
    {"frame.kernel", "kernel {0}×{1}"},
    {"frame.kernel_c", "kernel[{0}] {1}×{2}"},
    {"frame.full_output", "full output {0}×{1}"},
    {"frame.full_output_c", "full output[c={0}] {1}×{2}"},
    {"frame.bias_term", "{0} (bias)"},
    {"frame.hover", "{0}, row {1}, column {2}: {3}"},
    {"frame.hover_kind", "{0}, row {1}, column {2} ({3}): {4}"},
    {"frame.hover_padding", "padding"},
    {"frame.hover_inserted_zero", "inserted zero"},
    {"frame.hover_cropped", "cropped"},
    {"frame.hover_not_written", "not yet written"},

    {"conv.input_padded", "{0}, {1} padding"},
    {"conv.kernel_dilated", "kernel {0}×{1}, dilation {2}"},
    {"conv.kernel_slice", "kernel[·][{0}] {1}×{2}"},

    {"scatter.full_output_crops", "{0}, padding {1} crops"},
    {"scatter.stamps", "{0} = {1} stamps {1}·kernel: "},
    {"scatter.all_stamped", "all {0} input cells stamped: the full output is the sum of the stamps"},
    {"scatter.all_stamped_cropped",
     "all {0} input cells stamped: the full output is the sum of the stamps; padding crops it to {1}×{2}"},

    {"gather.input_spread", "{0} spread and bordered to {1}×{2}"},
    {"gather.flipped", "{0}, flipped"},
    {"gather.spread", "stride {0} puts {1} zeros between neighbouring input cells: {2}×{3} → {4}×{5}"},
    {"gather.border", "border dilation·(k − 1) − padding = {0} on each side: {1}×{2}"},
    {"gather.border_output_padding",
     "border dilation·(k − 1) − padding = {0} on each side, output_padding {1} more at the bottom and right: {2}×{3}"},
    {"gather.flip", "the kernel turns by 180°: weight[i][j] moves to [{0} − i][{1} − j]"},

    {"crop.full", "the stamps add up to the full output, {0}×{1}"},
    {"crop.cut", "padding {0} cuts {0} from each side: {1}×{2} → {3}×{4}"},
    {"crop.give_back", "output_padding {0} gives back {1} at the bottom and {2} at the right: {3}×{4}"},
    {"crop.rows_one", "{0} row"},
    {"crop.rows_many", "{0} rows"},
    {"crop.columns_one", "{0} column"},
    {"crop.columns_many", "{0} columns"},

    {"phase.steps", "steps"},
    {"phase.spread", "spread"},
    {"phase.pad", "pad"},
    {"phase.flip", "flip"},
    {"phase.slide", "slide"},
    {"phase.full", "full"},
    {"phase.crop", "crop"},
    {"phase.give_back", "give_back"},
    {"phase.rows", "rows"},
    {"phase.transpose", "transpose"},
    {"phase.columns", "columns"},
    {"phase.pool", "pool"},
    {"phase.unpool", "unpool"},
    {"phase.sampling", "sampling"},
    // ---- end of frame 1 ----

    // ---- frame: pool, unpool, upsample, shuffle and compare views ----

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
