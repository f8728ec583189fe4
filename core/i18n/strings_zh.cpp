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

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // Words that fill places in several messages.
    {"msg.axis.height", "高度"},
    {"msg.axis.width", "宽度"},
    {"msg.dim.batch", "批大小"},
    {"msg.dim.channels", "通道数"},
    {"msg.noun.input", "输入"},

    // ConvViz's own size bounds (core/limits.cpp).
    {"msg.limit.parameter", "{0}（{1}）的绝对值超出了 ConvViz 的上限 {2}"},
    {"msg.limit.input_rank", "{0}必须有 4 个维度（N, C, H, W），但其形状为 {1}"},
    {"msg.limit.dim_at_least_one", "{0}的{1}至少为 1，但现在是 {2}"},
    {"msg.limit.dim_over", "{0}的{1}（{2}）超出了 ConvViz 的上限 {3}"},
    {"msg.limit.cells", "{0}有 {1} 个单元格，超出了 ConvViz 的上限 {2}"},
    {"msg.limit.kernel_side", "核的{0}（{1}）超出了 ConvViz 的上限 {2}"},
    {"msg.limit.output_side", "输出{0}将为 {1}，超出了 ConvViz 的上限 {2}；请使用更小的输入、stride 或缩放倍数"},
    {"msg.limit.output_cells", "输出 {0} 将有 {1} 个单元格，超出了 ConvViz 的上限 {2}"},
    {"msg.limit.work", "这个配置需要 {0} 次乘加运算，超出了 ConvViz 的上限 {1}；请减少通道数，或使用更小的输入或卷积核"},

    // Rules every parameter or the conv ops share (core/ops/conv_checks.cpp).
    {"msg.param.negative", "{0} 不能为负数，但在{2}方向上是 {1}"},
    {"msg.param.at_least", "{0} 至少为 {1}，但在{3}方向上是 {2}"},
    {"msg.param.at_least_one", "{0} 至少为 1，但现在是 {1}"},
    {"msg.param.divisible_by_groups", "{0}（{1}）必须能被 groups（{2}）整除"},
    {"msg.conv.weight_rank", "权重必须有 4 个维度 {0}，但其形状为 {1}"},
    {"msg.conv.weight_empty", "权重的每个维度都至少为 1，但其形状为 {0}"},
    {"msg.conv.bias_shape", "偏置必须为每个输出通道提供一个值，即形状为 [{0}]，但其形状为 {1}"},
    {"msg.conv.out_channels_over", "输出通道数（{0}）超出了 ConvViz 的上限 {1}"},

    // conv2d (core/ops/conv2d.cpp).
    {"msg.conv.same_needs_stride_one", "padding = 'same' 要求 stride 为 1，但在{1}方向上 stride 是 {0}；带步幅的卷积请用数字给出 padding"},
    {"msg.conv.in_channels", "输入有 {0} 个通道，但权重 {1} 在 groups = {2} 时需要 {3} × {2} = {4} 个；权重的第二个维度必须是 in_channels / groups"},
    {"msg.conv.reflect_padding", "reflect 填充（{0}）必须小于输入{1}（{2}）"},
    {"msg.conv.circular_padding", "circular 填充（{0}）不能超过输入{1}（{2}）：否则会绕回不止一圈"},
    {"msg.conv.kernel_too_large", "卷积核覆盖 {0} 格（dilation {1} · (kernel {2} − 1) + 1），但填充后的输入{3}只有 {4}（{5} + {6} 格填充）；请再加 {7} 格填充，或改用更小的卷积核或 dilation"},

    // conv_transpose2d (core/ops/conv_transpose2d.cpp).
    {"msg.convt.in_channels", "输入有 {0} 个通道，但权重 {1} 需要 {2} 个：转置卷积的权重形状是 [C_in, C_out / groups, kH, kW]"},
    {"msg.convt.output_padding", "在{3}方向上，output_padding（{0}）必须小于 stride（{1}）或 dilation（{2}）；请使用不超过 {4} 的 output_padding"},
    {"msg.convt.cropped_away", "输出{0}将为 {1}：padding（{2}）从长度为 {3} 的完整输出（+ output_padding {4}）中裁掉 2 × {2} 格；请使用不超过 {5} 的 padding"},

    // max_pool2d and avg_pool2d (core/ops/pool_window.cpp, avg_pool2d.cpp); {0} is the op's name.
    {"msg.pool.stride_zero", "{0} 的 stride 在{1}方向上不能为 0；不设置 stride 即按 kernel_size 移动窗口"},
    {"msg.pool.padding_negative", "{0} 的 padding 不能为负数，但在{2}方向上是 {1}"},
    {"msg.pool.padding_over_half", "在{4}方向上，{0} 的 padding（{1}）最多为 kernel_size 的一半（{2} / 2 = {3}），这样才不会有窗口大部分落在填充区"},
    {"msg.pool.kernel_at_least_one", "{0} 的 kernel_size 至少为 1，但在{2}方向上是 {1}"},
    {"msg.pool.stride_negative", "{0} 的 stride 必须为正数，但在{2}方向上是 {1}"},
    {"msg.pool.dilation_at_least_one", "{0} 的 dilation 至少为 1，但在{2}方向上是 {1}"},
    {"msg.pool.window_too_large", "{0} 的输出{1}将为 {2}：窗口覆盖 {3} 格，但填充后的输入{1}只有 {4}（{5} + 2 × {6}）；请使用更小的 kernel_size 或 dilation，或增加 padding"},
    {"msg.pool.divisor_zero", "divisor_override 不能为 0；不设置它即按窗口的单元格数相除"},

    // max_unpool2d (core/ops/max_unpool2d.cpp).
    {"msg.unpool.indices_shape", "索引的形状必须与输入的形状 {0} 相同，但现在是 {1}；请传入 max_pool2d 对这些值返回的索引"},
    {"msg.unpool.output_size_range", "output_size 的{0}（{1}）必须严格介于 {2} 和 {3} 之间：默认值 {4} = ({5} − 1)·{6} − 2·{7} + {8}，上下浮动必须小于 stride（{6}）"},
    {"msg.unpool.output_empty", "输出{0}将为 {1} = ({2} − 1)·{3} − 2·{4} + {5}；请减小 padding 或增大 kernel_size"},
    {"msg.unpool.output_size_at_least_one", "output_size 至少为 1 × 1，但现在是 {0} × {1}"},
    {"msg.unpool.index_outside", "输入单元 ({1}) 处的索引 {0} 超出了 {2} × {3} 的输出，其位置范围是 0 到 {4}；索引必须来自对 {2} × {3} 输入做的 max_pool2d"},

    // upsample (core/ops/upsample.cpp).
    {"msg.upsample.size_and_scale", "size 和 scale_factor 只能给出其中一个，不能同时给出"},
    {"msg.upsample.no_size", "请给出输出的 size 或 scale_factor"},
    {"msg.upsample.align_corners", "align_corners 只适用于 bilinear 和 bicubic；模式 {0} 请不要设置它"},
    {"msg.upsample.scale_not_finite", "scale_factor 在{0}方向上必须是有限的数"},
    {"msg.upsample.output_empty", "输出{0}至少为 1，但现在是 {1}；请使用更大的 size 或 scale_factor"},
    {"msg.upsample.output_empty_scaled", "输出{0}至少为 1，但现在是 {1} = ⌊{2} × {3}⌋；请使用更大的 size 或 scale_factor"},
    {"msg.upsample.output_over", "输出{0}将为 {1}，超出了 ConvViz 的上限 {2}"},

    // pixel_shuffle and pixel_unshuffle (core/ops/pixel_shuffle.cpp).
    {"msg.shuffle.channels", "输入的通道数（{0}）必须能被 upscale_factor²（{1}² = {2}）整除；请使用 {3} 个通道，或换一个倍数"},
    {"msg.unshuffle.side", "输入{0}（{1}）必须能被 downscale_factor（{2}）整除"},
    {"msg.unshuffle.channels_over", "输出通道数（{0} × {1}² = {2}）超出了 ConvViz 的上限 {3}"},

    // The convolution matrix (core/matrix.cpp, core/matrix_scene.cpp).
    {"msg.matrix.zeros_only", "卷积矩阵只针对零填充绘制，但 padding_mode 是 {0}"},
    {"msg.matrix.one_image", "卷积矩阵只针对单张图像绘制，但批大小是 {0}"},
    {"msg.matrix.too_many_non_zeros", "卷积矩阵最多会有 {0} 个非零元素，超出了 ConvViz 的上限 {1}"},
    {"msg.matrix.output_padding", "矩阵视图要求 output_padding < stride，这样 conv2d 才能把 {0}×{1} 的输出映射回 {2}×{3} 的输入，但在{6}方向上 output_padding 是 {4}，stride 是 {5}"},

    // Any op (core/op.cpp); {0} is the op's name.
    {"msg.op.needs_weight", "{0} 需要权重"},
    {"msg.op.needs_indices", "{0} 需要索引"},
    {"msg.op.no_weight", "{0} 没有权重"},

    // A malformed field of a scene file (core/json_io.cpp, core/scene.cpp): what follows
    // 'field "params.stride"' in msg.scene.field.
    {"msg.field.too_large", "数值过大"},
    {"msg.field.not_integer", "必须是整数，但现在是 {0}"},
    {"msg.field.not_number", "必须是数字，但现在是 {0}"},
    {"msg.field.not_finite", "必须是有限的数（NaN 和无穷大不是有效值）"},
    {"msg.field.not_boolean", "必须是 true 或 false，但现在是 {0}"},
    {"msg.field.pair_size", "必须是一对数 [h, w]，但它有 {0} 个元素"},
    {"msg.field.not_pair", "必须是整数或一对数 [h, w]，但现在是 {0}"},
    {"msg.field.not_scale_pair", "必须是一对数 [h, w]"},
    {"msg.field.missing", "缺失"},
    {"msg.field.shape_not_array", "必须是由各维大小组成的数组，但现在是 {0}"},
    {"msg.field.shape_rank", "有 {0} 个维度；最多只读取 8 个"},
    {"msg.field.negative", "不能为负数，但现在是 {0}"},
    {"msg.field.shape_cells", "描述的单元格数超出了 ConvViz 的上限 {0}"},
    {"msg.field.tensor_not_object", "必须是对象 {\"shape\": [...], \"data\": [...]}"},
    {"msg.field.data_not_array", "必须是一维的数字数组"},
    {"msg.field.data_count", "有 {0} 个值，但形状 {1} 需要 {2} 个"},
    {"msg.field.not_string", "必须是字符串"},
    {"msg.field.not_object", "必须是对象"},
    {"msg.field.padding_word", "padding 必须是数字、'same' 或 'valid'，而不是 '{0}'"},
    {"msg.field.padding_mode", "padding_mode 必须是 zeros、reflect、replicate 或 circular，而不是 '{0}'"},
    {"msg.field.upsample_mode", "mode 必须是 nearest、nearest-exact、bilinear 或 bicubic，而不是 '{0}'"},
    {"msg.list.separator", "、"},

    // Scenes and scene files (core/scene.cpp); {0} names the file.
    {"msg.scene.not_json", "{0}：不是有效的 JSON：{1}"},
    {"msg.scene.json_truncated", "{0}：不是有效的 JSON：内容在第 {1} 行第 {2} 列意外结束，文件可能不完整"},
    {"msg.scene.json_syntax", "{0}：不是有效的 JSON：第 {1} 行第 {2} 列有语法错误（{3}）"},
    {"msg.scene.json_number_overflow", "{0}：不是有效的 JSON：数字 {1} 超出了范围"},
    {"msg.scene.json_error", "{0}：{1}"},
    {"msg.scene.not_object", "{0}：整个文件必须是一个 JSON 对象"},
    {"msg.scene.field", "{0}：字段“{1}”{2}"},
    {"msg.scene.params_refused", "{0}：字段“params”中的 {1}"},
    {"msg.scene.invalid", "{0}：{1}"},
    {"msg.scene.version_newer", "为 {0}，说明文件来自更新版本的 ConvViz，而当前版本最多只能读取版本 {1}"},
    {"msg.scene.version_below_one", "必须大于或等于 1，但现在是 {0}"},
    {"msg.scene.unknown_op", "指定的 '{0}' 不是已知的运算"},
    {"msg.scene.pooling_not_unpool", "只用于 max_unpool2d 场景（描述它之前的 MaxPool2d）"},
    {"msg.scene.unknown_view", "指定的 '{0}' 不是已有的视图"},
    {"msg.scene.unknown_compare_kernel", "必须是 \"bilinear\" 或 \"ones\"，而不是 '{0}'"},
    {"msg.scene.no_such_view", "{0} 没有 {1} 视图；它的视图有：{2}"},
    {"msg.scene.pool_before", "反池化之前的 max_pool2d：{0}"},
    {"msg.scene.index_past_unpool", "MaxPool2d 的索引 {0}（{3}×{4} 输入中的行 {1}、列 {2}）超出了 MaxUnpool2d 的 {5}×{6} 平面：反池化的尺寸公式不考虑池化的 dilation 和 ceil_mode；请把 output_size 设为 {3}×{4}，或修改 kernel_size、stride 或 padding"},

    // The compare view (core/compare.cpp).
    {"msg.compare.not_unpool", "对比视图要从 max_unpool2d 场景开始，而不是 {0}"},
    {"msg.compare.unreachable", "stride 为 {0}、卷积核为 {1} 的 ConvTranspose2d 无法从 {3} 得到 {2}：output_padding 将不得不为负数或达到 stride；请不设置 output_size，或把它设大一些"},

    // Files: reading a scene (core/scene.cpp), writing any file (core/atomic_file.cpp).
    {"file.scene.directory", "{0}：这是一个文件夹，不是场景文件"},
    {"file.scene.unreadable", "{0}：无法读取（文件不存在或没有权限）"},
    {"file.cannot_write", "无法写入 {0}：{1}"},
    // Why a write failed, for languages other than English (English shows the C library's words).
    {"file.error.no_such_file", "文件或文件夹不存在"},
    {"file.error.permission", "没有权限"},
    {"file.error.disk_full", "磁盘空间不足"},
    {"file.error.quota", "超出了磁盘配额"},
    {"file.error.read_only", "文件系统是只读的"},
    {"file.error.is_directory", "这是一个文件夹"},
    {"file.error.not_directory", "路径中的某一部分不是文件夹"},
    {"file.error.name_too_long", "文件名太长"},

    // Editing a scene's channels and kernel (core/scene_edit.cpp).
    {"msg.edit.out_channels_over", "out_channels（{0}）超出了 ConvViz 的上限 {1}"},
    {"msg.edit.kernel_at_least_one", "卷积核{0}至少为 1，但现在是 {1}"},

    // An export's frames (core/frame/frame_plan.cpp).
    {"msg.plan.tween", "tween 必须在 0 到 {0} 个中间帧之间，但现在是 {1}"},
    {"msg.plan.fps", "fps 必须在 {0} 到 {1} 之间（或为 0，表示每步一帧），但现在是 {2}"},
    {"msg.plan.range", "时间范围必须从 0 s 或更晚开始，且终点不早于起点，但现在是从 {0} s 到 {1} s"},
    {"msg.plan.too_many_at_fps", "以每秒 {0} 帧计，{1} s 的动画需要 {2} 帧，超过了导出允许的 {3} 帧"},
    {"msg.plan.too_many_up_to", "使用 {0} 个中间帧时，动画最多需要 {1} 帧，超过了导出允许的 {2} 帧"},
    {"msg.plan.too_many", "使用 {0} 个中间帧时，动画需要 {1} 帧，超过了导出允许的 {2} 帧"},
    {"msg.plan.empty_range", "从 {0} s 到 {1} s 的范围内没有任何帧；动画从 0 s 播放到 {2} s"},

    // The Shape panel's derivations (core/arith.cpp): the words around the formulas. A line that
    // continues a formula starts with six spaces, as the formula lines do.
    {"arith.same_padding_rows", "padding = 'same'：dilation·(kernel − 1) = {0}·({1} − 1) = {2} 格，上方 {3} 格、下方 {4} 格"},
    {"arith.same_padding_columns", "padding = 'same'：dilation·(kernel − 1) = {0}·({1} − 1) = {2} 格，左侧 {3} 格、右侧 {4} 格"},
    {"arith.matrix_rows", "C 的每一行对应一个输出单元：C_out·H_out·W_out = {0}·{1}·{2} = {3}"},
    {"arith.matrix_columns", "每一列对应一个输入单元：C_in·H_in·W_in = {0}·{1}·{2} = {3}"},
    {"arith.ceil_mode_drops", "      − 1 = {0}：最后一个窗口会从 {1} 开始，落在填充区内（{2} + padding = {3}），所以 ceil_mode 舍弃了它"},
    {"arith.unpool_output_size", "      output_size 指定为 {0}（允许范围：{1} 到 {2}）"},
    {"arith.restore_formula", "output_padding（{0}方向）= ({1} + 2·padding − dilation·(kernel − 1) − 1) mod stride"},
    {"arith.restore_uneven_padding", "conv_transpose2d 两侧的填充总是相等，因此无法还原这个 conv2d 不对称的 'same' 填充；请使用奇数大小的卷积核，或明确给出 padding"},

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the Simplified Chinese table");

}  // namespace

std::span<const StringEntry> chinese_strings() { return kTable; }

}  // namespace convviz
