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
    {"frame.error_size", "a frame needs a positive width and height, not {0} × {1}"},
    {"frame.error_timing",
     "speed, seconds per step and seconds per phase must be positive, the hold at the end not negative"},

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

    {"matrix.x_input", "x = input"},
    {"matrix.x_example", "x (example)"},
    {"matrix.kernel_oi", "kernel[{0}][{1}] {2}×{3}"},
    {"matrix.y_no_bias", "y = C·x (no bias)"},
    {"matrix.y_yours", "y = your input"},
    {"matrix.zero_block", "0: groups"},
    {"matrix.entry_where", "row {0} of C: {1}; column {2}: {3}"},
    {"matrix.entry_zero", "{0} = 0 ({1})"},
    {"matrix.entry_kernel", "{0} = {1}, kernel{2}"},
    {"matrix.zero_groups", "groups: input channel {0} never reaches output channel {1}"},
    {"matrix.zero_not_under", "x[{0}] is not under placement {1}"},
    {"matrix.formula_transpose", "Cᵀ[j, i] = C[i, j]: C's rows, one per output cell, become the columns of Cᵀ"},
    {"matrix.formula_sum_over", "Σ C[{0}, j]·x[j] for j = "},
    {"matrix.formula_yours", "x' = Cᵀ·y: your ConvTranspose2d, as a matrix"},
    {"matrix.formula_no_layer", "x' = Cᵀ·y: this conv2d's transposed convolution"},
    {"matrix.formula_layer", "x' = Cᵀ·y = ConvTranspose2d(y): stride {0}, padding {1}, output_padding {2}{3}"},
    {"matrix.formula_dilation", ", dilation {0}"},
    {"matrix.formula_groups", ", groups {0}"},
    {"matrix.caption_row", "y[{0}] = row {0} of C · x"},
    {"matrix.caption_zero_row", "row {0} of C is all zeros: its taps all fall on padding, so y[{0}] = 0"},
    {"matrix.caption_transpose",
     "transpose: every entry crosses the diagonal to its mirror place, so row i of C is column i of Cᵀ"},
    {"matrix.caption_transpose_yours",
     "transpose: each entry crosses the diagonal, row i of C becoming column i of Cᵀ; y is now your layer's input"},
    {"matrix.caption_column", "column {0} of Cᵀ stamps y[{0}] = {1} into x': "},
    {"matrix.caption_zero_column", "nothing (the column is all zeros)"},
    {"matrix.outcome", "x' is ConvTranspose2d's {0} output, number for number"},
    {"matrix.outcome_given_back",
     "x' is ConvTranspose2d's {0} output, number for number; output_padding {1} gives back the {0} size"},
    {"matrix.outcome_yours", "x' is your ConvTranspose2d's {0} output, number for number"},
    {"matrix.outcome_yours_bias", "x' is your ConvTranspose2d's {0} output, number for number (before its bias)"},
    {"matrix.outcome_no_layer",
     "x' is the transposed convolution, but padding top {0}, bottom {1}, left {2}, right {3} has no ConvTranspose2d parameter"},

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
