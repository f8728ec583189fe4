#include "core/trace/matrix_trace.hpp"

namespace convviz {

Result<MatrixTrace> MatrixTrace::make(const Tensor& input, const Tensor& weight, const Conv2dParams& params) {
    auto matrix = conv_matrix(params, input.shape(), weight);
    if (!matrix) return Error{matrix.error()};
    MatrixTrace trace;
    trace.input_ = input;
    trace.matrix_ = std::move(matrix).value();
    trace.output_shape_ = convviz::output_shape(params, input.shape(), weight.shape());
    trace.row_start_.assign(static_cast<size_t>(trace.matrix_.rows + 1), 0);
    for (const MatrixEntry& e : trace.matrix_.entries) ++trace.row_start_[static_cast<size_t>(e.row + 1)];
    for (size_t r = 1; r < trace.row_start_.size(); ++r) trace.row_start_[r] += trace.row_start_[r - 1];
    return trace;
}

MatrixRowStep MatrixTrace::row(int64_t r) const {
    MatrixRowStep s;
    s.row = r;
    s.output = cell_at(r, output_shape_[1], output_shape_[2], output_shape_[3]);
    const size_t begin = row_start_[static_cast<size_t>(r)];
    const size_t end = row_start_[static_cast<size_t>(r + 1)];
    s.entries = std::span<const MatrixEntry>(matrix_.entries).subspan(begin, end - begin);
    for (const MatrixEntry& e : s.entries) s.dot += e.value * input_[e.col];
    return s;
}

Cell MatrixTrace::input_cell(int64_t column) const {
    return cell_at(column, input_.dim(1), input_.dim(2), input_.dim(3));
}

}  // namespace convviz
