// The shape rules max_pool2d and avg_pool2d share: PyTorch's pooling_output_shape and the
// checks it makes, in the order it makes them.
#include "core/ops/pool_window.hpp"

#include "core/limits.hpp"
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

std::optional<std::string> check_pool_window(const char* op, const PoolWindow& window,
                                             const Shape& input) {
    if (auto e = check_input_shape("the input", input)) return e;
    for (int axis : kAxes) {
        if (auto e = check_parameter("kernel_size", window.kernel[axis])) return e;
        if (auto e = check_parameter("stride", window.stride[axis])) return e;
        if (auto e = check_parameter("padding", window.padding[axis])) return e;
        if (auto e = check_parameter("dilation", window.dilation[axis])) return e;
    }
    for (int axis : kAxes) {
        const int64_t kernel = window.kernel[axis];
        const int64_t padding = window.padding[axis];
        if (window.stride[axis] == 0) {
            return cat(op, " stride must not be 0 on the ", axis_name(axis),
                       " axis; leave it out to step by the kernel size");
        }
        if (padding < 0) {
            return cat(op, " padding must not be negative, but it is ", padding, " on the ",
                       axis_name(axis), " axis");
        }
        if (padding > kernel / 2) {
            return cat(op, " padding (", padding, ") must be at most half the kernel size (",
                       kernel, " / 2 = ", kernel / 2, ") on the ", axis_name(axis),
                       " axis, so that no window lies mostly in padding");
        }
    }
    for (int axis : kAxes) {
        if (window.kernel[axis] < 1) {
            return cat(op, " kernel_size must be at least 1, but it is ", window.kernel[axis],
                       " on the ", axis_name(axis), " axis");
        }
    }
    for (int axis : kAxes) {
        if (window.stride[axis] < 0) {
            return cat(op, " stride must be positive, but it is ", window.stride[axis], " on the ",
                       axis_name(axis), " axis");
        }
    }
    for (int axis : kAxes) {
        if (window.dilation[axis] < 1) {
            return cat(op, " dilation must be at least 1, but it is ", window.dilation[axis],
                       " on the ", axis_name(axis), " axis");
        }
    }
    for (int axis : kAxes) {
        if (auto e = check_kernel_side(axis_name(axis), window.kernel[axis])) return e;
    }
    for (int axis : kAxes) {
        const int64_t size = input[2 + axis];
        const int64_t out = pooling_output_size(size, window.kernel[axis], window.padding[axis],
                                                window.stride[axis], window.dilation[axis],
                                                window.ceil_mode);
        if (out < 1) {
            const int64_t span = window.dilation[axis] * (window.kernel[axis] - 1) + 1;
            return cat("the ", op, " output ", axis_name(axis), " would be ", out, ": the window spans ",
                       span, " cells but the padded input ", axis_name(axis), " is only ",
                       size + 2 * window.padding[axis], " (", size, " + 2 × ",
                       window.padding[axis], "); use a smaller kernel or dilation, or more padding");
        }
    }
    return std::nullopt;
}

Shape pool_output_shape(const PoolWindow& window, const Shape& input) {
    Shape out = input;
    for (int axis : kAxes) {
        out[2 + static_cast<size_t>(axis)] =
            pooling_output_size(input[2 + axis], window.kernel[axis], window.padding[axis],
                                window.stride[axis], window.dilation[axis], window.ceil_mode);
    }
    return out;
}

}  // namespace convviz
