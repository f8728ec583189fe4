#include "core/trace/pool_trace.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace convviz {

// [SECTION] max_pool2d

Result<MaxPoolTrace> MaxPoolTrace::make(const Tensor& input, const MaxPool2dParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
    MaxPoolTrace trace;
    trace.input_ = input;
    trace.params_ = params;
    trace.output_shape_ = convviz::output_shape(params, input.shape());
    return trace;
}

void MaxPoolTrace::step(int64_t k, MaxPoolStep& into) const {
    const Cell out = cell_at(k, output_shape_[1], output_shape_[2], output_shape_[3]);
    const Pair stride = stride_or_kernel(params_.stride, params_.kernel_size);
    const int64_t in_h = input_.dim(2);
    const int64_t in_w = input_.dim(3);
    into.output = out;
    into.window.clear();
    into.winner = -1;
    double best = -std::numeric_limits<double>::infinity();
    const int64_t y0 = out.y * stride.h - params_.padding.h;
    const int64_t x0 = out.x * stride.w - params_.padding.w;
    // The first in-input cell is PyTorch's starting index, kept if nothing beats −∞.
    int64_t first_y = y0;
    int64_t first_x = x0;
    while (first_y < 0) first_y += params_.dilation.h;
    while (first_x < 0) first_x += params_.dilation.w;
    into.index = first_y * in_w + first_x;
    for (int64_t i = 0; i < params_.kernel_size.h; ++i) {
        const int64_t y = y0 + i * params_.dilation.h;
        for (int64_t j = 0; j < params_.kernel_size.w; ++j) {
            const int64_t x = x0 + j * params_.dilation.w;
            WindowCell cell{y, x, y < 0 || y >= in_h || x < 0 || x >= in_w, 0.0};
            if (!cell.padding) {
                cell.value = input_.at(out.n, out.c, y, x);
                if (cell.value > best || std::isnan(cell.value)) {
                    best = cell.value;
                    into.winner = static_cast<int64_t>(into.window.size());
                    into.index = y * in_w + x;
                }
            }
            into.window.push_back(cell);
        }
    }
    into.result = best;
}

MaxPoolStep MaxPoolTrace::step(int64_t k) const {
    MaxPoolStep s;
    step(k, s);
    return s;
}

// [SECTION] avg_pool2d

Result<AvgPoolTrace> AvgPoolTrace::make(const Tensor& input, const AvgPool2dParams& params) {
    if (auto e = validate(params, input.shape())) return Error{*e};
    AvgPoolTrace trace;
    trace.input_ = input;
    trace.params_ = params;
    trace.output_shape_ = convviz::output_shape(params, input.shape());
    return trace;
}

void AvgPoolTrace::step(int64_t k, AvgPoolStep& into) const {
    const Cell out = cell_at(k, output_shape_[1], output_shape_[2], output_shape_[3]);
    const Pair stride = stride_or_kernel(params_.stride, params_.kernel_size);
    const int64_t in_h = input_.dim(2);
    const int64_t in_w = input_.dim(3);
    const int64_t y0 = out.y * stride.h - params_.padding.h;
    const int64_t x0 = out.x * stride.w - params_.padding.w;
    into.output = out;
    into.window.clear();
    into.sum = 0.0;
    bool any_input = false;
    for (int64_t y = y0; y < y0 + params_.kernel_size.h; ++y) {
        for (int64_t x = x0; x < x0 + params_.kernel_size.w; ++x) {
            WindowCell cell{y, x, y < 0 || y >= in_h || x < 0 || x >= in_w, 0.0};
            if (!cell.padding) {
                cell.value = input_.at(out.n, out.c, y, x);
                into.sum += cell.value;
                any_input = true;
            }
            into.window.push_back(cell);
        }
    }
    into.divisor = avg_pool_divisor(params_, input_.shape(), y0, x0);
    into.result = any_input ? into.sum / static_cast<double>(into.divisor) : 0.0;
}

AvgPoolStep AvgPoolTrace::step(int64_t k) const {
    AvgPoolStep s;
    step(k, s);
    return s;
}

// [SECTION] max_unpool2d

Result<UnpoolTrace> UnpoolTrace::make(const Tensor& pooled, const IndexTensor& indices,
                                      const MaxUnpool2dParams& params) {
    // Running the op once checks every index, not just the shapes.
    auto out = max_unpool2d(pooled, indices, params);
    if (!out) return Error{out.error()};
    UnpoolTrace trace;
    trace.pooled_ = pooled;
    trace.indices_ = indices;
    trace.output_shape_ = out.value().shape();
    return trace;
}

UnpoolStep UnpoolTrace::step(int64_t k) const {
    UnpoolStep s;
    s.input = cell_at(k, pooled_.dim(1), pooled_.dim(2), pooled_.dim(3));
    s.value = pooled_[k];
    s.index = indices_[k];
    s.output = {s.input.n, s.input.c, s.index / output_shape_[3], s.index % output_shape_[3]};
    return s;
}

}  // namespace convviz
