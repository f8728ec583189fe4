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
            if (auto e = check_parameter("size", (*params.size)[axis], lang)) return e;
            out = static_cast<double>((*params.size)[axis]);
        } else {
            const double factor = (*params.scale_factor)[axis];
            if (!std::isfinite(factor)) {
                return tr(lang, "msg.upsample.scale_not_finite", axis_name(axis, lang));
            }
            out = scaled_size(input[2 + axis], factor);
        }
        if (out < 1) {
            if (params.scale_factor) {
                return tr(lang, "msg.upsample.output_empty_scaled", axis_name(axis, lang), exact_number(out),
                          input[2 + axis], exact_number((*params.scale_factor)[axis]));
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
        out[2 + static_cast<size_t>(axis)] =
            params.size ? (*params.size)[axis]
                        : static_cast<int64_t>(scaled_size(input[2 + axis], (*params.scale_factor)[axis]));
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

static UpsampleTaps upsample_index_taps(const UpsampleParams& params, int axis, int64_t in_size,
                                        int64_t out_size, int64_t out_index);

double upsample_scale(const UpsampleParams& params, int axis, int64_t in_size, int64_t out_size) {
    if (!interpolates(params.mode)) return static_cast<float>(scale_value(params, axis, in_size, out_size));
    if (!params.align_corners.value_or(false)) return scale_value(params, axis, in_size, out_size);
    return out_size > 1 ? static_cast<double>(in_size - 1) / static_cast<double>(out_size - 1) : 0.0;
}

UpsampleTaps upsample_taps(const UpsampleParams& params, int axis, int64_t in_size,
                           int64_t out_size, int64_t out_index) {
    UpsampleTaps taps = upsample_index_taps(params, axis, in_size, out_size, out_index);
    const double d = static_cast<double>(out_index);
    const double scale = upsample_scale(params, axis, in_size, out_size);
    switch (params.mode) {
        case UpsampleMode::nearest: taps.point = d * scale - 0.5; break;
        case UpsampleMode::nearest_exact: taps.point = (d + 0.5) * scale - 0.5; break;
        case UpsampleMode::bilinear:
        case UpsampleMode::bicubic: taps.point = taps.source; break;
    }
    return taps;
}

static UpsampleTaps upsample_index_taps(const UpsampleParams& params, int axis, int64_t in_size,
                                        int64_t out_size, int64_t out_index) {
    UpsampleTaps taps;
    const bool align_corners = params.align_corners.value_or(false);
    switch (params.mode) {
        case UpsampleMode::nearest: {
            taps.count = 1;
            taps.weight[0] = 1.0;
            if (out_size == in_size) {
                taps.index[0] = out_index;
            } else if (out_size == 2 * in_size) {
                taps.index[0] = out_index / 2;
            } else {
                // PyTorch holds this scale and product in float32; so must we, to pick the same cell.
                const float scale = static_cast<float>(scale_value(params, axis, in_size, out_size));
                const float product = static_cast<float>(out_index) * scale;
                taps.index[0] = std::min(static_cast<int64_t>(std::floor(product)), in_size - 1);
            }
            taps.source = static_cast<double>(taps.index[0]);
            return taps;
        }
        case UpsampleMode::nearest_exact: {
            taps.count = 1;
            taps.weight[0] = 1.0;
            const float scale = static_cast<float>(scale_value(params, axis, in_size, out_size));
            const double product = (static_cast<double>(out_index) + 0.5) * static_cast<double>(scale);
            taps.index[0] = std::min(static_cast<int64_t>(std::floor(static_cast<float>(product))),
                                     in_size - 1);
            taps.source = static_cast<double>(taps.index[0]);
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
            taps.index[0] = taps.index[1] = out_index;
            taps.weight[0] = 1.0;
            taps.weight[1] = 0.0;
            return taps;
        }
        taps.source = source;
        const int64_t below = static_cast<int64_t>(source);
        const double t = std::clamp(source - static_cast<double>(below), 0.0, 1.0);
        taps.index[0] = below;
        taps.index[1] = below + (below < in_size - 1 ? 1 : 0);
        taps.weight[0] = 1.0 - t;
        taps.weight[1] = t;
        return taps;
    }
    taps.source = source;
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
    for (int64_t y = 0; y < out_shape[2]; ++y) {
        row_taps.push_back(upsample_taps(params, 0, input.dim(2), out_shape[2], y));
    }
    for (int64_t x = 0; x < out_shape[3]; ++x) {
        col_taps.push_back(upsample_taps(params, 1, input.dim(3), out_shape[3], x));
    }

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
