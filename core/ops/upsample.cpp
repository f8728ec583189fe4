#include "core/ops/upsample.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

const char* name(UpsampleMode mode) {
    switch (mode) {
        case UpsampleMode::nearest: return "nearest";
        case UpsampleMode::nearest_exact: return "nearest-exact";
        case UpsampleMode::bilinear: return "bilinear";
        case UpsampleMode::bicubic: return "bicubic";
    }
    return "nearest";
}

std::optional<UpsampleMode> parse_upsample_mode(std::string_view text) {
    for (UpsampleMode mode : {UpsampleMode::nearest, UpsampleMode::nearest_exact,
                              UpsampleMode::bilinear, UpsampleMode::bicubic}) {
        if (text == name(mode)) return mode;
    }
    return std::nullopt;
}

static bool interpolates(UpsampleMode mode) {
    return mode == UpsampleMode::bilinear || mode == UpsampleMode::bicubic;
}

// ⌊in·f⌋ as a double, so a huge factor is caught before it becomes an integer.
static double scaled_size(int64_t in, double factor) {
    return std::trunc(static_cast<double>(in) * factor);
}

std::optional<std::string> validate(const UpsampleParams& params, const Shape& input, Lang lang) {
    if (auto e = check_input_shape(text(lang, "msg.noun.input"), input, lang)) return e;
    if (params.size && params.scale_factor) {
        return tr(lang, "msg.upsample.size_and_scale");
    }
    if (!params.size && !params.scale_factor) {
        return tr(lang, "msg.upsample.no_size");
    }
    if (params.align_corners && !interpolates(params.mode)) {
        return tr(lang, "msg.upsample.align_corners", name(params.mode));
    }
    for (int axis : kAxes) {
        double out = 0.0;
        if (params.size) {
            // The output itself, not a parameter: bounded like ⌊in·scale_factor⌋, by the output side.
            out = static_cast<double>((*params.size)[axis]);
        } else {
            const double factor = (*params.scale_factor)[axis];
            if (!std::isfinite(factor)) {
                return tr(lang, "msg.upsample.scale_not_finite", axis_name(axis, lang));
            }
            out = scaled_size(spatial(input, axis), factor);
        }
        if (out < 1) {
            if (params.scale_factor) {
                return tr(lang, "msg.upsample.output_empty_scaled", axis_name(axis, lang), exact_number(out),
                          spatial(input, axis), exact_number((*params.scale_factor)[axis]));
            }
            return tr(lang, "msg.upsample.output_empty", axis_name(axis, lang), exact_number(out));
        }
        if (out > static_cast<double>(limits.output_side)) {
            return tr(lang, "msg.upsample.output_over", axis_name(axis, lang), exact_number(out), limits.output_side);
        }
    }
    const Shape out = output_shape(params, input);
    if (auto e = check_output_shape(out, lang)) return e;
    return check_work(element_count(out) * 16, lang);
}

Shape output_shape(const UpsampleParams& params, const Shape& input) {
    Shape out = input;
    for (int axis : kAxes) {
        spatial(out, axis) =
            params.size ? (*params.size)[axis]
                        : static_cast<int64_t>(scaled_size(spatial(input, axis), (*params.scale_factor)[axis]));
    }
    return out;
}

// PyTorch's compute_scales_value: 1/scale_factor when one was given, else in/out.
static double scale_value(const UpsampleParams& params, int axis, int64_t in, int64_t out) {
    if (params.scale_factor && (*params.scale_factor)[axis] > 0.0) {
        return 1.0 / (*params.scale_factor)[axis];
    }
    return static_cast<double>(in) / static_cast<double>(out);
}

static double cubic_near(double x) {  // |x| ≤ 1
    constexpr double A = -0.75;
    return ((A + 2) * x - (A + 3)) * x * x + 1;
}

static double cubic_far(double x) {  // 1 < |x| < 2
    constexpr double A = -0.75;
    return ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
}

NearestRule nearest_rule(const Shape& input) {
    // PyTorch asks input.is_contiguous(ChannelsLast): strides of size-1 dimensions do not count,
    // so a contiguous NCHW tensor is channels-last exactly when C = 1 or H·W = 1, whatever N is.
    const bool channels_last = input.size() == 4 && (input[1] == 1 || input[2] * input[3] == 1);
    return channels_last ? NearestRule::channels_last : NearestRule::generic;
}

UpsampleAxis upsample_axis(const UpsampleParams& params, const Shape& input, int axis) {
    const Shape out = output_shape(params, input);
    return {.axis = axis, .in_size = spatial(input, axis), .out_size = spatial(out, axis), .rule = nearest_rule(input)};
}

bool nearest_shortcut(const UpsampleParams& params, const UpsampleAxis& along) {
    return params.mode == UpsampleMode::nearest && along.rule == NearestRule::channels_last &&
           (along.out_size == along.in_size || along.out_size == 2 * along.in_size);
}

// The value a nearest kernel floors (in input cells, cell i spanning [i, i + 1)) and the index it gives.
struct NearestPick {
    double sample = 0.0;
    int64_t index = 0;
};

static NearestPick floored(double sample, int64_t last) {
    return {sample, std::min(static_cast<int64_t>(std::floor(sample)), last)};
}

