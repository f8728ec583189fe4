#include "core/ops/pixel_shuffle.hpp"

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/ops/pair.hpp"
#include "core/ops/suggestion.hpp"
#include "core/text.hpp"

namespace convviz {

std::optional<std::string> validate(const PixelShuffleParams& params, const Shape& input, Lang lang) {
    return validate(params, input, lang, nullptr);
}

// What makes the channel count divisible by r²: the next multiple of r² within ConvViz's channel
// bound (else the one below, if there is one), or the largest factor below r that divides it and
// keeps the output within bounds (1 always divides).
static Suggestions shuffle_fits(const Shape& input, int64_t r, Lang lang) {
    Suggestions options;
    const int64_t block = r * r;
    const int64_t above = block * (input[1] / block + 1);
    const int64_t below = block * (input[1] / block);
    const auto allowed = [&](int64_t channels) {
        Shape changed = input;
        changed[1] = channels;
        return channels >= 1 && !check_input_shape("", changed, lang) &&
               !check_output_shape(output_shape(PixelShuffleParams{.upscale_factor = r}, changed), lang);
    };
    if (allowed(above)) {
        options.push_back({"channels", -1, above});
    } else if (allowed(below)) {
        options.push_back({"channels", -1, below});
    }
    for (int64_t f = r - 1; f >= 1; --f) {
        if (input[1] % (f * f) != 0) continue;
        if (!check_output_shape(output_shape(PixelShuffleParams{.upscale_factor = f}, input), lang)) {
            options.push_back({"upscale_factor", -1, f});
        }
        break;
    }
    return options;
}

std::optional<std::string> validate(const PixelShuffleParams& params, const Shape& input, Lang lang,
                                    Suggestions* suggested) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    const int64_t r = params.upscale_factor;
    if (auto e = check_parameter("upscale_factor", r, lang)) return e;
    if (r < 1) return tr(lang, "msg.param.at_least_one", "upscale_factor", r);
    if (input[1] % (r * r) != 0) {
        const Suggestions options = shuffle_fits(input, r, lang);
        if (suggested) *suggested = options;
        return tr(lang, "msg.shuffle.channels", input[1], r, r * r) + suggestion_text(options, lang);
    }
    return check_output_shape(output_shape(params, input), lang);
}

std::optional<std::string> validate(const PixelUnshuffleParams& params, const Shape& input, Lang lang) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    const int64_t r = params.downscale_factor;
    if (auto e = check_parameter("downscale_factor", r, lang)) return e;
    if (r < 1) return tr(lang, "msg.param.at_least_one", "downscale_factor", r);
    for (int axis = 0; axis < 2; ++axis) {
        if (spatial(input, axis) % r != 0) {
            return tr(lang, "msg.unshuffle.side", axis_name(axis, lang), spatial(input, axis), r);
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
