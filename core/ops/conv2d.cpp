#include "core/ops/conv2d.hpp"

#include <algorithm>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/ops/conv_checks.hpp"
#include "core/ops/extent.hpp"
#include "core/ops/suggestion.hpp"
#include "core/text.hpp"

namespace convviz {

const char* name(PaddingMode mode) {
    switch (mode) {
        case PaddingMode::zeros: return "zeros";
        case PaddingMode::reflect: return "reflect";
        case PaddingMode::replicate: return "replicate";
        case PaddingMode::circular: return "circular";
    }
    return "zeros";
}

std::optional<PaddingMode> parse_padding_mode(std::string_view text) {
    for (PaddingMode mode : {PaddingMode::zeros, PaddingMode::reflect, PaddingMode::replicate,
                             PaddingMode::circular}) {
        if (text == name(mode)) return mode;
    }
    return std::nullopt;
}

Padding4 resolved_padding(const Conv2dParams& params, const Shape& weight) {
    switch (params.padding.kind) {
        case PaddingKind::pair:
            return {params.padding.size.h, params.padding.size.h, params.padding.size.w,
                    params.padding.size.w};
        case PaddingKind::valid: return {};
        case PaddingKind::same: {
            const int64_t total_h = params.dilation.h * (weight[2] - 1);
            const int64_t total_w = params.dilation.w * (weight[3] - 1);
            return {total_h / 2, total_h - total_h / 2, total_w / 2, total_w - total_w / 2};
        }
    }
    return {};
}

std::optional<int64_t> padded_source(int64_t i, int64_t size, PaddingMode mode) {
    if (i >= 0 && i < size) return i;
    switch (mode) {
        case PaddingMode::zeros: return std::nullopt;
        case PaddingMode::reflect: {
            // Mirror about the edge cells without repeating them: -1 → 1, size → size − 2.
            // Validation keeps padding below size, so one reflection is enough.
            return i < 0 ? -i : 2 * (size - 1) - i;
        }
        case PaddingMode::replicate: return i < 0 ? 0 : size - 1;
        case PaddingMode::circular: return ((i % size) + size) % size;
    }
    return std::nullopt;
}

AxisMap padded_axis(int64_t size, int64_t before, int64_t after, PaddingMode mode) {
    AxisMap map;
    map.source.reserve(static_cast<size_t>(size + before + after));
    for (int64_t p = -before; p < size + after; ++p) {
        map.source.push_back(padded_source(p, size, mode).value_or(-1));
    }
    return map;
}

std::optional<std::string> validate(const Conv2dParams& params, const Shape& input,
                                    const Shape& weight, const Shape* bias, Lang lang) {
    return validate(params, input, weight, bias, lang, nullptr);
}

// What clears "the kernel spans more than the padded input" on one axis, each value valid itself:
// the least padding that is enough (within the padding mode's own bound), a smaller kernel, a
// smaller dilation.
static Suggestions kernel_fits(const Conv2dParams& params, int64_t size, int64_t padded, int64_t kernel,
                               int64_t dilation, int axis) {
    Suggestions options;
    const int64_t span = dilated_extent(kernel, dilation);
    const int64_t padding = (span - size + 1) / 2;
    const bool mode_allows = params.padding_mode == PaddingMode::reflect    ? padding < size
                             : params.padding_mode == PaddingMode::circular ? padding <= size
                                                                            : true;
    if (padding <= limits.parameter && mode_allows) options.push_back({"padding", axis, padding});
    options.push_back({"kernel_size", axis, (padded - 1) / dilation + 1});
    if (kernel > 1 && (padded - 1) / (kernel - 1) >= 1) {
        options.push_back({"dilation", axis, (padded - 1) / (kernel - 1)});
    }
    return options;
}

std::optional<std::string> validate(const Conv2dParams& params, const Shape& input, const Shape& weight,
                                    const Shape* bias, Lang lang, Suggestions* suggested) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    if (auto e = check_conv_weight(weight, "[C_out, C_in / groups, kH, kW]", lang)) return e;
    if (weight[0] > limits.channels) {
        return tr(lang, "msg.conv.out_channels_over", weight[0], limits.channels);
    }
    if (auto e = check_bounded("stride", params.stride, lang)) return e;
    if (auto e = check_bounded("padding", params.padding.size, lang)) return e;
    if (auto e = check_bounded("dilation", params.dilation, lang)) return e;
    if (auto e = check_parameter("groups", params.groups, lang)) return e;

    if (auto e = check_at_least("stride", params.stride, 1, lang)) return e;
    if (params.padding.kind == PaddingKind::pair) {
        if (auto e = check_at_least("padding", params.padding.size, 0, lang)) return e;
    }
    if (params.padding.kind == PaddingKind::same) {
        for (int axis : kAxes) {
            if (params.stride[axis] != 1) {
                return tr(lang, "msg.conv.same_needs_stride_one", params.stride[axis], axis_name(axis, lang));
            }
        }
    }
    if (auto e = check_at_least("dilation", params.dilation, 1, lang)) return e;
    if (params.groups < 1) {
        return tr(lang, "msg.param.at_least_one", "groups", params.groups);
    }
    if (input[1] != weight[1] * params.groups) {
        return tr(lang, "msg.conv.in_channels", input[1], to_string(weight), params.groups, weight[1],
                  weight[1] * params.groups);
    }
    if (weight[0] % params.groups != 0) {
        return tr(lang, "msg.param.divisible_by_groups", "out_channels", weight[0], params.groups);
    }
    if (auto e = check_bias(bias, weight[0], lang)) return e;

