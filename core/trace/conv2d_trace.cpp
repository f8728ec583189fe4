#include "core/trace/conv2d_trace.hpp"

namespace convviz {

Result<Conv2dTrace> Conv2dTrace::make(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                      const Conv2dParams& params) {
    if (auto e = validate(params, input.shape(), weight.shape(), bias ? &bias->shape() : nullptr)) {
        return Error{*e};
    }
    Conv2dTrace trace;
    trace.input_ = input;
    trace.weight_ = weight;
    if (bias) trace.bias_ = *bias;
    trace.params_ = params;
    trace.padding_ = resolved_padding(params, weight.shape());
    trace.output_shape_ = convviz::output_shape(params, input.shape(), weight.shape());
    return trace;
}

void Conv2dTrace::step(int64_t k, Conv2dStep& into) const {
    const Cell out = cell_at(k, output_shape_[1], output_shape_[2], output_shape_[3]);
    const int64_t group_in = weight_.dim(1);
    const int64_t group = out.c / (weight_.dim(0) / params_.groups);
    into.output = out;
    into.taps.clear();
    into.sum = 0.0;
    for (int64_t c = 0; c < group_in; ++c) {
        const int64_t in_c = group * group_in + c;
        for (int64_t kernel_y = 0; kernel_y < weight_.dim(2); ++kernel_y) {
            const int64_t padded_y = out.y * params_.stride.h + kernel_y * params_.dilation.h;
            const int64_t in_y = padded_y - padding_.top;
            const auto source_y = padded_source(in_y, input_.dim(2), params_.padding_mode);
            for (int64_t kernel_x = 0; kernel_x < weight_.dim(3); ++kernel_x) {
                const int64_t padded_x = out.x * params_.stride.w + kernel_x * params_.dilation.w;
                const int64_t in_x = padded_x - padding_.left;
                const auto source_x = padded_source(in_x, input_.dim(3), params_.padding_mode);
                Conv2dTap tap;
                tap.kernel = {out.c, c, kernel_y, kernel_x};
                tap.weight = weight_.at(out.c, c, kernel_y, kernel_x);
                tap.padded_y = padded_y;
                tap.padded_x = padded_x;
                tap.padding = in_y < 0 || in_y >= input_.dim(2) || in_x < 0 || in_x >= input_.dim(3);
                if (source_y && source_x) {
                    tap.source = Cell{out.n, in_c, *source_y, *source_x};
                    tap.value = input_.at(out.n, in_c, *source_y, *source_x);
                    tap.product = tap.weight * tap.value;
                    into.sum += tap.product;  // zeros add nothing, as conv2d skips them
                }
                into.taps.push_back(tap);
            }
        }
    }
    into.bias = bias_ ? std::optional((*bias_)[out.c]) : std::nullopt;
    into.result = into.bias ? into.sum + *into.bias : into.sum;
}

Conv2dStep Conv2dTrace::step(int64_t k) const {
    Conv2dStep s;
    step(k, s);
    return s;
}

}  // namespace convviz
