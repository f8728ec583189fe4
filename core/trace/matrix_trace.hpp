// MatrixTrace: the convolution matrix C read row by row (y = C·x: row r is the kernel's r-th
// placement) and Cᵀ column by column (x' = Cᵀ·y: column j of Cᵀ is row j of C, the stamp of y_j).
// Random access: a step is a view into C's entries, no copy. Data only.
#pragma once

#include <span>
#include <vector>

#include "core/matrix.hpp"
#include "core/result.hpp"
#include "core/trace/cell.hpp"

namespace convviz {

struct MatrixRowStep {
    int64_t row = 0;                      // r: row of C, column of Cᵀ
    Cell output;                          // the conv output cell (c_out, y, x) of row r (n = 0)
    std::span<const MatrixEntry> entries; // the non-zeros of row r, by column
    double dot = 0.0;                     // Σ C_rj · x_j for the trace's x
};

class MatrixTrace {
public:
    static Result<MatrixTrace> make(const Tensor& input, const Tensor& weight, const Conv2dParams& params);

    int64_t size() const { return matrix_.rows; }  // steps of each phase
    MatrixRowStep row(int64_t r) const;
    Cell input_cell(int64_t column) const;         // column j of C ↔ input cell (c_in, y, x)
    const ConvMatrix& matrix() const { return matrix_; }
    const Shape& output_shape() const { return output_shape_; }
    const Shape& input_shape() const { return input_.shape(); }

private:
    Tensor input_;
    ConvMatrix matrix_;
    Shape output_shape_;
    std::vector<size_t> row_start_;  // entries of row r: [row_start_[r], row_start_[r + 1])
};

}  // namespace convviz
