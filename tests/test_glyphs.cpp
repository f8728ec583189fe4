// Every glyph the canvas draws, at every small size, against the font's own rasterization: each
// character of both languages' string tables and every digit, sign and symbol the frames use is
// drawn at 8, 10, 12, 14, 18 and 24 px through the real renderer (EGL, no display) and compared
// with stb_truetype's bitmap of that glyph at that size and place. The figure is the ink overlap
// Σ min(drawn, font) / Σ max(drawn, font) over the glyph's pixels: 1 is the font's own picture; a
// "2" drawn as a "7" or a minus sign that vanishes scores far below the threshold. The worst glyph
// per size is printed.
#include <gtest/gtest.h>
#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "app/render/frame_renderer.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/render_target.hpp"
#include "core/i18n/strings.hpp"
#include "tests/headless_gl_test.hpp"

namespace convviz::testing {
namespace {

// The sizes small text is drawn at, and then the large sizes of presentation mode's type, drawn
// from the distance field (above kExactTextPixels).
constexpr float kSizes[] = {8.0f, 10.0f, 12.0f, 14.0f, 18.0f, 24.0f, 36.0f, 64.0f, 96.0f};
// The overlap every glyph must reach at every size. Before small text was drawn from the font's
// own bitmaps, the distance field alone gave (English) a mean of 0.61 at 8 px and 0.78 at 10 px,
// the worst glyph 0.00 (an apostrophe vanished) at 8 px and 0.41 ('ᵀ') at 12 px; "2" scored 0.78
// at 12 px and the minus sign 0.56 at 8 px. The distance field, supersampled, keeps 0.87 or
// better at 40 px and above.
constexpr double kMinOverlap = 0.85;
// Glyphs drawn per frame: as many distinct ones as a frame of Chinese text has at most, so that
// the exact-size glyphs fit their cache as they do in the app.
constexpr size_t kGlyphsPerFrame = 160;

// What the frames write besides the tables' words: numbers in every form display_number() gives,
// and the formulas' symbols.
constexpr char32_t kFrameSymbols[] = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', '.', 'e', '=', '(',
                                      ')', '[', ']', ',', ':', '/', '%', 0x2212, 0xD7, 0xB7, 0x22C5, 0x2308, 0x2309,
                                      0x230A, 0x230B, 0x1D40, 0x2192, 0x2190, 0x2211, 0x2026, 0x221E, 0x2264, 0x2265};

struct Font {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
};

std::unique_ptr<Font> open_font(const std::string& path, int face) {
    auto font = std::make_unique<Font>();
    std::ifstream in(path, std::ios::binary);
    font->data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (font->data.empty()) return nullptr;
    const int offset = stbtt_GetFontOffsetForIndex(font->data.data(), face);
    if (offset < 0 || stbtt_InitFont(&font->info, font->data.data(), offset) == 0) return nullptr;
    return font;
}

// The pixels of the target, as coverage 0..1 (the renderer draws premultiplied on a transparent page).
struct Coverage {
    int width = 0;
    int height = 0;
    std::vector<float> alpha;  // top row first
    float at(int x, int y) const {
        if (x < 0 || y < 0 || x >= width || y >= height) return 0.0f;
        return alpha[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)];
    }
};

struct Placed {
    char32_t code;
    const Font* font;
    float scale;  // font units to pixels, as the font itself rasterizes it at this size
    int pen_x;    // the glyph's origin on the baseline, whole pixels
    int baseline;
};

struct Score {
    double overlap = 1.0;
    char32_t code = 0;
};

// Σ min / Σ max of the drawn and the font's coverage over the font's glyph box, grown by two
// pixels on each side (ink drawn just outside the outline counts against the drawing). A glyph
// with no ink in the font (a space) scores 1 when nothing is drawn either.
double overlap(const Coverage& drawn, const Placed& g) {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetCodepointBitmapBox(&g.font->info, static_cast<int>(g.code), g.scale, g.scale, &x0, &y0, &x1, &y1);
    const int w = x1 - x0, h = y1 - y0;
    std::vector<unsigned char> font(static_cast<size_t>(std::max(w, 0) * std::max(h, 0)));
    if (w > 0 && h > 0) {
        stbtt_MakeCodepointBitmap(&g.font->info, font.data(), w, h, w, g.scale, g.scale, static_cast<int>(g.code));
    }
    double low = 0.0, high = 0.0;
    for (int y = y0 - 2; y < y1 + 2; ++y) {
        for (int x = x0 - 2; x < x1 + 2; ++x) {
            const bool inside = x >= x0 && x < x1 && y >= y0 && y < y1;
            const double f = inside ? font[static_cast<size_t>((y - y0) * w + (x - x0))] / 255.0 : 0.0;
            const double d = drawn.at(g.pen_x + x, g.baseline + y);
            low += std::min(f, d);
            high += std::max(f, d);
        }
    }
    return high <= 0.0 ? 1.0 : low / high;
}

class GlyphTest : public HeadlessGlTest {
public:
    // Draws each glyph alone at `size` px, a grid of them a frame, and scores each against the font.
    static std::vector<Score> score(FrameRenderer& renderer, const GlyphAtlas& atlas, const std::vector<char32_t>& all,
                                    float size, const Font& latin, const Font* cjk) {
        std::vector<Score> scores;
        for (size_t first = 0; first < all.size(); first += kGlyphsPerFrame) {
            const std::vector<char32_t> some(all.begin() + static_cast<std::ptrdiff_t>(first),
                                             all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), first + kGlyphsPerFrame)));
            const std::vector<Score> part = score_frame(renderer, atlas, some, size, latin, cjk);
            if (part.empty()) return {};
            scores.insert(scores.end(), part.begin(), part.end());
        }
        return scores;
    }

    static std::vector<Score> score_frame(FrameRenderer& renderer, const GlyphAtlas& atlas,
                                          const std::vector<char32_t>& codes, float size, const Font& latin,
                                          const Font* cjk) {
        const float latin_scale = stbtt_ScaleForPixelHeight(&latin.info, size);
        // A Chinese character is one em of the Latin font wide (the atlas bakes it smaller, draws it so).
        const float em_pixels = latin_scale / stbtt_ScaleForMappingEmToPixels(&latin.info, 1.0f);
        const float cjk_scale =
            cjk == nullptr ? 0.0f : stbtt_ScaleForMappingEmToPixels(&cjk->info, em_pixels);
        const int pitch = static_cast<int>(std::ceil(size * 2.2f));
        const int columns = 2000 / pitch;
        Frame frame;
        frame.width = static_cast<float>(columns * pitch);
        frame.height = static_cast<float>((codes.size() / static_cast<size_t>(columns) + 1) * static_cast<size_t>(pitch));
        std::vector<Placed> placed;
        for (size_t i = 0; i < codes.size(); ++i) {
            const char32_t code = codes[i];
            const bool from_latin = stbtt_FindGlyphIndex(&latin.info, static_cast<int>(code)) != 0;
            if (!from_latin && cjk == nullptr) continue;
            const int pen_x = static_cast<int>(i % static_cast<size_t>(columns)) * pitch + pitch / 4;
            const int baseline = static_cast<int>(i / static_cast<size_t>(columns)) * pitch + pitch * 3 / 4;
            placed.push_back({code, from_latin ? &latin : cjk, from_latin ? latin_scale : cjk_scale, pen_x, baseline});
            FrameText t;
            t.x = static_cast<float>(pen_x);
            t.y = static_cast<float>(baseline) - atlas.ascent() * size;
            t.size = size;
            t.text = utf8(code);
            frame.texts.push_back(std::move(t));
        }
        const int width = static_cast<int>(frame.width), height = static_cast<int>(frame.height);
        auto target = RenderTarget::make(width, height);
        EXPECT_TRUE(target.ok());
        if (!target.ok()) return {};
        target.value().bind();
        renderer.draw(frame, CanvasView{}, width, height, RenderOptions{.min_text_pixels = 0.0f, .transparent = true});
        const std::vector<uint8_t> rgba = read_framebuffer(width, height);
        RenderTarget::unbind();
        Coverage drawn{width, height, {}};
        drawn.alpha.reserve(rgba.size() / 4);
        for (size_t i = 3; i < rgba.size(); i += 4) drawn.alpha.push_back(static_cast<float>(rgba[i]) / 255.0f);

        std::vector<Score> scores;
        for (const Placed& g : placed) scores.push_back({overlap(drawn, g), g.code});
        return scores;
    }

};

