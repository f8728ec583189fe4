// GlyphAtlas: the canvas font baked once, on the CPU, into a signed-distance atlas with
// stb_truetype, plus exact text measurement. Signed distances keep glyph edges sharp at large sizes;
// small text is drawn from the font's own rasterization at its size (rasterize()), which the atlas
// can make because it keeps the fonts. A second font (a CJK one) can fill in the characters the
// first lacks, in the same atlas. It uploads nothing: the text renderer turns pixels into textures.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"

namespace convviz {

struct Glyph {
    float u0 = 0.0f, v0 = 0.0f, u1 = 0.0f, v1 = 0.0f;  // in the atlas, 0..1
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;  // quad from the pen on the baseline, in em (y down)
    float advance = 0.0f;                              // em
    int8_t font = -1;                                  // which of the atlas' fonts has it; -1: none
};

// One glyph as the font rasterizes it at a size: coverage 0..255, row-major, its top-left corner
// (x, y) whole pixels from the pen on the baseline (y down). No pixels for a glyph without ink.
struct GlyphBitmap {
    int width = 0;
    int height = 0;
    int x = 0;
    int y = 0;
    std::vector<uint8_t> pixels;
};

struct AtlasParams {
    float bake_pixels = 40.0f;  // em height the distances are baked at
    int padding = 5;            // distance field reach, pixels
    int width = 1024;           // atlas width; the height grows to fit
    // More code points (a language's characters): from the font when it has them, else from
    // fallback_font (a .ttf, .otf or .ttc; its chinese_face()) scaled to the same em; none: the
    // defaults only.
    std::vector<char32_t> extra;
    std::string fallback_font;
    // The fallback's glyphs are baked at this share of bake_pixels: a Chinese table has hundreds of
    // characters of many strokes each, and their distance fields are the slow part of the bake.
    float fallback_share = 0.8f;
};

class GlyphAtlas {
public:
    // Bakes ASCII, Latin-1, Greek and the symbols core's texts use (·, −, ×, ⌊⌋⌈⌉, ᵀ, arrows, …),
    // and params.extra. The glyphs' distance fields are computed on every core.
    static Result<GlyphAtlas> bake(const std::string& ttf_path, const AtlasParams& params = {});

    const Glyph& glyph(char32_t code_point) const;  // '?' for a code point the font lacks
    bool has_glyph(char32_t code_point) const;      // baked (a space counts), not the '?' stand-in
    float ascent() const { return ascent_; }        // em above the baseline
    float line_height() const { return line_height_; }  // em
    float measure(std::string_view utf8, float size) const;  // width of one line at font size `size`
    // The font's own rasterization of `code_point` at font size `size` pixels (as measure() takes
    // it), with the pen `shift_x` (0..1) pixels right of a whole pixel; the '?' stand-in for a code
    // point the atlas lacks.
    GlyphBitmap rasterize(char32_t code_point, float size, float shift_x) const;
    float edge() const { return edge_; }            // the atlas value on a glyph's outline, 0..1
    float distance_per_texel() const { return distance_per_texel_; }  // atlas value change a texel away

    int width() const { return width_; }
    int height() const { return height_; }
    const std::vector<uint8_t>& pixels() const { return pixels_; }  // one byte per texel, row-major

    struct Fonts;  // the font files and their scales (glyph_atlas.cpp)

private:
    std::shared_ptr<const Fonts> fonts_;  // shared by copies: read only once baked
    std::vector<char32_t> codes_;   // sorted, parallel to glyphs_
    std::vector<Glyph> glyphs_;
    Glyph missing_;
    float ascent_ = 0.8f;
    float line_height_ = 1.2f;
    float edge_ = 0.5f;
    float distance_per_texel_ = 0.1f;
    int width_ = 0;
    int height_ = 0;
    std::vector<uint8_t> pixels_;
};

// Decodes one code point from `text` at `pos` and advances `pos`; invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view text, size_t& pos);

// The canvas font: DejaVu Sans where Debian puts it, else another common sans; empty if none.
std::string find_canvas_font();

// A font with the Chinese characters: WenQuanYi Micro Hei (fonts-wqy-microhei), Noto Sans CJK
// (fonts-noto-cjk) or WenQuanYi Zen Hei (fonts-wqy-zenhei), all .ttc files; empty if none. The
// environment variable CONVVIZ_CJK_FONT, when set, names the one file to use instead: a font
// elsewhere, or (a path with no file) none at all, to see what a machine without one shows.
std::string find_cjk_font();
// Which face of that collection draws Simplified Chinese: Noto's "SC" one (its first is Japanese),
// else 0. Reads the file; 0 when it cannot.
int chinese_face(const std::string& path);

// Every code point of every text in `lang`'s string table, sorted, each once: what a font must
// have to draw that language.
std::vector<char32_t> table_code_points(Lang lang);

}  // namespace convviz
