#include "core/compare.hpp"

#include <cmath>

#include "core/i18n/strings.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// Padding and output_padding that make (in − 1)·stride − 2·padding + kernel + output_padding
// equal `target`: the smallest padding, and output_padding = 2·padding − excess, which must stay
// below the stride.
std::optional<std::pair<int64_t, int64_t>> reach(int64_t in, int64_t stride, int64_t kernel, int64_t target) {
    const int64_t excess = (in - 1) * stride + kernel - target;
    const int64_t padding = excess > 0 ? (excess + 1) / 2 : 0;
    const int64_t output_padding = 2 * padding - excess;
    if (output_padding < 0 || output_padding >= stride) return std::nullopt;
    return std::pair{padding, output_padding};
}

// FCN's upsample_filt: 1 − |i − centre| / f for i in [0, size), f = ⌈size / 2⌉, the centre on the
// middle tap (odd sizes) or between the middle two (even sizes).
std::vector<double> bilinear_taps(int64_t size) {
    const double f = static_cast<double>((size + 1) / 2);
    const double centre = size % 2 == 1 ? f - 1.0 : f - 0.5;
    std::vector<double> taps;
    for (int64_t i = 0; i < size; ++i) taps.push_back(1.0 - std::abs(static_cast<double>(i) - centre) / f);
    return taps;
}

}  // namespace

Tensor bilinear_kernel(Pair size, int64_t channels) {
    const std::vector<double> rows = bilinear_taps(size.h);
    const std::vector<double> cols = bilinear_taps(size.w);
    Tensor weight(Shape{channels, 1, size.h, size.w}, 0.0);
    for (int64_t c = 0; c < channels; ++c) {
        for (int64_t y = 0; y < size.h; ++y) {
            for (int64_t x = 0; x < size.w; ++x) {
                weight.at(c, 0, y, x) = rows[static_cast<size_t>(y)] * cols[static_cast<size_t>(x)];
            }
        }
    }
    return weight;
}

Result<CompareSetup> compare_setup(const Scene& scene, const Shape& pooled, Lang lang) {
    const auto* unpool = std::get_if<MaxUnpool2dParams>(&scene.params);
    if (!unpool) return Error{tr(lang, "msg.compare.not_unpool", op_name(scene.params))};
    CompareSetup setup;
    setup.unpool = *unpool;
    const Shape out = output_shape(*unpool, pooled);
    setup.size = {out[2], out[3]};
    const Pair stride = stride_or_kernel(unpool->stride, unpool->kernel_size);
    setup.convt.stride = stride;
    setup.convt.groups = pooled[1];
    const bool bilinear = scene.view.compare_kernel == CompareKernel::bilinear;
    // Bilinear upsampling by a factor s takes a 2s − s mod 2 kernel; all ones, the pool's own.
    Pair kernel = unpool->kernel_size;
    if (bilinear) kernel = {2 * stride.h - stride.h % 2, 2 * stride.w - stride.w % 2};
    if (kernel.h > limits.kernel || kernel.w > limits.kernel) kernel = unpool->kernel_size;  // a stride over 16
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool reached = true;
        for (int axis : kAxes) {
            const auto found = reach(spatial(pooled, axis), stride[axis], kernel[axis], setup.size[axis]);
            if (!found) {
                reached = false;
                break;
            }
            (axis == 0 ? setup.convt.padding.h : setup.convt.padding.w) = found->first;
            (axis == 0 ? setup.convt.output_padding.h : setup.convt.output_padding.w) = found->second;
        }
        if (reached) break;
        // The pool's own kernel always reaches a valid unpool's size (output_size lies within a
        // stride of its default), so this message is a guard, not an expected outcome.
        if (attempt == 1 || kernel == unpool->kernel_size) {
            return Error{tr(lang, "msg.compare.unreachable", cat(stride.h, "×", stride.w), cat(kernel.h, "×", kernel.w),
                            cat(setup.size.h, "×", setup.size.w), cat(pooled[2], "×", pooled[3]))};
        }
        kernel = unpool->kernel_size;  // the bilinear kernel's size cannot reach it: the pool's can
    }
    setup.convt_weight = bilinear ? bilinear_kernel(kernel, pooled[1]) : Tensor(Shape{pooled[1], 1, kernel.h, kernel.w}, 1.0);
    setup.nearest = {.mode = UpsampleMode::nearest, .size = setup.size};
    setup.bilinear = {.mode = UpsampleMode::bilinear, .size = setup.size, .align_corners = false};
    return setup;
}

}  // namespace convviz
