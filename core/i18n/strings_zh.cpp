// The Simplified Chinese table. Keys are dotted (area.thing.detail); {0}, {1}, …: the places tr() fills.
// Each section belongs to one part of the code; tests/test_strings.cpp checks that both tables
// have the same keys with the same places.
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr StringEntry kEntries[] = {
    {"lang.name", "简体中文"},

    // ---- app: menus, presentation mode, lessons, scene files, guidance (app/gui/) ----

    {"lesson.builtin.title", "十步看懂转置卷积"},
    {"lesson.builtin.1.title", "Conv2d：放置卷积核"},
    {"lesson.builtin.1.note", "3×3 的卷积核在 4×4 的输入上逐格滑动。每到一处，把覆盖的格子与权重相乘再求和，得到一个输出格。每个方向有 4 − 3 + 1 = 2 个位置，所以输出是 2×2。"},
    {"lesson.builtin.2.title", "stride：跳着放"},
    {"lesson.builtin.2.note", "stride 为 2 时，卷积核每次跳两格。在 5×5 输入上，3×3 卷积核每个方向有 ⌊(5 − 3)/2⌋ + 1 = 2 个位置，所以输出为 2×2。"},
    {"lesson.builtin.3.title", "padding：补一圈"},
    {"lesson.builtin.3.note", "padding 1 在 5×5 输入外围补一圈零。卷积核可以以边缘格为中心，输出保持输入的大小：5 + 2·1 − 3 + 1 = 5。"},
    {"lesson.builtin.4.title", "卷积就是矩阵乘法"},
    {"lesson.builtin.4.note", "把 3×3 输入展开成 9 个值的向量 x，2×2 输出展开成 4 个值的向量 y，卷积就是 y = C·x。C 的第 r 行就是卷积核在第 r 个位置时的样子，覆盖不到的地方为零。"},
    {"lesson.builtin.5.title", "它的转置"},
    {"lesson.builtin.5.note", "转置卷积乘的是 Cᵀ：x' = Cᵀ·y 把 4 个值变回 9 个。Cᵀ 的第 j 列就是第 j 个输入格的“印章”：按该格数值缩放的卷积核，放在卷积读取它的位置。"},
    {"lesson.builtin.6.title", "转置卷积：盖印章"},
    {"lesson.builtin.6.note", "每个输入格把整个卷积核乘上自己的值，按 stride 的间距加到输出上；印章重叠处相加。2×2 输入配 2×2 卷积核得到 (2 − 1)·1 + 2 = 3，即 3×3 输出。"},
    {"lesson.builtin.7.title", "换个角度：在展开的输入上做卷积"},
    {"lesson.builtin.7.note", "相邻输入格之间插入 stride − 1 = 1 个零，四周再补 k − 1 = 2 圈零。翻转后的卷积核以步幅 1 滑动：(2 − 1)·2 + 3 = 5，输出 5×5。"},
    {"lesson.builtin.8.title", "padding 是裁剪"},
    {"lesson.builtin.8.note", "在转置卷积里，padding 会裁掉格子：完整输出宽 (3 − 1)·2 + 3 = 7，每边裁去 padding = 1 行和 1 列，剩下 5×5。"},
    {"lesson.builtin.9.title", "output_padding：补回一格"},
    {"lesson.builtin.9.note", "stride 为 2 的 Conv2d 会把 5×5 和 6×6 的输入都变成 3×3，所以转置卷积无法知道该还原成哪个大小。output_padding = 1 在底部加一行、右边加一列：5 + 1 = 6。"},
    {"lesson.builtin.10.title", "其他上采样层"},
    {"lesson.builtin.10.note", "并排比较 MaxPool2d(2, 2) 之后回到 4×4 的四种方法：使用双线性卷积核的 ConvTranspose2d、把每个值放回最大值原位置的 MaxUnpool2d，以及最近邻和双线性的 Upsample。观察每个输出格读取了哪些输入格。"},
    {"lesson.error.missing", "{0}：缺少字段 \"{1}\""},
    {"lesson.error.not_text", "{0}：字段 \"{1}\" 必须是文本"},
    {"lesson.error.not_json", "{0}：文件已损坏（不是有效的 JSON），未打开任何内容"},
    {"lesson.error.not_object", "{0}：文件已损坏（不是 JSON 对象），未打开任何内容"},
    {"lesson.error.not_lesson", "{0}：不是 ConvViz 课程文件（需要 \"format\": \"convviz-lesson\"）"},
    {"lesson.error.no_version", "{0}：课程文件没有有效的 \"version\"（应为 1 或更大）"},
    {"lesson.error.newer", "{0}：该课程来自更新版本的 ConvViz（版本 {1}），当前版本最多只能读取版本 {2}。未打开任何内容。"},
    {"lesson.error.no_scenes", "{0}：字段 \"scenes\" 必须是列表"},
    {"lesson.error.too_many", "{0}：课程有 {1} 个场景，最多只允许 {2} 个"},
    {"lesson.error.where", "{0}，第 {1} 个场景"},
    {"lesson.error.entry_not_object", "{0}：必须是 JSON 对象"},
    {"lesson.error.directory", "{0}：是文件夹，不是课程文件"},
    {"lesson.error.unreadable", "{0}：无法读取（文件不存在或没有权限）"},
    {"predict.right", "答对了：输出是 {0}（通道 × 高 × 宽）。"},
    {"predict.wrong", "输出是 {0}；你的答案是 {1}×{2}×{3}。"},
    {"predict.missed.conv_padding", "padding：放置窗口之前，输入每边先扩展 padding 格（每个方向共 2·padding）。"},
    {"predict.missed.dilation", "dilation：大小为 k 的卷积核实际覆盖 dilation·(k − 1) + 1 格，而不是 k 格。"},
    {"predict.missed.conv_stride", "stride：窗口每隔 stride 格放一次，所以跨度要先除以 stride（向下取整），再加 1。"},
    {"predict.missed.output_padding", "output_padding：裁剪之后，它在底部加行、在右边加列。"},
    {"predict.missed.crop", "padding：在转置层里 padding 是裁剪，每个方向减去 2·padding。"},
    {"predict.missed.spread", "stride：输入格之间被拉开 stride 格，所以 (H_in − 1) 要乘以 stride。"},
    {"predict.missed.grows", "这是转置卷积：尺寸变大，H_out = (H_in − 1)·stride − 2·padding + dilation·(k − 1) + output_padding + 1，而不是卷积的公式。"},
    {"predict.missed.plus_one", "“+ 1”：第一个位置（或第一个格子）也要算上。"},
    {"predict.missed.floor", "取整：除法向下取整（⌊ ⌋），除非开启 ceil_mode。"},
    {"predict.missed.ceil_mode", "ceil_mode：已开启，所以除法向上取整（⌈ ⌉），前提是最后一个窗口从输入或左侧填充内开始。"},
    {"predict.missed.pool_stride", "stride：池化层的 stride 默认等于 kernel_size，所以窗口互不重叠。"},
    {"predict.missed.output_size", "output_size：已指定，所以尺寸由它决定，而不是由公式决定。"},
    {"predict.missed.channels_conv", "通道：卷积的输出通道数等于权重的滤波器个数（权重的第一维）。"},
    {"predict.missed.channels_transpose", "通道：转置卷积的输出通道数是权重的第二维乘以 groups。"},
    {"predict.missed.channels_shuffle", "通道：PixelShuffle 把通道数除以 upscale_factor²。"},
    {"predict.missed.channels_unshuffle", "通道：PixelUnshuffle 把通道数乘以 downscale_factor²。"},
    {"predict.missed.channels_same", "通道：这一层对每个通道单独处理，所以通道数不变。"},
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
static_assert(keys_unique(kTable), "a key appears twice in the Simplified Chinese table");

}  // namespace

std::span<const StringEntry> chinese_strings() { return kTable; }

}  // namespace convviz
