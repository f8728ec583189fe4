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

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // Words that fill places in several messages.
    {"msg.axis.height", "height"},
    {"msg.axis.width", "width"},
    {"msg.dim.batch", "batch size"},
    {"msg.dim.channels", "channel count"},
    {"msg.noun.input", "the input"},

    // ConvViz's own size bounds (core/limits.cpp).
    {"msg.limit.parameter", "{0} ({1}) is beyond ConvViz's limit of {2} in magnitude"},
    {"msg.limit.input_rank", "{0} must have 4 dimensions (N, C, H, W), but its shape is {1}"},
    {"msg.limit.dim_at_least_one", "{0} {1} must be at least 1, but it is {2}"},
    {"msg.limit.dim_over", "{0} {1} ({2}) is over ConvViz's limit of {3}"},
    {"msg.limit.cells", "{0} has {1} cells, over ConvViz's limit of {2}"},
    {"msg.limit.kernel_side", "the kernel {0} ({1}) is over ConvViz's limit of {2}"},
    {"msg.limit.output_side", "the output {0} would be {1}, over ConvViz's limit of {2}; use a smaller input, stride or scale"},
    {"msg.limit.output_cells", "the output {0} would have {1} cells, over ConvViz's limit of {2}"},
    {"msg.limit.work", "this configuration needs {0} multiply-adds, over ConvViz's limit of {1}; use fewer channels, a smaller input or a smaller kernel"},

    // Rules every parameter or the conv ops share (core/ops/conv_checks.cpp).
    {"msg.param.negative", "{0} must not be negative, but it is {1} on the {2} axis"},
    {"msg.param.at_least", "{0} must be at least {1}, but it is {2} on the {3} axis"},
    {"msg.param.at_least_one", "{0} must be at least 1, but it is {1}"},
    {"msg.param.divisible_by_groups", "{0} ({1}) must be divisible by groups ({2})"},
    {"msg.conv.weight_rank", "the weight must have 4 dimensions {0}, but its shape is {1}"},
    {"msg.conv.weight_empty", "every dimension of the weight must be at least 1, but its shape is {0}"},
    {"msg.conv.bias_shape", "the bias must hold one value per output channel, shape [{0}], but its shape is {1}"},
    {"msg.conv.out_channels_over", "the output channel count ({0}) is over ConvViz's limit of {1}"},

    // conv2d (core/ops/conv2d.cpp).
    {"msg.conv.same_needs_stride_one", "padding = 'same' needs stride 1, but stride is {0} on the {1} axis; give the padding as numbers for a strided convolution"},
    {"msg.conv.in_channels", "the input has {0} channels, but the weight {1} with groups = {2} expects {3} × {2} = {4}; the weight's second dimension must be in_channels / groups"},
    {"msg.conv.reflect_padding", "reflect padding ({0}) must be smaller than the input {1} ({2})"},
    {"msg.conv.circular_padding", "circular padding ({0}) must not exceed the input {1} ({2}): it would wrap around more than once"},
    {"msg.conv.kernel_too_large", "the kernel spans {0} cells (dilation {1} · (kernel {2} − 1) + 1) but the padded input {3} is only {4} ({5} + {6} padding); add {7} padding or use a smaller kernel or dilation"},

    // conv_transpose2d (core/ops/conv_transpose2d.cpp).
    {"msg.convt.in_channels", "the input has {0} channels, but the weight {1} expects {2}: a transposed convolution's weight is [C_in, C_out / groups, kH, kW]"},
    {"msg.convt.output_padding", "output_padding ({0}) must be smaller than stride ({1}) or dilation ({2}) on the {3} axis; use output_padding {4} or less"},
    {"msg.convt.cropped_away", "the output {0} would be {1}: padding ({2}) crops 2 × {2} cells from a full output of {3} (+ output_padding {4}); use padding {5} or less"},

    // max_pool2d and avg_pool2d (core/ops/pool_window.cpp, avg_pool2d.cpp); {0} is the op's name.
    {"msg.pool.stride_zero", "{0} stride must not be 0 on the {1} axis; leave it out to step by the kernel size"},
    {"msg.pool.padding_negative", "{0} padding must not be negative, but it is {1} on the {2} axis"},
    {"msg.pool.padding_over_half", "{0} padding ({1}) must be at most half the kernel size ({2} / 2 = {3}) on the {4} axis, so that no window lies mostly in padding"},
    {"msg.pool.kernel_at_least_one", "{0} kernel_size must be at least 1, but it is {1} on the {2} axis"},
    {"msg.pool.stride_negative", "{0} stride must be positive, but it is {1} on the {2} axis"},
    {"msg.pool.dilation_at_least_one", "{0} dilation must be at least 1, but it is {1} on the {2} axis"},
    {"msg.pool.window_too_large", "the {0} output {1} would be {2}: the window spans {3} cells but the padded input {1} is only {4} ({5} + 2 × {6}); use a smaller kernel or dilation, or more padding"},
    {"msg.pool.divisor_zero", "divisor_override must not be 0; leave it out to divide by the window's cell count"},

    // max_unpool2d (core/ops/max_unpool2d.cpp).
    {"msg.unpool.indices_shape", "the indices must have the input's shape {0}, but their shape is {1}; pass the indices max_pool2d returned with these values"},
    {"msg.unpool.output_size_range", "output_size {0} ({1}) must lie strictly between {2} and {3}: the default {4} = ({5} − 1)·{6} − 2·{7} + {8}, give or take less than the stride ({6})"},
    {"msg.unpool.output_empty", "the output {0} would be {1} = ({2} − 1)·{3} − 2·{4} + {5}; use less padding or a larger kernel"},
    {"msg.unpool.output_size_at_least_one", "output_size must be at least 1 × 1, but it is {0} × {1}"},
    {"msg.unpool.index_outside", "index {0} at input cell ({1}) is outside the {2} × {3} output, whose positions run from 0 to {4}; the indices must come from a max_pool2d of a {2} × {3} input"},

    // upsample (core/ops/upsample.cpp).
    {"msg.upsample.size_and_scale", "give either size or scale_factor, not both"},
    {"msg.upsample.no_size", "give the output size or a scale_factor"},
    {"msg.upsample.align_corners", "align_corners applies to bilinear and bicubic only; leave it unset for mode {0}"},
    {"msg.upsample.scale_not_finite", "scale_factor must be a finite number on the {0} axis"},
    {"msg.upsample.output_empty", "the output {0} must be at least 1, but it is {1}; use a larger size or scale_factor"},
    {"msg.upsample.output_empty_scaled", "the output {0} must be at least 1, but it is {1} = ⌊{2} × {3}⌋; use a larger size or scale_factor"},
    {"msg.upsample.output_over", "the output {0} would be {1}, over ConvViz's limit of {2}"},

    // pixel_shuffle and pixel_unshuffle (core/ops/pixel_shuffle.cpp).
    {"msg.shuffle.channels", "the input's channel count ({0}) must be divisible by upscale_factor² ({1}² = {2}); use {3} channels or another factor"},
    {"msg.unshuffle.side", "the input {0} ({1}) must be divisible by downscale_factor ({2})"},
    {"msg.unshuffle.channels_over", "the output channel count ({0} × {1}² = {2}) is over ConvViz's limit of {3}"},

    // The convolution matrix (core/matrix.cpp, core/matrix_scene.cpp).
    {"msg.matrix.zeros_only", "the convolution matrix is drawn for zero padding only, but padding_mode is {0}"},
    {"msg.matrix.one_image", "the convolution matrix is drawn for one image, but the batch size is {0}"},
    {"msg.matrix.too_many_non_zeros", "the convolution matrix would hold up to {0} non-zeros, over ConvViz's limit of {1}"},
    {"msg.matrix.output_padding", "the matrix view needs output_padding < stride so that the conv2d maps the {0}×{1} output back onto the {2}×{3} input, but output_padding is {4} and stride {5} ({6})"},

    // Any op (core/op.cpp); {0} is the op's name.
    {"msg.op.needs_weight", "{0} needs a weight"},
    {"msg.op.needs_indices", "{0} needs indices"},
    {"msg.op.no_weight", "{0} has no weight"},

    // A malformed field of a scene file (core/json_io.cpp, core/scene.cpp): what follows
    // 'field "params.stride"' in msg.scene.field.
    {"msg.field.too_large", "is too large"},
    {"msg.field.not_integer", "must be an integer, but it is {0}"},
    {"msg.field.not_number", "must be a number, but it is {0}"},
    {"msg.field.not_finite", "must be a finite number (NaN and infinity are not values)"},
    {"msg.field.not_boolean", "must be true or false, but it is {0}"},
    {"msg.field.pair_size", "must be a pair [h, w], but it has {0} elements"},
    {"msg.field.not_pair", "must be an integer or a pair [h, w], but it is {0}"},
    {"msg.field.not_scale_pair", "must be a pair [h, w]"},
    {"msg.field.missing", "is missing"},
    {"msg.field.shape_not_array", "must be an array of sizes, but it is {0}"},
    {"msg.field.shape_rank", "has {0} dimensions; at most 8 are read"},
    {"msg.field.negative", "must not be negative, but it is {0}"},
    {"msg.field.shape_cells", "describes more than ConvViz's limit of {0} cells"},
    {"msg.field.tensor_not_object", "must be an object {\"shape\": [...], \"data\": [...]}"},
    {"msg.field.data_not_array", "must be a flat array of numbers"},
    {"msg.field.data_count", "has {0} values, but the shape {1} needs {2}"},
    {"msg.field.not_string", "must be a string"},
    {"msg.field.not_object", "must be an object"},
    {"msg.field.padding_word", "padding must be numbers, 'same' or 'valid', not '{0}'"},
    {"msg.field.padding_mode", "padding_mode must be zeros, reflect, replicate or circular, not '{0}'"},
    {"msg.field.upsample_mode", "mode must be nearest, nearest-exact, bilinear or bicubic, not '{0}'"},
    {"msg.list.separator", ", "},

    // Scenes and scene files (core/scene.cpp); {0} names the file.
    {"msg.scene.not_json", "{0}: not valid JSON: {1}"},
    {"msg.scene.json_truncated", "{0}: not valid JSON: the text ends early, at line {1}, column {2}"},
    {"msg.scene.json_syntax", "{0}: not valid JSON: a syntax error at line {1}, column {2} ({3})"},
    {"msg.scene.json_number_overflow", "{0}: not valid JSON: the number {1} is out of range"},
    {"msg.scene.json_error", "{0}: {1}"},
    {"msg.scene.not_object", "{0}: field \"(scene)\" must be a JSON object"},
    {"msg.scene.field", "{0}: field \"{1}\" {2}"},
    {"msg.scene.params_refused", "{0}: field \"params\" {1}"},
    {"msg.scene.invalid", "{0}: {1}"},
    {"msg.scene.version_newer", "is {0}: the file is from a newer ConvViz, which reads up to {1}"},
    {"msg.scene.version_below_one", "must be 1 or more, but it is {0}"},
    {"msg.scene.unknown_op", "names no known op: '{0}'"},
    {"msg.scene.pooling_not_unpool", "belongs to a max_unpool2d scene only (the MaxPool2d before it)"},
    {"msg.scene.unknown_view", "names no view: '{0}'"},
    {"msg.scene.unknown_compare_kernel", "must be \"bilinear\" or \"ones\", not '{0}'"},
    {"msg.scene.no_such_view", "{0} has no {1} view; its views: {2}"},
    {"msg.scene.pool_before", "the max_pool2d before unpooling: {0}"},
    {"msg.scene.index_past_unpool", "MaxPool2d's index {0} (row {1}, column {2} of the {3}×{4} input) is past the end of MaxUnpool2d's {5}×{6} plane: the unpool's size formula ignores the pool's dilation and ceil_mode; set output_size to {3}×{4} or change kernel_size, stride or padding"},

    // The compare view (core/compare.cpp).
    {"msg.compare.not_unpool", "the compare view starts from a max_unpool2d scene, not {0}"},
    {"msg.compare.unreachable", "ConvTranspose2d with stride {0} and a {1} kernel cannot make {2} from {3}: output_padding would have to be negative or reach the stride; leave output_size unset or make it larger"},

    // Files: reading a scene (core/scene.cpp), writing any file (core/atomic_file.cpp).
    {"file.scene.directory", "{0}: is a directory, not a scene file"},
    {"file.scene.unreadable", "{0}: cannot be read (missing, or no permission)"},
    {"file.cannot_write", "cannot write {0}: {1}"},
    // Why a write failed, for languages other than English (English shows the C library's words).
    {"file.error.no_such_file", "No such file or directory"},
    {"file.error.permission", "Permission denied"},
    {"file.error.disk_full", "No space left on device"},
    {"file.error.quota", "Disk quota exceeded"},
    {"file.error.read_only", "Read-only file system"},
    {"file.error.is_directory", "Is a directory"},
    {"file.error.not_directory", "Not a directory"},
    {"file.error.name_too_long", "File name too long"},

    // Editing a scene's channels and kernel (core/scene_edit.cpp).
    {"msg.edit.out_channels_over", "out_channels ({0}) is over ConvViz's limit of {1}"},
    {"msg.edit.kernel_at_least_one", "the kernel {0} must be at least 1, but it is {1}"},

    // An export's frames (core/frame/frame_plan.cpp).
    {"msg.plan.tween", "tween must be between 0 and {0} in-between frames, but it is {1}"},
    {"msg.plan.fps", "fps must be between {0} and {1} (or 0 for a frame per step), but it is {2}"},
    {"msg.plan.range", "the range must run forward from 0 s or later, but it is from {0} s to {1} s"},
    {"msg.plan.too_many_at_fps", "at {0} frames a second the {1} s animation needs {2} frames, more than the {3} an export allows"},
    {"msg.plan.too_many_up_to", "with {0} in-between frames the animation needs up to {1} frames, more than the {2} an export allows"},
    {"msg.plan.too_many", "with {0} in-between frames the animation needs {1} frames, more than the {2} an export allows"},
    {"msg.plan.empty_range", "no frame falls in the range from {0} s to {1} s; the animation runs from 0 s to {2} s"},

    // The Shape panel's derivations (core/arith.cpp): the words around the formulas. A line that
    // continues a formula starts with six spaces, as the formula lines do.
    {"arith.same_padding_rows", "padding = 'same': dilation·(kernel − 1) = {0}·({1} − 1) = {2} cells in all, {3} at the top and {4} at the bottom"},
    {"arith.same_padding_columns", "padding = 'same': dilation·(kernel − 1) = {0}·({1} − 1) = {2} cells in all, {3} on the left and {4} on the right"},
    {"arith.matrix_rows", "C has one row per output cell: C_out·H_out·W_out = {0}·{1}·{2} = {3}"},
    {"arith.matrix_columns", "and one column per input cell: C_in·H_in·W_in = {0}·{1}·{2} = {3}"},
    {"arith.ceil_mode_drops", "      − 1 = {0}: the last window would start at {1}, inside the padding ({2} + padding = {3}), so ceil_mode drops it"},
    {"arith.unpool_output_size", "      output_size gives {0} (allowed: {1} to {2})"},
    {"arith.restore_formula", "output_padding ({0}) = ({1} + 2·padding − dilation·(kernel − 1) − 1) mod stride"},
    {"arith.restore_uneven_padding", "a conv_transpose2d pads both sides equally, so it cannot undo this conv2d's uneven 'same' padding; use an odd kernel or explicit padding"},

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the English table");

}  // namespace

std::span<const StringEntry> english_strings() { return kTable; }

}  // namespace convviz
