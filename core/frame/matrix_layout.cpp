#include "core/frame/matrix_layout.hpp"

#include <algorithm>
#include <cmath>

namespace convviz {

namespace {

float label_band(const FrameStyle& style) { return 1.35f * style.label_size(); }

// The equation's sizes for a given area.
struct Equation {
    float cell = 0.0f;
    float mark_size = 0.0f;
    float band_left = 0.0f;  // room for the row marks
    float band_top = 0.0f;   // room for the column marks
    float symbol = 0.0f;
    float gap = 0.0f;        // between the matrix and a vector, and between the vectors
};

int64_t side_of(const EquationSpec& eq) { return std::max(eq.rows, eq.cols); }

// Marks turn from rows to columns with the transpose, so each must fit both ways.
float mark_size_for(const EquationSpec& eq, float cell, const FrameStyle& style) {
    float size = style.label_size();
    for (const auto* marks : {&eq.row_marks, &eq.col_marks}) {
        for (const IndexMark& m : *marks) {
            const float span = 0.9f * static_cast<float>(m.count) * cell;
            size = std::min({size, span, span / estimated_text_width(m.text, 1.0f)});
        }
    }
    return size >= kMinTextSize ? size : 0.0f;  // too small to read: no marks
}

float widest_mark(const EquationSpec& eq, float size) {
    float widest = 0.0f;
    for (const auto* marks : {&eq.row_marks, &eq.col_marks}) {
        for (const IndexMark& m : *marks) widest = std::max(widest, estimated_text_width(m.text, size));
    }
    return widest;
}

Equation fit_equation(const EquationSpec& eq, const FrameStyle& style, const Rect& area) {
    const float side = static_cast<float>(side_of(eq));
    Equation e;
    e.cell = std::min(style.max_cell(), (area.h - label_band(style)) / side);
    // The bands depend on the cell and the cell on the bands: a few rounds settle it.
    for (int round = 0; round < 4; ++round) {
        e.mark_size = round == 0 ? mark_size_for(eq, e.cell, style) : std::min(e.mark_size, mark_size_for(eq, e.cell, style));
        e.band_left = e.mark_size > 0.0f ? widest_mark(eq, e.mark_size) + 0.6f * e.mark_size : 0.0f;
        e.band_top = e.mark_size > 0.0f ? 1.5f * e.mark_size : 0.0f;
        e.symbol = std::clamp(0.8f * e.cell, style.label_size(), style.title_size());
        e.gap = 1.6f * e.symbol;
        e.cell = std::min({style.max_cell(), (area.w - e.band_left - 2.0f * e.gap) / (side + 2.0f),
                           (area.h - label_band(style) - e.band_top) / side});
        e.cell = std::max(e.cell, 0.0f);
    }
    // The last cell may be smaller than the one the marks were sized for.
    const float marks = std::min(e.mark_size, mark_size_for(eq, e.cell, style));
    if (marks <= 0.0f) e.band_left = e.band_top = 0.0f;
    e.mark_size = marks;
    return e;
}

struct Split {
    bool across;
    float share;
};

std::vector<Split> splits() {
    std::vector<Split> all;
    for (bool across : {true, false}) {
        for (float share : {0.22f, 0.28f, 0.34f, 0.4f, 0.46f, 0.52f}) all.push_back({across, share});
    }
    return all;
}

FrameGrid grid_at(float x, float y, float cell, int64_t rows, int64_t cols, int64_t box_rows, int64_t box_cols,
                  Role role) {
    FrameGrid g;
    g.cell = cell;
    g.rows = rows;
    g.cols = cols;
    g.role = role;
    g.box = {x, y, static_cast<float>(box_cols) * cell, static_cast<float>(box_rows) * cell};
    return g;
}

}  // namespace

MatrixLayout lay_out_matrix(const std::vector<BlockSpec>& planes, const EquationSpec& equation,
                            const FrameStyle& style) {
    const Rect area = content_area(style);
    const float gap = style.margin();
    MatrixLayout best;
    Equation best_equation;
    Rect best_area;
    float best_score = -1e30f;
    // The grids left of the equation or above it, with this share of the area.
    for (const auto& [across, share] : splits()) {
        Rect part = area;
        Rect rest = area;
        if (across) {
            part.w = share * area.w - 0.5f * gap;
            rest.x = area.x + share * area.w + 0.5f * gap;
            rest.w = area.w - share * area.w - 0.5f * gap;
        } else {
            part.h = share * area.h - 0.5f * gap;
            rest.y = area.y + share * area.h + 0.5f * gap;
            rest.h = area.h - share * area.h - 0.5f * gap;
        }
        Layout layout = lay_out(planes, style, part);
        const Equation e = fit_equation(equation, style, rest);
        // The matrix first: 2-D cells count only up to 1.5 times its cells, then a little, so that
        // among splits giving C the same cells the grids get the most room. A split with no room
        // at all still scores (very low), so that some split is always taken.
        const float p = std::max(layout.cell, 1e-6f);
        const float q = std::max(e.cell, 1e-6f);
        const float score = std::log(q) + std::log(std::min(p, 1.5f * q)) + 0.1f * std::log(p);
        if (score > best_score) {
            best_score = score;
            best.planes = std::move(layout);
            best_equation = e;
            best_area = rest;
        }
    }
    const Equation& e = best_equation;
    const int64_t side = side_of(equation);
    const float c = e.cell;
    const float width = e.band_left + static_cast<float>(side + 2) * c + 2.0f * e.gap;
    const float height = label_band(style) + e.band_top + static_cast<float>(side) * c;
    const float x0 = best_area.x + 0.5f * (best_area.w - width);
    const float y0 = best_area.y + 0.5f * (best_area.h - height);
    const float top = y0 + label_band(style) + e.band_top;
    best.matrix = grid_at(x0 + e.band_left, top, c, equation.rows, equation.cols, side, side, Role::kernel);
    best.left_vector = grid_at(best.matrix.box.right() + e.gap, top, c, equation.cols, 1, side, 1, Role::input);
    best.right_vector = grid_at(best.left_vector.box.right() + e.gap, top, c, equation.rows, 1, side, 1, Role::output);
    best.equation_label_y = y0;
    best.mark_size = e.mark_size;
    best.mark_x = x0 + 0.5f * (e.band_left - 0.3f * e.mark_size);
    best.mark_y = top - e.band_top + 0.2f * e.mark_size;
    best.symbol_size = e.symbol;
    return best;
}

}  // namespace convviz
