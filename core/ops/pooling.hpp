// Pooling: PyTorch's max_pool2d (with indices), avg_pool2d and max_unpool2d (1.13), double precision.
//
// Output size per axis (max and avg; avg has dilation 1):
//   H_out = ⌊(H + 2·padding − dilation·(k − 1) − 1 [+ stride − 1 with ceil_mode]) / stride⌋ + 1,
//   less one with ceil_mode when the last window would start inside the bottom/right padding.
// max_pool2d's indices are flat positions y·W + x inside each input plane; padding never wins,
// and among equal values the first in row-major window order wins (NaN always wins).
// max_unpool2d: output (H − 1)·stride − 2·padding + k unless output_size is given, which must lie
// strictly between that default − stride and default + stride.
#pragma once

#include <optional>
#include <string>

#include "core/i18n/lang.hpp"
#include "core/ops/pair.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

struct MaxPool2dParams {
    Pair kernel_size{.h = 2, .w = 2};
    std::optional<Pair> stride;  // none: the kernel size, as in PyTorch
    Pair padding{.h = 0, .w = 0};
    Pair dilation{.h = 1, .w = 1};
    bool ceil_mode = false;
};

struct AvgPool2dParams {
    Pair kernel_size{.h = 2, .w = 2};
    std::optional<Pair> stride;  // none: the kernel size
    Pair padding{.h = 0, .w = 0};
    bool ceil_mode = false;
    bool count_include_pad = true;
    std::optional<int64_t> divisor_override;
};

struct MaxUnpool2dParams {
    Pair kernel_size{.h = 2, .w = 2};
    std::optional<Pair> stride;  // none: the kernel size
    Pair padding{.h = 0, .w = 0};
    std::optional<Pair> output_size;
};

struct MaxPoolResult {
    Tensor values;
    IndexTensor indices;
};

// One axis of a pooling window's output size, PyTorch's pooling_output_shape; the formula size
// is the same before ceil_mode drops a last window that would start inside the end padding.
int64_t pooling_formula_size(int64_t input, int64_t kernel, int64_t padding, int64_t stride,
                             int64_t dilation, bool ceil_mode);
int64_t pooling_output_size(int64_t input, int64_t kernel, int64_t padding, int64_t stride,
                            int64_t dilation, bool ceil_mode);

// Effective stride: the given one, or the kernel size.
Pair stride_or_kernel(const std::optional<Pair>& stride, Pair kernel_size);

std::optional<std::string> validate(const MaxPool2dParams& params, const Shape& input, Lang lang = Lang::en);
std::optional<std::string> validate(const AvgPool2dParams& params, const Shape& input, Lang lang = Lang::en);
std::optional<std::string> validate(const MaxUnpool2dParams& params, const Shape& input,
                                    const Shape& indices, Lang lang = Lang::en);

Shape output_shape(const MaxPool2dParams& params, const Shape& input);    // valid only
Shape output_shape(const AvgPool2dParams& params, const Shape& input);    // valid only
Shape output_shape(const MaxUnpool2dParams& params, const Shape& input);  // valid only

Result<MaxPoolResult> max_pool2d(const Tensor& input, const MaxPool2dParams& params, Lang lang = Lang::en);
Result<Tensor> avg_pool2d(const Tensor& input, const AvgPool2dParams& params, Lang lang = Lang::en);
// Also rejects an index outside the output plane, naming the input cell that holds it.
Result<Tensor> max_unpool2d(const Tensor& input, const IndexTensor& indices,
                            const MaxUnpool2dParams& params, Lang lang = Lang::en);

// The divisor avg_pool2d uses for the window starting at (y0, x0) (which may be negative).
int64_t avg_pool_divisor(const AvgPool2dParams& params, const Shape& input, int64_t y0, int64_t x0);

}  // namespace convviz
