// conv_transpose2d: PyTorch's F.conv_transpose2d / nn.ConvTranspose2d (1.13), written twice.
//
// Layouts: input [N, C_in, H, W]; weight [C_in, C_out / groups, kH, kW]; bias [C_out] or none.
// Output size per axis:
//   H_out = (H − 1)·stride − 2·padding + dilation·(kH − 1) + output_padding + 1.
// - scatter: each input cell stamps weight·value into the full output at stride spacing; the
//   full output is then cropped by `padding` on each side (output_padding adds rows at the end).
// - gather: the direct convolution, stride 1, of the flipped kernel over the input spread by
//   stride − 1 zeros between cells and padded by dilation·(k − 1) − padding on each border
//   (output_padding more at the bottom/right; a negative border crops).
// Both agree with each other and with PyTorch; the app draws both.
#pragma once

#include <optional>
#include <string>

#include "core/ops/conv2d.hpp"
#include "core/ops/pair.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

struct ConvTranspose2dParams {
    Pair stride{.h = 1, .w = 1};
    Pair padding{.h = 0, .w = 0};
    Pair output_padding{.h = 0, .w = 0};
    Pair dilation{.h = 1, .w = 1};
    int64_t groups = 1;
};

std::optional<std::string> validate(const ConvTranspose2dParams& params, const Shape& input,
                                    const Shape& weight, const Shape* bias, Lang lang = Lang::en);

Shape output_shape(const ConvTranspose2dParams& params, const Shape& input, const Shape& weight);  // valid only

Result<Tensor> conv_transpose2d_scatter(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                        const ConvTranspose2dParams& params, Lang lang = Lang::en);
Result<Tensor> conv_transpose2d_gather(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                       const ConvTranspose2dParams& params, Lang lang = Lang::en);

// The gather form's spread input along one axis (size is the input's H or W):
// [border_before][cell 0][stride − 1 zeros][cell 1] … [cell size − 1][border_after]
struct SpreadAxis {
    int64_t spread = 0;         // (size − 1)·stride + 1: input cells and inserted zeros
    int64_t border_before = 0;  // dilation·(k − 1) − padding; negative crops the spread
    int64_t border_after = 0;   // border_before + output_padding
    int64_t total() const { return border_before + spread + border_after; }
};
SpreadAxis spread_axis(int64_t size, int64_t kernel, int64_t stride, int64_t padding,
                       int64_t output_padding, int64_t dilation);

// The gather form's kernel: conv2d layout [C_out, C_in / groups, kH, kW], flipped in both axes.
Tensor flipped_kernel(const Tensor& weight, int64_t groups);

}  // namespace convviz
