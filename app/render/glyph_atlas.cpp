#include "app/render/glyph_atlas.hpp"

#include <stb/stb_truetype.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <system_error>
#include <thread>

#include "core/i18n/strings.hpp"

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

std::string find_cjk_font() {
    std::error_code ignored;
    if (const char* chosen = std::getenv("CONVVIZ_CJK_FONT"); chosen != nullptr) {
        return std::filesystem::is_regular_file(chosen, ignored) ? std::string(chosen) : std::string();
    }
    const std::array<const char*, 6> candidates = {
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    };
    for (const char* path : candidates) {
        if (std::filesystem::is_regular_file(path, ignored)) return path;
    }
    return {};
}

std::vector<char32_t> table_code_points(Lang lang) {
    std::vector<char32_t> codes;
    for (const StringEntry& entry : string_table(lang)) {
        for (size_t pos = 0; pos < entry.text.size();) {
            const char32_t code = next_code_point(entry.text, pos);
            if (code >= 0x20) codes.push_back(code);
        }
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

namespace {

std::vector<char32_t> code_points_to_bake() {
    std::vector<char32_t> codes;
    for (char32_t c = 0x20; c <= 0x7E; ++c) codes.push_back(c);
    for (char32_t c = 0xA0; c <= 0xFF; ++c) codes.push_back(c);
    for (char32_t c = 0x391; c <= 0x3C9; ++c) codes.push_back(c);
    // The symbols core's formulas and captions use, and their near relatives.
    constexpr char32_t kSymbols[] = {
        0x1D40, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2070, 0x2071,
        0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079, 0x207B, 0x2080, 0x2081, 0x2082, 0x2083,
        0x2190, 0x2191, 0x2192, 0x2193, 0x2194, 0x21A6, 0x2208, 0x2211, 0x2212, 0x221A, 0x221E,
        0x2248, 0x2260, 0x2264, 0x2265, 0x22C5, 0x2308, 0x2309, 0x230A, 0x230B, 0x25B6, 0xFFFD};
    codes.insert(codes.end(), std::begin(kSymbols), std::end(kSymbols));
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    return codes;
}

// A font file in memory; `info` points into `data`, so a Font stays where it was made.
struct Font {
    std::vector<unsigned char> data;
    stbtt_fontinfo info{};
    float scale = 0.0f;       // font units to atlas pixels
    float em_pixels = 0.0f;   // atlas pixels per atlas em (the glyph metrics' unit)
};

// The face of a font file to draw Simplified Chinese with: of a collection (.ttc), the "… SC" face
// (Noto Sans CJK's first face is the Japanese one, whose forms of some characters differ), else
// the first face (WenQuanYi's regular one).
int chinese_face_of(const std::vector<unsigned char>& data) {
    const int faces = data.empty() ? 0 : stbtt_GetNumberOfFonts(data.data());
    for (int face = 0; face < faces; ++face) {
        stbtt_fontinfo info;
        if (stbtt_InitFont(&info, data.data(), stbtt_GetFontOffsetForIndex(data.data(), face)) == 0) continue;
        int length = 0;
        const char* utf16 = stbtt_GetFontNameString(&info, &length, STBTT_PLATFORM_ID_MICROSOFT, STBTT_MS_EID_UNICODE_BMP,
                                                    STBTT_MS_LANG_ENGLISH, 1);  // the family name, UTF-16BE
        std::string family;
        for (int i = 1; utf16 != nullptr && i < length; i += 2) family += utf16[i];
        if (family.ends_with(" SC") && family.find("Mono") == std::string::npos) return face;
    }
    return 0;
}

std::optional<std::string> read_font(const std::string& path, std::vector<unsigned char>& data) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return "cannot open the font " + path;
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return std::nullopt;
}

// The font's first face, or for Chinese the one chinese_face_of() picks.
std::optional<std::string> open_font(const std::string& path, bool chinese, Font& font) {
    if (std::optional<std::string> e = read_font(path, font.data)) return e;
    const int face = chinese ? chinese_face_of(font.data) : 0;
    const int offset = font.data.empty() ? -1 : stbtt_GetFontOffsetForIndex(font.data.data(), face);
    if (offset < 0 || stbtt_InitFont(&font.info, font.data.data(), offset) == 0) {
        return "the font " + path + " is not a TrueType font stb_truetype can read";
    }
    return std::nullopt;
}

// f(0) … f(count − 1), spread over the cores (the calling thread works too).
void for_each_index(size_t count, const std::function<void(size_t)>& f) {
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < count; i = next++) f(i);
    };
    const size_t wanted = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), (count + 15) / 16);
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < wanted; ++t) {
        try {
            helpers.emplace_back(work);
        } catch (const std::system_error&) {
            break;  // no more threads to be had: the ones there are do the rest
        }
    }
    work();
    for (std::thread& t : helpers) t.join();
}

}  // namespace

