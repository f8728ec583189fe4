// Where the matrix view's pieces go. The frame's content band is split in two: the 2-D grids (x,
// the kernels, y, x') laid out by lay_out() in one part, and the equation C · x = y in the other,
// each at its own cell size, since a 1,024 × 1,024 matrix has cells far smaller than its 3 × 3
// kernel's. The split favours C's cells, then the grids' (up to 1.5 times C's). The matrix gets
// a square of max(rows, cols) cells so that Cᵀ fits where C was, with index marks (y[0], x[3], or
// a channel per band) left of and above it. Geometry only: what the cells hold is the view's.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/frame/layout.hpp"

namespace convviz {

// A name for rows [first, first + count) of C (or its columns).
struct IndexMark {
    std::string text;
    int64_t first = 0;
    int64_t count = 1;
};

struct EquationSpec {
    int64_t rows = 1;  // C's
    int64_t cols = 1;
    std::vector<IndexMark> row_marks;  // C's rows, Cᵀ's columns
    std::vector<IndexMark> col_marks;  // C's columns, Cᵀ's rows
};

struct MatrixLayout {
    Layout planes;                 // the 2-D grids and their labels
    FrameGrid matrix;              // a square of max(rows, cols) cells; rows × cols are C's
    FrameGrid left_vector;         // one cell wide, as tall as the matrix: x, then y
    FrameGrid right_vector;        // y, then x'
    float equation_label_y = 0.0f; // top of the three grids' labels
    float mark_size = 0.0f;        // 0: the marks would be too small to read; none drawn
    float mark_x = 0.0f;           // centre of the marks left of the matrix
    float mark_y = 0.0f;           // top of the marks above it
    float symbol_size = 0.0f;      // "·" between C and the left vector, "=" before the right one
};

MatrixLayout lay_out_matrix(const std::vector<BlockSpec>& planes, const EquationSpec& equation,
                            const FrameStyle& style);

}  // namespace convviz
