#include <algorithm>
#include <cmath>
#include <limits>

#include "core/ops/pool_window.hpp"
#include "core/ops/pooling.hpp"

namespace convviz {

static PoolWindow window_of(const MaxPool2dParams& params) {
    return {.kernel = params.kernel_size,
            .stride = stride_or_kernel(params.stride, params.kernel_size),
            .padding = params.padding,
            .dilation = params.dilation,
            .ceil_mode = params.ceil_mode,
            .stride_given = params.stride.has_value()};
}

std::optional<std::string> validate(const MaxPool2dParams& params, const Shape& input, Lang lang) {
    return validate(params, input, lang, nullptr);
}

std::optional<std::string> validate(const MaxPool2dParams& params, const Shape& input, Lang lang,
                                    Suggestions* suggested) {
    return check_pool_window("max_pool2d", window_of(params), input, lang, suggested);
}

Shape output_shape(const MaxPool2dParams& params, const Shape& input) {
    return pool_output_shape(window_of(params), input);
}

Result<MaxPoolResult> max_pool2d(const Tensor& input, const MaxPool2dParams& params, Lang lang) {
    if (auto e = validate(params, input.shape(), lang)) return Error{*e};
    const PoolWindow window = window_of(params);
    const Shape out_shape = output_shape(params, input.shape());
    const int64_t in_h = input.dim(2);
    const int64_t in_w = input.dim(3);

    MaxPoolResult result{unwritten(out_shape), IndexTensor(out_shape, int64_t{-1})};
    for (int64_t n = 0; n < out_shape[0]; ++n) {
        for (int64_t c = 0; c < out_shape[1]; ++c) {
            for (int64_t out_y = 0; out_y < out_shape[2]; ++out_y) {
                for (int64_t out_x = 0; out_x < out_shape[3]; ++out_x) {
                    int64_t y0 = out_y * window.stride.h - window.padding.h;
                    int64_t x0 = out_x * window.stride.w - window.padding.w;
                    const int64_t y1 = std::min(y0 + (window.kernel.h - 1) * window.dilation.h + 1, in_h);
                    const int64_t x1 = std::min(x0 + (window.kernel.w - 1) * window.dilation.w + 1, in_w);
                    // Skip the taps that fall in the padding: padding never wins.
                    while (y0 < 0) y0 += window.dilation.h;
                    while (x0 < 0) x0 += window.dilation.w;
                    double best = -std::numeric_limits<double>::infinity();
                    int64_t best_index = y0 * in_w + x0;
                    for (int64_t in_y = y0; in_y < y1; in_y += window.dilation.h) {
                        for (int64_t in_x = x0; in_x < x1; in_x += window.dilation.w) {
                            const double value = input.at(n, c, in_y, in_x);
                            if (value > best || std::isnan(value)) {
                                best = value;
                                best_index = in_y * in_w + in_x;
                            }
                        }
                    }
                    result.values.at(n, c, out_y, out_x) = best;
                    result.indices.at(n, c, out_y, out_x) = best_index;
                }
            }
        }
    }
    return result;
}

}  // namespace convviz
