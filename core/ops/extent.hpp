// The two sizes every op's arithmetic, its trace and its picture share, written once: how many
// cells a dilated kernel spans, and the full output of a transposed convolution before any crop.
#pragma once

#include <cstdint>

namespace convviz {

// A kernel of `kernel` taps, `dilation` cells apart, spans dilation·(kernel − 1) + 1 cells.
constexpr int64_t dilated_extent(int64_t kernel, int64_t dilation) { return dilation * (kernel - 1) + 1; }

// One axis of conv_transpose2d's output: (in − 1)·stride − 2·padding + dilation·(kernel − 1) +
// output_padding + 1, the full stamped size less the padding cropped on each side.
constexpr int64_t transposed_size(int64_t in, int64_t stride, int64_t padding, int64_t kernel, int64_t dilation,
                                  int64_t output_padding) {
    return (in - 1) * stride - 2 * padding + dilated_extent(kernel, dilation) + output_padding;
}

}  // namespace convviz
