// Conv2dTrace: conv2d one output cell at a time, random access. Step k is output cell k in
// row-major (n, c_out, y, x) order; step(k) costs O(C_in/groups · kH · kW) and replays nothing.
// It names every cell a step touches and the arithmetic; it draws nothing.
#pragma once

#include <optional>
#include <vector>

#include "core/matrix.hpp"
#include "core/ops/conv2d.hpp"
#include "core/result.hpp"
#include "core/trace/cell.hpp"

namespace convviz {

struct Conv2dTap {
    KernelCell kernel;            // weight[out_c][in_c within group][y][x]
    double weight = 0.0;
    int64_t padded_y = 0;         // position in the padded input (0 is the first padding row)
    int64_t padded_x = 0;
    bool padding = false;         // the tap lies in the padding ring
    std::optional<Cell> source;   // the input cell read; for padding, where padding_mode takes the
                                  // value from (reflect, replicate, circular); none: a zero
    double value = 0.0;           // what the tap reads
    double product = 0.0;         // weight · value
};

struct Conv2dStep {
    Cell output;
    std::vector<Conv2dTap> taps;  // in the order they are summed: channel, then row, then column
    double sum = 0.0;
    std::optional<double> bias;
    double result = 0.0;          // sum + bias: exactly conv2d's output cell
};

class Conv2dTrace {
public:
    static Result<Conv2dTrace> make(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                    const Conv2dParams& params);

    int64_t size() const { return element_count(output_shape_); }
    void step(int64_t k, Conv2dStep& into) const;  // reuses `into`'s storage
    Conv2dStep step(int64_t k) const;

    const Shape& output_shape() const { return output_shape_; }
    const Padding4& padding() const { return padding_; }
    const Conv2dParams& params() const { return params_; }

private:
    Tensor input_;
    Tensor weight_;
    std::optional<Tensor> bias_;
    Conv2dParams params_;
    Padding4 padding_;
    Shape output_shape_;
};

}  // namespace convviz
