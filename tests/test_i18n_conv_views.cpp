// The conv, scatter, gather, crop and matrix views in Chinese: over every built-in preset in each
// of those views (and a few scenes with what the presets lack: bias, groups, batches, uneven
// strides, output_padding), at several times, every title, label, formula, caption and hover text
// has its places filled and no key left, and wherever the English has words the Chinese has
// Chinese (only PyTorch's own names stay in Latin letters). The English is the same with the
// language set as without it, and a few of its sentences are pinned as they read before the
// tables existed. Phase names and the width estimate of Chinese text too.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "core/frame/compose.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/scene_edit.hpp"
#include "core/timeline.hpp"
#include "tests/frame_helpers.hpp"

namespace convviz {
namespace {

bool in_area(ViewKind view) {
    return view == ViewKind::conv || view == ViewKind::scatter || view == ViewKind::gather || view == ViewKind::crop ||
           view == ViewKind::matrix;
}

// A scene on `base`'s title with other parameters and integer tensors.
Scene scene_with(const char* base, OpParams params, const Shape& input, const Shape& weight, int64_t bias, ViewKind view) {
    Scene scene = preset(base);
    scene.id = "test";
    scene.params = params;
    scene.tensors.input = filled(input, Fill::integers, 7);
    scene.tensors.weight = filled(weight, Fill::integers, 8);
    scene.tensors.bias.reset();
    if (bias > 0) scene.tensors.bias = filled({bias}, Fill::integers, 9);
    scene.view.kind = view;
    return scene;
}

// What the presets do not show: bias, groups, a batch, reflect padding, uneven dilation and
// strides, output_padding of one row and of two columns, a conv2d with no ConvTranspose2d twin.
std::vector<Scene> other_scenes() {
    std::vector<Scene> out;
    const Conv2dParams grouped{.stride = {1, 2}, .padding = {.size = {1, 1}}, .dilation = {2, 2}, .groups = 2,
                               .padding_mode = PaddingMode::reflect};
    out.push_back(scene_with("d2l_conv2d", grouped, {2, 4, 5, 6}, {4, 2, 2, 2}, 4, ViewKind::conv));
    const Conv2dParams dilated{.padding = {.size = {1, 1}}, .dilation = {2, 1}};
    for (ViewKind view : {ViewKind::conv, ViewKind::matrix}) {
        out.push_back(scene_with("d2l_conv2d", dilated, {1, 1, 5, 5}, {1, 1, 3, 3}, 1, view));
    }
    const ConvTranspose2dParams given{.stride = {2, 2}, .padding = {1, 1}, .output_padding = {1, 1}};
    for (ViewKind view : {ViewKind::gather, ViewKind::scatter, ViewKind::crop, ViewKind::matrix}) {
        out.push_back(scene_with("d2l_tconv", given, {1, 2, 3, 3}, {2, 2, 3, 3}, 2, view));
    }
    const ConvTranspose2dParams uneven{.stride = {2, 3}, .padding = {1, 0}, .output_padding = {1, 2}, .groups = 2};
    for (ViewKind view : {ViewKind::gather, ViewKind::scatter, ViewKind::crop}) {
        out.push_back(scene_with("d2l_tconv", uneven, {2, 2, 2, 2}, {2, 1, 3, 3}, 2, view));
    }
    const Conv2dParams same{.padding = {.kind = PaddingKind::same}};
    out.push_back(scene_with("d2l_conv2d", same, {1, 1, 4, 4}, {1, 1, 2, 2}, 0, ViewKind::matrix));
    const Conv2dParams groups{.stride = {1, 2}, .groups = 2};
    out.push_back(scene_with("d2l_conv2d", groups, {1, 4, 3, 4}, {2, 2, 2, 2}, 2, ViewKind::matrix));
    return out;
}

// Every preset in each of its views in this area, then the scenes above.
std::vector<Scene> scenes() {
    std::vector<Scene> out;
    for (const Scene& scene : builtin_presets()) {
        for (ViewKind view : views_for(scene.params)) {
            if (!in_area(view)) continue;
            out.push_back(scene);
            out.back().view.kind = view;
        }
    }
    for (Scene& scene : other_scenes()) out.push_back(std::move(scene));
    return out;
}

// The start, a third into a few steps at the start and in the middle (every phase of the gather,
// crop and matrix views among them), the last step and the hold at the end.
std::vector<double> times(const Timeline& timeline) {
    const int64_t total = timeline.total_steps();
    std::set<int64_t> steps;
    for (int64_t k : {int64_t{0}, int64_t{1}, int64_t{2}, int64_t{3}, total / 2, total / 2 + 1, total - 1}) {
        if (k >= 0 && k < total) steps.insert(k);
    }
    std::vector<double> out{0.0};
    for (int64_t k : steps) out.push_back(timeline.step_start(k) + 0.35 * (timeline.step_start(k + 1) - timeline.step_start(k)));
    out.push_back(timeline.duration() - 1e-6);
    return out;
}

bool has_cjk(const std::string& text) {
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if (b0 < 0xE0 || b0 > 0xEF) continue;
        const uint32_t cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
    }
    return false;
}

// The Latin words of a text: runs of letters and underscores, two or more long (single letters
// are symbols: x, y, C, i, j, k, c).
std::vector<std::string> words(const std::string& text) {
    static const std::regex word("[A-Za-z_]{2,}");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it) {
        out.push_back(it->str());
    }
    return out;
}

