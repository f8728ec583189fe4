// pixel_shuffle / pixel_unshuffle: PyTorch's channel-to-space rearrangement and its inverse (1.13).
//   pixel_shuffle:   out[n, c, h·r + i, w·r + j] = in[n, c·r² + i·r + j, h, w]
//   pixel_unshuffle: the inverse; H and W must be divisible by r.
// Pure moves: no arithmetic on values.
#pragma once

#include <optional>
#include <string>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

struct PixelShuffleParams {
    int64_t upscale_factor = 2;
};

struct PixelUnshuffleParams {
    int64_t downscale_factor = 2;
};

std::optional<std::string> validate(const PixelShuffleParams& params, const Shape& input, Lang lang = Lang::en);
std::optional<std::string> validate(const PixelUnshuffleParams& params, const Shape& input, Lang lang = Lang::en);
Shape output_shape(const PixelShuffleParams& params, const Shape& input);    // valid only
Shape output_shape(const PixelUnshuffleParams& params, const Shape& input);  // valid only

Result<Tensor> pixel_shuffle(const Tensor& input, const PixelShuffleParams& params, Lang lang = Lang::en);
Result<Tensor> pixel_unshuffle(const Tensor& input, const PixelUnshuffleParams& params, Lang lang = Lang::en);

}  // namespace convviz
