#include "core/ops/conv_transpose2d.hpp"

#include <algorithm>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/ops/conv_checks.hpp"
#include "core/ops/extent.hpp"
#include "core/ops/suggestion.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> validate(const ConvTranspose2dParams& params, const Shape& input,
                                    const Shape& weight, const Shape* bias, Lang lang) {
    return validate(params, input, weight, bias, lang, nullptr);
}

std::optional<std::string> validate(const ConvTranspose2dParams& params, const Shape& input, const Shape& weight,
                                    const Shape* bias, Lang lang, Suggestions* suggested) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    if (auto e = check_conv_weight(weight, "[C_in, C_out / groups, kH, kW]", lang)) return e;
    if (auto e = check_bounded("stride", params.stride, lang)) return e;
    if (auto e = check_bounded("padding", params.padding, lang)) return e;
    if (auto e = check_bounded("output_padding", params.output_padding, lang)) return e;
    if (auto e = check_bounded("dilation", params.dilation, lang)) return e;
    if (auto e = check_parameter("groups", params.groups, lang)) return e;

    if (auto e = check_at_least("stride", params.stride, 1, lang)) return e;
    if (auto e = check_at_least("padding", params.padding, 0, lang)) return e;
    if (auto e = check_at_least("output_padding", params.output_padding, 0, lang)) return e;
    if (auto e = check_at_least("dilation", params.dilation, 1, lang)) return e;
    if (params.groups < 1) return tr(lang, "msg.param.at_least_one", "groups", params.groups);
    if (input[1] != weight[0]) {
        return tr(lang, "msg.convt.in_channels", input[1], to_string(weight), weight[0]);
    }
    if (weight[0] % params.groups != 0) {
        return tr(lang, "msg.param.divisible_by_groups", "in_channels", weight[0], params.groups);
    }
    const int64_t out_channels = weight[1] * params.groups;
    if (out_channels > limits.channels) {
        return tr(lang, "msg.conv.out_channels_over", out_channels, limits.channels);
    }
    if (auto e = check_bias(bias, out_channels, lang)) return e;
    for (int axis : kAxes) {
        const int64_t op = params.output_padding[axis];
        const int64_t stride = params.stride[axis];
        const int64_t dilation = params.dilation[axis];
        if (op >= stride && op >= dilation) {
            // Stride and dilation are at least 1 here, so 0 is always among the values that work.
            const Suggestions options{{"output_padding", axis, std::max(stride, dilation) - 1, true}};
            if (suggested) *suggested = options;
            return tr(lang, "msg.convt.output_padding", op, stride, dilation, axis_name(axis, lang)) +
                   suggestion_text(options, lang);
        }
    }
    const Shape out = output_shape(params, input, weight);
    for (int axis : kAxes) {
        const int64_t size = spatial(out, axis);
        if (size < 1) {
            const int64_t full = transposed_size(spatial(input, axis), params.stride[axis], 0, spatial(weight, axis),
                                                 params.dilation[axis], 0);
            // The full output is at least 1 cell, so padding 0 always leaves one; the output only
            // shrinks as padding grows, so every padding up to the largest that leaves one works.
            const Suggestions options{{"padding", axis, (full + params.output_padding[axis] - 1) / 2, true}};
            if (suggested) *suggested = options;
            return tr(lang, "msg.convt.cropped_away", axis_name(axis, lang), size, params.padding[axis], full,
                      params.output_padding[axis]) +
                   suggestion_text(options, lang);
        }
    }
    if (auto e = check_output_shape(out, lang)) return e;
    return check_conv_work(element_count(input) * weight[1] * weight[2] * weight[3], input, weight,
                           input[1] > 1 || weight[1] * params.groups > 1, lang);
}

Shape output_shape(const ConvTranspose2dParams& params, const Shape& input, const Shape& weight) {
    Shape out{input[0], weight[1] * params.groups, 0, 0};
    for (int axis : kAxes) {
        spatial(out, axis) = transposed_size(spatial(input, axis), params.stride[axis], params.padding[axis],
                                             spatial(weight, axis), params.dilation[axis], params.output_padding[axis]);
    }
    return out;
}

