// The shape rules max_pool2d and avg_pool2d share: PyTorch's pooling_output_shape and the
// checks it makes, in the order it makes them.
#include "core/ops/pool_window.hpp"

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/ops/extent.hpp"
#include "core/text.hpp"

namespace convviz {

Pair stride_or_kernel(const std::optional<Pair>& stride, Pair kernel_size) {
    return stride ? *stride : kernel_size;
}

int64_t pooling_formula_size(int64_t input, int64_t kernel, int64_t padding, int64_t stride,
                             int64_t dilation, bool ceil_mode) {
    const int64_t numerator =
        input + 2 * padding - dilation * (kernel - 1) - 1 + (ceil_mode ? stride - 1 : 0);
    // Division rounding toward negative infinity, as PyTorch's div_rtn.
    int64_t quotient = numerator / stride;
    if ((numerator % stride != 0) && ((numerator < 0) != (stride < 0))) --quotient;
    return quotient + 1;
}

int64_t pooling_output_size(int64_t input, int64_t kernel, int64_t padding, int64_t stride,
                            int64_t dilation, bool ceil_mode) {
    int64_t output = pooling_formula_size(input, kernel, padding, stride, dilation, ceil_mode);
    if (ceil_mode && (output - 1) * stride >= input + padding) --output;
    return output;
}

// What gives one axis a window that fits, each value checked against the rules a window obeys
// (padding at most half the kernel, within ConvViz's bounds): the least padding that is enough,
// the largest kernel below the current one, the largest dilation below the current one.
static Suggestions window_fits(const PoolWindow& window, int64_t size, int axis) {
    const int64_t kernel = window.kernel[axis];
    const int64_t padding = window.padding[axis];
    const int64_t dilation = window.dilation[axis];
    const auto fits = [&](int64_t k, int64_t p, int64_t d) {
        const int64_t stride = window.stride_given ? window.stride[axis] : k;
        return p >= 0 && p <= k / 2 && pooling_output_size(size, k, p, stride, d, window.ceil_mode) >= 1;
    };
    Suggestions options;
    for (int64_t p = padding + 1; p <= kernel / 2 && p <= limits.parameter; ++p) {
        if (fits(kernel, p, dilation)) {
            options.push_back({"padding", axis, p});
            break;
        }
    }
    for (int64_t k = kernel - 1; k >= 1; --k) {
        if (fits(k, padding, dilation)) {
            options.push_back({"kernel_size", axis, k});
            break;
        }
    }
    for (int64_t d = dilation - 1; d >= 1; --d) {
        if (fits(kernel, padding, d)) {
            options.push_back({"dilation", axis, d});
            break;
        }
    }
    return options;
}

std::optional<std::string> check_pool_window(const char* op, const PoolWindow& window,
                                             const Shape& input, Lang lang, Suggestions* suggested) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    for (int axis : kAxes) {
        if (auto e = check_parameter("kernel_size", window.kernel[axis], lang)) return e;
        if (auto e = check_parameter("stride", window.stride[axis], lang)) return e;
        if (auto e = check_parameter("padding", window.padding[axis], lang)) return e;
        if (auto e = check_parameter("dilation", window.dilation[axis], lang)) return e;
    }
    // PyTorch checks padding against half the kernel first, so a kernel of -2 would be told about
    // padding (0 > -2 / 2); a kernel below 1 is named first, with its own rule.
    for (int axis : kAxes) {
        if (window.kernel[axis] < 1) {
            return tr(lang, "msg.pool.kernel_at_least_one", op, window.kernel[axis], axis_name(axis, lang));
        }
    }
    for (int axis : kAxes) {
        const int64_t kernel = window.kernel[axis];
        const int64_t padding = window.padding[axis];
        if (window.stride[axis] == 0) {
            return tr(lang, "msg.pool.stride_zero", op, axis_name(axis, lang));
        }
        if (padding < 0) {
            return tr(lang, "msg.pool.padding_negative", op, padding, axis_name(axis, lang));
        }
        if (padding > kernel / 2) {
            return tr(lang, "msg.pool.padding_over_half", op, padding, kernel, kernel / 2, axis_name(axis, lang));
        }
    }
    for (int axis : kAxes) {
        if (window.stride[axis] < 0) {
            return tr(lang, "msg.pool.stride_negative", op, window.stride[axis], axis_name(axis, lang));
        }
    }
    for (int axis : kAxes) {
        if (window.dilation[axis] < 1) {
            return tr(lang, "msg.pool.dilation_at_least_one", op, window.dilation[axis], axis_name(axis, lang));
        }
    }
    for (int axis : kAxes) {
        if (auto e = check_kernel_side(axis, window.kernel[axis], lang)) return e;
    }
    for (int axis : kAxes) {
        const int64_t size = spatial(input, axis);
        const int64_t out = pooling_output_size(size, window.kernel[axis], window.padding[axis],
                                                window.stride[axis], window.dilation[axis],
                                                window.ceil_mode);
        if (out < 1) {
            const int64_t span = dilated_extent(window.kernel[axis], window.dilation[axis]);
            const Suggestions options = window_fits(window, size, axis);
            if (suggested) *suggested = options;
            return tr(lang, "msg.pool.window_too_large", op, axis_name(axis, lang), out, span,
                      size + 2 * window.padding[axis], size, window.padding[axis]) +
                   suggestion_text(options, lang);
        }
    }
    return std::nullopt;
}

Shape pool_output_shape(const PoolWindow& window, const Shape& input) {
    Shape out = input;
    for (int axis : kAxes) {
        spatial(out, axis) =
            pooling_output_size(spatial(input, axis), window.kernel[axis], window.padding[axis],
                                window.stride[axis], window.dilation[axis], window.ceil_mode);
    }
    return out;
}

}  // namespace convviz
