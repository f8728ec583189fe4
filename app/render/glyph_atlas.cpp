#include "app/render/glyph_atlas.hpp"

#include <stb/stb_truetype.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace convviz {

char32_t next_code_point(std::string_view text, size_t& pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    int extra = 0;
    char32_t code = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        code = lead & 0x07;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + static_cast<size_t>(extra) >= text.size()) {  // truncated
        pos = text.size();
        return 0xFFFD;
    }
    for (int i = 1; i <= extra; ++i) {
        const unsigned char next = byte(pos + static_cast<size_t>(i));
        if ((next & 0xC0) != 0x80) {
            pos += static_cast<size_t>(i);
            return 0xFFFD;
        }
        code = (code << 6) | (next & 0x3F);
    }
    pos += static_cast<size_t>(extra) + 1;
    return code;
}

std::string find_canvas_font() {
    const std::array<const char*, 5> candidates = {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    };
    std::error_code ignored;
    for (const char* path : candidates) {
        if (std::filesystem::is_regular_file(path, ignored)) return path;
    }
    return {};
}

namespace {

std::vector<char32_t> code_points_to_bake() {
    std::vector<char32_t> codes;
    for (char32_t c = 0x20; c <= 0x7E; ++c) codes.push_back(c);
    for (char32_t c = 0xA0; c <= 0xFF; ++c) codes.push_back(c);
    for (char32_t c = 0x391; c <= 0x3C9; ++c) codes.push_back(c);
    // The symbols core's formulas and captions use, and their near relatives.
    for (char32_t c : {0x1D40, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2070, 0x2071,
                       0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079, 0x207B, 0x2080, 0x2081, 0x2082, 0x2083,
                       0x2190, 0x2191, 0x2192, 0x2193, 0x2194, 0x21A6, 0x2208, 0x2211, 0x2212, 0x221A, 0x221E,
                       0x2248, 0x2260, 0x2264, 0x2265, 0x22C5, 0x2308, 0x2309, 0x230A, 0x230B, 0x25B6, 0xFFFD}) {
        codes.push_back(c);
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

}  // namespace

Result<GlyphAtlas> GlyphAtlas::bake(const std::string& ttf_path, const AtlasParams& params) {
    std::ifstream in(ttf_path, std::ios::binary);
    if (!in) return Error{"cannot open the font " + ttf_path};
    const std::vector<unsigned char> ttf{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    stbtt_fontinfo font;
    if (ttf.empty() || stbtt_InitFont(&font, ttf.data(), stbtt_GetFontOffsetForIndex(ttf.data(), 0)) == 0) {
        return Error{"the font " + ttf_path + " is not a TrueType font stb_truetype can read"};
    }
    const float scale = stbtt_ScaleForPixelHeight(&font, params.bake_pixels);
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&font, &ascent, &descent, &gap);

    GlyphAtlas atlas;
    atlas.ascent_ = static_cast<float>(ascent) * scale / params.bake_pixels;
    atlas.line_height_ = static_cast<float>(ascent - descent + gap) * scale / params.bake_pixels;
    constexpr unsigned char kOnEdge = 128;
    atlas.edge_ = static_cast<float>(kOnEdge) / 255.0f;
    const float distance_scale = static_cast<float>(kOnEdge) / static_cast<float>(params.padding);
    atlas.width_ = params.width;

    struct Baked {
        char32_t code;
        int w, h, xoff, yoff, x, y;
        unsigned char* bitmap;
        float advance;
    };
    std::vector<Baked> baked;
    int pen_x = 1, pen_y = 1, shelf = 0;
    for (char32_t code : code_points_to_bake()) {
        const int cp = static_cast<int>(code);
        if (code != ' ' && stbtt_FindGlyphIndex(&font, cp) == 0) continue;
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&font, cp, &advance, &bearing);
        Baked b{code, 0, 0, 0, 0, 0, 0, nullptr, static_cast<float>(advance) * scale / params.bake_pixels};
        b.bitmap = stbtt_GetCodepointSDF(&font, scale, cp, params.padding, kOnEdge, distance_scale, &b.w, &b.h,
                                         &b.xoff, &b.yoff);
        if (b.bitmap != nullptr) {
            if (pen_x + b.w + 1 > atlas.width_) {
                pen_x = 1;
                pen_y += shelf + 1;
                shelf = 0;
            }
            b.x = pen_x;
            b.y = pen_y;
            pen_x += b.w + 1;
            shelf = std::max(shelf, b.h);
        }
        baked.push_back(b);
    }
    atlas.height_ = pen_y + shelf + 1;
    atlas.pixels_.assign(static_cast<size_t>(atlas.width_) * static_cast<size_t>(atlas.height_), 0);

    const float inv_w = 1.0f / static_cast<float>(atlas.width_);
    const float inv_h = 1.0f / static_cast<float>(atlas.height_);
    for (const Baked& b : baked) {
        Glyph g;
        g.advance = b.advance;
        if (b.bitmap != nullptr) {
            for (int row = 0; row < b.h; ++row) {
                std::copy_n(b.bitmap + static_cast<size_t>(row) * static_cast<size_t>(b.w), b.w,
                            atlas.pixels_.begin() +
                                static_cast<std::ptrdiff_t>(static_cast<size_t>(b.y + row) * static_cast<size_t>(atlas.width_) +
                                                            static_cast<size_t>(b.x)));
            }
            stbtt_FreeSDF(b.bitmap, nullptr);
            g.u0 = static_cast<float>(b.x) * inv_w;
            g.v0 = static_cast<float>(b.y) * inv_h;
            g.u1 = static_cast<float>(b.x + b.w) * inv_w;
            g.v1 = static_cast<float>(b.y + b.h) * inv_h;
            g.x0 = static_cast<float>(b.xoff) / params.bake_pixels;
            g.y0 = static_cast<float>(b.yoff) / params.bake_pixels;
            g.x1 = static_cast<float>(b.xoff + b.w) / params.bake_pixels;
            g.y1 = static_cast<float>(b.yoff + b.h) / params.bake_pixels;
        }
        atlas.codes_.push_back(b.code);
        atlas.glyphs_.push_back(g);
    }
    atlas.missing_ = atlas.glyph('?');
    return atlas;
}

const Glyph& GlyphAtlas::glyph(char32_t code_point) const {
    const auto it = std::lower_bound(codes_.begin(), codes_.end(), code_point);
    if (it != codes_.end() && *it == code_point) return glyphs_[static_cast<size_t>(it - codes_.begin())];
    return missing_;
}

float GlyphAtlas::measure(std::string_view utf8, float size) const {
    float width = 0.0f;
    for (size_t pos = 0; pos < utf8.size();) width += glyph(next_code_point(utf8, pos)).advance;
    return width * size;
}

}  // namespace convviz
