// The pool, unpool, upsample, shuffle and compare views in Chinese: every built-in preset in each of
// these views (and a few variants that reach the words no preset shows) composed at times over its
// timeline, with every word from the tables (no key, no unfilled place, no English sentence left)
// and Chinese where the English has words; and the English frames exactly as they were.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <regex>
#include <string>
#include <vector>

#include "core/frame/compose.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "tests/frame_helpers.hpp"

namespace convviz {
namespace {

bool in_area(ViewKind view) {
    return view == ViewKind::pool || view == ViewKind::unpool || view == ViewKind::upsample ||
           view == ViewKind::shuffle || view == ViewKind::compare;
}

// Every built-in preset in each of its views of this area, then variants for what no preset shows:
// padding and channels in the pooling views, a bilinear axis that is copied, the ones kernel.
std::vector<Scene> scenes() {
    std::vector<Scene> out;
    for (const Scene& preset : builtin_presets()) {
        for (ViewKind view : views_for(preset.params)) {
            if (!in_area(view)) continue;
            Scene scene = preset;
            scene.view.kind = view;
            out.push_back(scene);
        }
    }
    Scene max_padded = preset("numerical_max_pooling");
    std::get<MaxPool2dParams>(max_padded.params).padding = {1, 1};
    std::get<MaxPool2dParams>(max_padded.params).stride = Pair{2, 2};
    max_padded.id = "max, padding 1, stride 2";
    out.push_back(max_padded);
    Scene avg_padded = preset("numerical_average_pooling");
    std::get<AvgPool2dParams>(avg_padded.params).padding = {1, 0};
    avg_padded.tensors.input = Tensor({1, 2, 4, 4}, 1.0);
    avg_padded.id = "avg, padding 1×0, two channels";
    out.push_back(avg_padded);
    Scene unpool_channels = preset("maxpool_unpool");
    Tensor two({1, 2, 4, 4}, 0.0);
    for (int64_t i = 0; i < two.size(); ++i) two[i] = static_cast<double>((i * 7) % 11);
    unpool_channels.tensors.input = two;
    unpool_channels.id = "unpool, two channels";
    out.push_back(unpool_channels);
    Scene copied = preset("upsample_bilinear");
    auto& up = std::get<UpsampleParams>(copied.params);
    up.scale_factor = std::nullopt;
    up.size = Pair{2, 4};  // rows copied, columns blended
    copied.id = "bilinear, rows copied";
    out.push_back(copied);
    Scene ones = preset("compare_upsampling");
    ones.view.compare_kernel = CompareKernel::ones;
    ones.id = "compare, ones kernel";
    out.push_back(ones);
    return out;
}

// Times over the whole timeline: the start, steps at several tweens, the hold at the end.
std::vector<double> times(const Composer& composer) {
    const double duration = composer.timeline().duration();
    std::vector<double> out;
    for (int i = 0; i < 24; ++i) out.push_back(duration * i / 24.0);
    out.push_back(duration - 0.01);
    return out;
}

Composer composer_in(const Scene& scene, Lang lang) {
    // Wide enough that no line wraps: each text is one, paired with its twin of the other language.
    auto composer = Composer::make(scene, ComposeParams{.width = 8000.0f, .lang = lang});
    EXPECT_TRUE(composer.ok()) << scene.id << ": " << (composer.ok() ? "" : composer.error());
    return std::move(composer.value());
}

bool has_cjk(std::string_view text) {
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        if ((b0 & 0xF0) != 0xE0) continue;
        const uint32_t cp = ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        if (cp >= 0x4E00 && cp <= 0x9FFF) return true;
    }
    return false;
}

// Three English words in a row: a sentence or a phrase, not a formula or a name PyTorch spells.
bool has_english_words(const std::string& text) {
    static const std::regex words(R"(\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b)");
    return std::regex_search(text, words);
}

bool has_place(const std::string& text) {
    static const std::regex place(R"(\{[0-9]\})");
    return std::regex_search(text, place);
}

// The names that stay as PyTorch spells them, in either language: a label or a note that starts
// with one needs no Chinese.
bool kept_name(const std::string& text) {
    for (const char* name : {"ConvTranspose2d ", "MaxUnpool2d ", "stride "}) {
        if (text.rfind(name, 0) == 0) return true;
    }
    return false;
}

TEST(StringsFrame2, ChineseFramesHaveEveryWordTranslated) {
    std::vector<std::string> keys;
    for (const StringEntry& entry : string_table(Lang::en)) keys.emplace_back(entry.key);
    for (const Scene& scene : scenes()) {
        const Composer zh = composer_in(scene, Lang::zh);
        const Composer en = composer_in(scene, Lang::en);
        for (double t : times(zh)) {
            const std::string where = cat(scene.id, " (", name(scene.view.kind), ") t=", t);
            const Frame zf = zh.compose(t);
            const Frame ef = en.compose(t);
            ASSERT_EQ(zf.texts.size(), ef.texts.size()) << where;
            ASSERT_EQ(zf.grids.size(), ef.grids.size()) << where;
            for (size_t i = 0; i < zf.texts.size(); ++i) {
                const std::string& z = zf.texts[i].text;
                const std::string& e = ef.texts[i].text;
                const TextKind kind = zf.texts[i].kind;
                const std::string what = cat(where, " ", name(kind), " '", z, "'");
                ASSERT_EQ(kind, ef.texts[i].kind) << where;
                EXPECT_FALSE(has_place(z)) << what;
                for (const std::string& key : keys) EXPECT_EQ(z.find(key), std::string::npos) << what << " has " << key;
                if (kind == TextKind::title) continue;  // the scene's own title: not this area's words
                EXPECT_FALSE(has_english_words(z)) << what << " (English: '" << e << "')";
                if (has_english_words(e)) {
                    EXPECT_TRUE(has_cjk(z)) << what << " (English: '" << e << "')";
                }
                if (kind == TextKind::caption && !z.empty()) {
                    EXPECT_TRUE(has_cjk(z)) << what;
                }
                // A label or a note with a word in it (not a number on its own, as a moving value's).
                const bool worded = std::any_of(e.begin(), e.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
                if ((kind == TextKind::label || kind == TextKind::note) && worded && !kept_name(z)) {
                    EXPECT_TRUE(has_cjk(z)) << what << " (English: '" << e << "')";
                }
            }
            for (size_t g = 0; g < zf.grids.size(); ++g) {
                const std::string& label = zf.grids[g].label;
                if (!kept_name(label)) {
                    EXPECT_TRUE(has_cjk(label)) << where << " grid " << g << " '" << label << "'";
                }
            }
        }
    }
}

// The English frames of every scene above, all their texts at all the times, are what they were
// before the tables: a digest of them (FNV-1a over "kind: text" lines), taken at e21b847, and
// again for issue 19: numbers with PyTorch's 4 decimals ("= 1.6667", not "= 1.667"), and the
// sampling's caption at t = 0 (its points still at the other align_corners' places: "… where
// align_corners=False puts it; next, …"): the only changes, checked by diffing the texts. Again
// for issue 20: a one-channel nearest axis that doubles shows PyTorch's shortcut, "⌊1/2⌋ = 0"
// (before "⌊1·(1/2)⌋ = 0"), in upsample_nearest's formula lines only (diffed with `convviz frame`).
constexpr size_t kEnglishTexts = 4646;
constexpr uint64_t kEnglishDigest = 9885197322763170708ull;

TEST(StringsFrame2, EnglishFramesAreUnchanged) {
    uint64_t digest = 14695981039346656037ull;
    size_t count = 0;
    for (const Scene& scene : scenes()) {
        const Composer en = composer_in(scene, Lang::en);
        for (double t : times(en)) {
            for (const FrameText& text : en.compose(t).texts) {
                for (char c : cat(name(text.kind), ": ", text.text, "\n")) {
                    digest = (digest ^ static_cast<unsigned char>(c)) * 1099511628211ull;
                }
                ++count;
            }
        }
    }
    EXPECT_EQ(count, kEnglishTexts);
    EXPECT_EQ(digest, kEnglishDigest);
}

// A few texts in full, in both languages, where the word order differs.
std::string text_at(const Scene& scene, Lang lang, Phase phase, int64_t step, TextKind kind, size_t nth = 0) {
    const Composer composer = composer_in(scene, lang);
    const Frame frame = composer.compose(time_of(composer.timeline(), phase, step, 0.9));
    for (const FrameText& text : frame.texts) {
        if (text.kind == kind && nth-- == 0) return text.text;
    }
    return "(none)";
}

TEST(StringsFrame2, SentencesInEachLanguagesOwnOrder) {
    const Scene landing = preset("maxpool_unpool_output_size");
    EXPECT_EQ(text_at(landing, Lang::en, Phase::unpool, 0, TextKind::formula),
              "index 5 in a 5-wide plane: row ⌊5/5⌋ = 1, column 5 mod 5 = 0 — in the 4-wide input it was row 1, column 1");
    EXPECT_EQ(text_at(landing, Lang::zh, Phase::unpool, 0, TextKind::formula),
              "宽为 5 的平面中的索引 5：行 ⌊5/5⌋ = 1，列 5 mod 5 = 0 —— 在宽为 4 的输入中，它在行 1、列 1");
    EXPECT_EQ(text_at(landing, Lang::en, Phase::unpool, 0, TextKind::caption), "pooled[0][0] = 6 goes back to index 5: unpooled[1][0]");
    EXPECT_EQ(text_at(landing, Lang::zh, Phase::unpool, 0, TextKind::caption), "池化结果[0][0] = 6 回到索引 5：反池化结果[1][0]");

    const Scene compare = preset("compare_upsampling");
    EXPECT_EQ(text_at(compare, Lang::en, Phase::steps, 0, TextKind::caption),
              "output[0][0]: ConvTranspose2d 3.375 · MaxUnpool2d 0 · nearest 6 · bilinear 6");
    EXPECT_EQ(text_at(compare, Lang::zh, Phase::steps, 0, TextKind::caption),
              "输出[0][0]：ConvTranspose2d 3.375 · MaxUnpool2d 0 · 最近邻 6 · 双线性 6");

    const Scene unshuffle = preset("pixel_unshuffle");
    EXPECT_EQ(text_at(unshuffle, Lang::en, Phase::steps, 0, TextKind::caption),
              "output[0][0][0][0] = input[0][0] = 2   (offset 0, 0 into a 2×2 block)");
    EXPECT_EQ(text_at(unshuffle, Lang::zh, Phase::steps, 0, TextKind::caption),
              "输出[0][0][0][0] = 输入[0][0] = 2（取自 2×2 块内的偏移 (0, 0)）");

    Scene padded = preset("numerical_max_pooling");
    std::get<MaxPool2dParams>(padded.params).padding = {1, 1};
    EXPECT_EQ(text_at(padded, Lang::en, Phase::steps, 0, TextKind::label), "input 5×5, padding 1");
    EXPECT_EQ(text_at(padded, Lang::zh, Phase::steps, 0, TextKind::label), "输入 5×5，padding 1");
}

}  // namespace
}  // namespace convviz