    const Padding4 pad = resolved_padding(params, weight);
    for (int axis : kAxes) {
        const int64_t size = spatial(input, axis);
        const int64_t most = std::max(pad.before(axis), pad.after(axis));
        if (params.padding_mode == PaddingMode::reflect && most >= size) {
            return tr(lang, "msg.conv.reflect_padding", most, axis_name(axis, lang), size);
        }
        if (params.padding_mode == PaddingMode::circular && most > size) {
            return tr(lang, "msg.conv.circular_padding", most, axis_name(axis, lang), size);
        }
    }
    for (int axis : kAxes) {
        const int64_t padded = spatial(input, axis) + pad.before(axis) + pad.after(axis);
        const int64_t span = dilated_extent(spatial(weight, axis), params.dilation[axis]);
        if (span > padded) {
            const Suggestions options =
                kernel_fits(params, spatial(input, axis), padded, spatial(weight, axis), params.dilation[axis], axis);
            if (suggested) *suggested = options;
            return tr(lang, "msg.conv.kernel_too_large", span, params.dilation[axis], spatial(weight, axis),
                      axis_name(axis, lang), padded, spatial(input, axis), pad.before(axis) + pad.after(axis)) +
                   suggestion_text(options, lang);
        }
    }
    const Shape out = output_shape(params, input, weight);
    if (auto e = check_output_shape(out, lang)) return e;
    return check_conv_work(element_count(out) * weight[1] * weight[2] * weight[3], input, weight,
                           input[1] > 1 || weight[0] > 1, lang);
}

Shape output_shape(const Conv2dParams& params, const Shape& input, const Shape& weight) {
    const Padding4 pad = resolved_padding(params, weight);
    Shape out{input[0], weight[0], 0, 0};
    for (int axis : kAxes) {
        const int64_t padded = spatial(input, axis) + pad.before(axis) + pad.after(axis);
        const int64_t span = dilated_extent(spatial(weight, axis), params.dilation[axis]);
        spatial(out, axis) = (padded - span) / params.stride[axis] + 1;
    }
    return out;
}

Result<Tensor> conv2d(const Tensor& input, const Tensor& weight, const Tensor* bias,
                      const Conv2dParams& params, Lang lang) {
    const Shape* bias_shape = bias ? &bias->shape() : nullptr;
    if (auto e = validate(params, input.shape(), weight.shape(), bias_shape, lang)) return Error{*e};
    const Padding4 pad = resolved_padding(params, weight.shape());
    const AxisMap rows = padded_axis(input.dim(2), pad.top, pad.bottom, params.padding_mode);
    const AxisMap cols = padded_axis(input.dim(3), pad.left, pad.right, params.padding_mode);
    return correlate(input, rows, cols, weight, bias, params.stride, params.dilation, params.groups);
}

Tensor correlate(const Tensor& input, const AxisMap& rows, const AxisMap& cols, const Tensor& weight,
                 const Tensor* bias, Pair stride, Pair dilation, int64_t groups) {
    const int64_t batch = input.dim(0);
    const int64_t out_channels = weight.dim(0);
    const int64_t group_in = weight.dim(1);
    const int64_t group_out = out_channels / groups;
    const int64_t kernel_h = weight.dim(2);
    const int64_t kernel_w = weight.dim(3);
    const int64_t out_h = (rows.size() - dilation.h * (kernel_h - 1) - 1) / stride.h + 1;
    const int64_t out_w = (cols.size() - dilation.w * (kernel_w - 1) - 1) / stride.w + 1;

    Tensor out = unwritten({batch, out_channels, out_h, out_w});
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t out_c = 0; out_c < out_channels; ++out_c) {
            const int64_t group = out_c / group_out;
            for (int64_t out_y = 0; out_y < out_h; ++out_y) {
                for (int64_t out_x = 0; out_x < out_w; ++out_x) {
                    double sum = 0.0;
                    for (int64_t c = 0; c < group_in; ++c) {
                        const int64_t in_c = group * group_in + c;
                        for (int64_t kernel_y = 0; kernel_y < kernel_h; ++kernel_y) {
                            const int64_t in_y = rows.source[static_cast<size_t>(
                                out_y * stride.h + kernel_y * dilation.h)];
                            if (in_y < 0) continue;
                            for (int64_t kernel_x = 0; kernel_x < kernel_w; ++kernel_x) {
                                const int64_t in_x = cols.source[static_cast<size_t>(
                                    out_x * stride.w + kernel_x * dilation.w)];
                                if (in_x < 0) continue;
                                sum += weight.at(out_c, c, kernel_y, kernel_x) *
                                       input.at(n, in_c, in_y, in_x);
                            }
                        }
                    }
                    // Sum first, then the bias: the order the trace shows, so both agree to the bit.
                    out.at(n, out_c, out_y, out_x) = bias ? sum + (*bias)[out_c] : sum;
                }
            }
        }
    }
    return out;
}

}  // namespace convviz
