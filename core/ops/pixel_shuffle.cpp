#include "core/ops/pixel_shuffle.hpp"

#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> validate(const PixelShuffleParams& params, const Shape& input) {
    if (auto e = check_input_shape("the input", input)) return e;
    const int64_t r = params.upscale_factor;
    if (auto e = check_parameter("upscale_factor", r)) return e;
    if (r < 1) return cat("upscale_factor must be at least 1, but it is ", r);
    if (input[1] % (r * r) != 0) {
        return cat("the input's channel count (", input[1], ") must be divisible by upscale_factor² (",
                   r, "² = ", r * r, "); use ", r * r * (input[1] / (r * r) + 1), " channels or another factor");
    }
    return check_output_shape(output_shape(params, input));
}

std::optional<std::string> validate(const PixelUnshuffleParams& params, const Shape& input) {
    if (auto e = check_input_shape("the input", input)) return e;
    const int64_t r = params.downscale_factor;
    if (auto e = check_parameter("downscale_factor", r)) return e;
    if (r < 1) return cat("downscale_factor must be at least 1, but it is ", r);
    for (int axis = 0; axis < 2; ++axis) {
        if (input[2 + static_cast<size_t>(axis)] % r != 0) {
            return cat("the input ", axis == 0 ? "height" : "width", " (", input[2 + static_cast<size_t>(axis)],
                       ") must be divisible by downscale_factor (", r, ")");
        }
    }
    if (input[1] * r * r > limits.channels) {
        return cat("the output channel count (", input[1], " × ", r, "² = ", input[1] * r * r,
                   ") is over ConvViz's limit of ", limits.channels);
    }
    return check_output_shape(output_shape(params, input));
}

Shape output_shape(const PixelShuffleParams& params, const Shape& input) {
    const int64_t r = params.upscale_factor;
    return {input[0], input[1] / (r * r), input[2] * r, input[3] * r};
}

Shape output_shape(const PixelUnshuffleParams& params, const Shape& input) {
    const int64_t r = params.downscale_factor;
    return {input[0], input[1] * r * r, input[2] / r, input[3] / r};
}

Result<Tensor> pixel_shuffle(const Tensor& input, const PixelShuffleParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
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

Result<Tensor> pixel_unshuffle(const Tensor& input, const PixelUnshuffleParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
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
