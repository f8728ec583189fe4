// Traces of max_pool2d, avg_pool2d and max_unpool2d, one step per output (pooling) or input
// (unpooling) cell, random access. They name the window, the winner or divisor, and where values
// land; they fold to exactly the ops' outputs. Data only.
#pragma once

#include <optional>
#include <vector>

#include "core/ops/pooling.hpp"
#include "core/result.hpp"
#include "core/trace/cell.hpp"

namespace convviz {

struct WindowCell {
    int64_t y = 0;         // input row (may be in the padding: negative or ≥ H)
    int64_t x = 0;
    bool padding = false;  // outside the input: never wins a max, adds 0 to a sum
    double value = 0.0;    // the input value (0 for padding)
};

struct MaxPoolStep {
    Cell output;
    std::vector<WindowCell> window;  // row-major window order, dilation gaps skipped
    int64_t winner = -1;             // position in `window` of the maximum (first among equals)
    int64_t index = 0;               // the flat index y·W + x PyTorch returns
    double result = 0.0;
};

class MaxPoolTrace {
public:
    static Result<MaxPoolTrace> make(const Tensor& input, const MaxPool2dParams& params);
    int64_t size() const { return element_count(output_shape_); }
    void step(int64_t k, MaxPoolStep& into) const;
    MaxPoolStep step(int64_t k) const;
    const Shape& output_shape() const { return output_shape_; }
    const MaxPool2dParams& params() const { return params_; }

private:
    Tensor input_;
    MaxPool2dParams params_;
    Shape output_shape_;
};

struct AvgPoolStep {
    Cell output;
    std::vector<WindowCell> window;  // the kernel window, padding cells included
    double sum = 0.0;
    int64_t divisor = 1;             // divisor_override, or the count count_include_pad implies
    double result = 0.0;             // sum / divisor (0 for a window wholly in padding)
};

class AvgPoolTrace {
public:
    static Result<AvgPoolTrace> make(const Tensor& input, const AvgPool2dParams& params);
    int64_t size() const { return element_count(output_shape_); }
    void step(int64_t k, AvgPoolStep& into) const;
    AvgPoolStep step(int64_t k) const;
    const Shape& output_shape() const { return output_shape_; }
    const AvgPool2dParams& params() const { return params_; }

private:
    Tensor input_;
    AvgPool2dParams params_;
    Shape output_shape_;
};

struct UnpoolStep {
    Cell input;          // the pooled cell
    double value = 0.0;
    int64_t index = 0;   // its index from max_pool2d
    Cell output;         // where the value lands: (index / W_out, index mod W_out)
};

class UnpoolTrace {
public:
    static Result<UnpoolTrace> make(const Tensor& pooled, const IndexTensor& indices,
                                    const MaxUnpool2dParams& params);
    int64_t size() const { return pooled_.size(); }
    UnpoolStep step(int64_t k) const;
    const Shape& output_shape() const { return output_shape_; }

private:
    Tensor pooled_;
    IndexTensor indices_;
    Shape output_shape_;
};

}  // namespace convviz
