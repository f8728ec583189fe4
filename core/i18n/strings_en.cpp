// The English table. Keys are dotted (area.thing.detail); {0}, {1}, …: the places tr() fills.
// Each section belongs to one part of the code; tests/test_strings.cpp checks that both tables
// have the same keys with the same places.
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr StringEntry kEntries[] = {
    {"lang.name", "English"},

    // ---- app: menus, presentation mode, lessons, scene files, guidance (app/gui/) ----

    {"lesson.builtin.title", "Transposed convolution in 10 steps"},
    {"lesson.builtin.1.title", "Conv2d places the kernel"},
    {"lesson.builtin.1.note", "A 3×3 kernel slides over a 4×4 input one cell at a time. At each place it multiplies the cells under it by its weights and adds the products: one output cell. 4 − 3 + 1 = 2 places per axis give a 2×2 output."},
    {"lesson.builtin.2.title", "Stride skips places"},
    {"lesson.builtin.2.note", "With stride 2 the kernel jumps two cells at a time. On a 5×5 input a 3×3 kernel has ⌊(5 − 3)/2⌋ + 1 = 2 places per axis, so the output is 2×2."},
    {"lesson.builtin.3.title", "Padding adds a ring"},
    {"lesson.builtin.3.note", "padding 1 puts a ring of zeros around the 5×5 input. The kernel can now centre on the edge cells, and the output keeps the input's size: 5 + 2·1 − 3 + 1 = 5."},
    {"lesson.builtin.4.title", "The convolution is a matrix"},
    {"lesson.builtin.4.note", "Unroll the 3×3 input into a vector x of 9 values and the 2×2 output into y of 4: the convolution is y = C·x. Row r of C is the kernel at its r-th place, with zeros where it does not reach."},
    {"lesson.builtin.5.title", "Its transpose"},
    {"lesson.builtin.5.note", "A transposed convolution multiplies by Cᵀ: x' = Cᵀ·y takes 4 values back to 9. Column j of Cᵀ is input cell j's stamp: the kernel scaled by that cell, placed where the convolution read it."},
    {"lesson.builtin.6.title", "Transposed convolution stamps the kernel"},
    {"lesson.builtin.6.note", "Each input cell multiplies the whole kernel and adds it into the output, the stamps stride cells apart. Where stamps overlap, they add up. A 2×2 input and a 2×2 kernel give (2 − 1)·1 + 2 = 3: a 3×3 output."},
    {"lesson.builtin.7.title", "The same, as a convolution over the spread input"},
    {"lesson.builtin.7.note", "stride − 1 = 1 zero goes between neighbouring input cells, and k − 1 = 2 rings of zeros border them. The flipped kernel then slides with stride 1: (2 − 1)·2 + 3 = 5, a 5×5 output."},
    {"lesson.builtin.8.title", "Padding crops"},
    {"lesson.builtin.8.note", "In a transposed convolution padding removes cells: the full output, (3 − 1)·2 + 3 = 7 wide, loses padding = 1 row and column on each side, leaving 5×5."},
    {"lesson.builtin.9.title", "output_padding gives one back"},
    {"lesson.builtin.9.note", "Conv2d with stride 2 maps both 5×5 and 6×6 inputs to 3×3, so the transposed convolution cannot know which size to return. output_padding = 1 adds a row at the bottom and a column at the right: 5 + 1 = 6."},
    {"lesson.builtin.10.title", "The other upsampling layers"},
    {"lesson.builtin.10.note", "Four ways back to 4×4 after MaxPool2d(2, 2), side by side: a ConvTranspose2d with a bilinear kernel, MaxUnpool2d putting each value back where its maximum was, and Upsample nearest and bilinear. Watch which input cells each output cell reads."},
    {"lesson.error.missing", "{0}: the field \"{1}\" is missing"},
    {"lesson.error.not_text", "{0}: the field \"{1}\" must be text"},
    {"lesson.error.not_json", "{0}: the file is damaged (not valid JSON); nothing was opened"},
    {"lesson.error.not_object", "{0}: the file is damaged (not a JSON object); nothing was opened"},
    {"lesson.error.not_lesson", "{0}: not a ConvViz lesson (it needs \"format\": \"convviz-lesson\")"},
    {"lesson.error.no_version", "{0}: the lesson has no valid \"version\" (1 or more)"},
    {"lesson.error.newer", "{0}: the lesson is from a newer ConvViz (version {1}); this one reads up to version {2}. Nothing was opened."},
    {"lesson.error.no_scenes", "{0}: the field \"scenes\" must be a list"},
    {"lesson.error.too_many", "{0}: the lesson has {1} scenes; at most {2} are allowed"},
    {"lesson.error.where", "{0}, scene {1}"},
    {"lesson.error.entry_not_object", "{0}: must be a JSON object"},
    {"lesson.error.directory", "{0}: is a folder, not a lesson file"},
    {"lesson.error.unreadable", "{0}: cannot be read (missing, or no permission)"},
    {"predict.right", "Right: the output is {0} (channels × height × width)."},
    {"predict.wrong", "The output is {0}; you said {1}×{2}×{3}."},
    {"predict.missed.conv_padding", "padding: the input grows by padding on each side (2·padding per axis) before the window is placed."},
    {"predict.missed.dilation", "dilation: a kernel of size k reaches dilation·(k − 1) + 1 cells, not k."},
    {"predict.missed.conv_stride", "stride: the places are counted stride cells apart, so the span is divided by stride (rounded down) before the + 1."},
    {"predict.missed.output_padding", "output_padding: it adds rows at the bottom and columns at the right, after the crop."},
    {"predict.missed.crop", "padding: in a transposed layer padding crops, taking 2·padding away per axis."},
    {"predict.missed.spread", "stride: the input is spread stride cells apart, so (H_in − 1) is multiplied by stride."},
    {"predict.missed.grows", "This is a transposed convolution: the size grows, H_out = (H_in − 1)·stride − 2·padding + dilation·(k − 1) + output_padding + 1, it is not the convolution's formula."},
    {"predict.missed.plus_one", "the + 1: the first place (or the first cell) counts too."},
    {"predict.missed.floor", "rounding: the division rounds down (⌊ ⌋) unless ceil_mode is on."},
    {"predict.missed.ceil_mode", "ceil_mode: it is on, so the division rounds up (⌈ ⌉) — as long as the last window starts inside the input or its left padding."},
    {"predict.missed.pool_stride", "stride: a pooling layer's stride defaults to its kernel size, so windows do not overlap."},
    {"predict.missed.output_size", "output_size: it is given, so it decides the size rather than the formula."},
    {"predict.missed.channels_conv", "channels: a convolution has as many output channels as the weight has filters (its first dimension)."},
    {"predict.missed.channels_transpose", "channels: a transposed convolution's output channels are the weight's second dimension times groups."},
    {"predict.missed.channels_shuffle", "channels: PixelShuffle divides the channels by upscale_factor²."},
    {"predict.missed.channels_unshuffle", "channels: PixelUnshuffle multiplies the channels by downscale_factor²."},
    {"predict.missed.channels_same", "channels: this layer works on each channel alone, so the number of channels does not change."},
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

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the English table");

}  // namespace

std::span<const StringEntry> english_strings() { return kTable; }

}  // namespace convviz
