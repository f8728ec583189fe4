#include "core/trace/conv_transpose2d_trace.hpp"

#include <algorithm>

#include "core/ops/extent.hpp"

namespace convviz {

namespace {

// What one axis of the bordered spread holds at position p.
SpreadCell axis_kind(const SpreadAxis& axis, int64_t stride, int64_t p) {
    const int64_t s = p - axis.border_before;  // position in the spread
    if (s < 0) return SpreadCell::border;
    if (s < axis.spread) return s % stride == 0 ? SpreadCell::input : SpreadCell::inserted_zero;
    return s - axis.spread < std::max<int64_t>(axis.border_before, 0) ? SpreadCell::border
                                                                        : SpreadCell::output_padding;
}

}  // namespace

// [SECTION] Scatter

Result<ScatterTrace> ScatterTrace::make(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                        const ConvTranspose2dParams& params) {
    if (auto e = validate(params, input.shape(), weight.shape(), bias ? &bias->shape() : nullptr)) {
        return Error{*e};
    }
    ScatterTrace trace;
    trace.input_ = input;
    trace.weight_ = weight;
    if (bias) trace.bias_ = *bias;
    trace.params_ = params;
    trace.output_shape_ = convviz::output_shape(params, input.shape(), weight.shape());
    trace.full_shape_ = trace.output_shape_;
    for (int axis : kAxes) {
        spatial(trace.full_shape_, axis) = transposed_size(spatial(input.shape(), axis), params.stride[axis], 0,
                                                           spatial(weight.shape(), axis), params.dilation[axis], 0);
    }
    // About sixteen checkpoints: partial_full_output replays at most size()/16 steps. Fewer when
    // the full output is large, so that they hold at most kCheckpointCells cells in all.
    constexpr int64_t kCheckpointCells = int64_t{1} << 22;
    const int64_t checkpoints = std::clamp<int64_t>(kCheckpointCells / element_count(trace.full_shape_), 1, 16);
    trace.checkpoint_every_ = std::max<int64_t>(16, (trace.size() + checkpoints - 1) / checkpoints);
    Tensor running = trace.partial_full_output(-1);
    for (int64_t k = 0; k < trace.size(); ++k) {
        if (k % trace.checkpoint_every_ == 0) trace.checkpoints_.push_back(running);
        trace.stamp(k, running);
    }
    return trace;
}

void ScatterTrace::step(int64_t k, ScatterStep& into) const {
    const Cell in = cell_at(k, input_.dim(1), input_.dim(2), input_.dim(3));
    const int64_t group = in.c / (input_.dim(1) / params_.groups);
    const int64_t group_out = weight_.dim(1);
    into.input = in;
    into.value = input_[k];
    into.taps.clear();
    for (int64_t c = 0; c < group_out; ++c) {
        const int64_t out_c = group * group_out + c;
        for (int64_t kernel_y = 0; kernel_y < weight_.dim(2); ++kernel_y) {
            const int64_t full_y = in.y * params_.stride.h + kernel_y * params_.dilation.h;
            const int64_t out_y = full_y - params_.padding.h;
            for (int64_t kernel_x = 0; kernel_x < weight_.dim(3); ++kernel_x) {
                const int64_t full_x = in.x * params_.stride.w + kernel_x * params_.dilation.w;
                const int64_t out_x = full_x - params_.padding.w;
                ScatterTap tap;
                tap.kernel = {in.c, c, kernel_y, kernel_x};
                tap.weight = weight_.at(in.c, c, kernel_y, kernel_x);
                tap.full = {in.n, out_c, full_y, full_x};
                tap.output = {in.n, out_c, out_y, out_x};
                tap.cropped = out_y < 0 || out_y >= output_shape_[2] || out_x < 0 || out_x >= output_shape_[3];
                tap.contribution = into.value * tap.weight;
                into.taps.push_back(tap);
            }
        }
    }
}

ScatterStep ScatterTrace::step(int64_t k) const {
    ScatterStep s;
    step(k, s);
    return s;
}

void ScatterTrace::stamp(int64_t k, Tensor& full) const {
    ScatterStep s;
    step(k, s);
    for (const ScatterTap& tap : s.taps) full.at(tap.full.n, tap.full.c, tap.full.y, tap.full.x) += tap.contribution;
}

Tensor ScatterTrace::partial_full_output(int64_t k) const {
    if (k < 0) {
        Tensor full(full_shape_, 0.0);
        const int64_t plane = full_shape_[2] * full_shape_[3];
        for (int64_t i = 0; i < full.size(); ++i) full[i] = bias_ ? (*bias_)[(i / plane) % full_shape_[1]] : 0.0;
        return full;
    }
    // make() keeps a checkpoint every checkpoint_every_ steps, the first at step 0.
    const int64_t last = std::min(k, size() - 1);
    const int64_t from = last / checkpoint_every_;
    Tensor full = checkpoints_[static_cast<size_t>(from)];
    for (int64_t j = from * checkpoint_every_; j <= last; ++j) stamp(j, full);
    return full;
}

Tensor ScatterTrace::partial_output(int64_t k) const {
    // Output row o is full row o + padding; the output_padding rows past the full output hold
    // the bias alone, as in the op.
    const Tensor full = partial_full_output(k);
    Tensor out(output_shape_, 0.0);
    for (int64_t n = 0; n < out.dim(0); ++n) {
        for (int64_t c = 0; c < out.dim(1); ++c) {
            const double bias = bias_ ? (*bias_)[c] : 0.0;
            for (int64_t y = 0; y < out.dim(2); ++y) {
                const int64_t full_y = y + params_.padding.h;
                for (int64_t x = 0; x < out.dim(3); ++x) {
                    const int64_t full_x = x + params_.padding.w;
                    const bool inside = full_y < full.dim(2) && full_x < full.dim(3);
                    out.at(n, c, y, x) = inside ? full.at(n, c, full_y, full_x) : bias;
                }
            }
        }
    }
    return out;
}

// [SECTION] Gather

Result<GatherTrace> GatherTrace::make(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                      const ConvTranspose2dParams& params) {
    if (auto e = validate(params, input.shape(), weight.shape(), bias ? &bias->shape() : nullptr)) {
        return Error{*e};
    }
    GatherTrace trace;
    trace.input_ = input;
    trace.weight_ = weight;
    if (bias) trace.bias_ = *bias;
    trace.params_ = params;
    trace.output_shape_ = convviz::output_shape(params, input.shape(), weight.shape());
    trace.rows_ = spread_axis(input.dim(2), weight.dim(2), params.stride.h, params.padding.h,
                              params.output_padding.h, params.dilation.h);
    trace.cols_ = spread_axis(input.dim(3), weight.dim(3), params.stride.w, params.padding.w,
                              params.output_padding.w, params.dilation.w);
    return trace;
}

SpreadCell GatherTrace::kind(int64_t spread_y, int64_t spread_x) const {
    const SpreadCell row = axis_kind(rows_, params_.stride.h, spread_y);
    const SpreadCell col = axis_kind(cols_, params_.stride.w, spread_x);
    if (row == SpreadCell::output_padding || col == SpreadCell::output_padding) return SpreadCell::output_padding;
    if (row == SpreadCell::border || col == SpreadCell::border) return SpreadCell::border;
    if (row == SpreadCell::input && col == SpreadCell::input) return SpreadCell::input;
    return SpreadCell::inserted_zero;
}

void GatherTrace::step(int64_t k, GatherStep& into) const {
    const Cell out = cell_at(k, output_shape_[1], output_shape_[2], output_shape_[3]);
    const int64_t group_out = weight_.dim(1);
    const int64_t group_in = input_.dim(1) / params_.groups;
    const int64_t group = out.c / group_out;
    const int64_t kernel_h = weight_.dim(2);
    const int64_t kernel_w = weight_.dim(3);
    into.output = out;
    into.taps.clear();
    into.sum = 0.0;
    for (int64_t c = 0; c < group_in; ++c) {
        const int64_t in_c = group * group_in + c;
        for (int64_t flipped_y = 0; flipped_y < kernel_h; ++flipped_y) {
            const int64_t spread_y = out.y + flipped_y * params_.dilation.h;
            for (int64_t flipped_x = 0; flipped_x < kernel_w; ++flipped_x) {
                const int64_t spread_x = out.x + flipped_x * params_.dilation.w;
                GatherTap tap;
                tap.kernel = {in_c, out.c % group_out, kernel_h - 1 - flipped_y, kernel_w - 1 - flipped_x};
                tap.flipped_y = flipped_y;
                tap.flipped_x = flipped_x;
                tap.weight = weight_.at(in_c, tap.kernel.in_channel, tap.kernel.y, tap.kernel.x);
                tap.spread_y = spread_y;
                tap.spread_x = spread_x;
                tap.kind = kind(spread_y, spread_x);
                if (tap.kind == SpreadCell::input) {
                    const int64_t in_y = (spread_y - rows_.border_before) / params_.stride.h;
                    const int64_t in_x = (spread_x - cols_.border_before) / params_.stride.w;
                    tap.source = Cell{out.n, in_c, in_y, in_x};
                    tap.value = input_.at(out.n, in_c, in_y, in_x);
                    tap.product = tap.weight * tap.value;
                    into.sum += tap.product;
                }
                into.taps.push_back(tap);
            }
        }
    }
    into.bias = bias_ ? std::optional((*bias_)[out.c]) : std::nullopt;
    into.result = into.bias ? into.sum + *into.bias : into.sum;
}

GatherStep GatherTrace::step(int64_t k) const {
    GatherStep s;
    step(k, s);
    return s;
}

}  // namespace convviz
