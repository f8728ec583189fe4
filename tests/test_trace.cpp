// Traces: on random configurations of every op, folding all steps reproduces run() exactly
// (bit for bit, on non-integer data), and random access needs no replay.
#include <gtest/gtest.h>

#include "core/ops/conv2d.hpp"
#include "core/trace/conv2d_trace.hpp"
#include "core/trace/conv_transpose2d_trace.hpp"
#include "core/trace/matrix_trace.hpp"
#include "core/trace/pool_trace.hpp"
#include "core/trace/resample_trace.hpp"
#include "tests/random_config.hpp"

namespace convviz::testing {
namespace {

// Values with fractional parts, so that summation order would show in the last bits.
Tensor reals(Draw& draw, Shape shape) {
    Tensor t = draw.integers(std::move(shape));
    for (double& v : t.data()) v = v / 3.0 + static_cast<double>(draw.between(0, 1000)) * 1e-3;
    return t;
}

template <class Make>
int for_random_configs(uint32_t seed, int wanted, Make&& attempt) {
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int done = 0;
    for (int trial = 0; trial < 20 * wanted && done < wanted; ++trial) {
        if (attempt(draw)) ++done;
    }
    EXPECT_GE(done, wanted);
    return done;
}

TEST(Trace, Conv2dFoldsToRun) {
    for_random_configs(test_seed() + 10, 300, [](Draw& draw) {
        Conv2dParams p;
        p.groups = draw.between(1, 2);
        const Shape in{draw.between(1, 2), p.groups * draw.between(1, 2), draw.between(1, 7), draw.between(1, 7)};
        const Shape w{p.groups * draw.between(1, 2), in[1] / p.groups, draw.between(1, 4), draw.between(1, 4)};
        p.padding_mode = static_cast<PaddingMode>(draw.between(0, 3));
        p.padding.kind = static_cast<PaddingKind>(draw.between(0, 2));
        for (int axis : kAxes) {
            p.stride[axis] = p.padding.kind == PaddingKind::same ? 1 : draw.between(1, 3);
            p.dilation[axis] = draw.between(1, 2);
            p.padding.size[axis] = draw.between(0, 3);
        }
        const Tensor bias = reals(draw, {w[0]});
        const bool with_bias = draw.between(0, 1) == 1;
        if (validate(p, in, w, with_bias ? &bias.shape() : nullptr)) return false;
        const Tensor x = reals(draw, in);
        const Tensor weight = reals(draw, w);
        auto trace = Conv2dTrace::make(x, weight, with_bias ? &bias : nullptr, p);
        auto run = conv2d(x, weight, with_bias ? &bias : nullptr, p);
        EXPECT_TRUE(trace.ok() && run.ok());
        Tensor folded = unwritten(trace.value().output_shape());
        Conv2dStep step;
        for (int64_t k = 0; k < trace.value().size(); ++k) {
            trace.value().step(k, step);
            folded[k] = step.result;
            for (const Conv2dTap& tap : step.taps) {
                // A padding tap of a non-zero mode reads a real input cell.
                if (tap.padding && p.padding_mode != PaddingMode::zeros) {
                    EXPECT_TRUE(tap.source.has_value());
                }
                if (tap.padding && p.padding_mode == PaddingMode::zeros) {
                    EXPECT_FALSE(tap.source.has_value());
                }
            }
        }
        EXPECT_EQ(folded.data(), run.value().data());
        return true;
    });
}

TEST(Trace, ConvTransposeScatterAndGatherFoldToRun) {
    for_random_configs(test_seed() + 11, 300, [](Draw& draw) {
        ConvTranspose2dParams p;
        p.groups = draw.between(1, 2);
        const Shape in{draw.between(1, 2), p.groups * draw.between(1, 2), draw.between(1, 6), draw.between(1, 6)};
        const Shape w{in[1], draw.between(1, 2), draw.between(1, 4), draw.between(1, 4)};
        for (int axis : kAxes) {
            p.stride[axis] = draw.between(1, 4);
            p.dilation[axis] = draw.between(1, 3);
            p.padding[axis] = draw.between(0, 3);
            p.output_padding[axis] = draw.between(0, std::max(p.stride[axis], p.dilation[axis]) - 1);
        }
        const Tensor bias = reals(draw, {w[1] * p.groups});
        const Tensor* b = draw.between(0, 1) ? &bias : nullptr;
        if (validate(p, in, w, b ? &bias.shape() : nullptr)) return false;
        const Tensor x = reals(draw, in);
        const Tensor weight = reals(draw, w);
        auto scatter = ScatterTrace::make(x, weight, b, p);
        auto gather = GatherTrace::make(x, weight, b, p);
        auto scatter_run = conv_transpose2d_scatter(x, weight, b, p);
        auto gather_run = conv_transpose2d_gather(x, weight, b, p);
        EXPECT_TRUE(scatter.ok() && gather.ok() && scatter_run.ok() && gather_run.ok());

        // Scatter: the bias, then every uncropped contribution in step order.
        Tensor folded = scatter.value().partial_output(-1);
        const int64_t probe = draw.between(0, scatter.value().size() - 1);
        for (int64_t k = 0; k < scatter.value().size(); ++k) {
            for (const ScatterTap& tap : scatter.value().step(k).taps) {
                const bool inside = tap.output.y >= 0 && tap.output.y < folded.dim(2) && tap.output.x >= 0 &&
                                    tap.output.x < folded.dim(3);
                EXPECT_EQ(tap.cropped, !inside);
                EXPECT_EQ(tap.full.y - tap.output.y, p.padding.h);
                if (!tap.cropped) folded.at(tap.output.n, tap.output.c, tap.output.y, tap.output.x) += tap.contribution;
            }
            if (k == probe) {
                EXPECT_EQ(scatter.value().partial_output(k).data(), folded.data()) << "partial at " << k;
            }
        }
        EXPECT_EQ(folded.data(), scatter_run.value().data());
        EXPECT_EQ(scatter.value().partial_output(scatter.value().size() - 1).data(), scatter_run.value().data());

        // Gather: each output cell's result; input taps read the cell the spread puts there.
        Tensor gathered = unwritten(gather.value().output_shape());
        GatherStep step;
        for (int64_t k = 0; k < gather.value().size(); ++k) {
            gather.value().step(k, step);
            gathered[k] = step.result;
            for (const GatherTap& tap : step.taps) {
                EXPECT_EQ(tap.source.has_value(), tap.kind == SpreadCell::input);
                EXPECT_EQ(tap.kernel.y, w[2] - 1 - tap.flipped_y) << "the kernel is flipped";
            }
        }
        EXPECT_EQ(gathered.data(), gather_run.value().data());
        return true;
    });
}

TEST(Trace, SpreadCellKindsOfAStride2OutputPadding1Axis) {
    // 3 input cells, stride 2, k 3, padding 1, output_padding 1: border 1, spread 5, border 1 + 1.
    const Tensor x({1, 1, 3, 3}, 1.0);
    const Tensor w({1, 1, 3, 3}, 1.0);
    auto trace = GatherTrace::make(x, w, nullptr, {.stride = {2, 2}, .padding = {1, 1}, .output_padding = {1, 1}});
    ASSERT_TRUE(trace.ok());
    EXPECT_EQ(trace.value().rows().total(), 8);
    const SpreadCell expected[] = {SpreadCell::border, SpreadCell::input,  SpreadCell::inserted_zero,
                                   SpreadCell::input,  SpreadCell::inserted_zero, SpreadCell::input,
                                   SpreadCell::border, SpreadCell::output_padding};
    for (int64_t y = 0; y < 8; ++y) EXPECT_EQ(trace.value().kind(y, 1), expected[y]) << y;
}

TEST(Trace, PoolingFoldsToRun) {
    for_random_configs(test_seed() + 12, 300, [](Draw& draw) {
        const Shape in{draw.between(1, 2), draw.between(1, 2), draw.between(1, 8), draw.between(1, 8)};
        const Pair kernel{draw.between(1, 4), draw.between(1, 4)};
        const Pair stride{draw.between(1, 3), draw.between(1, 3)};
        const Pair padding{draw.between(0, 2), draw.between(0, 2)};
        const bool ceil = draw.between(0, 1) == 1;
        const MaxPool2dParams max{.kernel_size = kernel,
                                  .stride = stride,
                                  .padding = padding,
                                  .dilation = {draw.between(1, 2), draw.between(1, 2)},
                                  .ceil_mode = ceil};
        const AvgPool2dParams avg{
            .kernel_size = kernel,
            .stride = stride,
            .padding = padding,
            .ceil_mode = ceil,
            .count_include_pad = draw.between(0, 1) == 1,
            .divisor_override = draw.between(0, 3) == 0 ? std::optional<int64_t>(draw.between(-3, 5) | 1) : std::nullopt};
        if (validate(max, in) || validate(avg, in)) return false;
        const Tensor x = draw.integers(in);  // integers: ties, so "first among equals" is tested
        auto max_trace = MaxPoolTrace::make(x, max);
        auto max_run = max_pool2d(x, max);
        Tensor values = unwritten(max_trace.value().output_shape());
        IndexTensor indices(max_trace.value().output_shape(), int64_t{-1});
        for (int64_t k = 0; k < max_trace.value().size(); ++k) {
            const MaxPoolStep s = max_trace.value().step(k);
            values[k] = s.result;
            indices[k] = s.index;
            if (s.winner >= 0) {
                EXPECT_FALSE(s.window[static_cast<size_t>(s.winner)].padding);
            }
        }
        EXPECT_EQ(values.data(), max_run.value().values.data());
        EXPECT_EQ(indices.data(), max_run.value().indices.data());

        const Tensor r = reals(draw, in);
        auto avg_trace = AvgPoolTrace::make(r, avg);
        auto avg_run = avg_pool2d(r, avg);
        Tensor averaged = unwritten(avg_trace.value().output_shape());
        for (int64_t k = 0; k < avg_trace.value().size(); ++k) averaged[k] = avg_trace.value().step(k).result;
        EXPECT_EQ(averaged.data(), avg_run.value().data());

        // Unpool what was pooled: every value lands at its index.
        const MaxUnpool2dParams unpool{.kernel_size = kernel, .stride = stride, .padding = padding};
        if (validate(unpool, max_run.value().values.shape(), max_run.value().indices.shape())) return true;
        auto unpool_run = max_unpool2d(max_run.value().values, max_run.value().indices, unpool);
        auto unpool_trace = UnpoolTrace::make(max_run.value().values, max_run.value().indices, unpool);
        if (!unpool_run.ok()) {
            EXPECT_FALSE(unpool_trace.ok());
            return true;
        }
        Tensor placed(unpool_trace.value().output_shape(), 0.0);
        for (int64_t k = 0; k < unpool_trace.value().size(); ++k) {
            const UnpoolStep s = unpool_trace.value().step(k);
            placed.at(s.output.n, s.output.c, s.output.y, s.output.x) = s.value;
        }
        EXPECT_EQ(placed.data(), unpool_run.value().data());
        return true;
    });
}

TEST(Trace, UpsampleAndShuffleFoldToRun) {
    for_random_configs(test_seed() + 13, 300, [](Draw& draw) {
        const Shape in{1, 4 * draw.between(1, 2), draw.between(1, 6), draw.between(1, 6)};
        UpsampleParams p;
        p.mode = static_cast<UpsampleMode>(draw.between(0, 3));
        if (draw.between(0, 1)) {
            p.size = Pair{draw.between(1, 13), draw.between(1, 13)};
        } else {
            p.scale_factor = ScaleFactor{static_cast<double>(draw.between(2, 30)) / 10.0,
                                         static_cast<double>(draw.between(2, 30)) / 10.0};
        }
        if (p.mode == UpsampleMode::bilinear || p.mode == UpsampleMode::bicubic) {
            if (draw.between(0, 2) > 0) p.align_corners = draw.between(0, 1) == 1;
        }
        if (validate(p, in)) return false;
        const Tensor x = reals(draw, in);
        auto trace = UpsampleTrace::make(x, p);
        auto run = upsample(x, p);
        Tensor folded = unwritten(trace.value().output_shape());
        UpsampleStep step;
        const size_t neighbours[] = {1, 1, 4, 16};
        for (int64_t k = 0; k < trace.value().size(); ++k) {
            trace.value().step(k, step);
            folded[k] = step.result;
            EXPECT_EQ(step.neighbours.size(), neighbours[static_cast<int>(p.mode)]);
        }
        EXPECT_EQ(folded.data(), run.value().data());

        auto shuffle = ShuffleTrace::make(x, PixelShuffleParams{.upscale_factor = 2});
        auto shuffled = pixel_shuffle(x, {.upscale_factor = 2});
        Tensor moved = unwritten(shuffle.value().output_shape());
        for (int64_t k = 0; k < shuffle.value().size(); ++k) moved[k] = shuffle.value().step(k).value;
        EXPECT_EQ(moved.data(), shuffled.value().data());
        auto unshuffle = ShuffleTrace::make(moved, PixelUnshuffleParams{.downscale_factor = 2});
        Tensor back = unwritten(unshuffle.value().output_shape());
        for (int64_t k = 0; k < unshuffle.value().size(); ++k) back[k] = unshuffle.value().step(k).value;
        EXPECT_EQ(back.data(), x.data());
        return true;
    });
}

TEST(Trace, MatrixRowsAreConvolutionAndColumnsAreTheTransposedConvolution) {
    for_random_configs(test_seed() + 14, 200, [](Draw& draw) {
        Conv2dParams p;
        p.groups = draw.between(1, 2);
        const Shape in{1, p.groups * draw.between(1, 2), draw.between(1, 7), draw.between(1, 7)};
        const Shape w{p.groups * draw.between(1, 2), in[1] / p.groups, draw.between(1, 3), draw.between(1, 3)};
        for (int axis : kAxes) {
            p.stride[axis] = draw.between(1, 3);
            p.dilation[axis] = draw.between(1, 2);
            p.padding.size[axis] = draw.between(0, 2);
        }
        if (validate(p, in, w, nullptr)) return false;
        const Tensor x = reals(draw, in);
        const Tensor weight = reals(draw, w);
        auto trace = MatrixTrace::make(x, weight, p);
        auto y = conv2d(x, weight, nullptr, p);
        std::vector<double> rows;
        for (int64_t r = 0; r < trace.value().size(); ++r) {
            const MatrixRowStep s = trace.value().row(r);
            rows.push_back(s.dot);
            // Row r's non-zeros are exactly the input cells under placement r.
            for (const MatrixEntry& e : s.entries) {
                const Cell in_cell = trace.value().input_cell(e.col);
                EXPECT_EQ(in_cell.y, s.output.y * p.stride.h - p.padding.size.h + e.kernel.y * p.dilation.h);
                EXPECT_EQ(in_cell.x, s.output.x * p.stride.w - p.padding.size.w + e.kernel.x * p.dilation.w);
            }
        }
        EXPECT_EQ(rows, y.value().data());

        // Columns of Cᵀ: y_j stamps row j's entries into x'.
        const Tensor y_in = reals(draw, y.value().shape());
        std::vector<double> stamped(static_cast<size_t>(element_count(in)), 0.0);
        for (int64_t j = 0; j < trace.value().size(); ++j) {
            for (const MatrixEntry& e : trace.value().row(j).entries) stamped[static_cast<size_t>(e.col)] += y_in[j] * e.value;
        }
        auto t = matching_transpose(p, in, w);
        auto back = conv_transpose2d_scatter(y_in, weight, nullptr, *t);
        EXPECT_EQ(stamped, back.value().data());
        return true;
    });
}

TEST(Trace, LateStepsCostNoReplay) {
    // A large scene: step 30,000 is built from its own taps alone (checked by value, not time).
    const Tensor x({1, 2, 128, 128}, 1.0);
    const Tensor w({2, 2, 3, 3}, 1.0);
    auto trace = GatherTrace::make(x, w, nullptr, {.stride = {4, 4}});
    ASSERT_TRUE(trace.ok());
    const GatherStep s = trace.value().step(30000);
    EXPECT_EQ(s.taps.size(), 18u);
}

}  // namespace
}  // namespace convviz::testing