struct GlyphAtlas::Fonts {
    std::array<Font, 2> font;  // the canvas font, and the fallback for the characters it lacks
};

int chinese_face(const std::string& path) {
    std::vector<unsigned char> data;
    return read_font(path, data) ? 0 : chinese_face_of(data);
}

Result<GlyphAtlas> GlyphAtlas::bake(const std::string& ttf_path, const AtlasParams& params) {
    // The fonts stay where they are made (stb's font info points into the file's bytes), and the
    // atlas keeps them for rasterize().
    auto fonts = std::make_shared<Fonts>();
    Font& font = fonts->font[0];
    Font& fallback = fonts->font[1];
    if (std::optional<std::string> e = open_font(ttf_path, false, font)) return Error{*e};
    font.scale = stbtt_ScaleForPixelHeight(&font.info, params.bake_pixels);
    font.em_pixels = params.bake_pixels;
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&font.info, &ascent, &descent, &gap);

    std::vector<char32_t> codes = code_points_to_bake();
    const bool has_fallback = !params.extra.empty() && !params.fallback_font.empty();
    if (has_fallback) {
        if (std::optional<std::string> e = open_font(params.fallback_font, true, fallback)) return Error{*e};
        // The same em as the main font: a CJK character is one em wide beside the Latin letters.
        const float em = font.scale / stbtt_ScaleForMappingEmToPixels(&font.info, 1.0f);
        fallback.scale = stbtt_ScaleForMappingEmToPixels(&fallback.info, em * params.fallback_share);
        fallback.em_pixels = params.bake_pixels * params.fallback_share;
    }
    std::vector<char32_t> extra = params.extra;
    std::sort(extra.begin(), extra.end());
    if (!extra.empty()) {
        codes.insert(codes.end(), extra.begin(), extra.end());
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    }
    const auto in_extra = [&](char32_t code) { return std::binary_search(extra.begin(), extra.end(), code); };

    GlyphAtlas atlas;
    atlas.ascent_ = static_cast<float>(ascent) * font.scale / params.bake_pixels;
    atlas.line_height_ = static_cast<float>(ascent - descent + gap) * font.scale / params.bake_pixels;
    constexpr unsigned char kOnEdge = 128;
    atlas.edge_ = static_cast<float>(kOnEdge) / 255.0f;
    const float distance_scale = static_cast<float>(kOnEdge) / static_cast<float>(params.padding);
    atlas.distance_per_texel_ = distance_scale / 255.0f;
    atlas.width_ = params.width;

    struct Baked {
        char32_t code;
        const Font* from;
        int w, h, xoff, yoff, x, y;
        unsigned char* bitmap;
        float advance;
    };
    std::vector<Baked> baked;
    for (char32_t code : codes) {
        const int cp = static_cast<int>(code);
        const Font* from = nullptr;
        if (code == ' ' || stbtt_FindGlyphIndex(&font.info, cp) != 0) {
            from = &font;
        } else if (has_fallback && stbtt_FindGlyphIndex(&fallback.info, cp) != 0 && in_extra(code)) {
            from = &fallback;
        } else {
            continue;
        }
        int advance = 0, bearing = 0;
        stbtt_GetCodepointHMetrics(&from->info, cp, &advance, &bearing);
        baked.push_back({code, from, 0, 0, 0, 0, 0, 0, nullptr, static_cast<float>(advance) * from->scale / from->em_pixels});
    }
    // The distance fields are the slow part (a few hundred CJK characters take most of a second on
    // one core); each glyph's is its own, so they are made in parallel and packed in order after.
    for_each_index(baked.size(), [&](size_t i) {
        Baked& b = baked[i];
        b.bitmap = stbtt_GetCodepointSDF(&b.from->info, b.from->scale, static_cast<int>(b.code), params.padding, kOnEdge,
                                         distance_scale, &b.w, &b.h, &b.xoff, &b.yoff);
    });
    int pen_x = 1, pen_y = 1, shelf = 0;
    for (Baked& b : baked) {
        if (b.bitmap == nullptr) continue;
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
    atlas.height_ = pen_y + shelf + 1;
    atlas.pixels_.assign(static_cast<size_t>(atlas.width_) * static_cast<size_t>(atlas.height_), 0);

    const float inv_w = 1.0f / static_cast<float>(atlas.width_);
    const float inv_h = 1.0f / static_cast<float>(atlas.height_);
    for (const Baked& b : baked) {
        Glyph g;
        g.advance = b.advance;
        g.font = static_cast<int8_t>(b.from == &font ? 0 : 1);
        if (b.bitmap != nullptr) {
            for (int row = 0; row < b.h; ++row) {
                std::copy_n(b.bitmap + static_cast<size_t>(row) * static_cast<size_t>(b.w), b.w,
                            atlas.pixels_.begin() +
                                static_cast<std::ptrdiff_t>(static_cast<size_t>(b.y + row) * static_cast<size_t>(atlas.width_) +
                                                            static_cast<size_t>(b.x)));
            }
            stbtt_FreeSDF(b.bitmap, nullptr);
            const float em = b.from->em_pixels;
            g.u0 = static_cast<float>(b.x) * inv_w;
            g.v0 = static_cast<float>(b.y) * inv_h;
            g.u1 = static_cast<float>(b.x + b.w) * inv_w;
            g.v1 = static_cast<float>(b.y + b.h) * inv_h;
            g.x0 = static_cast<float>(b.xoff) / em;
            g.y0 = static_cast<float>(b.yoff) / em;
            g.x1 = static_cast<float>(b.xoff + b.w) / em;
            g.y1 = static_cast<float>(b.yoff + b.h) / em;
        }
        atlas.codes_.push_back(b.code);
        atlas.glyphs_.push_back(g);
    }
    atlas.missing_ = atlas.glyph('?');
    atlas.fonts_ = std::move(fonts);
    return atlas;
}