// Names a Chinese text keeps as PyTorch spells them, and the formulas' symbols.
bool kept_in_latin(const std::string& word) {
    static const std::set<std::string> kept = {"stride", "padding", "output_padding", "dilation", "groups",
                                               "zeros", "reflect", "replicate", "circular", "weight",
                                               "ConvTranspose", "conv", "H_out", "W_out"};
    return kept.count(word) > 0;
}

bool has_words(const std::string& text) {
    const std::vector<std::string> all = words(text);
    return std::any_of(all.begin(), all.end(), [](const std::string& w) { return !kept_in_latin(w); });
}

// One Chinese text against its English twin: places filled, no key, Chinese where the English has
// words and no English word left.
void expect_translated(const std::string& zh, const std::string& en, const std::set<std::string>& keys,
                       const std::string& where) {
    static const std::regex place(R"(\{[0-9]\})");
    EXPECT_FALSE(std::regex_search(zh, place)) << where << ": " << zh;
    for (const std::string& key : keys) {
        EXPECT_EQ(zh.find(key), std::string::npos) << where << ": " << zh << " holds the key " << key;
    }
    if (has_words(en)) {
        EXPECT_TRUE(has_cjk(zh)) << where << ": " << zh << " (English: " << en << ")";
    }
    for (const std::string& w : words(zh)) {
        EXPECT_TRUE(kept_in_latin(w)) << where << ": " << zh << " keeps the English word " << w;
    }
}

std::set<std::string> table_keys() {
    std::set<std::string> out;
    for (const StringEntry& entry : string_table(Lang::en)) out.emplace(entry.key);
    return out;
}

std::vector<std::string> texts_of(const Frame& frame, TextKind kind) {
    std::vector<std::string> out;
    for (const FrameText& t : frame.texts) {
        if (t.kind == kind) out.push_back(t.text);
    }
    return out;
}

// The cells a hover check looks at: each grid's first and middle cell.
std::vector<CellRef> hovered_cells(const Frame& frame) {
    std::vector<CellRef> out;
    for (size_t g = 0; g < frame.grids.size(); ++g) {
        const FrameGrid& grid = frame.grids[g];
        out.push_back(cell_ref(static_cast<int32_t>(g), 0, 0));
        out.push_back(cell_ref(static_cast<int32_t>(g), grid.rows / 2, grid.cols / 2));
    }
    return out;
}

constexpr float kUnwrapped = 8000.0f;

