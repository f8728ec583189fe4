// Extreme but valid scenes: every size limit (core/limits.hpp) reached, alone and combined, in
// every view of its op. The budget tests compose them in-process (test_budget.cpp); the memory
// test runs the real binary on them under an address-space limit (test_extreme.cpp).
#pragma once

#include <cctype>
#include <ostream>
#include <string>
#include <vector>

#include "core/matrix_scene.hpp"
#include "core/scene.hpp"

namespace convviz::testing {

// GoogleTest's name for a test of an ExtremeScene: letters, digits and '_'.
struct ExtremeName {
    template <class Info>
    std::string operator()(const Info& test) const {
        std::string name = test.param.name;
        for (char& ch : name) {
            if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
        }
        return name;
    }
};

inline Tensor extreme_fill(Shape shape) {
    Tensor t(std::move(shape), 0.0);
    for (int64_t i = 0; i < t.size(); ++i) t[i] = static_cast<double>(i * 7 % 11) - 5.0;
    return t;
}

inline Scene extreme_scene(const std::string& title, OpParams params, Shape input, std::optional<Shape> weight = {}) {
    Scene s;
    s.title = title;
    s.params = params;
    s.tensors.input = extreme_fill(std::move(input));
    if (weight) s.tensors.weight = extreme_fill(std::move(*weight));
    s.view.kind = views_for(params).front();
    return s;
}

// A scene at the limits, as its recipe: GoogleTest makes every test's parameters in every test
// process it starts (ctest starts one per test), so the tens of megabytes of the largest scenes'
// tensors are filled only by the test that draws them, in scene().
struct ExtremeScene {
    std::string name;
    std::string title;
    OpParams params;
    Shape input;
    std::optional<Shape> weight;
    ViewKind view = ViewKind::conv;

    Scene scene() const {
        Scene s = extreme_scene(title, params, input, weight);
        s.view.kind = view;
        return s;
    }
};

// How GoogleTest shows a parameter, in a failure and in ctest's list: its name, not its bytes.
inline void PrintTo(const ExtremeScene& e, std::ostream* os) { *os << e.name; }

// Each at a limit: dilation, padding and stride of 1,024, a 256-cell side, a 32-cell kernel, 64
// channels, a batch of 16, a 2,048-cell output side, 4,194,304 cells in a tensor, 2^30 multiply-adds.
inline std::vector<ExtremeScene> extreme_scenes() {
    const auto conv = [](Pair stride, Pair padding, Pair dilation, int64_t groups = 1) {
        Conv2dParams p;
        p.stride = stride;
        p.padding.size = padding;
        p.dilation = dilation;
        p.groups = groups;
        return p;
    };
    const auto convt = [](Pair stride, Pair padding, Pair output_padding, Pair dilation) {
        ConvTranspose2dParams p;
        p.stride = stride;
        p.padding = padding;
        p.output_padding = output_padding;
        p.dilation = dilation;
        return p;
    };
    std::vector<ExtremeScene> all;
    const auto add = [&](const std::string& name, OpParams params, Shape input, std::optional<Shape> weight = {}) {
        // Every view the scene allows: a matrix past its own limit is refused, not drawn (the
        // shapes say so; Budget.TheExtremeGridReachesEveryLimitAndEveryViewKind validates each whole).
        for (ViewKind view : views_for(params)) {
            if (view == ViewKind::matrix && validate_matrix_scene(params, input, weight.value_or(Shape{}))) continue;
            all.push_back({.name = name + "_" + convviz::name(view), .title = name, .params = params, .input = input,
                           .weight = weight, .view = view});
        }
    };
    add("conv_dilation_padding_1000", conv({1, 1}, {1000, 1000}, {1000, 1000}), {1, 1, 3, 3}, Shape{1, 1, 3, 3});
    add("conv_side_256_kernel_32", conv({1, 1}, {0, 0}, {1, 1}), {1, 1, 256, 256}, Shape{1, 1, 32, 32});
    add("conv_stride_1024", conv({1024, 1024}, {1, 1}, {1, 1}), {1, 1, 256, 256}, Shape{1, 1, 3, 3});
    add("conv_channels_64", conv({1, 1}, {1, 1}, {1, 1}), {1, 64, 64, 64}, Shape{64, 64, 3, 3});
    add("conv_batch_16", conv({1, 1}, {0, 0}, {1, 1}), {16, 4, 64, 64}, Shape{4, 4, 3, 3});
    add("conv_work_2e30", conv({1, 1}, {0, 0}, {1, 1}), {1, 32, 64, 64}, Shape{32, 32, 16, 16});
    add("conv_matrix_3.7M", conv({1, 1}, {0, 0}, {1, 1}), {1, 1, 45, 45}, Shape{1, 1, 3, 3});
    add("convt_dilation_1000", convt({1, 1}, {0, 0}, {0, 0}, {1000, 1000}), {1, 1, 3, 3}, Shape{1, 1, 3, 3});
    add("convt_256_to_2048", convt({8, 8}, {0, 0}, {0, 0}, {1, 1}), {1, 1, 256, 256}, Shape{1, 1, 8, 8});
    add("convt_output_padding_1023", convt({1024, 1024}, {0, 0}, {1023, 1023}, {1, 1}), {1, 1, 2, 2},
        Shape{1, 1, 1, 1});
    add("convt_channels_64", convt({2, 2}, {1, 1}, {1, 1}, {1, 1}), {1, 64, 32, 32}, Shape{64, 64, 4, 4});
    MaxPool2dParams pool;
    pool.kernel_size = {32, 32};
    pool.stride = Pair{1, 1};
    add("max_pool_kernel_32", pool, {1, 16, 256, 256});
    MaxUnpool2dParams unpool;
    add("max_unpool_64_channels", unpool, {1, 64, 256, 256});
    UpsampleParams nearest;
    nearest.scale_factor = ScaleFactor{8.0, 8.0};
    add("upsample_nearest_256_to_2048", nearest, {1, 1, 256, 256});
    UpsampleParams bicubic;
    bicubic.mode = UpsampleMode::bicubic;
    bicubic.size = Pair{2048, 2048};
    add("upsample_bicubic_to_2048", bicubic, {1, 1, 256, 256});
    add("pixel_shuffle_64_to_2048", PixelShuffleParams{.upscale_factor = 8}, {1, 64, 256, 256});
    return all;
}

}  // namespace convviz::testing