// Every glyph of one language's atlas at every size; prints the worst per size.
void check_language(FrameRenderer& renderer, const GlyphAtlas& atlas, const std::vector<char32_t>& codes,
                    const Font& latin, const Font* cjk, const char* what) {
    for (float size : kSizes) {
        std::vector<Score> scores = GlyphTest::score(renderer, atlas, codes, size, latin, cjk);
        ASSERT_FALSE(scores.empty());
        std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) { return a.overlap < b.overlap; });
        double sum = 0.0;
        for (const Score& s : scores) sum += s.overlap;
        std::printf("%s %2.0f px: %zu glyphs, worst '%s' (U+%04X) %.3f, then '%s' %.3f, mean %.3f\n", what, size,
                    scores.size(), utf8(scores[0].code).c_str(), static_cast<unsigned>(scores[0].code), scores[0].overlap,
                    utf8(scores[1].code).c_str(), scores[1].overlap, sum / static_cast<double>(scores.size()));
        for (size_t i = 0; i < std::min<size_t>(scores.size(), 5); ++i) {  // the five worst say enough
            const Score& s = scores[i];
            if (s.overlap >= kMinOverlap) break;
            ADD_FAILURE() << what << " '" << utf8(s.code) << "' (U+" << std::hex << static_cast<unsigned>(s.code)
                          << std::dec << ") at " << size << " px: ink overlap " << s.overlap << " < " << kMinOverlap;
        }
    }
}

