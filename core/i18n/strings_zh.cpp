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
    {"predict.card_title", "预测输出"},
    {"predict.ask", "动画开始前，先想一想：输出是什么形状？输入是 {0}（N×C×H×W）；层的参数在“参数”标签页里。"},
    {"predict.channels", "C"},
    {"predict.height", "H"},
    {"predict.width", "W"},
    {"predict.with_value", "以及左上角的输出值"},
    {"predict.check", "核对"},
    {"predict.skip", "跳过"},
    {"predict.left_out", "你漏掉了 {0}"},
    {"predict.see_shape", "没有哪一项能单独解释你的答案：“形状”面板会逐项展示公式。"},
    {"predict.value_right", "左上角的输出值是 {0}：正确。"},
    {"predict.value_wrong", "左上角的输出值是 {0}，不是 {1}：“算式”面板会在第一步展示它的求和过程。"},
    {"predict.watch", "观看动画"},
    {"predict.again", "再试一次"},
    {"about.heading", "我在看什么？"},
    {"about.conv", "左边是输入，虚线格是外围的填充。卷积核窗口按 stride 在输入上移动；每到一处，窗口下的格子与卷积核权重相乘再求和，得到右边的一个输出格。下方说明给出这次求和的具体数字，网格下的公式说明输出为什么是这个大小。"},
    {"about.scatter", "把转置卷积看成盖印章。每个输入格依次把整个卷积核乘上自己的值，加到完整输出上，每个印章比上一个错开 stride 格。印章重叠处相加。最后，padding 把完整输出裁剪成真正的输出。"},
    {"about.gather", "同一个转置卷积，换成普通卷积来看。输入被“拉开”：格子之间插入 stride − 1 个零，四周补 dilation·(k − 1) − padding 圈零。卷积核旋转 180°，以步幅 1 滑动；每个输出格就是一次求和，和 Conv2d 完全一样。这正是 conv_arithmetic 动画的画法。"},
    {"about.crop", "转置卷积的输出大小从哪里来。先由各个印章相加得到完整输出；然后 padding 从每边裁掉相应的行和列，output_padding 再在底部补回行、在右边补回列。每一步发生时，公式里对应的项会高亮。"},
    {"about.matrix", "把卷积写成矩阵乘法。输入展开成列向量 x，输出 y = C·x：C 的第 r 行在第 r 次放置读取输入的位置上放着卷积核权重，其余为零。转置 C 得到 Cᵀ，x' = Cᵀ·y 就是转置卷积：Cᵀ 的第 j 列就是第 j 个输入格的印章。"},
    {"about.pool", "池化窗口按 stride 在输入上移动，虚线格是外围填充。每个输出格是窗口内的最大值（最大池化）或平均值（平均池化）；下方说明列出它读取的格子。开启 ceil_mode 时，边缘不完整的最后一个窗口也计入。"},
    {"about.unpool", "MaxPool2d 记下每个窗口的最大值及其位置（一个展平后的下标）；MaxUnpool2d 把每个值放回零平面中对应下标的位置，其余位置都是 0——这些信息已经丢失。指定 output_size 时平面可以更大，同一个下标就会落到另一行另一列。"},
    {"about.upsample", "Upsample 根据输入上的一个采样点计算每个输出格。先把每个输出格的采样点放到输入上（align_corners 会改变位置）；然后逐格地，按距离给采样点周围的 1 个（最近邻）、4 个（双线性）或 16 个（双三次）输入格加权。旁边的权重网格之和为 1。"},
    {"about.shuffle", "PixelShuffle 只移动数值，不做任何计算。堆叠的 r² 个通道各有颜色，每个通道对应输出中每个 r×r 块的一个位置；每个值移动到它的位置上。PixelUnshuffle 则相反，把每个块中的各个位置堆叠成通道。"},
    {"about.compare", "并排展示回到 MaxPool2d 之前大小的四种方法，每一步四个结果同时算出一个输出格：使用双线性（或全 1）卷积核的 ConvTranspose2d、MaxUnpool2d，以及最近邻和双线性的 Upsample。每种方法读取的池化格会高亮，可以看出哪些层会“创造”新值，哪些只是移动数值。"},
    {"menu.file", "文件"},
    {"menu.open", "打开…"},
    {"menu.recent", "最近打开"},
    {"menu.recent_clear", "清空列表"},
    {"menu.save", "保存场景"},
    {"menu.save_as", "场景另存为…"},
    {"menu.export", "导出…"},
    {"menu.quit", "退出"},
    {"menu.presets", "预设"},
    {"menu.lesson", "课程"},
    {"menu.lesson_new", "新建课程"},
    {"menu.lesson_builtin", "打开内置课程"},
    {"menu.lesson_save", "保存课程"},
    {"menu.lesson_save_as", "课程另存为…"},
    {"menu.lesson_add", "添加当前场景"},
    {"menu.present", "演示"},
    {"menu.view", "视图"},
    {"menu.theme_light", "浅色主题"},
    {"menu.theme_dark", "深色主题"},
    {"menu.theme_contrast", "高对比度主题（投影仪）"},
    {"menu.language", "语言"},
    {"menu.larger", "放大文字"},
    {"menu.smaller", "缩小文字"},
    {"menu.labels", "标签和说明"},
    {"menu.fit", "画布适应窗口"},
    {"menu.fit_key", "双击"},
    {"menu.predict", "预测模式"},
    {"menu.predict_tip", "每段动画开始前先猜输出的形状（以及一个数值）；随后程序会指出你漏掉了公式中的哪一项。"},
    {"menu.present_strip", "演示时显示进度条"},
    {"menu.present_contrast", "演示时使用高对比度"},
    {"tab.parameters", "参数"},
    {"tab.values", "数值"},
    {"tab.lesson", "课程"},
    {"panel.arithmetic", "算式"},
    {"panel.shape", "形状"},
    {"panel.code", "代码"},
    {"predict.hidden", "在你作答之前，算式和形状会保持隐藏。"},
    {"present.step", "第 {0} 步，共 {1} 步"},
    {"present.scene", "场景 {0}/{1}：{2}"},
    {"status.opened", "已打开 {0}"},
    {"status.saved", "已保存 {0}"},
    {"status.unsaved", "有未保存的更改"},
    {"prompt.title", "未保存的更改"},
    {"prompt.scene", "场景“{0}”有尚未保存的更改。"},
    {"prompt.lesson", "课程“{0}”有尚未保存的更改。"},
    {"prompt.question", "先保存，还是放弃这些更改？"},
    {"prompt.save", "保存"},
    {"prompt.discard", "放弃"},
    {"prompt.cancel", "取消"},
    {"message.title", "无法完成操作"},
    {"message.nothing_lost", "屏幕上的内容没有任何改变。"},
    {"file.open_title", "打开场景或课程"},
    {"file.save_scene_title", "保存场景"},
    {"file.save_lesson_title", "保存课程"},
    {"file.up", "上一级"},
    {"file.open", "打开"},
    {"file.save", "保存"},
    {"file.cancel", "取消"},
    {"file.kinds", "显示：{0}"},
    {"file.cannot_list", "无法列出文件夹 {0}：{1}"},
    {"lesson.new", "新建"},
    {"lesson.open", "打开…"},
    {"lesson.builtin", "内置课程"},
    {"lesson.builtin_tip", "“十步看懂转置卷积”：卷积核放置、stride、padding、矩阵、矩阵的转置、盖印章、带 stride 展开的收集、padding 裁剪、output_padding 和其他上采样层。"},
    {"lesson.none", "当前没有打开课程。课程是一组按顺序演示的场景，每个场景都有标题和备注：新建一个课程并添加场景，或者打开内置课程。"},
    {"lesson.title_hint", "课程标题"},
    {"lesson.save", "保存"},
    {"lesson.save_as", "另存为…"},
    {"lesson.unsaved", "● 未保存"},
    {"lesson.add", "添加当前场景"},
    {"lesson.add_tip", "把屏幕上当前的场景（参数、数值、视图）原样添加到课程末尾。"},
    {"lesson.empty", "课程还没有场景：设置好一个场景并添加进来。"},
    {"lesson.scene_n", "第 {0} 个场景，共 {1} 个"},
    {"lesson.scene_title_hint", "场景标题"},
    {"lesson.note_tip", "这个场景的备注：要强调什么、要向学生提什么问题。"},
    {"lesson.up", "上移"},
    {"lesson.down", "下移"},
    {"lesson.replace", "替换"},
    {"lesson.replace_tip", "用屏幕上当前的场景替换这个场景。"},
    {"lesson.remove", "删除"},
    {"lesson.present", "从这里开始演示（F5）"},
    {"lesson.present_tip", "全屏显示，隐藏面板。PageDown 或 → 前进一步，到末尾时进入下一个场景；PageUp 或 ← 后退一步；空格键播放；B 键黑屏；Esc 退出。"},
    {"lesson.untitled", "未命名课程"},
    {"lesson.note_edit", "编辑备注"},
    {"lesson.note_done", "完成"},
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
