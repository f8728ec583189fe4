// upsample: PyTorch's F.interpolate / nn.Upsample (1.13) for 4-D input, in double precision,
// modes nearest, nearest-exact, bilinear and bicubic, by size or by scale_factor.
//
// Output size: `size`, or ⌊in·scale_factor⌋. Source coordinate of output index d, per axis, with
// scale = 1/scale_factor when given, else in/out (align_corners: (in − 1)/(out − 1), 0 if out = 1):
//   nearest:        src = min(⌊d·scale⌋, in − 1), in float32; out = in copies, out = 2·in takes d/2
//   nearest-exact:  src = min(⌊(d + 0.5)·scale⌋, in − 1), float32 scale
//   bilinear:       src = max((d + 0.5)·scale − 0.5, 0), or d·scale with align_corners;
//                   two neighbours weighted 1 − t and t; out = in copies
//   bicubic:        as bilinear without the clamp at 0; four neighbours (clamped to the border)
//                   weighted by cubic convolution with A = −0.75
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/lang.hpp"
#include "core/ops/pair.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

enum class UpsampleMode { nearest, nearest_exact, bilinear, bicubic };

const char* name(UpsampleMode mode);  // PyTorch's spelling: "nearest-exact"
std::optional<UpsampleMode> parse_upsample_mode(std::string_view text);

struct ScaleFactor {
    double h = 2.0;
    double w = 2.0;
    double operator[](int axis) const { return axis == 0 ? h : w; }
};

struct UpsampleParams {
    UpsampleMode mode = UpsampleMode::nearest;
    std::optional<Pair> size;                 // exactly one of size and scale_factor
    std::optional<ScaleFactor> scale_factor;
    std::optional<bool> align_corners;        // only for bilinear and bicubic; none means false
};

std::optional<std::string> validate(const UpsampleParams& params, const Shape& input, Lang lang = Lang::en);
Shape output_shape(const UpsampleParams& params, const Shape& input);  // valid only

// The input cells one output index reads along one axis, and their weights (which sum to 1).
struct UpsampleTaps {
    double source = 0.0;   // the source coordinate the mode computes
    // Where the mode samples, in input cells with cell i's centre at i, before nearest rounds it
    // down (nearest: d·scale − 0.5) or linear modes clamp it at 0: what a picture shows.
    double point = 0.0;
    int count = 0;         // 1 (nearest), 2 (bilinear) or 4 (bicubic)
    int64_t index[4] = {};
    double weight[4] = {};
};
// The factor a source coordinate is the output index times: (in − 1)/(out − 1) with
// align_corners (0 when out = 1), else 1/scale_factor or in/out (in float32 for the nearest modes).
double upsample_scale(const UpsampleParams& params, int axis, int64_t in_size, int64_t out_size);
UpsampleTaps upsample_taps(const UpsampleParams& params, int axis, int64_t in_size,
                           int64_t out_size, int64_t out_index);

Result<Tensor> upsample(const Tensor& input, const UpsampleParams& params, Lang lang = Lang::en);

}  // namespace convviz