Result<Tensor> conv_transpose2d_scatter(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                        const ConvTranspose2dParams& params, Lang lang) {
    const Shape* bias_shape = bias ? &bias->shape() : nullptr;
    if (auto e = validate(params, input.shape(), weight.shape(), bias_shape, lang)) return Error{*e};
    const Shape out_shape = output_shape(params, input.shape(), weight.shape());
    const int64_t batch = input.dim(0);
    const int64_t in_channels = input.dim(1);
    const int64_t group_in = in_channels / params.groups;
    const int64_t group_out = weight.dim(1);
    const int64_t kernel_h = weight.dim(2);
    const int64_t kernel_w = weight.dim(3);
    const int64_t out_h = out_shape[2];
    const int64_t out_w = out_shape[3];

    Tensor out = unwritten(out_shape);
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t out_c = 0; out_c < out_shape[1]; ++out_c) {
            const double start = bias ? (*bias)[out_c] : 0.0;
            for (int64_t y = 0; y < out_h; ++y) {
                for (int64_t x = 0; x < out_w; ++x) out.at(n, out_c, y, x) = start;
            }
        }
    }
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t in_c = 0; in_c < in_channels; ++in_c) {
            const int64_t group = in_c / group_in;
            for (int64_t in_y = 0; in_y < input.dim(2); ++in_y) {
                for (int64_t in_x = 0; in_x < input.dim(3); ++in_x) {
                    const double value = input.at(n, in_c, in_y, in_x);
                    for (int64_t c = 0; c < group_out; ++c) {
                        const int64_t out_c = group * group_out + c;
                        for (int64_t kernel_y = 0; kernel_y < kernel_h; ++kernel_y) {
                            // Row in the full (uncropped) output, then shifted by the crop.
                            const int64_t full_y = in_y * params.stride.h + kernel_y * params.dilation.h;
                            const int64_t out_y = full_y - params.padding.h;
                            if (out_y < 0 || out_y >= out_h) continue;
                            for (int64_t kernel_x = 0; kernel_x < kernel_w; ++kernel_x) {
                                const int64_t full_x = in_x * params.stride.w + kernel_x * params.dilation.w;
                                const int64_t out_x = full_x - params.padding.w;
                                if (out_x < 0 || out_x >= out_w) continue;
                                out.at(n, out_c, out_y, out_x) +=
                                    value * weight.at(in_c, c, kernel_y, kernel_x);
                            }
                        }
                    }
                }
            }
        }
    }
    return out;
}

SpreadAxis spread_axis(int64_t size, int64_t kernel, int64_t stride, int64_t padding,
                       int64_t output_padding, int64_t dilation) {
    SpreadAxis axis;
    axis.spread = (size - 1) * stride + 1;
    axis.border_before = dilation * (kernel - 1) - padding;
    axis.border_after = axis.border_before + output_padding;
    return axis;
}

// Coordinate p of the spread, bordered axis → the input cell there, or −1 for an inserted zero
// or a border cell.
static AxisMap spread_map(const SpreadAxis& axis, int64_t stride) {
    AxisMap map;
    map.source.reserve(static_cast<size_t>(std::max<int64_t>(axis.total(), 0)));
    for (int64_t p = 0; p < axis.total(); ++p) {
        const int64_t s = p - axis.border_before;  // position in the spread
        const bool on_cell = s >= 0 && s < axis.spread && s % stride == 0;
        map.source.push_back(on_cell ? s / stride : -1);
    }
    return map;
}

Tensor flipped_kernel(const Tensor& weight, int64_t groups) {
    const int64_t in_channels = weight.dim(0);
    const int64_t group_in = in_channels / groups;
    const int64_t group_out = weight.dim(1);
    const int64_t kernel_h = weight.dim(2);
    const int64_t kernel_w = weight.dim(3);
    Tensor flipped = unwritten({group_out * groups, group_in, kernel_h, kernel_w});
    for (int64_t in_c = 0; in_c < in_channels; ++in_c) {
        const int64_t group = in_c / group_in;
        for (int64_t c = 0; c < group_out; ++c) {
            for (int64_t kernel_y = 0; kernel_y < kernel_h; ++kernel_y) {
                for (int64_t kernel_x = 0; kernel_x < kernel_w; ++kernel_x) {
                    flipped.at(group * group_out + c, in_c % group_in, kernel_h - 1 - kernel_y,
                               kernel_w - 1 - kernel_x) = weight.at(in_c, c, kernel_y, kernel_x);
                }
            }
        }
    }
    return flipped;
}

Result<Tensor> conv_transpose2d_gather(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                       const ConvTranspose2dParams& params, Lang lang) {
    const Shape* bias_shape = bias ? &bias->shape() : nullptr;
    if (auto e = validate(params, input.shape(), weight.shape(), bias_shape, lang)) return Error{*e};
    const SpreadAxis rows = spread_axis(input.dim(2), weight.dim(2), params.stride.h,
                                        params.padding.h, params.output_padding.h, params.dilation.h);
    const SpreadAxis cols = spread_axis(input.dim(3), weight.dim(3), params.stride.w,
                                        params.padding.w, params.output_padding.w, params.dilation.w);
    return correlate(input, spread_map(rows, params.stride.h), spread_map(cols, params.stride.w),
                     flipped_kernel(weight, params.groups), bias, Pair{1, 1}, params.dilation,
                     params.groups);
}

}  // namespace convviz