TEST(FrameStrings, EveryViewSpeaksChineseAndKeepsItsEnglish) {
    const std::set<std::string> keys = table_keys();
    int checked = 0;
    for (const Scene& scene : scenes()) {
        const std::string view = name(scene.view.kind);
        SCOPED_TRACE(scene.id + " in the " + view + " view");
        // Frames wide enough that no line wraps: each text is paired with its twin of the other
        // language, and Chinese wraps at other places than English.
        const Composer zh = Composer::make(scene, ComposeParams{.width = kUnwrapped, .lang = Lang::zh}).value();
        const Composer en = Composer::make(scene, ComposeParams{.width = kUnwrapped, .lang = Lang::en}).value();
        const Composer plain = Composer::make(scene, ComposeParams{.width = kUnwrapped}).value();
        const bool large = scene.id == "large" || scene.id == "matrix_1024";
        const std::vector<double> ts = times(zh.timeline());
        for (size_t i = 0; i < ts.size(); ++i) {
            const double t = ts[i];
            const std::string where = cat(scene.id, " ", view, " t=", t);
            const Frame f = zh.compose(t);
            const Frame e = en.compose(t);
            const Frame p = plain.compose(t);
            ASSERT_EQ(f.grids.size(), e.grids.size()) << where;
            ASSERT_EQ(e.texts.size(), p.texts.size()) << where;
            for (size_t k = 0; k < e.texts.size(); ++k) EXPECT_EQ(e.texts[k].text, p.texts[k].text) << where;
            // Notes over cells come and go with the room a text needs (the matrix view's "0: groups"
            // is shorter in Chinese): each text is paired with its English twin within its kind.
            for (TextKind kind : {TextKind::title, TextKind::label, TextKind::formula, TextKind::caption, TextKind::note}) {
                const std::vector<std::string> mine = texts_of(f, kind);
                const std::vector<std::string> theirs = texts_of(e, kind);
                if (kind != TextKind::note) {
                    ASSERT_EQ(mine.size(), theirs.size()) << where;
                }
                for (size_t k = 0; k < mine.size(); ++k) {
                    if (kind == TextKind::title) {
                        // The scene's title in the frame's language (a preset's, translated): the frame adds no words.
                        EXPECT_EQ(mine[k], scene_title(scene, Lang::zh)) << where;
                        continue;
                    }
                    const std::string twin = mine.size() == theirs.size() ? theirs[k] : std::string();
                    expect_translated(mine[k], twin, keys, where);
                    ++checked;
                }
            }
            for (size_t g = 0; g < f.grids.size(); ++g) {
                EXPECT_EQ(e.grids[g].label, p.grids[g].label) << where;
                expect_translated(f.grids[g].label, e.grids[g].label, keys, where);
            }
            expect_clean_layout(f, where + " (中文)");
            // Hover text at the start, a step in and the end; for the large scenes one cell.
            if (i != 0 && i != 2 && i + 1 != ts.size()) continue;
            std::vector<CellRef> cells = hovered_cells(f);
            if (large) cells.resize(1);
            for (const CellRef& cell : cells) {
                const std::string said = zh.describe(t, cell);
                const std::string english = en.describe(t, cell);
                EXPECT_EQ(english, plain.describe(t, cell)) << where;
                if (english.empty()) continue;
                expect_translated(said, english, keys, cat(where, " hover ", cell.grid, ",", cell.row, ",", cell.col));
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 5000);
}

// Sentences whose English is made of several keys or a choice between them, as they read before
// the tables existed.
TEST(FrameStrings, EnglishSentencesReadAsBefore) {
    const auto caption_at = [](const Scene& scene, Phase phase) {
        const Composer composer = composer_of(scene);
        const Frame f = composer.compose(time_of(composer.timeline(), phase, 0, 0.5));
        return text_of(f, TextKind::caption)->text;
    };
    const std::vector<Scene> other = other_scenes();
    const Scene& given = other[5];   // the crop view, output_padding 1
    const Scene& uneven = other[9];  // the crop view, stride 2×3, output_padding 1×2
    EXPECT_EQ(caption_at(given, Phase::give_back),
              "output_padding 1 gives back 1 row at the bottom and 1 column at the right: 6×6");
    EXPECT_EQ(caption_at(uneven, Phase::give_back),
              "output_padding 1×2 gives back 1 row at the bottom and 2 columns at the right: 4×8");
    Scene gather = uneven;
    gather.view.kind = ViewKind::gather;
    EXPECT_EQ(caption_at(gather, Phase::spread), "stride 2×3 puts 1×2 zeros between neighbouring input cells: 2×2 → 3×4");
    EXPECT_EQ(caption_at(gather, Phase::pad),
              "border dilation·(k − 1) − padding = 1×2 on each side, output_padding 1×2 more at the bottom and right: 6×10");
    const Scene& dilated = other[1];  // conv, dilation 2×1, bias
    const Composer conv = composer_of(dilated);
    const Frame f = conv.compose(0.0);
    EXPECT_EQ(f.grids[1].label, "kernel 3×3, dilation 2×1");
    EXPECT_EQ(f.grids[0].label, "input 5×5, zeros padding");
    EXPECT_NE(text_of(f, TextKind::caption)->text.find(" (bias) = "), std::string::npos);
    const Composer matrix = composer_of(other[10]);  // same padding: no ConvTranspose2d has it
    EXPECT_EQ(text_of(matrix.compose(matrix.timeline().duration() - 1e-6), TextKind::caption)->text,
              "x' is the transposed convolution, but padding top 0, bottom 1, left 0, right 1 has no ConvTranspose2d "
              "parameter");
    const Composer yours = composer_of(other[6]);  // a ConvTranspose2d with bias in the matrix view
    EXPECT_EQ(text_of(yours.compose(yours.timeline().duration() - 1e-6), TextKind::caption)->text,
              "x' is your ConvTranspose2d's 6×6 output, number for number (before its bias)");
    // Hover text on a padding cell.
    const Scene conv_preset = preset("padding_strides");
    EXPECT_EQ(composer_of(conv_preset).describe(0.0, cell_ref(0, 0, 0)), "input 5×5, zeros padding, row 0, column 0 (padding): 0");
}

// The canvas cell shows 4 decimals; its hover text the whole double (issue 19).
TEST(FrameStrings, HoverTextGivesTheWholeNumber) {
    Scene scene = preset("padding_strides");  // padding 1: the input's cell (0, 0) is row 1, column 1
    scene.tensors.input.at(0, 0, 0, 0) = 4.0 / 3.0;
    const Composer composer = composer_of(scene);
    EXPECT_EQ(composer.describe(0.0, cell_ref(0, 1, 1)), "input 5×5, zeros padding, row 1, column 1: 1.3333333333333333");
}

// A scene the op refuses: the rule it breaks, in the frame's language (the Shape panel shows it).
TEST(FrameStrings, AnInvalidSceneIsRefusedInTheFramesLanguage) {
    Scene scene = preset("padding_strides");
    std::get<Conv2dParams>(scene.params).stride = {0, 0};
    for (Lang lang : kLanguages) {
        const std::optional<std::string> rule = validate(scene, lang);
        ASSERT_TRUE(rule.has_value());
        EXPECT_EQ(Composer::make(scene, {.lang = lang}).error(), *rule);
    }
}

TEST(FrameStrings, FrameSettingsAreRefusedInTheFramesLanguage) {
    const Scene scene = preset("padding_strides");
    EXPECT_EQ(Composer::make(scene, {.width = 0.0f}).error(), "a frame needs a positive width and height, not 0 × 720");
    EXPECT_EQ(Composer::make(scene, {.timeline = {.speed = 0.0}}).error(),
              "speed, seconds per step and seconds per phase must be positive, the hold at the end not negative");
    const std::string size = Composer::make(scene, {.width = 0.0f, .lang = Lang::zh}).error();
    const std::string timing = Composer::make(scene, {.timeline = {.speed = 0.0}, .lang = Lang::zh}).error();
    EXPECT_TRUE(has_cjk(size) && has_cjk(timing)) << size << " / " << timing;
    EXPECT_NE(size.find("0 × 720"), std::string::npos) << size;
}

TEST(FrameStrings, PhasesHaveNamesInBothLanguages) {
    for (Phase phase : {Phase::steps, Phase::spread, Phase::pad, Phase::flip, Phase::slide, Phase::full, Phase::crop,
                        Phase::give_back, Phase::rows, Phase::transpose, Phase::columns, Phase::pool, Phase::unpool,
                        Phase::sampling}) {
        EXPECT_EQ(phase_name(Lang::en, phase), name(phase));
        EXPECT_TRUE(has_cjk(phase_name(Lang::zh, phase))) << name(phase);
    }
    EXPECT_EQ(phase_name(Lang::zh, Phase::flip), "翻转");
}

TEST(FrameStrings, TensorNamesAndLabels) {
    EXPECT_EQ(tensor_name(Lang::zh, "input"), "输入");
    EXPECT_EQ(tensor_name(Lang::zh, "unpooled"), "反池化结果");
    EXPECT_EQ(tensor_name(Lang::zh, "x'"), "x'");  // a symbol stays
    EXPECT_EQ(tensor_name(Lang::en, "output"), "output");
    EXPECT_EQ(plane_label("input", 1, {1, 2, 5, 5}, Lang::zh), "输入[c=1] 5×5");
    EXPECT_EQ(plane_label("input", 1, {1, 2, 5, 5}), "input[c=1] 5×5");
    EXPECT_EQ(cell_name("output", Cell{0, 0, 1, 2}, {1, 1, 3, 3}, Lang::zh), "输出[1][2]");
    for (const char* tensor : {"input", "output", "indices", "pooled", "unpooled"}) {
        EXPECT_EQ(text(Lang::en, cat("frame.tensor.", tensor)), tensor);
        EXPECT_TRUE(has_cjk(tensor_name(Lang::zh, tensor))) << tensor;
    }
}

// A Chinese character takes a whole em, wider than the Latin average the estimate uses.
TEST(FrameStrings, ChineseTextIsEstimatedWider) {
    EXPECT_FLOAT_EQ(estimated_text_width("input 5×5", 10.0f), 0.62f * 10.0f * 9.0f);
    EXPECT_FLOAT_EQ(estimated_text_width("输入 5×5", 10.0f), 0.62f * 10.0f * 4.0f + 20.0f);
    EXPECT_FLOAT_EQ(estimated_text_width("（）", 10.0f), 20.0f);
}

}  // namespace
}  // namespace convviz