// PyTorch's nearest_idx and nearest_exact_idx (channels-last kernel) and
// HelperInterpNearest(Exact)::compute_indices_weights (generic kernel), for float64 tensors.
static NearestPick nearest_pick(const UpsampleParams& params, const UpsampleAxis& along, int64_t out_index) {
    const int64_t last = along.in_size - 1;
    const double scale = scale_value(params, along.axis, along.in_size, along.out_size);
    const double d = static_cast<double>(out_index);
    const bool exact = params.mode == UpsampleMode::nearest_exact;
    if (along.rule == NearestRule::channels_last) {
        if (!exact && along.out_size == along.in_size) return {d, out_index};
        if (!exact && along.out_size == 2 * along.in_size) return {d / 2.0, out_index / 2};
        const float scale32 = static_cast<float>(scale);
        // floorf(dst_index * scale): int64 times float is a float product.
        if (!exact) return floored(static_cast<float>(out_index) * scale32, last);
        // floorf((dst_index + 0.5) * scale): a double product, rounded to float by floorf.
        return floored(static_cast<float>((d + 0.5) * static_cast<double>(scale32)), last);
    }
    // area_pixel_compute_source_index(scale, d, align_corners = true) = scale·d, then floorf.
    if (!exact) return floored(static_cast<float>(scale * d), last);
    // area_pixel_compute_source_index(scale, d, align_corners = false), clamped at 0; floorf(+ 0.5).
    const double source = scale * (d + 0.5) - 0.5;
    NearestPick pick = floored(static_cast<float>(std::max(source, 0.0) + 0.5), last);
    // A clamped source (before cell 0's centre) reads cell 0 either way; show where it fell.
    if (source < 0.0) pick.sample = source + 0.5;
    return pick;
}

UpsampleTaps upsample_taps(const UpsampleParams& params, const UpsampleAxis& along, int64_t out_index) {
    const int axis = along.axis;
    const int64_t in_size = along.in_size;
    const int64_t out_size = along.out_size;
    UpsampleTaps taps;
    const bool align_corners = params.align_corners.value_or(false);
    switch (params.mode) {
        case UpsampleMode::nearest:
        case UpsampleMode::nearest_exact:
            taps.count = 1;
            taps.weight[0] = 1.0;
        {
            const NearestPick pick = nearest_pick(params, along, out_index);
            taps.index[0] = pick.index;
            taps.source = static_cast<double>(pick.index);
            taps.point = pick.sample - 0.5;  // in the cell it picks, unless clamped to the last
            return taps;
        }
        case UpsampleMode::bilinear:
        case UpsampleMode::bicubic: break;
    }

    const bool cubic = params.mode == UpsampleMode::bicubic;
    double scale = 0.0;
    if (align_corners) {
        scale = out_size > 1 ? static_cast<double>(in_size - 1) / static_cast<double>(out_size - 1) : 0.0;
    } else {
        scale = scale_value(params, axis, in_size, out_size);
    }
    double source = align_corners ? scale * static_cast<double>(out_index)
                                  : scale * (static_cast<double>(out_index) + 0.5) - 0.5;
    if (!cubic) {
        if (source < 0) source = 0;
        taps.count = 2;
        if (out_size == in_size) {  // PyTorch copies an axis whose size does not change
            taps.source = static_cast<double>(out_index);
            taps.point = taps.source;
            taps.index[0] = taps.index[1] = out_index;
            taps.weight[0] = 1.0;
            taps.weight[1] = 0.0;
            return taps;
        }
        taps.source = source;
        taps.point = source;
        const int64_t below = static_cast<int64_t>(source);
        const double t = std::clamp(source - static_cast<double>(below), 0.0, 1.0);
        taps.index[0] = below;
        taps.index[1] = below + (below < in_size - 1 ? 1 : 0);
        taps.weight[0] = 1.0 - t;
        taps.weight[1] = t;
        return taps;
    }
    taps.source = source;
    taps.point = source;
    taps.count = 4;
    const int64_t floor_index = static_cast<int64_t>(std::floor(source));
    const double t = source - static_cast<double>(floor_index);
    const double weights[4] = {cubic_far(t + 1), cubic_near(t), cubic_near(1 - t), cubic_far(2 - t)};
    for (int j = 0; j < 4; ++j) {
        taps.index[j] = std::clamp<int64_t>(floor_index - 1 + j, 0, in_size - 1);
        taps.weight[j] = weights[j];
    }
    return taps;
}

Result<Tensor> upsample(const Tensor& input, const UpsampleParams& params, Lang lang) {
    if (auto e = validate(params, input.shape(), lang)) return Error{*e};
    const Shape out_shape = output_shape(params, input.shape());
    std::vector<UpsampleTaps> row_taps;
    std::vector<UpsampleTaps> col_taps;
    const UpsampleAxis rows_axis = upsample_axis(params, input.shape(), 0);
    const UpsampleAxis cols_axis = upsample_axis(params, input.shape(), 1);
    for (int64_t y = 0; y < out_shape[2]; ++y) row_taps.push_back(upsample_taps(params, rows_axis, y));
    for (int64_t x = 0; x < out_shape[3]; ++x) col_taps.push_back(upsample_taps(params, cols_axis, x));

    Tensor out = unwritten(out_shape);
    for (int64_t n = 0; n < out_shape[0]; ++n) {
        for (int64_t c = 0; c < out_shape[1]; ++c) {
            for (int64_t out_y = 0; out_y < out_shape[2]; ++out_y) {
                const UpsampleTaps& rows = row_taps[static_cast<size_t>(out_y)];
                for (int64_t out_x = 0; out_x < out_shape[3]; ++out_x) {
                    const UpsampleTaps& cols = col_taps[static_cast<size_t>(out_x)];
                    // Interpolate along the width within each row, then across the rows.
                    double value = 0.0;
                    for (int i = 0; i < rows.count; ++i) {
                        double along_row = 0.0;
                        for (int j = 0; j < cols.count; ++j) {
                            along_row += cols.weight[j] * input.at(n, c, rows.index[i], cols.index[j]);
                        }
                        value += rows.weight[i] * along_row;
                    }
                    out.at(n, c, out_y, out_x) = value;
                }
            }
        }
    }
    return out;
}

}  // namespace convviz
