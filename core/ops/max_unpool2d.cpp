#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/ops/pooling.hpp"
#include "core/ops/suggestion.hpp"
#include "core/text.hpp"

namespace convviz {

static int64_t default_unpool_size(const MaxUnpool2dParams& params, const Shape& input, int axis) {
    const Pair stride = stride_or_kernel(params.stride, params.kernel_size);
    return (spatial(input, axis) - 1) * stride[axis] - 2 * params.padding[axis] + params.kernel_size[axis];
}

std::optional<std::string> validate(const MaxUnpool2dParams& params, const Shape& input,
                                    const Shape& indices, Lang lang) {
    return validate(params, input, indices, lang, nullptr);
}

std::optional<std::string> validate(const MaxUnpool2dParams& params, const Shape& input, const Shape& indices,
                                    Lang lang, Suggestions* suggested) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    const Pair stride = stride_or_kernel(params.stride, params.kernel_size);
    for (int axis : kAxes) {
        if (auto e = check_parameter("kernel_size", params.kernel_size[axis], lang)) return e;
        if (auto e = check_parameter("stride", stride[axis], lang)) return e;
        if (auto e = check_parameter("padding", params.padding[axis], lang)) return e;
        if (params.output_size) {
            if (auto e = check_parameter("output_size", (*params.output_size)[axis], lang)) return e;
        }
    }
    if (indices != input) {
        return tr(lang, "msg.unpool.indices_shape", to_string(input), to_string(indices));
    }
    for (int axis : kAxes) {
        const int64_t natural = default_unpool_size(params, input, axis);
        if (params.output_size) {
            const int64_t wanted = (*params.output_size)[axis];
            const int64_t low = natural - stride[axis];
            const int64_t high = natural + stride[axis];
            if (!(low < wanted && wanted < high)) {
                return tr(lang, "msg.unpool.output_size_range", axis_name(axis, lang), wanted, low, high, natural,
                          spatial(input, axis), stride[axis], params.padding[axis], params.kernel_size[axis]);
            }
        } else if (natural < 1) {
            // The output grows as padding shrinks: every padding up to the largest that leaves one
            // cell works, when even padding 0 does.
            const int64_t most = ((spatial(input, axis) - 1) * stride[axis] + params.kernel_size[axis] - 1) / 2;
            Suggestions options;
            if ((spatial(input, axis) - 1) * stride[axis] + params.kernel_size[axis] >= 1 && most >= 0) {
                options.push_back({"padding", axis, most, true});
            }
            if (suggested) *suggested = options;
            return tr(lang, "msg.unpool.output_empty", axis_name(axis, lang), natural, spatial(input, axis), stride[axis],
                      params.padding[axis], params.kernel_size[axis]) +
                   suggestion_text(options, lang);
        }
    }
    const Shape out = output_shape(params, input);
    if (out[2] < 1 || out[3] < 1) {
        return tr(lang, "msg.unpool.output_size_at_least_one", out[2], out[3]);
    }
    return check_output_shape(out, lang);
}

Shape output_shape(const MaxUnpool2dParams& params, const Shape& input) {
    if (params.output_size) return {input[0], input[1], params.output_size->h, params.output_size->w};
    return {input[0], input[1], default_unpool_size(params, input, 0), default_unpool_size(params, input, 1)};
}

Result<Tensor> max_unpool2d(const Tensor& input, const IndexTensor& indices,
                            const MaxUnpool2dParams& params, Lang lang) {
    if (auto e = validate(params, input.shape(), indices.shape(), lang)) return Error{*e};
    const Shape out_shape = output_shape(params, input.shape());
    const int64_t plane = out_shape[2] * out_shape[3];
    Tensor out(out_shape, 0.0);  // every cell no index names stays 0: that is the op
    for (int64_t n = 0; n < input.dim(0); ++n) {
        for (int64_t c = 0; c < input.dim(1); ++c) {
            for (int64_t y = 0; y < input.dim(2); ++y) {
                for (int64_t x = 0; x < input.dim(3); ++x) {
                    const int64_t index = indices.at(n, c, y, x);
                    if (index < 0 || index >= plane) {
                        return Error{tr(lang, "msg.unpool.index_outside", index, cat(n, ", ", c, ", ", y, ", ", x),
                                        out_shape[2], out_shape[3], plane - 1)};
                    }
                    out[(n * out_shape[1] + c) * plane + index] = input.at(n, c, y, x);
                }
            }
        }
    }
    return out;
}

}  // namespace convviz
