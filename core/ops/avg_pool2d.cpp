#include <algorithm>

#include "core/i18n/strings.hpp"
#include "core/ops/pool_window.hpp"
#include "core/ops/pooling.hpp"
#include "core/text.hpp"

namespace convviz {

static PoolWindow window_of(const AvgPool2dParams& params) {
    return {.kernel = params.kernel_size,
            .stride = stride_or_kernel(params.stride, params.kernel_size),
            .padding = params.padding,
            .dilation = Pair{1, 1},
            .ceil_mode = params.ceil_mode,
            .stride_given = params.stride.has_value()};
}

std::optional<std::string> validate(const AvgPool2dParams& params, const Shape& input, Lang lang) {
    return validate(params, input, lang, nullptr);
}

std::optional<std::string> validate(const AvgPool2dParams& params, const Shape& input, Lang lang,
                                    Suggestions* suggested) {
    if (params.divisor_override && *params.divisor_override == 0) {
        return tr(lang, "msg.pool.divisor_zero");
    }
    return check_pool_window("avg_pool2d", window_of(params), input, lang, suggested);
}

Shape output_shape(const AvgPool2dParams& params, const Shape& input) {
    return pool_output_shape(window_of(params), input);
}

int64_t avg_pool_divisor(const AvgPool2dParams& params, const Shape& input, int64_t y0, int64_t x0) {
    if (params.divisor_override) return *params.divisor_override;
    const Pair kernel = params.kernel_size;
    if (params.count_include_pad) {
        // Up to the end of the bottom/right padding; a ceil_mode window hanging past it counts less.
        const int64_t rows = std::min(y0 + kernel.h, input[2] + params.padding.h) - y0;
        const int64_t cols = std::min(x0 + kernel.w, input[3] + params.padding.w) - x0;
        return rows * cols;
    }
    const int64_t rows = std::min(y0 + kernel.h, input[2]) - std::max<int64_t>(y0, 0);
    const int64_t cols = std::min(x0 + kernel.w, input[3]) - std::max<int64_t>(x0, 0);
    return rows * cols;
}

Result<Tensor> avg_pool2d(const Tensor& input, const AvgPool2dParams& params, Lang lang) {
    if (auto e = validate(params, input.shape(), lang)) return Error{*e};
    const PoolWindow window = window_of(params);
    const Shape out_shape = output_shape(params, input.shape());
    const int64_t in_h = input.dim(2);
    const int64_t in_w = input.dim(3);

    Tensor out = unwritten(out_shape);
    for (int64_t n = 0; n < out_shape[0]; ++n) {
        for (int64_t c = 0; c < out_shape[1]; ++c) {
            for (int64_t out_y = 0; out_y < out_shape[2]; ++out_y) {
                for (int64_t out_x = 0; out_x < out_shape[3]; ++out_x) {
                    const int64_t y0 = out_y * window.stride.h - window.padding.h;
                    const int64_t x0 = out_x * window.stride.w - window.padding.w;
                    const int64_t y_begin = std::max<int64_t>(y0, 0);
                    const int64_t x_begin = std::max<int64_t>(x0, 0);
                    const int64_t y_end = std::min(y0 + window.kernel.h, in_h);
                    const int64_t x_end = std::min(x0 + window.kernel.w, in_w);
                    if (y_begin >= y_end || x_begin >= x_end) {
                        // A window entirely in padding: PyTorch writes 0, not 0 / divisor.
                        out.at(n, c, out_y, out_x) = 0.0;
                        continue;
                    }
                    double sum = 0.0;
                    for (int64_t in_y = y_begin; in_y < y_end; ++in_y) {
                        for (int64_t in_x = x_begin; in_x < x_end; ++in_x) sum += input.at(n, c, in_y, in_x);
                    }
                    const int64_t divisor = avg_pool_divisor(params, input.shape(), y0, x0);
                    out.at(n, c, out_y, out_x) = sum / static_cast<double>(divisor);
                }
            }
        }
    }
    return out;
}

}  // namespace convviz
