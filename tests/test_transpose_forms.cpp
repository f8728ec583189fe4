// Property tests on random configurations: conv_transpose2d's scatter and gather forms agree, and
// the convolution matrix C satisfies y = C·x and conv_transpose2d(y) = Cᵀ·y.
#include <gtest/gtest.h>

#include "core/matrix.hpp"
#include "core/ops/conv2d.hpp"
#include "core/ops/conv_transpose2d.hpp"
#include "core/text.hpp"
#include "tests/random_config.hpp"

namespace convviz::testing {
namespace {

std::string describe(const ConvTranspose2dParams& p, const Shape& in, const Shape& w) {
    return cat("input ", to_string(in), " weight ", to_string(w), " stride ", p.stride.h, ",", p.stride.w,
               " padding ", p.padding.h, ",", p.padding.w, " output_padding ", p.output_padding.h, ",",
               p.output_padding.w, " dilation ", p.dilation.h, ",", p.dilation.w, " groups ", p.groups);
}

TEST(TransposeForms, ScatterAndGatherAgreeOnRandomConfigurations) {
    const uint32_t seed = test_seed();
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int valid = 0;
    int with_negative_border = 0;
    for (int trial = 0; trial < 3000 && valid < 600; ++trial) {
        ConvTranspose2dParams p;
        p.groups = draw.between(1, 3);
        const Shape in{draw.between(1, 2), p.groups * draw.between(1, 2), draw.between(1, 6), draw.between(1, 6)};
        const Shape w{in[1], draw.between(1, 2), draw.between(1, 4), draw.between(1, 4)};
        for (int axis : kAxes) {
            p.stride[axis] = draw.between(1, 4);
            p.dilation[axis] = draw.between(1, 3);
            p.padding[axis] = draw.between(0, 4);
            p.output_padding[axis] = draw.between(0, std::max(p.stride[axis], p.dilation[axis]) - 1);
        }
        if (validate(p, in, w, nullptr)) continue;
        ++valid;
        const Tensor input = draw.integers(in);
        const Tensor weight = draw.integers(w);
        const Tensor bias = draw.integers({w[1] * p.groups});
        const Tensor* use_bias = draw.between(0, 1) ? &bias : nullptr;
        auto scatter = conv_transpose2d_scatter(input, weight, use_bias, p);
        auto gather = conv_transpose2d_gather(input, weight, use_bias, p);
        ASSERT_TRUE(scatter.ok() && gather.ok());
        ASSERT_EQ(scatter.value().shape(), gather.value().shape()) << describe(p, in, w);
        ASSERT_EQ(scatter.value().data(), gather.value().data()) << describe(p, in, w);
        for (int axis : kAxes) {
            if (p.dilation[axis] * (spatial(w, axis) - 1) < p.padding[axis]) {
                ++with_negative_border;
                break;
            }
        }
    }
    EXPECT_GE(valid, 600);
    EXPECT_GE(with_negative_border, 20) << "the draw should cover borders that crop the spread input";
}

TEST(TransposeForms, ConvolutionMatrixAndItsTransposeOnRandomConfigurations) {
    const uint32_t seed = test_seed() + 1;
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int valid = 0;
    for (int trial = 0; trial < 3000 && valid < 400; ++trial) {
        Conv2dParams p;
        p.groups = draw.between(1, 2);
        const Shape in{1, p.groups * draw.between(1, 2), draw.between(1, 7), draw.between(1, 7)};
        const Shape w{p.groups * draw.between(1, 2), in[1] / p.groups, draw.between(1, 4), draw.between(1, 4)};
        for (int axis : kAxes) {
            p.stride[axis] = draw.between(1, 3);
            p.dilation[axis] = draw.between(1, 2);
            p.padding.size[axis] = draw.between(0, 2);
        }
        if (validate(p, in, w, nullptr)) continue;
        ++valid;
        const Tensor x = draw.integers(in);
        const Tensor weight = draw.integers(w);
        auto matrix = conv_matrix(p, in, weight);
        ASSERT_TRUE(matrix.ok()) << matrix.error();
        auto y = conv2d(x, weight, nullptr, p);
        ASSERT_TRUE(y.ok());
        EXPECT_EQ(matrix.value().multiply(x.data()), y.value().data());

        auto t = matching_transpose(p, in, w);
        ASSERT_TRUE(t.has_value());
        const Tensor y_in = draw.integers(y.value().shape());
        auto back = conv_transpose2d_scatter(y_in, weight, nullptr, *t);
        ASSERT_TRUE(back.ok()) << back.error();
        EXPECT_EQ(back.value().shape(), in) << "output_padding must restore the input size";
        EXPECT_EQ(matrix.value().transposed().multiply(y_in.data()), back.value().data());
    }
    EXPECT_GE(valid, 400);
}

TEST(TransposeForms, TransposeMirrorsEveryEntry) {
    Draw draw(test_seed() + 2);
    const Tensor weight = draw.integers({2, 1, 3, 3});
    auto c = conv_matrix(Conv2dParams{.stride = {2, 1}, .padding = {.kind = PaddingKind::pair, .size = {1, 0}}}, {1, 1, 5, 4}, weight);
    ASSERT_TRUE(c.ok()) << c.error();
    const ConvMatrix t = c.value().transposed();
    EXPECT_EQ(t.rows, c.value().cols);
    EXPECT_EQ(t.cols, c.value().rows);
    ASSERT_EQ(t.entries.size(), c.value().entries.size());
    const Tensor dense = c.value().dense();
    const Tensor dense_t = t.dense();
    for (int64_t r = 0; r < c.value().rows; ++r) {
        for (int64_t col = 0; col < c.value().cols; ++col) {
            EXPECT_EQ(dense[r * c.value().cols + col], dense_t[col * t.cols + r]);
        }
    }
}

}  // namespace
}  // namespace convviz::testing
