#include "core/trace/resample_trace.hpp"

namespace convviz {

// [SECTION] upsample

Result<UpsampleTrace> UpsampleTrace::make(const Tensor& input, const UpsampleParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
    UpsampleTrace trace;
    trace.input_ = input;
    trace.params_ = params;
    trace.output_shape_ = convviz::output_shape(params, input.shape());
    // The same axes, and so the same nearest rule (by channel count), as upsample() itself.
    const UpsampleAxis rows = upsample_axis(params, input.shape(), 0);
    const UpsampleAxis cols = upsample_axis(params, input.shape(), 1);
    for (int64_t y = 0; y < trace.output_shape_[2]; ++y) trace.row_taps_.push_back(upsample_taps(params, rows, y));
    for (int64_t x = 0; x < trace.output_shape_[3]; ++x) trace.col_taps_.push_back(upsample_taps(params, cols, x));
    return trace;
}

void UpsampleTrace::step(int64_t k, UpsampleStep& into) const {
    const Cell out = cell_at(k, output_shape_[1], output_shape_[2], output_shape_[3]);
    const UpsampleTaps& rows = row_taps_[static_cast<size_t>(out.y)];
    const UpsampleTaps& cols = col_taps_[static_cast<size_t>(out.x)];
    into.output = out;
    into.source_y = rows.source;
    into.source_x = cols.source;
    into.point_y = rows.point;
    into.point_x = cols.point;
    into.neighbours.clear();
    into.result = 0.0;
    // The same nesting as upsample(): along each row first, then across the rows.
    for (int i = 0; i < rows.count; ++i) {
        double along_row = 0.0;
        for (int j = 0; j < cols.count; ++j) {
            const double value = input_.at(out.n, out.c, rows.index[i], cols.index[j]);
            into.neighbours.push_back({rows.index[i], cols.index[j], rows.weight[i], cols.weight[j], value});
            along_row += cols.weight[j] * value;
        }
        into.result += rows.weight[i] * along_row;
    }
}

UpsampleStep UpsampleTrace::step(int64_t k) const {
    UpsampleStep s;
    step(k, s);
    return s;
}

// [SECTION] pixel_shuffle / pixel_unshuffle

Result<ShuffleTrace> ShuffleTrace::make(const Tensor& input, const PixelShuffleParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
    ShuffleTrace trace;
    trace.input_ = input;
    trace.output_shape_ = convviz::output_shape(params, input.shape());
    trace.factor_ = params.upscale_factor;
    trace.upscale_ = true;
    return trace;
}

Result<ShuffleTrace> ShuffleTrace::make(const Tensor& input, const PixelUnshuffleParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
    ShuffleTrace trace;
    trace.input_ = input;
    trace.output_shape_ = convviz::output_shape(params, input.shape());
    trace.factor_ = params.downscale_factor;
    trace.upscale_ = false;
    return trace;
}

ShuffleStep ShuffleTrace::step(int64_t k) const {
    const int64_t r = factor_;
    ShuffleStep s;
    s.output = cell_at(k, output_shape_[1], output_shape_[2], output_shape_[3]);
    if (upscale_) {
        s.offset_y = s.output.y % r;
        s.offset_x = s.output.x % r;
        s.source = {s.output.n, s.output.c * r * r + s.offset_y * r + s.offset_x, s.output.y / r, s.output.x / r};
    } else {
        const int64_t block = s.output.c % (r * r);
        s.offset_y = block / r;
        s.offset_x = block % r;
        s.source = {s.output.n, s.output.c / (r * r), s.output.y * r + s.offset_y, s.output.x * r + s.offset_x};
    }
    s.value = input_.at(s.source.n, s.source.c, s.source.y, s.source.x);
    return s;
}

}  // namespace convviz
