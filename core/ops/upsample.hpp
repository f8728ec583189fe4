// upsample: PyTorch's F.interpolate / nn.Upsample (1.13, CPU) for a contiguous 4-D float64
// input, modes nearest, nearest-exact, bilinear and bicubic, by size or by scale_factor.
//
// Output size: `size`, or ⌊in·scale_factor⌋. Source coordinate of output index d, per axis, with
// scale = 1/scale_factor when given, else in/out (align_corners: (in − 1)/(out − 1), 0 if out = 1).
// The nearest modes pick their cell by one of two rules, as PyTorch's CPU kernel does by memory
// layout (NearestRule): a contiguous tensor with C = 1 (or H = W = 1) is channels-last too and
// takes the channels-last kernel; any other (C ≥ 2, for every batch size N) the generic one:
//   nearest, C = 1:        out = in copies (src = d), out = 2·in takes ⌊d/2⌋, else
//                          src = min(⌊d·scale⌋, in − 1) with scale and product in float32
//   nearest, C ≥ 2:        src = min(⌊float(d·scale)⌋, in − 1), scale and product in double,
//                          rounded to float32 before the floor; no shortcut
//   nearest-exact, C = 1:  src = min(⌊float((d + 0.5)·scale)⌋, in − 1), scale in float32
//   nearest-exact, C ≥ 2:  src = min(⌊float(max((d + 0.5)·scale − 0.5, 0) + 0.5)⌋, in − 1), double scale
//   bilinear (any C):      src = max((d + 0.5)·scale − 0.5, 0), or d·scale with align_corners;
//                          two neighbours weighted 1 − t and t; out = in copies
//   bicubic (any C):       as bilinear without the clamp at 0; four neighbours (clamped to the
//                          border) weighted by cubic convolution with A = −0.75
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

// Which of PyTorch's two CPU kernels a nearest mode follows (see above); the linear modes agree
// in both.
enum class NearestRule {
    channels_last,  // C = 1 or H = W = 1: float32 scale, the copy and halving shortcuts
    generic,        // otherwise: double scale, rounded to float32 before the floor
};
NearestRule nearest_rule(const Shape& input);

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
    // down (nearest: the value PyTorch floors, − 0.5) or linear modes clamp it at 0: what a
    // picture shows. For nearest it lies in cell index[0] (unless clamped to the last cell).
    double point = 0.0;
    int count = 0;         // 1 (nearest), 2 (bilinear) or 4 (bicubic)
    int64_t index[4] = {};
    double weight[4] = {};
};
// One axis of one upsample: the input and output sizes along it and the nearest modes' rule.
struct UpsampleAxis {
    int axis = 0;  // 0: height, 1: width
    int64_t in_size = 1;
    int64_t out_size = 1;
    NearestRule rule = NearestRule::generic;
};
UpsampleAxis upsample_axis(const UpsampleParams& params, const Shape& input, int axis);

// Whether nearest takes the channels-last kernel's shortcut on this axis (out = in or 2·in).
bool nearest_shortcut(const UpsampleParams& params, const UpsampleAxis& along);
UpsampleTaps upsample_taps(const UpsampleParams& params, const UpsampleAxis& along, int64_t out_index);

Result<Tensor> upsample(const Tensor& input, const UpsampleParams& params, Lang lang = Lang::en);

}  // namespace convviz
