// Traces of the ops that move or blend values without a kernel: upsample (each output cell's
// source coordinate, neighbours and weights) and pixel_shuffle / pixel_unshuffle (each output
// cell's source channel and offset). One step per output cell, random access, data only.
#pragma once

#include <optional>
#include <vector>

#include "core/ops/pixel_shuffle.hpp"
#include "core/ops/upsample.hpp"
#include "core/result.hpp"
#include "core/trace/cell.hpp"

namespace convviz {

struct UpsampleNeighbour {
    int64_t y = 0;
    int64_t x = 0;
    double weight_y = 1.0;
    double weight_x = 1.0;
    double weight() const { return weight_y * weight_x; }
    double value = 0.0;
};

struct UpsampleStep {
    Cell output;
    double source_y = 0.0;  // the source coordinate the mode computes (in input cells)
    double source_x = 0.0;
    double point_y = 0.0;   // where the mode samples, before rounding or clamping (UpsampleTaps::point)
    double point_x = 0.0;
    std::vector<UpsampleNeighbour> neighbours;  // 1 (nearest), 4 (bilinear) or 16 (bicubic)
    double result = 0.0;
};

class UpsampleTrace {
public:
    static Result<UpsampleTrace> make(const Tensor& input, const UpsampleParams& params);
    int64_t size() const { return element_count(output_shape_); }
    void step(int64_t k, UpsampleStep& into) const;
    UpsampleStep step(int64_t k) const;
    const Shape& output_shape() const { return output_shape_; }
    const UpsampleParams& params() const { return params_; }
    // Per output row and column: the input rows and columns it reads (the sampling grid).
    const std::vector<UpsampleTaps>& row_taps() const { return row_taps_; }
    const std::vector<UpsampleTaps>& col_taps() const { return col_taps_; }

private:
    Tensor input_;
    UpsampleParams params_;
    Shape output_shape_;
    std::vector<UpsampleTaps> row_taps_;  // per output row, computed once
    std::vector<UpsampleTaps> col_taps_;
};

struct ShuffleStep {
    Cell output;
    Cell source;         // the input cell the value comes from
    int64_t offset_y = 0;  // the (i, j) offset inside an r×r block
    int64_t offset_x = 0;
    double value = 0.0;
};

// pixel_shuffle (upscale) or pixel_unshuffle (downscale), one output cell per step.
class ShuffleTrace {
public:
    static Result<ShuffleTrace> make(const Tensor& input, const PixelShuffleParams& params);
    static Result<ShuffleTrace> make(const Tensor& input, const PixelUnshuffleParams& params);
    int64_t size() const { return element_count(output_shape_); }
    ShuffleStep step(int64_t k) const;
    const Shape& output_shape() const { return output_shape_; }
    int64_t factor() const { return factor_; }
    bool upscale() const { return upscale_; }

private:
    Tensor input_;
    Shape output_shape_;
    int64_t factor_ = 2;
    bool upscale_ = true;
};

}  // namespace convviz
