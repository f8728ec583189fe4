// The convolution matrix C of a zero-padded conv2d, y = C·x on the flattened input and output,
// and its transpose Cᵀ, which is the transposed convolution with the same kernel:
//   conv_transpose2d(y, stride, padding, dilation, groups, output_padding) = Cᵀ·y
//   with output_padding = (H + 2·padding − dilation·(k − 1) − 1) mod stride per axis.
// Rows are output cells (c_out, y, x), columns input cells (c_in, y, x), batch 1. The matrix is
// sparse; each non-zero remembers the kernel cell it holds. Nothing here draws or animates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ops/conv2d.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

struct KernelCell {
    int64_t out_channel = 0;  // the weight's first index
    int64_t in_channel = 0;   // the weight's second index (within the group)
    int64_t y = 0;
    int64_t x = 0;
};

struct MatrixEntry {
    int64_t row = 0;
    int64_t col = 0;
    double value = 0.0;
    KernelCell kernel;
};

struct ConvMatrix {
    int64_t rows = 0;
    int64_t cols = 0;
    std::vector<MatrixEntry> entries;  // sorted by row, then column; no (row, col) twice

    ConvMatrix transposed() const;  // rows and columns swap; entries re-sorted; kernel cells kept
    std::vector<double> multiply(const std::vector<double>& x) const;  // precondition: x.size() == cols
    Tensor dense() const;  // [rows, cols]
};

// Rejects what conv2d rejects, non-zero padding modes, a batch above 1 and matrices whose
// non-zero count passes the element limit; the message is in `lang`.
std::optional<std::string> validate_matrix(const Conv2dParams& params, const Shape& input,
                                           const Shape& weight, Lang lang = Lang::en);
Result<ConvMatrix> conv_matrix(const Conv2dParams& params, const Shape& input, const Tensor& weight,
                               Lang lang = Lang::en);

// The conv_transpose2d whose output is Cᵀ·y: same kernel, stride, padding, dilation, groups, and
// the output_padding that restores the conv2d's input size. Explicit symmetric padding only.
std::optional<ConvTranspose2dParams> matching_transpose(const Conv2dParams& params, const Shape& input,
                                                        const Shape& weight);

}  // namespace convviz
