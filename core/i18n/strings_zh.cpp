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

    // Labels, headings, items and messages of the panels (app/gui/*_panel.cpp, panel_text.cpp).
    {"panel.params.op", "算子"},
    {"panel.params.input_heading", "输入 (N, C, H, W)"},
    {"panel.params.batch", "批大小 N"},
    {"panel.params.channels", "通道数 C"},
    {"panel.params.height_width", "高、宽"},
    {"panel.params.layer_heading", "层"},
    {"panel.params.options_heading", "选项"},
    {"panel.params.padding_kind", "padding 方式"},
    {"panel.params.padding_numbers", "数值"},
    {"panel.params.divisor", "除数"},
    {"panel.params.pool_before", "之前的 MaxPool2d"},
    {"panel.params.unset", "{0}：{1}"},
    {"panel.params.stride_unset", "与 kernel_size 相同"},
    {"panel.params.output_size_unset", "默认（由公式算出）"},
    {"panel.params.align_corners_unset", "未设置"},
    {"panel.params.view", "视图"},
    {"panel.params.compare_kernel", "ConvT 卷积核"},
    {"panel.params.edited_title", "你的 {0}（基于 {1}）"},
    {"panel.op.conv2d", "conv2d（卷积）"},
    {"panel.op.conv_transpose2d", "conv_transpose2d（转置卷积）"},
    {"panel.op.max_pool2d", "max_pool2d（最大池化）"},
    {"panel.op.avg_pool2d", "avg_pool2d（平均池化）"},
    {"panel.op.max_unpool2d", "max_unpool2d（反池化）"},
    {"panel.op.upsample", "upsample（上采样）"},
    {"panel.op.pixel_shuffle", "pixel_shuffle（像素重排）"},
    {"panel.op.pixel_unshuffle", "pixel_unshuffle（逆像素重排）"},
    {"panel.padding_mode.zeros", "zeros（补零）"},
    {"panel.padding_mode.reflect", "reflect（镜像）"},
    {"panel.padding_mode.replicate", "replicate（复制边缘）"},
    {"panel.padding_mode.circular", "circular（循环）"},
    {"panel.upsample_mode.nearest", "nearest（最近邻）"},
    {"panel.upsample_mode.nearest_exact", "nearest-exact（精确最近邻）"},
    {"panel.upsample_mode.bilinear", "bilinear（双线性）"},
    {"panel.upsample_mode.bicubic", "bicubic（双三次）"},
    {"panel.view.conv", "conv（卷积核滑动）"},
    {"panel.view.scatter", "scatter（逐格盖印）"},
    {"panel.view.gather", "gather（插零后滑动）"},
    {"panel.view.crop", "crop（按 padding 裁剪）"},
    {"panel.view.matrix", "matrix（卷积矩阵）"},
    {"panel.view.pool", "pool（池化窗口）"},
    {"panel.view.unpool", "unpool（池化与反池化）"},
    {"panel.view.upsample", "upsample（采样网格）"},
    {"panel.view.shuffle", "shuffle（像素重排）"},
    {"panel.view.compare", "compare（四种上采样对比）"},
    {"panel.compare_kernel.bilinear", "bilinear（双线性核）"},
    {"panel.compare_kernel.ones", "ones（全 1 核）"},
    {"panel.values.presets", "预设…"},
    {"panel.values.tensor", "张量"},
    {"panel.values.input", "输入"},
    {"panel.values.weight", "权重"},
    {"panel.values.bias", "偏置"},
    {"panel.values.fill_with", "将{0}填充为"},
    {"panel.fill.integers", "随机整数"},
    {"panel.fill.normals", "正态随机数"},
    {"panel.fill.ones", "全 1"},
    {"panel.fill.arange", "arange 序列"},
    {"panel.values.click_to_edit", "{0} {1}：点击数字，输入新值，按 Enter"},
    {"panel.values.plane", "平面 (n, c)"},
    {"panel.values.shown_of", "（显示 {2}×{3} 中的 {0}×{1}）"},
    {"panel.values.not_finite", "数值必须是有限数，{0} 不是"},
    {"panel.values.edited_title", "你的数值（基于 {0}）"},
    {"panel.playback.play", "播放"},
    {"panel.playback.pause", "暂停"},
    {"panel.playback.loop", "循环"},
    {"panel.playback.speed", "速度 {0}×"},
    {"panel.playback.step", "第 {0} 步，共 {1} 步   {2} / {3} 秒"},
    {"panel.playback.phase_step", "{0}：第 {1} 步，共 {2} 步   {3} / {4} 秒"},
    {"panel.phase.steps", "逐步计算"},
    {"panel.phase.spread", "插零展开"},
    {"panel.phase.pad", "补边"},
    {"panel.phase.flip", "翻转卷积核"},
    {"panel.phase.slide", "滑动"},
    {"panel.phase.full", "完整输出"},
    {"panel.phase.crop", "裁剪"},
    {"panel.phase.give_back", "补回 output_padding"},
    {"panel.phase.rows", "C 的行"},
    {"panel.phase.transpose", "转置"},
    {"panel.phase.columns", "Cᵀ 的列"},
    {"panel.phase.pool", "池化"},
    {"panel.phase.unpool", "反池化"},
    {"panel.phase.sampling", "采样点"},
    {"panel.arithmetic.phase_step", "阶段：{0}，第 {1} 步，共 {2} 步"},
    {"panel.arithmetic.none", "（此刻没有算式）"},
    {"panel.shape.output_shape", "输出形状 {0}"},
    {"panel.shape.undo_conv", "用同样的卷积核、stride、padding 和 dilation 的 ConvTranspose2d 还原输入尺寸，需要："},
    {"panel.shape.inverts_conv",
     "对于作用在 {0}×{1} 输入上、卷积核、stride、padding 和 dilation 都相同的 Conv2d，本 ConvTranspose2d "
     "在以下条件下还原其形状："},
    {"panel.shape.output_padding_is_that", "当前场景的 output_padding（{0}, {1}）正好如此。"},
    {"panel.canvas.invalid", "此配置无效：\n{0}"},
    {"panel.code.copy", "复制"},
    {"panel.code.heading", "当前场景的 PyTorch 代码"},
    {"panel.export.title", "导出"},
    {"panel.export.png_sequence", "PNG 序列"},
    {"panel.export.file", "文件"},
    {"panel.export.png_names", "各帧依次写入 NAME_0000.png、NAME_0001.png、…"},
    {"panel.export.size", "尺寸（像素）"},
    {"panel.export.as_canvas", "与画布相同"},
    {"panel.export.per_step", "每步一帧"},
    {"panel.export.fixed_rate", "固定帧率"},
    {"panel.export.fps", "每秒帧数"},
    {"panel.export.tween", "补间帧数"},
    {"panel.export.seconds_per_step", "每步秒数"},
    {"panel.export.ranged", "只导出动画的一部分"},
    {"panel.export.from", "起点（秒）"},
    {"panel.export.to", "终点（秒）"},
    {"panel.export.light", "浅色"},
    {"panel.export.dark", "深色"},
    {"panel.export.labels", "标签和说明文字"},
    {"panel.export.transparent", "透明背景"},
    {"panel.export.plays", "播放次数（0：无限循环）"},
    {"panel.export.plan", "{0} 帧，{1} 秒"},
    {"panel.export.replace", "替换已有文件"},
    {"panel.export.export", "导出"},
    {"panel.export.close", "关闭"},
    {"panel.export.cancel", "取消"},
    {"panel.export.exporting", "正在导出 {0}"},
    {"panel.export.frames_done", "{0} / {1} 帧"},
    {"panel.export.time_left", "约剩 {0} 秒"},
    {"panel.export.already_running", "已有导出正在进行"},
    {"panel.export.cancelled", "已取消：没有写入 {0}"},
    {"panel.export.written", "已写入 {0}：{1} 帧，{2}×{3}，用时 {4} 秒"},
    // Hover tips of the panels' controls: app/gui/param_tips.hpp lists them.
    {"tip.input.op",
     "要演示的 PyTorch 层。换成另一个层时保留输入的形状，参数取该层的默认值；"
     "每种层有自己的视图和输出尺寸公式。"},
    {"tip.input.batch", "N：一起送入该层的样本数。每个样本各自独立、按同样的方式计算；公式中 N_out = N_in。"},
    {"tip.input.channels",
     "C_in：输入的通道数，画成叠放的多个平面。卷积层计算每个输出格时，对所在分组的 C_in / groups 个通道求和；"
     "池化和 Upsample 保持 C_out = C_in；PixelShuffle(r) 要求 C_in 能被 r² 整除。"},
    {"tip.input.size",
     "H_in 和 W_in：输入的高和宽，分别设置。所有输出尺寸公式都从它们出发，H_out 和 W_out 由这两个数算出。"},
    {"tip.conv2d.out_channels",
     "卷积核的个数，每个输出通道一个（输出中叠放的平面）。C_out = out_channels；权重形状为 [out_channels, "
     "C_in / groups, kH, kW]。"},
    {"tip.conv2d.kernel_size",
     "卷积核的高和宽：在填充后的输入上滑动的窗口。在 H_out = ⌊(H_in + 2·padding − dilation·(kernel − 1) − 1) "
     "/ stride⌋ + 1 中，卷积核越大，能放下的位置越少。"},
    {"tip.conv2d.bias", "为每个输出通道加上一个可学习的数，加到每个乘积之和上。它只改变输出的数值，不改变形状。"},
    {"tip.conv2d.stride",
     "卷积核每次移动的格数：stride 越大，输出格越少、间隔越远。在 H_out = ⌊(H_in + 2·padding − "
     "dilation·(kernel − 1) − 1) / stride⌋ + 1 中，卷积核可移动的范围除以 stride 后向下取整。"},
    {"tip.conv2d.padding_kind",
     "数值：使用你设置的 padding。'same'：PyTorch 自动填充，使 H_out = H_in（仅限 stride 为 1），把 "
     "dilation·(kernel − 1) 分到两侧。'valid'：不填充，等同于 padding = 0。"},
    {"tip.conv2d.padding",
     "在输入四周添加的格（虚线圈），让卷积核也能覆盖边缘。公式中 H_in 加上 2·padding：可放置的位置更多，"
     "输出更大。"},
    {"tip.conv2d.dilation",
     "卷积核各元素之间的间隔（膨胀/空洞卷积）：卷积核覆盖 dilation·(kernel − 1) + 1 个格。公式中减去 "
     "dilation·(kernel − 1)，覆盖范围越宽，可放置的位置越少。"},
    {"tip.conv2d.groups",
     "把通道分成若干组：每个输出通道只读取同组的输入通道（同色显示）。C_in 和 out_channels 都必须能被 groups "
     "整除；H_out 的公式不变，权重的输入通道数为 C_in / groups。"},
    {"tip.conv2d.padding_mode",
     "填充圈里放什么：零（zeros）、以边缘为轴的镜像（reflect）、重复边缘格（replicate），"
     "或从对边绕回（circular）。它改变卷积核读到的数值，不改变形状。"},
    {"tip.conv_transpose2d.out_channels",
     "输出通道数（输出中叠放的平面）。权重形状为 [C_in, out_channels / groups, kH, kW]，所以 C_out = "
     "weight.shape[1]·groups = out_channels。"},
    {"tip.conv_transpose2d.kernel_size",
     "每个输入格在输出中盖下的“印章”大小：即按该格数值缩放后的卷积核。在 H_out = (H_in − 1)·stride − "
     "2·padding + dilation·(kernel − 1) + output_padding + 1 中，它贡献 dilation·(kernel − 1)。"},
    {"tip.conv_transpose2d.bias",
     "所有印章叠加之后，为每个输出通道加上一个可学习的数。它只改变输出的数值，不改变形状。"},
    {"tip.conv_transpose2d.stride",
     "把输入拉开：相邻格之间插入 stride − 1 个零，各印章相隔 stride 格落下。在 H_out = (H_in − 1)·stride − "
     "2·padding + dilation·(kernel − 1) + output_padding + 1 中，它与 (H_in − 1) 相乘。"},
    {"tip.conv_transpose2d.padding",
     "不是添加，而是裁掉：从完整输出的每一侧去掉 padding 行和列（见 crop 视图）。公式中减去 2·padding；在 "
     "gather 视图中，插零后输入四周的边框宽为 dilation·(kernel − 1) − padding。"},
    {"tip.conv_transpose2d.output_padding",
     "只在下方和右侧补回的行和列。stride > 1 的 Conv2d 会把几种不同的输入尺寸映射成同一个输出尺寸，"
     "output_padding 决定本层还原成其中哪一种。公式中加上 output_padding；它必须小于 stride 或 dilation。"},
    {"tip.conv_transpose2d.dilation",
     "每个印章内卷积核各元素之间的间隔，印章因此覆盖 dilation·(kernel − 1) + 1 个格。公式中加上 "
     "dilation·(kernel − 1)。"},
    {"tip.conv_transpose2d.groups",
     "把通道分成若干组：每组的输入格只往本组的输出通道盖印。C_in 和 out_channels 都必须能被 groups 整除；"
     "H_out 的公式不变，权重形状为 [C_in, out_channels / groups, kH, kW]。"},
    {"tip.max_pool2d.kernel_size",
     "池化窗口：每个输出格取一个窗口内的最大值。在 H_out = ⌊(H_in + 2·padding − dilation·(kernel − 1) − 1) / "
     "stride⌋ + 1 中，窗口越大，能放下的窗口越少。"},
    {"tip.max_pool2d.stride",
     "窗口每次移动的格数；不设置时等于 kernel_size，窗口互不重叠地铺满输入。公式中窗口可移动的范围除以 stride "
     "后取整。"},
    {"tip.max_pool2d.padding",
     "在输入四周添加值为 −∞ 的格，它们永远不会成为窗口中的最大值；最多为窗口的一半。公式中 H_in 加上 "
     "2·padding。"},
    {"tip.max_pool2d.dilation",
     "池化窗口内部的间隔，窗口因此覆盖 dilation·(kernel − 1) + 1 个格。公式中减去 dilation·(kernel − 1)。"},
    {"tip.max_pool2d.ceil_mode",
     "向上取整而不是向下取整：下方和右侧不完整的最后一个窗口也产生一行或一列输出。公式中的 ⌊ ⌋ 变成 ⌈ ⌉，"
     "但起点会落在填充里的窗口被舍去。"},
    {"tip.avg_pool2d.kernel_size",
     "求平均的窗口：每个输出格是一个窗口内数值的平均。在 H_out = ⌊(H_in + 2·padding − (kernel − 1) − 1) / "
     "stride⌋ + 1 中，窗口越大，能放下的窗口越少。"},
    {"tip.avg_pool2d.stride",
     "窗口每次移动的格数；不设置时等于 kernel_size，窗口互不重叠地铺满输入。公式中窗口可移动的范围除以 stride "
     "后取整。"},
    {"tip.avg_pool2d.padding",
     "在输入四周添加的零格；最多为窗口的一半。公式中 H_in 加上 2·padding；这些格是否计入平均由 "
     "count_include_pad 决定。"},
    {"tip.avg_pool2d.ceil_mode",
     "向上取整而不是向下取整：下方和右侧不完整的最后一个窗口也产生一行或一列输出。公式中的 ⌊ ⌋ 变成 ⌈ ⌉，"
     "但起点会落在填充里的窗口被舍去。"},
    {"tip.avg_pool2d.count_include_pad",
     "开启：填充格计入平均，每个窗口都除以完整的窗口大小。关闭：只计窗口中落在输入内的格。形状不变。"},
    {"tip.avg_pool2d.divisor_override", "每个窗口的和都除以你指定的数，而不是窗口大小。数值改变，形状不变。"},
    {"tip.avg_pool2d.divisor", "每个窗口的和所除的数，即 divisor_override 的值。形状不变。"},
    {"tip.max_unpool2d.kernel_size",
     "池化窗口，前面的 MaxPool2d 与 MaxUnpool2d 共用：每个窗口的最大值回到原来的位置。在 H_out = (H_in − "
     "1)·stride − 2·padding + kernel（H_in 为池化后的尺寸）中，它加上 kernel。"},
    {"tip.max_unpool2d.stride",
     "池化窗口之间的距离，两层共用；不设置时等于 kernel_size。在 H_out = (H_in − 1)·stride − 2·padding + "
     "kernel 中，它与 (H_in − 1) 相乘。"},
    {"tip.max_unpool2d.padding",
     "MaxPool2d 的 padding，MaxUnpool2d 也用它，并把它再裁掉。在 H_out = (H_in − 1)·stride − 2·padding + "
     "kernel 中减去 2·padding；索引按未填充的输入计数。"},
    {"tip.max_unpool2d.pool_dilation",
     "MaxPool2d 窗口内部的间隔。MaxUnpool2d 并不知道它：按默认公式得到的平面可能比输入小，放不下这些索引；"
     "设置 output_size 才能让它们回到原位。"},
    {"tip.max_unpool2d.pool_ceil_mode",
     "下方和右侧不完整的最后一个窗口：池化结果多一行或一列。MaxUnpool2d 的公式并不知道这一点；用 output_size "
     "才能还原输入的尺寸。"},
    {"tip.max_unpool2d.output_size",
     "反池化平面的尺寸，代替公式的结果。索引是池化前输入中的 y·W + x：放进宽度不同的平面时，会落到别的行和列。"
     "它与 H_out = (H_in − 1)·stride − 2·padding + kernel 之差不能超过 stride − 1。"},
    {"tip.upsample.mode",
     "输出格如何从输入取值：nearest 复制输出格左上角所落在的输入格，nearest-exact 复制其中心所落在的输入格，"
     "bilinear（双线性）混合 4 个邻点，bicubic（双三次）混合 16 个。形状与它无关。"},
    {"tip.upsample.by_scale_factor", "按输入尺寸的倍数给出输出尺寸：H_out = ⌊H_in · scale_factor⌋。"},
    {"tip.upsample.by_size", "直接给出输出尺寸：H_out = size，与输入尺寸无关。"},
    {"tip.upsample.size",
     "输出的高和宽：H_out = size。各输出格按比例在输入上取样，采样点间隔 H_in / H_out（align_corners=True "
     "时为 (H_in − 1) / (H_out − 1)）。"},
    {"tip.upsample.scale_factor",
     "每个方向上输出放大的倍数，可以是小数。H_out = ⌊H_in · scale_factor⌋；除非 align_corners=True，"
     "采样点间隔为 1 / scale_factor。"},
    {"tip.upsample.align_corners",
     "仅用于 bilinear 和 bicubic。False：输入格与输出格的区域对齐（采样点在输出格中心）。True："
     "四角格的中心对齐。改变它会播放采样网格移动的动画；形状不变。"},
    {"tip.pixel_shuffle.upscale_factor",
     "r：每 r² 个通道合成一个高和宽都放大 r 倍的通道，每个 r×r 块从这些通道中各取一个值。C_out = C_in / r²，"
     "H_out = H_in · r，W_out = W_in · r。"},
    {"tip.pixel_unshuffle.downscale_factor",
     "r：把平面中每个 r×r 块分散到 r² 个通道，是 PixelShuffle 的逆操作。C_out = C_in · r²，H_out = H_in / r，"
     "W_out = W_in / r（H_in 和 W_in 必须能被 r 整除）。"},
    {"tip.view.view",
     "画布演示的内容：换个角度看同一个计算（对 ConvTranspose2d：逐格盖印、插零展开或裁剪）。"
     "切换时保持当前时刻；数值和输出尺寸公式都不变。"},
    {"tip.view.compare_kernel",
     "compare 视图中 ConvTranspose2d 的卷积核：bilinear（帐篷形，宽 2·stride − stride mod 2）或全 "
     "1（与池化窗口同大：kernel = stride 时逐值复制，效果同 nearest）。形状不变。"},
    {"tip.values.presets", "打开内置预设：包含层、参数、数值和视图的现成场景。"},
    {"tip.values.tensor", "要显示和编辑的张量：输入、权重（卷积核）或偏置。"},
    {"tip.values.integers", "−4 到 4 之间的随机整数，与 PyTorch 参考用例相同，所有求和都保持精确。形状不变。"},
    {"tip.values.normals", "服从标准正态分布的随机数，保留两位小数以便阅读。形状不变。"},
    {"tip.values.ones", "每个格都是 1，与单位卷积核示例中的输入一样。形状不变。"},
    {"tip.values.arange", "按行优先顺序填入 0, 1, 2, …，与 torch.arange(n).reshape(shape) 相同。形状不变。"},
    {"tip.values.plane", "要编辑的平面：第 n 个样本、第 c 个通道。"},
    {"tip.values.cells", "点击一个数字，输入新值并按 Enter：动画在同一时刻重新计算。只接受有限数。"},
    {"tip.playback.start", "回到开头（Home）"},
    {"tip.playback.back", "后退一步（左方向键）"},
    {"tip.playback.play", "播放或暂停（空格键）"},
    {"tip.playback.forward", "前进一步（右方向键）"},
    {"tip.playback.end", "跳到结尾（End）"},
    {"tip.playback.time", "拖动到动画的任意时刻；播放会在那里暂停。"},
    {"tip.playback.speed", "播放速度（+ 和 − 键）"},
    {"tip.playback.loop", "播放到结尾后从头再来。"},

    // ---- end of panels ----

    // ---- frame: conv, scatter, gather, crop and matrix views; formulas; hover text ----

    // ---- end of frame 1 ----

    // ---- frame: pool, unpool, upsample, shuffle and compare views ----

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // The built-in presets' titles (core/presets_data.cpp): scene_title() in core/presets.hpp.
    {"preset.no_padding_no_strides.title", "Conv2d：4×4 输入，3×3 卷积核，无填充，步幅 1"},
    {"preset.no_padding_no_strides_transposed.title", "还原 no_padding_no_strides 的 ConvTranspose2d：2×2 → 4×4"},
    {"preset.arbitrary_padding_no_strides.title", "Conv2d：5×5 输入，4×4 卷积核，填充 2，步幅 1"},
    {"preset.arbitrary_padding_no_strides_transposed.title",
     "还原 arbitrary_padding_no_strides 的 ConvTranspose2d：6×6 → 5×5"},
    {"preset.same_padding_no_strides.title", "Conv2d：5×5 输入，3×3 卷积核，填充 1 保持尺寸不变"},
    {"preset.same_padding_no_strides_transposed.title", "还原 same_padding_no_strides 的 ConvTranspose2d：5×5 → 5×5"},
    {"preset.full_padding_no_strides.title", "Conv2d：5×5 输入，3×3 卷积核，全填充 2"},
    {"preset.full_padding_no_strides_transposed.title", "还原 full_padding_no_strides 的 ConvTranspose2d：7×7 → 5×5"},
    {"preset.no_padding_strides.title", "Conv2d：5×5 输入，3×3 卷积核，无填充，步幅 2"},
    {"preset.no_padding_strides_transposed.title", "还原 no_padding_strides 的 ConvTranspose2d：2×2 → 5×5"},
    {"preset.padding_strides.title", "Conv2d：5×5 输入，3×3 卷积核，填充 1，步幅 2"},
    {"preset.padding_strides_transposed.title", "还原 padding_strides 的 ConvTranspose2d：3×3 → 5×5"},
    {"preset.padding_strides_odd.title", "Conv2d：6×6 输入，3×3 卷积核，填充 1，步幅 2"},
    {"preset.padding_strides_odd_transposed.title", "还原 padding_strides_odd 的 ConvTranspose2d：3×3 → 6×6"},
    {"preset.dilation.title", "Conv2d：7×7 输入，3×3 卷积核，膨胀 2"},
    {"preset.numerical_no_padding_no_strides.title", "带数值的 Conv2d：5×5 输入，3×3 卷积核"},
    {"preset.numerical_padding_strides.title", "带数值的 Conv2d：填充 1，步幅 2"},
    {"preset.numerical_average_pooling.title", "带数值的 AvgPool2d：3×3 窗口，步幅 1"},
    {"preset.numerical_max_pooling.title", "带数值的 MaxPool2d：3×3 窗口，步幅 1"},
    {"preset.tconv_identity_ones.title", "ConvTranspose2d：ones(2×2) 逐格盖印 3×3 单位卷积核"},
    {"preset.tconv_identity_stride2_padding1_dilation2.title",
     "ConvTranspose2d：单位卷积核作用于 [[1,2],[3,4]]，步幅 2，填充 1，膨胀 2"},
    {"preset.d2l_tconv.title", "d2l.ai：X = K = [[0,1],[2,3]]，转置卷积"},
    {"preset.d2l_tconv_padding1.title", "d2l.ai：填充 1 把输出裁剪为 [[4]]"},
    {"preset.d2l_tconv_stride2.title", "d2l.ai：步幅 2 让各个印章彼此分开"},
    {"preset.d2l_conv2d.title", "d2l.ai：3×3 的 arange 与 [[1,2],[3,4]] 做卷积"},
    {"preset.d2l_conv_matrix.title", "d2l.ai：把这个卷积写成 4×9 矩阵，以及它的转置"},
    {"preset.maxpool_unpool.title", "MaxPool2d(2, 2) → MaxUnpool2d，输入 1…16（PyTorch 文档中的例子）"},
    {"preset.maxpool_unpool_output_size.title", "MaxUnpool2d 设 output_size 为 5×5：同样的索引落到别处"},
    {"preset.compare_upsampling.title", "MaxPool2d(2, 2) 之后回到 4×4 的四种方法"},
    {"preset.upsample_nearest.title", "Upsample ×2，最近邻，输入为 2×2 的 arange(4)"},
    {"preset.upsample_nearest_exact.title", "Upsample 4×4 → 9×9，nearest-exact：按输出格中心选取输入格"},
    {"preset.upsample_bilinear.title", "Upsample ×2，双线性，align_corners=False"},
    {"preset.upsample_bilinear_align_corners.title", "Upsample ×2，双线性，align_corners=True"},
    {"preset.upsample_bicubic.title", "Upsample ×2，双三次，align_corners=False：16 个邻点"},
    {"preset.upsample_bicubic_align_corners.title", "Upsample 3×3 → 6×6，双三次，align_corners=True"},
    {"preset.pixel_shuffle.title", "PixelShuffle(2)：4 个 2×2 通道合成一个 4×4 平面"},
    {"preset.pixel_unshuffle.title", "PixelUnshuffle(2)：把 4×4 平面拆回 4 个 2×2 通道"},
    {"preset.large.title", "大规模：ConvTranspose2d 32×32 → 127×127，3×3 卷积核，步幅 4，2 → 2 通道"},
    {"preset.matrix_1024.title", "大矩阵：32×32 输入，3×3 卷积核，填充 1：C 为 1,024 × 1,024"},

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the Simplified Chinese table");

}  // namespace

std::span<const StringEntry> chinese_strings() { return kTable; }

}  // namespace convviz
