#include "core/frame/frame.hpp"

#include <cstdint>

namespace convviz {

const char* name(TextKind kind) {
    switch (kind) {
        case TextKind::title: return "title";
        case TextKind::label: return "label";
        case TextKind::formula: return "formula";
        case TextKind::caption: return "caption";
        case TextKind::note: return "note";
    }
    return "?";
}

const char* name(Role role) {
    switch (role) {
        case Role::input: return "input";
        case Role::output: return "output";
        case Role::kernel: return "kernel";
        case Role::padding: return "padding";
        case Role::inserted_zero: return "inserted_zero";
        case Role::cropped: return "cropped";
        case Role::active: return "active";
        case Role::result: return "result";
        case Role::empty: return "empty";
    }
    return "?";
}

bool Rect::overlaps(const Rect& other) const {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
}

bool Rect::contains(const Rect& other, float slack) const {
    return other.x >= x - slack && other.y >= y - slack && other.right() <= right() + slack &&
           other.bottom() <= bottom() + slack;
}

void Frame::clear() {
    grids.clear();
    cells.clear();
    outlines.clear();
    lines.clear();
    texts.clear();
}

namespace {

// A CJK ideograph, kana, hangul or full-width form: a whole em wide, where Latin letters, digits
// and symbols such as "×" and "→" average well under one.
bool wide(uint32_t code_point) {
    return (code_point >= 0x2E80 && code_point <= 0xA4CF) || (code_point >= 0xAC00 && code_point <= 0xD7A3) ||
           (code_point >= 0xF900 && code_point <= 0xFAFF) || (code_point >= 0xFE30 && code_point <= 0xFE4F) ||
           (code_point >= 0xFF00 && code_point <= 0xFF60) || (code_point >= 0xFFE0 && code_point <= 0xFFE6) ||
           code_point >= 0x20000;
}

}  // namespace

float estimated_text_width(const std::string& text, float size) {
    // Count code points, not bytes: "×", "·" and "ᵀ" are one glyph each; "卷" a wide one.
    size_t glyphs = 0;
    size_t wide_glyphs = 0;
    for (size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        uint32_t code_point = length == 1 ? lead : lead & (0x7Fu >> length);
        for (size_t k = 1; k < length && i + k < text.size(); ++k) {
            code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        ++(wide(code_point) ? wide_glyphs : glyphs);
        i += length;
    }
    return 0.62f * size * static_cast<float>(glyphs) + size * static_cast<float>(wide_glyphs);
}

}  // namespace convviz
