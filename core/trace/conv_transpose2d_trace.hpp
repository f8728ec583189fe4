// Traces of conv_transpose2d in both of its forms, random access, nothing replayed by step(k).
// - Scatter: step k is input cell k (row-major n, c_in, y, x); each tap stamps weight·value into
//   the full (uncropped) output, and padding may crop that cell away. partial_full_output(k) and
//   partial_output(k) are the full and the cropped output after steps 0..k, from the nearest
//   checkpoint.
// - Gather: step k is output cell k; its taps are the flipped kernel on the spread input, whose
//   every cell is an input cell, an inserted zero, border padding or output_padding.
// Both fold to exactly the op's output. They hold data only; drawing is elsewhere.
#pragma once

#include <optional>
#include <vector>

#include "core/matrix.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/result.hpp"
#include "core/trace/cell.hpp"

namespace convviz {

struct ScatterTap {
    KernelCell kernel;           // weight[in_c][out_c within group][y][x]
    double weight = 0.0;
    Cell full;                   // the cell of the full, uncropped output it adds to
    bool cropped = false;        // padding cuts that cell away
    Cell output;                 // the same cell in the cropped output (meaningful unless cropped)
    double contribution = 0.0;   // value · weight
};

struct ScatterStep {
    Cell input;
    double value = 0.0;
    std::vector<ScatterTap> taps;
};

class ScatterTrace {
public:
    static Result<ScatterTrace> make(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                     const ConvTranspose2dParams& params);

    int64_t size() const { return input_.size(); }
    void step(int64_t k, ScatterStep& into) const;
    ScatterStep step(int64_t k) const;

    // The output after steps 0..k have stamped (k = −1: the bias alone). Exactly the op's output
    // for k = size() − 1.
    Tensor partial_output(int64_t k) const;
    Tensor partial_full_output(int64_t k) const;  // uncropped, bias included: full_shape()

    const Shape& output_shape() const { return output_shape_; }
    const Shape& full_shape() const { return full_shape_; }  // before padding crops it
    const ConvTranspose2dParams& params() const { return params_; }

private:
    void stamp(int64_t k, Tensor& full) const;

    Tensor input_;
    Tensor weight_;
    std::optional<Tensor> bias_;
    ConvTranspose2dParams params_;
    Shape output_shape_;
    Shape full_shape_;
    int64_t checkpoint_every_ = 1;
    std::vector<Tensor> checkpoints_;  // checkpoints_[i]: the full output after steps 0..i·every − 1
};

enum class SpreadCell : uint8_t { input, inserted_zero, border, output_padding };

struct GatherTap {
    KernelCell kernel;           // the original weight cell, weight[in_c][out_c within group][y][x]
    int64_t flipped_y = 0;       // where the flip puts it in the sliding kernel
    int64_t flipped_x = 0;
    double weight = 0.0;
    int64_t spread_y = 0;        // the tap's cell in the spread, bordered input
    int64_t spread_x = 0;
    SpreadCell kind = SpreadCell::input;
    std::optional<Cell> source;  // the input cell, when kind is input
    double value = 0.0;
    double product = 0.0;
};

struct GatherStep {
    Cell output;
    std::vector<GatherTap> taps;  // summed in order: channel, flipped row, flipped column
    double sum = 0.0;
    std::optional<double> bias;
    double result = 0.0;
};

class GatherTrace {
public:
    static Result<GatherTrace> make(const Tensor& input, const Tensor& weight, const Tensor* bias,
                                    const ConvTranspose2dParams& params);

    int64_t size() const { return element_count(output_shape_); }
    void step(int64_t k, GatherStep& into) const;
    GatherStep step(int64_t k) const;

    const SpreadAxis& rows() const { return rows_; }
    const SpreadAxis& cols() const { return cols_; }
    SpreadCell kind(int64_t spread_y, int64_t spread_x) const;  // of a cell of the bordered spread
    const Shape& output_shape() const { return output_shape_; }
    const ConvTranspose2dParams& params() const { return params_; }

private:
    Tensor input_;
    Tensor weight_;
    std::optional<Tensor> bias_;
    ConvTranspose2dParams params_;
    Shape output_shape_;
    SpreadAxis rows_;
    SpreadAxis cols_;
};

}  // namespace convviz
