#include "core/frame/frame.hpp"

namespace convviz {

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

float estimated_text_width(const std::string& text, float size) {
    // Count code points, not bytes: "×", "·" and "ᵀ" are one glyph each.
    size_t glyphs = 0;
    for (unsigned char c : text) glyphs += (c & 0xC0) != 0x80;
    return 0.62f * size * static_cast<float>(glyphs);
}

}  // namespace convviz
