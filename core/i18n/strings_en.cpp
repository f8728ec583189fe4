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
    {"predict.card_title", "Predict the output"},
    {"predict.ask", "Before it runs: what shape will the output have? The input is {0} (N×C×H×W); the layer's parameters are in the Parameters tab."},
    {"predict.channels", "C"},
    {"predict.height", "H"},
    {"predict.width", "W"},
    {"predict.with_value", "and the top-left output value"},
    {"predict.check", "Check"},
    {"predict.skip", "Skip"},
    {"predict.left_out", "You left out {0}"},
    {"predict.see_shape", "No single term explains your numbers: the Shape panel goes through the formula term by term."},
    {"predict.value_right", "The top-left output value is {0}: right."},
    {"predict.value_wrong", "The top-left output value is {0}, not {1}: the Arithmetic panel shows its sum at the first step."},
    {"predict.watch", "Watch the animation"},
    {"predict.again", "Try again"},
    {"about.heading", "What am I looking at?"},
    {"about.conv", "The input is on the left, its padding ring drawn dashed. The kernel's window steps over it by the stride; at each place the cells under it are multiplied by the kernel's weights and summed into one output cell, on the right. The caption gives that sum with its numbers, and the formula under the grids says why the output has the size it has."},
    {"about.scatter", "A transposed convolution, seen as stamps. Each input cell in turn multiplies the whole kernel by its value and adds the result into the full output, stride cells further on than the last stamp. Overlapping stamps add up. At the end, padding crops the full output to the real one."},
    {"about.gather", "The same transposed convolution, as an ordinary convolution. The input is spread: stride − 1 zeros between its cells and a border of dilation·(k − 1) − padding zeros around it. The kernel is turned by 180° and slides with stride 1; each output cell is one sum, exactly as in Conv2d. This is the picture of the conv_arithmetic animations."},
    {"about.crop", "Where a transposed convolution's output size comes from. The stamps first add up to the full output; then padding cuts that many rows and columns from each side, and output_padding gives rows back at the bottom and columns at the right. The formula's terms light up as each happens."},
    {"about.matrix", "The convolution written as a matrix product. The input is unrolled into a column x, and the output is y = C·x: row r of C holds the kernel's weights where its r-th placement reads the input, zeros elsewhere. Transposing C gives Cᵀ, and x' = Cᵀ·y is the transposed convolution: column j of Cᵀ is input cell j's stamp."},
    {"about.pool", "A pooling window steps over the input by the stride, its padding ring drawn dashed. Each output cell is the window's largest value (max pooling) or its average (average pooling); the caption names the cells it read. With ceil_mode on, a last partial window at the edge counts too."},
    {"about.unpool", "MaxPool2d keeps each window's largest value and where it was, as a flat index; MaxUnpool2d puts each value back at its index in a plane of zeros. Every other place stays 0: that information is lost. With output_size the plane can be larger, and the same index then lands in another row and column."},
    {"about.upsample", "Upsample computes each output cell from a point on the input. First every output cell's sampling point is placed on the input (align_corners changes where); then, cell by cell, the 1 (nearest), 4 (bilinear) or 16 (bicubic) input cells around the point are weighted by distance. The weights grid beside it sums to 1."},
    {"about.shuffle", "PixelShuffle moves values without computing anything. Each of the r² stacked channels, in its own colour, holds one position of every r×r block of the output; each value travels to its place. PixelUnshuffle does the reverse, stacking each block's positions into channels."},
    {"about.compare", "Four ways back to the size before a MaxPool2d, side by side, one output cell per step in all four: a ConvTranspose2d with a bilinear (or all-ones) kernel, MaxUnpool2d, and Upsample nearest and bilinear. The pooled cells each one reads are lit, so you can see which layers invent values and which only move them."},
    {"menu.file", "File"},
    {"menu.open", "Open…"},
    {"menu.recent", "Open recent"},
    {"menu.recent_clear", "Clear the list"},
    {"menu.save", "Save scene"},
    {"menu.save_as", "Save scene as…"},
    {"menu.export", "Export…"},
    {"menu.quit", "Quit"},
    {"menu.presets", "Presets"},
    {"menu.lesson", "Lesson"},
    {"menu.lesson_new", "New lesson"},
    {"menu.lesson_builtin", "Open the built-in lesson"},
    {"menu.lesson_save", "Save lesson"},
    {"menu.lesson_save_as", "Save lesson as…"},
    {"menu.lesson_add", "Add the current scene"},
    {"menu.present", "Present"},
    {"menu.view", "View"},
    {"menu.theme_light", "Light theme"},
    {"menu.theme_dark", "Dark theme"},
    {"menu.theme_contrast", "High-contrast theme (projector)"},
    {"menu.language", "Language"},
    {"menu.larger", "Larger text"},
    {"menu.smaller", "Smaller text"},
    {"menu.labels", "Labels and captions"},
    {"menu.fit", "Fit the canvas"},
    {"menu.fit_key", "double-click"},
    {"menu.predict", "Predict mode"},
    {"menu.predict_tip", "Before each animation runs, guess the output's shape (and a value); the app then says which term of the formula you missed."},
    {"menu.present_strip", "Progress strip when presenting"},
    {"menu.present_contrast", "High contrast when presenting"},
    {"tab.parameters", "Parameters"},
    {"tab.values", "Values"},
    {"tab.lesson", "Lesson"},
    {"panel.arithmetic", "Arithmetic"},
    {"panel.shape", "Shape"},
    {"panel.code", "Code"},
    {"predict.hidden", "The arithmetic and the shape stay hidden until you have made your guess."},
    {"present.step", "Step {0} of {1}"},
    {"present.scene", "Scene {0}/{1}: {2}"},
    {"status.opened", "Opened {0}"},
    {"status.saved", "Saved {0}"},
    {"status.unsaved", "Unsaved changes"},
    {"prompt.title", "Unsaved changes"},
    {"prompt.scene", "The scene \"{0}\" has changes that are not saved."},
    {"prompt.lesson", "The lesson \"{0}\" has changes that are not saved."},
    {"prompt.question", "Save them first, or discard them?"},
    {"prompt.save", "Save"},
    {"prompt.discard", "Discard"},
    {"prompt.cancel", "Cancel"},
    {"message.title", "Could not do that"},
    {"message.nothing_lost", "Nothing on screen has changed."},
    {"file.open_title", "Open a scene or a lesson"},
    {"file.save_scene_title", "Save the scene"},
    {"file.save_lesson_title", "Save the lesson"},
    {"file.up", "Up"},
    {"file.open", "Open"},
    {"file.save", "Save"},
    {"file.cancel", "Cancel"},
    {"file.kinds", "Shows: {0}"},
    {"file.cannot_list", "Cannot list the folder {0}: {1}"},
    {"lesson.new", "New"},
    {"lesson.open", "Open…"},
    {"lesson.builtin", "Built-in lesson"},
    {"lesson.builtin_tip", "\"Transposed convolution in 10 steps\": conv2d placement, stride, padding, the matrix, its transpose, the scatter, the gather with the stride spread, padding's crop, output_padding and the other upsampling layers."},
    {"lesson.none", "No lesson is open. A lesson is a list of scenes with a title and a note each, for presenting in order: start a new one and add scenes to it, or open the built-in lesson."},
    {"lesson.title_hint", "the lesson's title"},
    {"lesson.save", "Save"},
    {"lesson.save_as", "Save as…"},
    {"lesson.unsaved", "● unsaved"},
    {"lesson.add", "Add the current scene"},
    {"lesson.add_tip", "Appends the scene on screen, as it is now (parameters, values, view), to the end of the lesson."},
    {"lesson.empty", "The lesson has no scenes yet: set up a scene and add it."},
    {"lesson.scene_n", "Scene {0} of {1}"},
    {"lesson.scene_title_hint", "the scene's title"},
    {"lesson.note_tip", "A note for this scene: what to point out, what to ask the room."},
    {"lesson.up", "Up"},
    {"lesson.down", "Down"},
    {"lesson.replace", "Replace"},
    {"lesson.replace_tip", "Puts the scene on screen, as it is now, in place of this one."},
    {"lesson.remove", "Remove"},
    {"lesson.present", "Present from here (F5)"},
    {"lesson.present_tip", "Full screen, panels hidden. PageDown or → steps on and moves to the next scene at the end; PageUp or ← steps back; Space plays; B blanks the screen; Esc leaves."},
    {"lesson.untitled", "Untitled lesson"},
    {"lesson.note_edit", "Edit the note"},
    {"lesson.note_done", "Done"},
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
