// Chinese on the canvas, headless (EGL surfaceless, no display): the atlas baked for Chinese has a
// real glyph for every character of the Chinese table (from the CJK font where DejaVu Sans has
// none), the renderer draws them rather than '?', how long the bake takes for a full table's worth
// of characters, and `convviz export --lang zh-CN` / `convviz frame --lang zh-CN` through the real
// binary. The views' own captions are other work: these tests use the table's texts directly.
#include <gtest/gtest.h>
#include <stb/stb_image.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "app/export/png.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/headless_gl.hpp"
#include "app/render/render_target.hpp"
#include "core/frame/compose.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "tests/headless_gl_test.hpp"
#include "tests/run_convviz.hpp"

namespace convviz::testing {
namespace {

namespace fs = std::filesystem;

const std::string kHeadless = "env -u DISPLAY ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0 ";

class TempDir {
public:
    explicit TempDir(const std::string& name)
        : path_(fs::temp_directory_path() / ("convviz_cjk_" + std::to_string(getpid()) + "_" + name)) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

bool is_space(char32_t code) { return code == ' ' || code == 0xA0 || code == 0x3000 || (code >= 0x2000 && code <= 0x200B); }

bool is_cjk(char32_t code) { return (code >= 0x3000 && code <= 0x9FFF) || (code >= 0xFF00 && code <= 0xFFEF); }

// The atlas texels of a glyph: how many are inside its outline.
size_t inked_texels(const GlyphAtlas& atlas, const Glyph& g) {
    const int x0 = static_cast<int>(std::lround(g.u0 * static_cast<float>(atlas.width())));
    const int x1 = static_cast<int>(std::lround(g.u1 * static_cast<float>(atlas.width())));
    const int y0 = static_cast<int>(std::lround(g.v0 * static_cast<float>(atlas.height())));
    const int y1 = static_cast<int>(std::lround(g.v1 * static_cast<float>(atlas.height())));
    const auto inside = static_cast<uint8_t>(std::lround(atlas.edge() * 255.0f));
    size_t count = 0;
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            count += atlas.pixels()[static_cast<size_t>(y) * static_cast<size_t>(atlas.width()) + static_cast<size_t>(x)] >= inside;
        }
    }
    return count;
}

AtlasParams chinese_params() {
    AtlasParams params;
    params.extra = table_code_points(Lang::zh);
    params.fallback_font = find_cjk_font();
    return params;
}

TEST(CjkAtlas, AChineseFontIsInstalled) {
    EXPECT_FALSE(find_cjk_font().empty()) << "install fonts-wqy-microhei (third_party/install_deps.sh does)";
    EXPECT_FALSE(find_canvas_font().empty()) << "install fonts-dejavu-core";
}

TEST(CjkAtlas, EveryCharacterOfTheChineseTableHasARealGlyph) {
    const std::string cjk = find_cjk_font();
    if (cjk.empty()) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    const std::vector<char32_t> codes = table_code_points(Lang::zh);
    // The one key every table has, in Chinese.
    for (char32_t c : {U'简', U'体', U'中', U'文'}) EXPECT_TRUE(std::binary_search(codes.begin(), codes.end(), c));

    Result<GlyphAtlas> english = GlyphAtlas::bake(find_canvas_font());
    ASSERT_TRUE(english.ok()) << english.error();
    EXPECT_FALSE(english.value().has_glyph(U'中')) << "DejaVu Sans has no Chinese: the fallback font is what this tests";
    Result<GlyphAtlas> baked = GlyphAtlas::bake(find_canvas_font(), chinese_params());
    ASSERT_TRUE(baked.ok()) << baked.error();
    const GlyphAtlas& atlas = baked.value();
    const Glyph& question = atlas.glyph('?');
    size_t chinese = 0;
    for (char32_t code : codes) {
        SCOPED_TRACE(cat("U+", std::to_string(static_cast<uint32_t>(code)), " '", utf8(code), "'"));
        ASSERT_TRUE(atlas.has_glyph(code)) << "drawn as the missing-glyph '?'";
        const Glyph& g = atlas.glyph(code);
        EXPECT_GT(g.advance, 0.0f);
        if (is_space(code)) continue;
        EXPECT_GT(g.u1, g.u0);
        EXPECT_GT(g.v1, g.v0);
        EXPECT_GT(g.x1, g.x0);
        if (code != '?') {
            EXPECT_FALSE(g.u0 == question.u0 && g.v0 == question.v0) << "the '?' glyph's texels";
        }
        EXPECT_GT(inked_texels(atlas, g), 4u) << "an empty bitmap";
        if (is_cjk(code)) {
            ++chinese;
            // One em wide, beside DejaVu's letters (their 'M' is 0.86 em of the atlas' unit).
            EXPECT_NEAR(g.advance, atlas.glyph('M').advance, 0.2f);
        }
    }
    EXPECT_GE(chinese, 4u);
    // English glyphs are baked the same way in both atlases.
    for (char32_t code : {U'a', U'M', U'·', U'−', U'⌊'}) {
        const Glyph& e = english.value().glyph(code);
        const Glyph& z = atlas.glyph(code);
        EXPECT_EQ(e.advance, z.advance);
        EXPECT_EQ(e.x0, z.x0);
        EXPECT_EQ(e.y1, z.y1);
        EXPECT_EQ(e.u0, z.u0);
    }
}

// A whole interface's worth of characters (the Chinese table will hold some 600–900): the bake
// time is printed, not asserted (DESIGN.md: figures, not tests, for times).
TEST(CjkAtlas, BakesNineHundredCharactersQuickly) {
    const std::string cjk = find_cjk_font();
    if (cjk.empty()) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    AtlasParams params;
    params.fallback_font = cjk;
    for (char32_t c = 0x4E00; params.extra.size() < 900; c += 23) params.extra.push_back(c);
    const auto started = std::chrono::steady_clock::now();
    Result<GlyphAtlas> baked = GlyphAtlas::bake(find_canvas_font(), params);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ASSERT_TRUE(baked.ok()) << baked.error();
    size_t found = 0;
    for (char32_t c : params.extra) found += baked.value().has_glyph(c) ? 1u : 0u;
    EXPECT_GE(found, 880u);
    std::printf("baked %zu Chinese characters and the English set in %.3f s (atlas %dx%d)\n", found, seconds,
                baked.value().width(), baked.value().height());
    RecordProperty("bake_seconds", cat(seconds));
}

// ---- the renderer ---------------------------------------------------------------------------------

struct Picture {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgba;
};

class CjkRenderTest : public HeadlessGlTest {
protected:
    static Picture render(FrameRenderer& renderer, const Frame& frame) {
        const int width = static_cast<int>(frame.width), height = static_cast<int>(frame.height);
        auto target = RenderTarget::make(width, height);
        EXPECT_TRUE(target.ok());
        target.value().bind();
        renderer.draw(frame, fit_view(frame.width, frame.height, frame.width, frame.height), width, height, RenderOptions{});
        Picture out{width, height, read_framebuffer(width, height)};
        RenderTarget::unbind();
        return out;
    }
};

// A frame of text only: `title` on top, then `lines` below.
Frame text_frame(const std::string& title, const std::vector<std::string>& lines) {
    Frame frame;
    frame.width = 960.0f;
    frame.height = 120.0f + 34.0f * static_cast<float>(lines.size());
    frame.texts.push_back({TextKind::title, 24.0f, 16.0f, 56.0f, Anchor::left, title});
    float y = 96.0f;
    for (const std::string& line : lines) {
        frame.texts.push_back({TextKind::label, 24.0f, y, 26.0f, Anchor::left, line});
        y += 34.0f;
    }
    return frame;
}

// Pixels of `a` and `b` (same size) that differ by more than a rounding step.
size_t differing(const Picture& a, const Picture& b) {
    size_t count = 0;
    for (size_t i = 0; i + 3 < std::min(a.rgba.size(), b.rgba.size()); i += 4) {
        int worst = 0;
        for (size_t c = 0; c < 3; ++c) worst = std::max(worst, std::abs(a.rgba[i + c] - b.rgba[i + c]));
        count += worst > 8 ? 1 : 0;
    }
    return count;
}

TEST_F(CjkRenderTest, ChineseIsDrawnNotQuestionMarks) {
    if (find_cjk_font().empty()) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    Result<FrameRenderer> made = FrameRenderer::make(find_canvas_font());
    ASSERT_TRUE(made.ok()) << made.error();
    FrameRenderer& renderer = made.value();
    ASSERT_TRUE(renderer.text_error().empty()) << renderer.text_error();

    const std::string name = tr(Lang::zh, "lang.name");
    ASSERT_EQ(name, "简体中文");
    // Every character of the table, 32 to a line.
    const std::vector<char32_t> codes = table_code_points(Lang::zh);
    std::vector<std::string> lines(1);
    size_t on_line = 0;
    for (char32_t c : codes) {
        if (on_line == 32) {
            lines.emplace_back();
            on_line = 0;
        }
        lines.back() += utf8(c);
        ++on_line;
    }
    const Frame chinese = text_frame(name + " (" + code(Lang::zh) + ")", lines);
    const Frame marks = text_frame("???? (" + std::string(code(Lang::zh)) + ")", lines);

    const Picture english_atlas = render(renderer, chinese);
    EXPECT_EQ(renderer.lang(), Lang::en);
    ASSERT_EQ(renderer.use_lang(Lang::zh), std::nullopt);
    EXPECT_EQ(renderer.lang(), Lang::zh);
    const Picture drawn = render(renderer, chinese);
    const Picture question_marks = render(renderer, marks);
    if (const char* keep = std::getenv("CONVVIZ_CJK_PNG")) {
        EXPECT_EQ(write_png(keep, drawn.width, drawn.height, drawn.rgba), std::nullopt);
    }
    // Without the Chinese glyphs the title is four '?'; with them it is not, and it has ink.
    const Picture title_marks = render(renderer, text_frame("????", {}));
    ASSERT_EQ(renderer.use_lang(Lang::en), std::nullopt);
    const Picture english_title = render(renderer, text_frame(name, {}));
    EXPECT_EQ(differing(english_title, title_marks), 0u) << "the English atlas draws Chinese as '?'";
    ASSERT_EQ(renderer.use_lang(Lang::zh), std::nullopt);
    const Picture chinese_title = render(renderer, text_frame(name, {}));
    EXPECT_GT(differing(chinese_title, title_marks), 500u);
    EXPECT_GT(differing(drawn, english_atlas), 2000u);
    EXPECT_GT(differing(drawn, question_marks), 500u);
    size_t ink = 0;
    for (size_t i = 0; i < chinese_title.rgba.size(); i += 4) ink += chinese_title.rgba[i] < 128 ? 1u : 0u;
    EXPECT_GT(ink, 800u) << "the title has hardly any dark pixels";
}

TEST_F(CjkRenderTest, TheChineseAtlasDrawsEnglishAsBefore) {
    Result<FrameRenderer> made = FrameRenderer::make(find_canvas_font());
    ASSERT_TRUE(made.ok()) << made.error();
    const Frame frame = compose(*find_preset("padding_strides_transposed"), 7.0).value();
    const Picture english = render(made.value(), frame);
    if (find_cjk_font().empty()) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    ASSERT_EQ(made.value().use_lang(Lang::zh), std::nullopt);
    EXPECT_EQ(differing(render(made.value(), frame), english), 0u);
}

// ---- through the command line ---------------------------------------------------------------------

std::optional<Picture> load_png(const std::string& path) {
    int w = 0, h = 0, channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (data == nullptr) return std::nullopt;
    Picture out{w, h, std::vector<uint8_t>(data, data + static_cast<size_t>(w) * static_cast<size_t>(h) * 4)};
    stbi_image_free(data);
    return out;
}

TEST(CjkCli, ExportsInChinese) {
    if (find_cjk_font().empty()) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    TempDir dir("export");
    // A preset, in each language: as many frames, and if the frames' words differ (once the views
    // speak Chinese), the pictures do; while they do not, the pictures are the same.
    const std::string preset = "no_padding_strides";
    const Ran en = convviz(cat("export --preset ", preset, " --size 480x270 --lang en -o ", dir / "en.png"), kHeadless);
    ASSERT_EQ(en.status, 0) << en.output;
    const Ran zh = convviz(cat("export --preset ", preset, " --size 480x270 --lang zh-CN -o ", dir / "zh.png"), kHeadless);
    ASSERT_EQ(zh.status, 0) << zh.output;
    EXPECT_EQ(zh.output, cat(dir / "zh.png", ": 4 frames, 480x270\n"));
    ComposeParams en_params, zh_params;
    zh_params.lang = Lang::zh;
    const Frame en_frame = compose(*find_preset(preset), 1.0, en_params).value();
    const Frame zh_frame = compose(*find_preset(preset), 1.0, zh_params).value();
    bool same_words = en_frame.texts.size() == zh_frame.texts.size();
    for (size_t i = 0; same_words && i < en_frame.texts.size(); ++i) same_words = en_frame.texts[i].text == zh_frame.texts[i].text;
    const std::optional<Picture> en_png = load_png(dir / "en_0000.png");
    const std::optional<Picture> zh_png = load_png(dir / "zh_0000.png");
    ASSERT_TRUE(en_png && zh_png);
    if (same_words) {
        EXPECT_EQ(differing(*en_png, *zh_png), 0u);
    } else {
        EXPECT_GT(differing(*en_png, *zh_png), 100u);
    }

    // A scene whose title is Chinese: '?' in English, the characters in Chinese.
    Scene scene = *find_preset(preset);
    scene.title = tr(Lang::zh, "lang.name");
    ASSERT_EQ(save_scene(scene, dir / "scene.json"), std::nullopt);
    for (const char* lang : {"en", "zh-CN"}) {
        const Ran ran = convviz(cat("export --scene ", dir / "scene.json", " --size 480x270 --to 1 --lang ", lang, " -o ",
                                    dir / cat("title_", lang, ".png")), kHeadless);
        ASSERT_EQ(ran.status, 0) << ran.output;
    }
    const std::optional<Picture> en_title = load_png(dir / "title_en_0000.png");
    const std::optional<Picture> zh_title = load_png(dir / "title_zh-CN_0000.png");
    ASSERT_TRUE(en_title && zh_title);
    EXPECT_GT(differing(*en_title, *zh_title), 100u);

    // And a GIF.
    const Ran gif = convviz(cat("export --scene ", dir / "scene.json", " --size 320x180 --lang zh-CN -o ", dir / "zh.gif"), kHeadless);
    EXPECT_EQ(gif.status, 0) << gif.output;
    EXPECT_TRUE(fs::is_regular_file(dir / "zh.gif"));
}

TEST(CjkCli, LanguageFlags) {
    TempDir dir("flags");
    const Ran bad = convviz(cat("export --preset no_padding_strides --lang fr -o ", dir / "x.gif"), kHeadless);
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.output, "convviz export: --lang takes en or zh-CN, not 'fr'\n");
    EXPECT_FALSE(fs::exists(dir / "x.gif"));
    const Ran frame = convviz("frame --preset no_padding_strides --t 1 --lang zh-CN");
    EXPECT_EQ(frame.status, 0) << frame.output;
    EXPECT_EQ(frame.output.rfind("{", 0), 0u) << frame.output;
    const Ran frame_en = convviz("frame --preset no_padding_strides --t 1");
    const Ran frame_en2 = convviz("frame --preset no_padding_strides --t 1 --lang en");
    EXPECT_EQ(frame_en.output, frame_en2.output);  // English is the default, whatever the locale
    const Ran bad_frame = convviz("frame --preset no_padding_strides --t 1 --lang xx");
    EXPECT_EQ(bad_frame.status, 2);
    EXPECT_EQ(bad_frame.output, "--lang takes en or zh-CN, not 'xx'\n");
    const Ran in_locale = convviz("frame --preset no_padding_strides --t 1", "LANG=zh_CN.UTF-8 LC_ALL= ");
    EXPECT_EQ(in_locale.output, frame_en.output);
}

}  // namespace
}  // namespace convviz::testing