TEST_F(GlyphTest, EnglishAndTheFramesSymbolsLookLikeTheFontAtEverySize) {
    const std::string path = find_canvas_font();
    ASSERT_FALSE(path.empty()) << "no canvas font";
    const std::unique_ptr<Font> latin = open_font(path, 0);
    ASSERT_NE(latin, nullptr);
    Result<FrameRenderer> made = FrameRenderer::make(path);
    ASSERT_TRUE(made.ok()) << made.error();
    ASSERT_TRUE(made.value().atlas() != nullptr);
    std::vector<char32_t> codes = table_code_points(Lang::en);
    codes.insert(codes.end(), std::begin(kFrameSymbols), std::end(kFrameSymbols));
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    check_language(made.value(), *made.value().atlas(), codes, *latin, nullptr, "en");
}

TEST_F(GlyphTest, ChineseLooksLikeTheFontAtEverySize) {
    const std::string cjk_path = find_cjk_font();
    if (cjk_path.empty()) GTEST_SKIP() << "no Chinese font (AChineseFontIsInstalled fails)";
    const std::string path = find_canvas_font();
    const std::unique_ptr<Font> latin = open_font(path, 0);
    const std::unique_ptr<Font> cjk = open_font(cjk_path, chinese_face(cjk_path));
    ASSERT_NE(latin, nullptr);
    ASSERT_NE(cjk, nullptr);
    Result<FrameRenderer> made = FrameRenderer::make(path);
    ASSERT_TRUE(made.ok()) << made.error();
    ASSERT_EQ(made.value().use_lang(Lang::zh), std::nullopt);
    check_language(made.value(), *made.value().atlas(), table_code_points(Lang::zh), *latin, cjk.get(), "zh");
}

}  // namespace
}  // namespace convviz::testing
