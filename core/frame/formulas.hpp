// The output-size formula a view shows under its grids, with the scene's numbers in it and the
// term the current phase is about marked, e.g. "H_out = (2 − 1)·2 + 1·(3 − 1) + 1 − 2·1 + 0 = 3".
// One line: both axes share it when their numbers agree. Text only.
#pragma once

#include "core/frame/frame_builder.hpp"
#include "core/ops/conv2d.hpp"
#include "core/ops/conv_transpose2d.hpp"

namespace convviz {

MarkedText conv_size_formula(const Shape& input, const Padding4& padding, const Shape& weight, Pair stride,
                             Pair dilation, const Shape& output);

// The terms of a transposed convolution's size, in the order the views build it: the spread input,
// the kernel's reach, the one, padding's crop, output_padding's give-back; `full` marks the first
// three together, the full (uncropped) output's size.
enum class TransposeTerm { none, spread, kernel, full, crop, give_back };
MarkedText transpose_size_formula(const Shape& input, const Shape& weight, const ConvTranspose2dParams& params,
                                  const Shape& output, TransposeTerm marked);

MarkedText pool_size_formula(const Shape& input, Pair kernel, Pair padding, Pair stride, Pair dilation,
                             bool ceil_mode, const Shape& output);

}  // namespace convviz
