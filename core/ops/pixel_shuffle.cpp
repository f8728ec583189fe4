#include "core/ops/pixel_shuffle.hpp"

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/ops/pair.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> validate(const PixelShuffleParams& params, const Shape& input, Lang lang) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    const int64_t r = params.upscale_factor;
    if (auto e = check_parameter("upscale_factor", r, lang)) return e;
    if (r < 1) return tr(lang, "msg.param.at_least_one", "upscale_factor", r);
    if (input[1] % (r * r) != 0) {
        return tr(lang, "msg.shuffle.channels", input[1], r, r * r, r * r * (input[1] / (r * r) + 1));
    }
    return check_output_shape(output_shape(params, input), lang);
}

std::optional<std::string> validate(const PixelUnshuffleParams& params, const Shape& input, Lang lang) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    const int64_t r = params.downscale_factor;
    if (auto e = check_parameter("downscale_factor", r, lang)) return e;
    if (r < 1) return tr(lang, "msg.param.at_least_one", "downscale_factor", r);
    for (int axis = 0; axis < 2; ++axis) {
        if (input[2 + static_cast<size_t>(axis)] % r != 0) {
            return tr(lang, "msg.unshuffle.side", axis_name(axis, lang), input[2 + static_cast<size_t>(axis)], r);
        }
    }
    if (input[1] * r * r > limits.channels) {
        return tr(lang, "msg.unshuffle.channels_over", input[1], r, input[1] * r * r, limits.channels);
    }
    return check_output_shape(output_shape(params, input), lang);
}

Shape output_shape(const PixelShuffleParams& params, const Shape& input) {
    const int64_t r = params.upscale_factor;
    return {input[0], input[1] / (r * r), input[2] * r, input[3] * r};
}

Shape output_shape(const PixelUnshuffleParams& params, const Shape& input) {
    const int64_t r = params.downscale_factor;
    return {input[0], input[1] * r * r, input[2] / r, input[3] / r};
}

Result<Tensor> pixel_shuffle(const Tensor& input, const PixelShuffleParams& params, Lang lang) {
    if (auto e = validate(params, input.shape(), lang)) return Error{*e};
    const int64_t r = params.upscale_factor;
    const Shape out_shape = output_shape(params, input.shape());
    Tensor out = unwritten(out_shape);
    for (int64_t n = 0; n < out_shape[0]; ++n) {
        for (int64_t c = 0; c < out_shape[1]; ++c) {
            for (int64_t out_y = 0; out_y < out_shape[2]; ++out_y) {
                for (int64_t out_x = 0; out_x < out_shape[3]; ++out_x) {
                    const int64_t in_c = c * r * r + (out_y % r) * r + (out_x % r);
                    out.at(n, c, out_y, out_x) = input.at(n, in_c, out_y / r, out_x / r);
                }
            }
        }
    }
    return out;
}

Result<Tensor> pixel_unshuffle(const Tensor& input, const PixelUnshuffleParams& params, Lang lang) {
    if (auto e = validate(params, input.shape(), lang)) return Error{*e};
    const int64_t r = params.downscale_factor;
    const Shape out_shape = output_shape(params, input.shape());
    Tensor out = unwritten(out_shape);
    for (int64_t n = 0; n < input.dim(0); ++n) {
        for (int64_t c = 0; c < input.dim(1); ++c) {
            for (int64_t in_y = 0; in_y < input.dim(2); ++in_y) {
                for (int64_t in_x = 0; in_x < input.dim(3); ++in_x) {
                    const int64_t out_c = c * r * r + (in_y % r) * r + (in_x % r);
                    out.at(n, out_c, in_y / r, in_x / r) = input.at(n, c, in_y, in_x);
                }
            }
        }
    }
    return out;
}

}  // namespace convviz