const Glyph& GlyphAtlas::glyph(char32_t code_point) const {
    const auto it = std::lower_bound(codes_.begin(), codes_.end(), code_point);
    if (it != codes_.end() && *it == code_point) return glyphs_[static_cast<size_t>(it - codes_.begin())];
    return missing_;
}

GlyphBitmap GlyphAtlas::rasterize(char32_t code_point, float size, float shift_x) const {
    GlyphBitmap out;
    const char32_t code = has_glyph(code_point) ? code_point : U'?';
    const Glyph& g = glyph(code);
    if (g.font < 0 || fonts_ == nullptr) return out;
    const Font& from = fonts_->font[static_cast<size_t>(g.font)];
    const float scale = from.scale / from.em_pixels * size;
    const int cp = static_cast<int>(code);
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetCodepointBitmapBoxSubpixel(&from.info, cp, scale, scale, shift_x, 0.0f, &x0, &y0, &x1, &y1);
    if (x1 <= x0 || y1 <= y0) return out;
    out.width = x1 - x0;
    out.height = y1 - y0;
    out.x = x0;
    out.y = y0;
    out.pixels.assign(static_cast<size_t>(out.width) * static_cast<size_t>(out.height), 0);
    stbtt_MakeCodepointBitmapSubpixel(&from.info, out.pixels.data(), out.width, out.height, out.width, scale, scale, shift_x,
                                      0.0f, cp);
    return out;
}

bool GlyphAtlas::has_glyph(char32_t code_point) const {
    return std::binary_search(codes_.begin(), codes_.end(), code_point);
}

float GlyphAtlas::measure(std::string_view utf8, float size) const {
    float width = 0.0f;
    for (size_t pos = 0; pos < utf8.size();) width += glyph(next_code_point(utf8, pos)).advance;
    return width * size;
}

}  // namespace convviz
