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

    // Labels, headings, items and messages of the panels (app/gui/*_panel.cpp, panel_text.cpp).
    {"panel.params.op", "op"},
    {"panel.params.input_heading", "input (N, C, H, W)"},
    {"panel.params.batch", "batch N"},
    {"panel.params.channels", "channels C"},
    {"panel.params.height_width", "height, width"},
    {"panel.params.layer_heading", "layer"},
    {"panel.params.options_heading", "options"},
    {"panel.params.padding_kind", "padding kind"},
    {"panel.params.padding_numbers", "numbers"},
    {"panel.params.divisor", "divisor"},
    {"panel.params.pool_before", "MaxPool2d before it"},
    {"panel.params.unset", "{0}: {1}"},
    {"panel.params.stride_unset", "= kernel_size"},
    {"panel.params.output_size_unset", "default"},
    {"panel.params.align_corners_unset", "unset"},
    {"panel.params.view", "view"},
    {"panel.params.compare_kernel", "ConvT kernel"},
    {"panel.params.edited_title", "Your {0} (from {1})"},
    {"panel.op.conv2d", "conv2d"},
    {"panel.op.conv_transpose2d", "conv_transpose2d"},
    {"panel.op.max_pool2d", "max_pool2d"},
    {"panel.op.avg_pool2d", "avg_pool2d"},
    {"panel.op.max_unpool2d", "max_unpool2d"},
    {"panel.op.upsample", "upsample"},
    {"panel.op.pixel_shuffle", "pixel_shuffle"},
    {"panel.op.pixel_unshuffle", "pixel_unshuffle"},
    {"panel.padding_mode.zeros", "zeros"},
    {"panel.padding_mode.reflect", "reflect"},
    {"panel.padding_mode.replicate", "replicate"},
    {"panel.padding_mode.circular", "circular"},
    {"panel.upsample_mode.nearest", "nearest"},
    {"panel.upsample_mode.nearest_exact", "nearest-exact"},
    {"panel.upsample_mode.bilinear", "bilinear"},
    {"panel.upsample_mode.bicubic", "bicubic"},
    {"panel.view.conv", "conv"},
    {"panel.view.scatter", "scatter"},
    {"panel.view.gather", "gather"},
    {"panel.view.crop", "crop"},
    {"panel.view.matrix", "matrix"},
    {"panel.view.pool", "pool"},
    {"panel.view.unpool", "unpool"},
    {"panel.view.upsample", "upsample"},
    {"panel.view.shuffle", "shuffle"},
    {"panel.view.compare", "compare"},
    {"panel.compare_kernel.bilinear", "bilinear"},
    {"panel.compare_kernel.ones", "ones"},
    {"panel.values.presets", "Presets..."},
    {"panel.values.tensor", "tensor"},
    {"panel.values.input", "input"},
    {"panel.values.weight", "weight"},
    {"panel.values.bias", "bias"},
    {"panel.values.fill_with", "fill {0} with"},
    {"panel.fill.integers", "integers"},
    {"panel.fill.normals", "normals"},
    {"panel.fill.ones", "ones"},
    {"panel.fill.arange", "arange"},
    {"panel.values.click_to_edit", "{0} {1} — click a number, type, Enter"},
    {"panel.values.plane", "plane (n, c)"},
    {"panel.values.shown_of", "({0}×{1} shown of {2}×{3})"},
    {"panel.values.not_finite", "a value must be a finite number; {0} is not"},
    {"panel.values.edited_title", "Your values (from {0})"},
    {"panel.playback.play", "Play"},
    {"panel.playback.pause", "Pause"},
    {"panel.playback.loop", "Loop"},
    {"panel.playback.speed", "speed {0}×"},
    {"panel.playback.step", "step {0} of {1}   {2} / {3} s"},
    {"panel.playback.phase_step", "{0}: step {1} of {2}   {3} / {4} s"},
    {"panel.phase.steps", "steps"},
    {"panel.phase.spread", "spread"},
    {"panel.phase.pad", "pad"},
    {"panel.phase.flip", "flip"},
    {"panel.phase.slide", "slide"},
    {"panel.phase.full", "full"},
    {"panel.phase.crop", "crop"},
    {"panel.phase.give_back", "give_back"},
    {"panel.phase.rows", "rows"},
    {"panel.phase.transpose", "transpose"},
    {"panel.phase.columns", "columns"},
    {"panel.phase.pool", "pool"},
    {"panel.phase.unpool", "unpool"},
    {"panel.phase.sampling", "sampling"},
    {"panel.arithmetic.phase_step", "phase {0}, step {1} of {2}"},
    {"panel.arithmetic.none", "(no arithmetic at this moment)"},
    {"panel.shape.output_shape", "output shape {0}"},
    {"panel.shape.undo_conv",
     "A ConvTranspose2d with this kernel, stride, padding and dilation gives back the input's size with:"},
    {"panel.shape.inverts_conv",
     "This ConvTranspose2d inverts the shape of a Conv2d with the same kernel, stride, padding and dilation "
     "applied to a {0}×{1} input when:"},
    {"panel.shape.output_padding_is_that", "The scene's output_padding ({0}, {1}) is exactly that."},
    {"panel.canvas.invalid", "This configuration is not valid:\n{0}"},
    {"panel.code.copy", "Copy"},
    {"panel.code.heading", "PyTorch code for this scene"},
    {"panel.export.title", "Export"},
    {"panel.export.png_sequence", "PNG sequence"},
    {"panel.export.file", "File"},
    {"panel.export.png_names", "Frames go to NAME_0000.png, NAME_0001.png, …"},
    {"panel.export.size", "Size (pixels)"},
    {"panel.export.as_canvas", "As the canvas"},
    {"panel.export.per_step", "One frame per step"},
    {"panel.export.fixed_rate", "Fixed frame rate"},
    {"panel.export.fps", "Frames a second"},
    {"panel.export.tween", "In-between frames"},
    {"panel.export.seconds_per_step", "Seconds per step"},
    {"panel.export.ranged", "Only part of the animation"},
    {"panel.export.from", "From (s)"},
    {"panel.export.to", "To (s)"},
    {"panel.export.light", "Light"},
    {"panel.export.dark", "Dark"},
    {"panel.export.labels", "Labels and captions"},
    {"panel.export.transparent", "Transparent page"},
    {"panel.export.plays", "Plays (0: for ever)"},
    {"panel.export.plan", "{0} frames, {1} s"},
    {"panel.export.replace", "Replace the existing file"},
    {"panel.export.export", "Export"},
    {"panel.export.close", "Close"},
    {"panel.export.cancel", "Cancel"},
    {"panel.export.exporting", "Exporting {0}"},
    {"panel.export.frames_done", "{0} / {1} frames"},
    {"panel.export.time_left", "about {0} s left"},
    {"panel.export.already_running", "an export is already running"},
    {"panel.export.cancelled", "Cancelled: nothing was written to {0}"},
    {"panel.export.written", "Wrote {0}: {1} frames, {2}×{3}, in {4} s"},
    // Hover tips of the panels' controls: app/gui/param_tips.hpp lists them.
    {"tip.input.op",
     "The PyTorch layer to animate. Choosing another keeps the input's shape and starts from that layer's "
     "defaults; each layer has its own views and its own shape formula."},
    {"tip.input.batch",
     "N, the number of samples that go through the layer together. Each sample is computed the same way, "
     "independently of the others; the formula keeps N_out = N_in."},
    {"tip.input.channels",
     "C_in, the input's channels, drawn as stacked planes. A conv layer sums over the C_in / groups channels "
     "of its group for each output cell; pooling and Upsample keep C_out = C_in; PixelShuffle(r) needs C_in "
     "divisible by r²."},
    {"tip.input.size",
     "H_in and W_in, the input's height and width, set separately. Every shape formula starts from them: "
     "H_out and W_out are computed from these two numbers."},
    {"tip.conv2d.out_channels",
     "How many kernels there are, one per output channel (the output's stacked planes). C_out = out_channels; "
     "the weight is [out_channels, C_in / groups, kH, kW]."},
    {"tip.conv2d.kernel_size",
     "The kernel's height and width: the window that slides over the padded input. In H_out = ⌊(H_in + "
     "2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1 a larger kernel leaves room for fewer placements."},
    {"tip.conv2d.bias",
     "Adds one learned number per output channel to every sum of products. It changes the output's values, "
     "never its shape."},
    {"tip.conv2d.stride",
     "How far the kernel moves between placements: fewer, further-apart output cells. In H_out = ⌊(H_in + "
     "2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1 the room the kernel has to move in is divided by "
     "stride."},
    {"tip.conv2d.padding_kind",
     "numbers: the padding you set. 'same': PyTorch pads so that H_out = H_in (stride 1 only), splitting "
     "dilation·(kernel − 1) between the two sides. 'valid': no padding, as padding = 0."},
    {"tip.conv2d.padding",
     "Cells added on every side of the input (the dashed ring), so that the kernel can also sit over the "
     "edges. The formula adds 2·padding to H_in: more placements, a larger output."},
    {"tip.conv2d.dilation",
     "Gaps between the kernel's taps: the kernel covers dilation·(kernel − 1) + 1 cells. The formula "
     "subtracts dilation·(kernel − 1), so a wider span leaves fewer placements."},
    {"tip.conv2d.groups",
     "Splits the channels into groups: each output channel reads only the input channels of its own group "
     "(coloured alike). C_in and out_channels must both be divisible by groups; the formula for H_out is "
     "unchanged, the weight has C_in / groups input channels."},
    {"tip.conv2d.padding_mode",
     "What the padding ring holds: zeros, the input mirrored at its edge (reflect), the edge cell repeated "
     "(replicate), or the opposite side wrapped round (circular). It changes the values the kernel reads, not "
     "the shape."},
    {"tip.conv_transpose2d.out_channels",
     "How many output channels (the output's stacked planes). The weight is [C_in, out_channels / groups, kH, "
     "kW], so C_out = weight.shape[1]·groups = out_channels."},
    {"tip.conv_transpose2d.kernel_size",
     "The size of the stamp each input cell leaves in the output: the kernel scaled by that cell's value. In "
     "H_out = (H_in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1 it adds "
     "dilation·(kernel − 1)."},
    {"tip.conv_transpose2d.bias",
     "Adds one learned number per output channel once the stamps are summed. It changes the output's values, "
     "never its shape."},
    {"tip.conv_transpose2d.stride",
     "Spreads the input: stride − 1 zeros go between neighbouring cells, and the stamps land stride cells "
     "apart. In H_out = (H_in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1 it "
     "multiplies (H_in − 1)."},
    {"tip.conv_transpose2d.padding",
     "Not added but cut: padding rows and columns are removed from each side of the full output (the crop "
     "view). The formula subtracts 2·padding; in the gather view the border around the spread input is "
     "dilation·(kernel − 1) − padding wide."},
    {"tip.conv_transpose2d.output_padding",
     "Rows and columns given back at the bottom and right only. A Conv2d with stride > 1 maps several input "
     "sizes to the same output size, and output_padding picks the one this layer returns. The formula adds "
     "output_padding; it must be smaller than stride or dilation."},
    {"tip.conv_transpose2d.dilation",
     "Gaps between the kernel's taps inside each stamp, which then covers dilation·(kernel − 1) + 1 cells. "
     "The formula adds dilation·(kernel − 1)."},
    {"tip.conv_transpose2d.groups",
     "Splits the channels into groups: each group's input cells stamp only into that group's output channels. "
     "C_in and out_channels must both be divisible by groups; the formula for H_out is unchanged, the weight "
     "is [C_in, out_channels / groups, kH, kW]."},
    {"tip.max_pool2d.kernel_size",
     "The pooling window: each output cell is the largest value inside one window. In H_out = ⌊(H_in + "
     "2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1 a larger window leaves room for fewer windows."},
    {"tip.max_pool2d.stride",
     "How far the window moves between outputs; unset, it equals kernel_size, so the windows tile the input "
     "without overlapping. In the formula the room the window has to move in is divided by stride."},
    {"tip.max_pool2d.padding",
     "−∞ cells added around the input, so that they never win a window; at most half the window. The formula "
     "adds 2·padding to H_in."},
    {"tip.max_pool2d.dilation",
     "Gaps inside the pooling window, which then covers dilation·(kernel − 1) + 1 cells. The formula "
     "subtracts dilation·(kernel − 1)."},
    {"tip.max_pool2d.ceil_mode",
     "Rounds up instead of down: a last, partial window at the bottom and right gives one more output row or "
     "column. The formula's ⌊ ⌋ becomes ⌈ ⌉, except that a window that would start inside the padding is "
     "dropped."},
    {"tip.avg_pool2d.kernel_size",
     "The averaging window: each output cell is the mean of one window. In H_out = ⌊(H_in + 2·padding − "
     "(kernel − 1) − 1) / stride⌋ + 1 a larger window leaves room for fewer windows."},
    {"tip.avg_pool2d.stride",
     "How far the window moves between outputs; unset, it equals kernel_size, so the windows tile the input "
     "without overlapping. In the formula the room the window has to move in is divided by stride."},
    {"tip.avg_pool2d.padding",
     "Zero cells added around the input; at most half the window. The formula adds 2·padding to H_in; "
     "count_include_pad decides whether these cells count in the mean."},
    {"tip.avg_pool2d.ceil_mode",
     "Rounds up instead of down: a last, partial window at the bottom and right gives one more output row or "
     "column. The formula's ⌊ ⌋ becomes ⌈ ⌉, except that a window that would start inside the padding is "
     "dropped."},
    {"tip.avg_pool2d.count_include_pad",
     "On: padding cells count in the mean, so every window is divided by its full size. Off: only the "
     "window's cells inside the input count. The shape does not change."},
    {"tip.avg_pool2d.divisor_override",
     "Divides every window's sum by a number of your choice instead of the window's size. The values change; "
     "the shape does not."},
    {"tip.avg_pool2d.divisor",
     "The number every window's sum is divided by: divisor_override's value. The shape does not change."},
    {"tip.max_unpool2d.kernel_size",
     "The pooling window, shared by the MaxPool2d before and the MaxUnpool2d: each window's winner goes back "
     "to its place. In H_out = (H_in − 1)·stride − 2·padding + kernel (H_in: the pooled size) it adds kernel."},
    {"tip.max_unpool2d.stride",
     "How far apart the pooling windows are, shared by both layers; unset, it equals kernel_size. In H_out = "
     "(H_in − 1)·stride − 2·padding + kernel it multiplies (H_in − 1)."},
    {"tip.max_unpool2d.padding",
     "The MaxPool2d's padding, shared by MaxUnpool2d, which crops it off again. In H_out = (H_in − 1)·stride "
     "− 2·padding + kernel it subtracts 2·padding; the indices count cells of the unpadded input."},
    {"tip.max_unpool2d.pool_dilation",
     "Gaps inside the MaxPool2d's window. MaxUnpool2d knows nothing of them: its default plane may be smaller "
     "than the input, too small for the indices; output_size puts them back in place."},
    {"tip.max_unpool2d.pool_ceil_mode",
     "A last, partial window at the bottom and right: one more pooled row or column. MaxUnpool2d's formula "
     "does not know of it; output_size gives the input's size back."},
    {"tip.max_unpool2d.output_size",
     "The unpooled plane's size, in place of the formula's. An index is y·W + x of the pooled input: read in "
     "a plane of another width, it lands in another row and column. It must lie within stride − 1 of H_out = "
     "(H_in − 1)·stride − 2·padding + kernel."},
    {"tip.upsample.mode",
     "How an output cell gets its value from the input: nearest copies the cell under the output cell's "
     "top-left corner, nearest-exact the cell under its centre, bilinear blends 4 neighbours, bicubic 16. The "
     "shape does not depend on it."},
    {"tip.upsample.by_scale_factor",
     "Give the output's size as a multiple of the input's: H_out = ⌊H_in · scale_factor⌋."},
    {"tip.upsample.by_size", "Give the output's size directly: H_out = size, whatever the input's size."},
    {"tip.upsample.size",
     "The output's height and width: H_out = size. The output cells sample the input at proportional places, "
     "H_in / H_out apart ((H_in − 1) / (H_out − 1) with align_corners=True)."},
    {"tip.upsample.scale_factor",
     "How many times larger the output is, per axis; it may be fractional. H_out = ⌊H_in · scale_factor⌋, and "
     "the sampling points are 1 / scale_factor apart unless align_corners=True."},
    {"tip.upsample.align_corners",
     "Bilinear and bicubic only. False: the cells' areas line up (sampling points at the output cells' "
     "centres). True: the corner cells' centres line up. Changing it plays the sampling grid moving; the "
     "shape does not change."},
    {"tip.pixel_shuffle.upscale_factor",
     "r: each group of r² channels becomes one channel r times as high and wide, each r×r block taking one "
     "value from each of them. C_out = C_in / r², H_out = H_in · r, W_out = W_in · r."},
    {"tip.pixel_unshuffle.downscale_factor",
     "r: each r×r block of a plane is spread over r² channels, the reverse of PixelShuffle. C_out = C_in · "
     "r², H_out = H_in / r, W_out = W_in / r (H_in and W_in must be divisible by r)."},
    {"tip.view.view",
     "What the canvas animates: the same computation seen another way (for ConvTranspose2d: stamping, the "
     "spread input, or the crop). Switching keeps the moment; the numbers and the shape formula stay the same."},
    {"tip.view.compare_kernel",
     "The compare view's ConvTranspose2d kernel: bilinear (a tent, 2·stride − stride mod 2 wide) or all ones "
     "(the pool's own size: for kernel = stride it copies each value, as nearest does). The shapes do not "
     "change."},
    {"tip.values.presets", "Open a built-in preset: a ready-made scene with its layer, parameters, values and view."},
    {"tip.values.tensor", "The tensor to show and edit: the input, the weight (the kernels) or the bias."},
    {"tip.values.integers",
     "Random integers from −4 to 4, as PyTorch's reference cases use, so that every sum stays exact. The "
     "shape does not change."},
    {"tip.values.normals",
     "Random values from the standard normal distribution, rounded to 2 decimals so that a cell stays "
     "legible. The shape does not change."},
    {"tip.values.ones", "1 in every cell, as in the identity examples. The shape does not change."},
    {"tip.values.arange",
     "0, 1, 2, … in row-major order, as torch.arange(n).reshape(shape). The shape does not change."},
    {"tip.values.plane", "The plane to edit: sample n, channel c."},
    {"tip.values.cells",
     "Click a number, type a new one and press Enter: the animation recomputes at the same moment. Only "
     "finite numbers are accepted."},
    {"tip.playback.start", "Start (Home)"},
    {"tip.playback.back", "Step back (Left arrow)"},
    {"tip.playback.play", "Play or pause (Space)"},
    {"tip.playback.forward", "Step forward (Right arrow)"},
    {"tip.playback.end", "End (End)"},
    {"tip.playback.time", "Drag to any moment of the animation; playback pauses there."},
    {"tip.playback.speed", "Playback speed (+ and − keys)"},
    {"tip.playback.loop", "Start again from the beginning after the end."},

    // ---- end of panels ----

    // ---- frame: conv, scatter, gather, crop and matrix views; formulas; hover text ----

    // ---- end of frame 1 ----

    // ---- frame: pool, unpool, upsample, shuffle and compare views ----

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // The built-in presets' titles (core/presets_data.cpp): scene_title() in core/presets.hpp.
    {"preset.no_padding_no_strides.title", "Conv2d: 4×4 input, 3×3 kernel, no padding, stride 1"},
    {"preset.no_padding_no_strides_transposed.title", "ConvTranspose2d that undoes no_padding_no_strides: 2×2 → 4×4"},
    {"preset.arbitrary_padding_no_strides.title", "Conv2d: 5×5 input, 4×4 kernel, padding 2, stride 1"},
    {"preset.arbitrary_padding_no_strides_transposed.title",
     "ConvTranspose2d that undoes arbitrary_padding_no_strides: 6×6 → 5×5"},
    {"preset.same_padding_no_strides.title", "Conv2d: 5×5 input, 3×3 kernel, padding 1 keeps the size"},
    {"preset.same_padding_no_strides_transposed.title",
     "ConvTranspose2d that undoes same_padding_no_strides: 5×5 → 5×5"},
    {"preset.full_padding_no_strides.title", "Conv2d: 5×5 input, 3×3 kernel, full padding 2"},
    {"preset.full_padding_no_strides_transposed.title",
     "ConvTranspose2d that undoes full_padding_no_strides: 7×7 → 5×5"},
    {"preset.no_padding_strides.title", "Conv2d: 5×5 input, 3×3 kernel, no padding, stride 2"},
    {"preset.no_padding_strides_transposed.title", "ConvTranspose2d that undoes no_padding_strides: 2×2 → 5×5"},
    {"preset.padding_strides.title", "Conv2d: 5×5 input, 3×3 kernel, padding 1, stride 2"},
    {"preset.padding_strides_transposed.title", "ConvTranspose2d that undoes padding_strides: 3×3 → 5×5"},
    {"preset.padding_strides_odd.title", "Conv2d: 6×6 input, 3×3 kernel, padding 1, stride 2"},
    {"preset.padding_strides_odd_transposed.title", "ConvTranspose2d that undoes padding_strides_odd: 3×3 → 6×6"},
    {"preset.dilation.title", "Conv2d: 7×7 input, 3×3 kernel, dilation 2"},
    {"preset.numerical_no_padding_no_strides.title", "Conv2d with numbers: 5×5 input, 3×3 kernel"},
    {"preset.numerical_padding_strides.title", "Conv2d with numbers: padding 1, stride 2"},
    {"preset.numerical_average_pooling.title", "AvgPool2d with numbers: 3×3 window, stride 1"},
    {"preset.numerical_max_pooling.title", "MaxPool2d with numbers: 3×3 window, stride 1"},
    {"preset.tconv_identity_ones.title", "ConvTranspose2d: identity 3×3 kernel stamped by ones(2×2)"},
    {"preset.tconv_identity_stride2_padding1_dilation2.title",
     "ConvTranspose2d: identity kernel on [[1,2],[3,4]], stride 2, padding 1, dilation 2"},
    {"preset.d2l_tconv.title", "d2l.ai: X = K = [[0,1],[2,3]], transposed convolution"},
    {"preset.d2l_tconv_padding1.title", "d2l.ai: padding 1 crops the output to [[4]]"},
    {"preset.d2l_tconv_stride2.title", "d2l.ai: stride 2 spreads the stamps apart"},
    {"preset.d2l_conv2d.title", "d2l.ai: 3×3 arange convolved with [[1,2],[3,4]]"},
    {"preset.d2l_conv_matrix.title", "d2l.ai: that convolution as a 4×9 matrix, and its transpose"},
    {"preset.maxpool_unpool.title", "MaxPool2d(2, 2) → MaxUnpool2d on 1…16 (PyTorch's docs)"},
    {"preset.maxpool_unpool_output_size.title", "MaxUnpool2d with output_size 5×5: the same indices land elsewhere"},
    {"preset.compare_upsampling.title", "Four ways back to 4×4 after MaxPool2d(2, 2)"},
    {"preset.upsample_nearest.title", "Upsample ×2, nearest, on arange(4) as 2×2"},
    {"preset.upsample_nearest_exact.title", "Upsample 4×4 → 9×9, nearest-exact: output centres pick the cell"},
    {"preset.upsample_bilinear.title", "Upsample ×2, bilinear, align_corners=False"},
    {"preset.upsample_bilinear_align_corners.title", "Upsample ×2, bilinear, align_corners=True"},
    {"preset.upsample_bicubic.title", "Upsample ×2, bicubic, align_corners=False: 16 neighbours"},
    {"preset.upsample_bicubic_align_corners.title", "Upsample 3×3 → 6×6, bicubic, align_corners=True"},
    {"preset.pixel_shuffle.title", "PixelShuffle(2): 4 channels of 2×2 become one 4×4 plane"},
    {"preset.pixel_unshuffle.title", "PixelUnshuffle(2): the 4×4 plane back into 4 channels of 2×2"},
    {"preset.large.title", "Large: ConvTranspose2d 32×32 → 127×127, 3×3 kernel, stride 4, 2 → 2 channels"},
    {"preset.matrix_1024.title", "Large matrix: 32×32 input, 3×3 kernel, padding 1: C is 1,024 × 1,024"},

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the English table");

}  // namespace

std::span<const StringEntry> english_strings() { return kTable; }

}  // namespace convviz
