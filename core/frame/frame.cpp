#include "core/frame/frame.hpp"

#include <algorithm>
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

// The code point at byte `i` of `text`, and `i` moved past it.
uint32_t next_code_point(const std::string& text, size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    uint32_t code_point = length == 1 ? lead : lead & (0x7Fu >> length);
    for (size_t k = 1; k < length && i + k < text.size(); ++k) {
        code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    }
    i = std::min(i + length, text.size());
    return code_point;
}

float glyph_width(uint32_t code_point, float size) { return wide(code_point) ? size : 0.62f * size; }

}  // namespace

float estimated_text_width(const std::string& text, float size) {
    // Count code points, not bytes: "×", "·" and "ᵀ" are one glyph each; "卷" a wide one.
    float width = 0.0f;
    for (size_t i = 0; i < text.size();) width += glyph_width(next_code_point(text, i), size);
    return width;
}

std::vector<TextLine> wrap_text(const std::string& text, float size, float room) {
    std::vector<TextLine> lines;
    size_t start = 0;
    while (start < text.size() && text[start] == ' ') ++start;
    while (start < text.size()) {
        // Walk the line's characters while they fit, remembering the last place it may break.
        size_t i = start;
        size_t fits_to = start;   // the end of the longest prefix that fits
        size_t break_at = start;  // the end of the line if it breaks at the last break place
        size_t next = start;      // where the following line starts then
        float width = 0.0f;
        uint32_t previous = 0;
        while (i < text.size()) {
            const size_t at = i;
            const uint32_t code = next_code_point(text, i);
            if (code == ' ') {
                if (at > start) {
                    break_at = at;
                    next = i;
                }
            } else if (at > start && (wide(code) || wide(previous))) {
                break_at = at;
                next = at;
            }
            width += glyph_width(code, size);
            if (width > room && at > start) break;
            fits_to = i;
            previous = code;
        }
        if (fits_to == text.size()) {
            size_t end = text.size();
            while (end > start && text[end - 1] == ' ') --end;
            lines.push_back({start, end});
            break;
        }
        if (break_at == start) {  // one word wider than the room: cut it where it stops fitting
            break_at = fits_to;
            next = fits_to;
        }
        while (break_at > start && text[break_at - 1] == ' ') --break_at;
        lines.push_back({start, break_at});
        start = next;
        while (start < text.size() && text[start] == ' ') ++start;
    }
    return lines;
}

std::optional<FrameText> joined_text(const Frame& frame, TextKind kind) {
    std::optional<FrameText> whole;
    for (const FrameText& t : frame.texts) {
        if (t.kind != kind) continue;
        if (!whole) {
            whole = t;
            continue;
        }
        size_t last = whole->text.size();
        while (last > 0 && (static_cast<unsigned char>(whole->text[last - 1]) & 0xC0) == 0x80) --last;
        size_t first = 0;
        const bool wide_edge = (last > 0 && wide(next_code_point(whole->text, last))) ||
                               (!t.text.empty() && wide(next_code_point(t.text, first)));
        if (!wide_edge) whole->text += ' ';
        if (t.mark_end > t.mark_begin) {
            if (whole->mark_end == whole->mark_begin) whole->mark_begin = whole->text.size() + t.mark_begin;
            whole->mark_end = whole->text.size() + t.mark_end;
        }
        whole->text += t.text;
    }
    return whole;
}

}  // namespace convviz
