#include "core/matrix.hpp"

#include <algorithm>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

ConvMatrix ConvMatrix::transposed() const {
    ConvMatrix t{cols, rows, entries};
    for (MatrixEntry& e : t.entries) std::swap(e.row, e.col);
    std::sort(t.entries.begin(), t.entries.end(), [](const MatrixEntry& a, const MatrixEntry& b) {
        return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    return t;
}

std::vector<double> ConvMatrix::multiply(const std::vector<double>& x) const {
    std::vector<double> y(static_cast<size_t>(rows), 0.0);
    for (const MatrixEntry& e : entries) {
        y[static_cast<size_t>(e.row)] += e.value * x[static_cast<size_t>(e.col)];
    }
    return y;
}

Tensor ConvMatrix::dense() const {
    Tensor d({rows, cols}, 0.0);
    for (const MatrixEntry& e : entries) d[e.row * cols + e.col] = e.value;
    return d;
}

std::optional<std::string> validate_matrix(const Conv2dParams& params, const Shape& input,
                                           const Shape& weight, Lang lang) {
    if (auto e = validate(params, input, weight, nullptr, lang)) return e;
    if (params.padding_mode != PaddingMode::zeros) {
        return tr(lang, "msg.matrix.zeros_only", name(params.padding_mode));
    }
    if (input[0] != 1) {
        return tr(lang, "msg.matrix.one_image", input[0]);
    }
    const Shape out = output_shape(params, input, weight);
    const int64_t non_zeros = element_count(out) * weight[1] * weight[2] * weight[3];
    if (non_zeros > limits.elements) {
        return tr(lang, "msg.matrix.too_many_non_zeros", non_zeros, limits.elements);
    }
    return std::nullopt;
}

Result<ConvMatrix> conv_matrix(const Conv2dParams& params, const Shape& input, const Tensor& weight, Lang lang) {
    if (auto e = validate_matrix(params, input, weight.shape(), lang)) return Error{*e};
    const Shape out = output_shape(params, input, weight.shape());
    const Padding4 pad = resolved_padding(params, weight.shape());
    const int64_t in_h = input[2];
    const int64_t in_w = input[3];
    const int64_t group_in = weight.dim(1);
    const int64_t group_out = weight.dim(0) / params.groups;

    ConvMatrix matrix;
    matrix.rows = element_count(out);
    matrix.cols = input[1] * in_h * in_w;
    for (int64_t out_c = 0; out_c < out[1]; ++out_c) {
        const int64_t group = out_c / group_out;
        for (int64_t out_y = 0; out_y < out[2]; ++out_y) {
            for (int64_t out_x = 0; out_x < out[3]; ++out_x) {
                const int64_t row = (out_c * out[2] + out_y) * out[3] + out_x;
                const size_t row_start = matrix.entries.size();
                for (int64_t c = 0; c < group_in; ++c) {
                    const int64_t in_c = group * group_in + c;
                    for (int64_t kernel_y = 0; kernel_y < weight.dim(2); ++kernel_y) {
                        const int64_t in_y = out_y * params.stride.h - pad.top + kernel_y * params.dilation.h;
                        if (in_y < 0 || in_y >= in_h) continue;
                        for (int64_t kernel_x = 0; kernel_x < weight.dim(3); ++kernel_x) {
                            const int64_t in_x = out_x * params.stride.w - pad.left + kernel_x * params.dilation.w;
                            if (in_x < 0 || in_x >= in_w) continue;
                            matrix.entries.push_back({row, (in_c * in_h + in_y) * in_w + in_x,
                                                      weight.at(out_c, c, kernel_y, kernel_x),
                                                      {out_c, c, kernel_y, kernel_x}});
                        }
                    }
                }
                std::sort(matrix.entries.begin() + static_cast<std::ptrdiff_t>(row_start), matrix.entries.end(),
                          [](const MatrixEntry& a, const MatrixEntry& b) { return a.col < b.col; });
            }
        }
    }
    return matrix;
}

std::optional<ConvTranspose2dParams> matching_transpose(const Conv2dParams& params, const Shape& input,
                                                        const Shape& weight) {
    const Padding4 pad = resolved_padding(params, weight);
    if (pad.top != pad.bottom || pad.left != pad.right) return std::nullopt;
    ConvTranspose2dParams t;
    t.stride = params.stride;
    t.padding = {pad.top, pad.left};
    t.dilation = params.dilation;
    t.groups = params.groups;
    for (int axis : kAxes) {
        t.output_padding[axis] =
            (spatial(input, axis) + 2 * pad.before(axis) - params.dilation[axis] * (spatial(weight, axis) - 1) - 1) %
            params.stride[axis];
    }
    return t;
}

}  // namespace convviz
