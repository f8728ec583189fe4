// conv2d: PyTorch's F.conv2d / nn.Conv2d (1.13) in double precision, with its validation rules.
//
// Layouts: input [N, C_in, H, W]; weight [C_out, C_in / groups, kH, kW]; bias [C_out] or none.
// Output size per axis:  H_out = ⌊(H + pad_top + pad_bottom − dilation·(kH − 1) − 1) / stride⌋ + 1.
// padding_mode other than zeros pads the input in that mode first, then convolves unpadded;
// "same" pads dilation·(k − 1) in total per axis, the odd cell at the bottom/right (stride 1 only).
// This is the reference form a student reads; it is not tuned for speed and calls no BLAS.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/ops/pair.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

enum class PaddingMode { zeros, reflect, replicate, circular };
enum class PaddingKind { pair, same, valid };

const char* name(PaddingMode mode);
std::optional<PaddingMode> parse_padding_mode(std::string_view text);

struct Conv2dPadding {
    PaddingKind kind = PaddingKind::pair;
    Pair size{.h = 0, .w = 0};  // used when kind == pair
};

struct Conv2dParams {
    Pair stride{.h = 1, .w = 1};
    Conv2dPadding padding{};
    Pair dilation{.h = 1, .w = 1};
    int64_t groups = 1;
    PaddingMode padding_mode = PaddingMode::zeros;
};

// The padding actually applied on each side, "same" and "valid" resolved.
struct Padding4 {
    int64_t top = 0, bottom = 0, left = 0, right = 0;
    int64_t before(int axis) const { return axis == 0 ? top : left; }
    int64_t after(int axis) const { return axis == 0 ? bottom : right; }
};
Padding4 resolved_padding(const Conv2dParams& params, const Shape& weight);

// Where padded coordinate `i` (in [-before, size + after)) takes its value from under `mode`:
// an index into [0, size), or nothing when the cell is a zero.
std::optional<int64_t> padded_source(int64_t i, int64_t size, PaddingMode mode);

// The first rule the configuration breaks, in plain words with the user's numbers, or nothing.
std::optional<std::string> validate(const Conv2dParams& params, const Shape& input,
                                    const Shape& weight, const Shape* bias, Lang lang = Lang::en);

Shape output_shape(const Conv2dParams& params, const Shape& input, const Shape& weight);  // valid only

Result<Tensor> conv2d(const Tensor& input, const Tensor& weight, const Tensor* bias,
                      const Conv2dParams& params, Lang lang = Lang::en);

// [SECTION] The shared direct-convolution kernel (also the gather form of conv_transpose2d)
// Each axis of the (virtual) padded input maps a coordinate to an input index, or −1 for a zero.
struct AxisMap {
    std::vector<int64_t> source;
    int64_t size() const { return static_cast<int64_t>(source.size()); }
};
AxisMap padded_axis(int64_t size, int64_t before, int64_t after, PaddingMode mode);

// out[n, co, oy, ox] = bias[co] + Σ weight[co, ci, ky, kx] · padded[n, g·C_in/g + ci, oy·s + ky·d, ox·s + kx·d]
// for the output size the maps imply. Preconditions: shapes consistent, output size ≥ 1.
Tensor correlate(const Tensor& input, const AxisMap& rows, const AxisMap& cols, const Tensor& weight,
                 const Tensor* bias, Pair stride, Pair dilation, int64_t groups);

}  // namespace convviz
