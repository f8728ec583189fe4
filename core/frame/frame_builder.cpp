#include "core/frame/frame_builder.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace convviz {

float ease(double tween) {
    const float t = std::clamp(static_cast<float>(tween), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

Rect cell_box(const FrameGrid& grid, double row, double col) {
    return {grid.box.x + static_cast<float>(col) * grid.cell, grid.box.y + static_cast<float>(row) * grid.cell,
            grid.cell, grid.cell};
}

Rect span_box(const FrameGrid& grid, double row, double col, double rows, double cols) {
    Rect box = cell_box(grid, row, col);
    box.w = static_cast<float>(cols) * grid.cell;
    box.h = static_cast<float>(rows) * grid.cell;
    return box;
}

Line arrow_between(const Rect& from, const Rect& to) {
    return {from.x + 0.5f * from.w, from.y + 0.5f * from.h, to.x + 0.5f * to.w, to.y + 0.5f * to.h, Role::active, true, 0.8f};
}

FrameCell grid_cell(const Frame& frame, int32_t grid, int64_t row, int64_t col, double value, Role role) {
    const FrameGrid& g = frame.grids[static_cast<size_t>(grid)];
    FrameCell cell;
    const Rect box = cell_box(g, static_cast<double>(row), static_cast<double>(col));
    cell.x = box.x;
    cell.y = box.y;
    cell.size = g.cell;
    cell.value = value;
    cell.grid = grid;
    cell.row = static_cast<int32_t>(row);
    cell.col = static_cast<int32_t>(col);
    cell.role = role;
    return cell;
}

size_t add_plane(Frame& frame, int32_t grid, const Tensor& tensor, int64_t n, int64_t c, Role role,
                 int64_t row0, int64_t col0) {
    const size_t first = frame.cells.size();
    for (int64_t y = 0; y < tensor.dim(2); ++y) {
        for (int64_t x = 0; x < tensor.dim(3); ++x) {
            frame.cells.push_back(grid_cell(frame, grid, row0 + y, col0 + x, tensor.at(n, c, y, x), role));
        }
    }
    return first;
}

std::string tensor_name(Lang lang, std::string_view tensor) {
    if (lang == Lang::en) return std::string(tensor);
    const std::string key = cat("frame.tensor.", tensor);
    const std::string_view word = text(lang, key);
    return word == key ? std::string(tensor) : std::string(word);
}

std::string cell_name(std::string_view tensor, const Cell& cell, const Shape& shape, Lang lang) {
    const std::string name = tensor_name(lang, tensor);
    if (shape[0] == 1 && shape[1] == 1) return cat(name, "[", cell.y, "][", cell.x, "]");
    return cat(name, "[", cell.n, "][", cell.c, "][", cell.y, "][", cell.x, "]");
}

std::string plane_label(std::string_view tensor, int64_t c, const Shape& shape, Lang lang) {
    const std::string name = tensor_name(lang, tensor);
    const std::string size = cat(shape[2], "×", shape[3]);
    if (shape[1] == 1) return cat(name, " ", size);
    return cat(name, "[c=", c, "] ", size);
}

void MarkedText::add(std::string_view part, bool marked) {
    if (marked) mark_begin = text.size();
    text += part;
    if (marked) mark_end = text.size();
}

void MarkedText::append(const MarkedText& other) {
    if (other.mark_end > other.mark_begin) {
        mark_begin = text.size() + other.mark_begin;
        mark_end = text.size() + other.mark_end;
    }
    text += other.text;
}

std::string product_text(double a, double b) {
    const std::string right = display_number(b);
    const std::string left = display_number(a);
    return cat(a < 0 ? cat("(", left, ")") : left, "·", b < 0 ? cat("(", right, ")") : right);
}

void add_terms(MarkedText& out, size_t count, const std::function<std::string(size_t)>& term, size_t active,
               std::string_view separator) {
    // Up to 9 terms in full; beyond, the first 3, the active one with its neighbours, the last 2.
    auto shown = [&](size_t i) {
        if (count <= 9 || i < 3 || i + 2 >= count) return true;
        return active != kNoTerm && i + 1 >= active && i <= active + 1;
    };
    bool elided = false;
    bool first = true;
    for (size_t i = 0; i < count; ++i) {
        if (!shown(i)) {
            if (!elided) out.add(cat(separator, "…"));
            elided = true;
            continue;
        }
        elided = false;
        if (!first) out.add(separator);
        first = false;
        out.add(term(i), i == active);
    }
}

MarkedText sum_text(std::string_view lhs, size_t count, const std::function<std::string(size_t)>& term,
                    size_t active, std::string_view result) {
    MarkedText out;
    out.add(lhs);
    out.add(" = ");
    add_terms(out, count, term, active, " + ");
    if (count == 0) out.add("0");
    out.add(" = ");
    out.add(result);
    return out;
}

StepProgress step_progress(double tween, bool holding, size_t terms, bool has_next) {
    StepProgress p;
    if (holding) return p;
    p.sweep = std::min(tween / kSweep, 1.0);
    if (terms > 0) p.active = std::min(static_cast<size_t>(p.sweep * static_cast<double>(terms)), terms - 1);
    p.glide = has_next ? ease((tween - kSweep) / (1.0 - kSweep)) : 0.0;
    return p;
}

void add_filling_output(Frame& frame, int32_t first_grid, const Tensor& output, int64_t n, int64_t k, bool holding,
                        double sweep) {
    const int64_t plane = output.dim(2) * output.dim(3);
    for (int64_t c = 0; c < output.dim(1); ++c) {
        const size_t first = add_plane(frame, first_grid + static_cast<int32_t>(c), output, n, c, Role::output);
        for (int64_t i = 0; i < plane; ++i) {
            fill_in(frame.cells[first + static_cast<size_t>(i)], (n * output.dim(1) + c) * plane + i, k, holding, sweep);
        }
    }
}

void fill_in(FrameCell& cell, int64_t flat, int64_t k, bool holding, double sweep) {
    if (flat == k && !holding) {
        cell.role = Role::result;
        cell.highlight = true;
        cell.opacity = static_cast<float>(0.35 + 0.65 * sweep);
    } else if (flat >= k + (holding ? 1 : 0)) {
        cell.role = Role::empty;
        cell.show_value = false;
    }
}

namespace {

// A line of the title, formula or caption band, centred: `max_lines` lines at `size` if it fits
// so, else a smaller type down to kMinTextSize, and more lines at that size if it must. The marked
// term keeps its mark on whichever line it lands. Returns how many lines it took.
size_t add_band_text(Frame& frame, TextKind kind, float y, float size, size_t max_lines, const FrameStyle& style,
                     const MarkedText& text) {
    const float room = style.width - 2 * style.margin();
    std::vector<TextLine> lines = wrap_text(text.text, size, room);
    while (lines.size() > max_lines && size > kMinTextSize) {
        size = std::max(kMinTextSize, size * 0.92f);
        lines = wrap_text(text.text, size, room);
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        const TextLine& line = lines[i];
        FrameText t;
        t.kind = kind;
        t.x = 0.5f * style.width;
        t.y = y + static_cast<float>(i) * FrameStyle::kCaptionLeading * size;
        t.size = size;
        t.anchor = Anchor::centre;
        t.text = text.text.substr(line.begin, line.end - line.begin);
        if (text.mark_begin < line.end && text.mark_end > line.begin) {
            t.mark_begin = std::max(text.mark_begin, line.begin) - line.begin;
            t.mark_end = std::min(text.mark_end, line.end) - line.begin;
        }
        t.role = kind == TextKind::caption ? Role::result : Role::input;
        frame.texts.push_back(std::move(t));
    }
    return lines.size();
}

}  // namespace

void add_title(Frame& frame, const FrameStyle& style, const std::string& title) {
    add_band_text(frame, TextKind::title, style.margin(), style.title_size(), 1, style, {title});
}

void add_formula(Frame& frame, const FrameStyle& style, MarkedText formula) {
    const float y = style.height - style.text_band() + 0.25f * style.text_size();
    add_band_text(frame, TextKind::formula, y, style.text_size(), 1, style, formula);
}

void add_caption(Frame& frame, const FrameStyle& style, MarkedText caption) {
    // Below the formula, however many lines it took; two lines of its own before it gets smaller.
    float y = style.height - style.text_band() + 1.75f * style.text_size();
    for (const FrameText& t : frame.texts) {
        if (t.kind == TextKind::formula) y = std::max(y, t.y + t.size * (1.5f - 0.25f) + 0.25f * style.text_size());
    }
    add_band_text(frame, TextKind::caption, y, style.text_size(), 2, style, caption);
}

}  // namespace convviz
