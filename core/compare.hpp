// The compare view's four ways back up from a max-pooled map, all to the MaxUnpool2d's output
// size: a ConvTranspose2d with a fixed kernel (bilinear or all ones, one per channel), the
// MaxUnpool2d itself, and Upsample nearest and bilinear by size. Which layers and their
// parameters; nothing is run here.
#pragma once

#include "core/ops/conv_transpose2d.hpp"
#include "core/ops/pooling.hpp"
#include "core/ops/upsample.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

struct CompareSetup {
    Pair size{1, 1};                // every result's H and W: the unpool's output size
    ConvTranspose2dParams convt;    // depthwise (groups = channels), no bias
    Tensor convt_weight;            // (C, 1, kH, kW)
    MaxUnpool2dParams unpool;
    UpsampleParams nearest;
    UpsampleParams bilinear;        // align_corners=False
};

// The bilinear-interpolation kernel of `size` taps per axis (FCN's: 1 − |i − centre| / f, with
// f = ⌈size / 2⌉), the outer product of the two axes.
Tensor bilinear_kernel(Pair size, int64_t channels);

// For a max_unpool2d scene and its pooled shape (C, h, w). The bilinear kernel is 2s − s mod 2
// wide for stride s, the ones kernel the pool's size; padding and output_padding are chosen to
// reach the unpool's size, falling back to the pool's kernel size when the bilinear one cannot.
// An error is in `lang`.
Result<CompareSetup> compare_setup(const Scene& scene, const Shape& pooled, Lang lang = Lang::en);

}  // namespace convviz
