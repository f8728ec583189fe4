// The upsampling family's views, frame by frame without a display, on presets and on seeded random
// configurations: unpooling puts each value at its index and nothing else, Upsample's weights are
// core's and sum to 1 and its sampling grid moves between the conventions, PixelShuffle's moves are
// a permutation, and the compare view steps its four ways in sync.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "core/compare.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/ops/pixel_shuffle.hpp"
#include "core/text.hpp"
#include "tests/frame_helpers.hpp"
#include "tests/random_config.hpp"

namespace convviz {
namespace {

using testing::Draw;
using testing::seed_note;
using testing::test_seed;

std::vector<const FrameCell*> grid_cells(const Frame& frame, int32_t grid) {
    std::vector<const FrameCell*> cells;
    for (const FrameCell& c : frame.cells) {
        if (c.grid == grid) cells.push_back(&c);
    }
    return cells;
}

double holding(const Composer& composer) { return composer.timeline().duration() - 0.01; }

// Every frame of a few times through the animation lays out cleanly.
void expect_clean_throughout(const Composer& composer, const std::string& where) {
    const double duration = composer.timeline().duration();
    for (int i = 0; i <= 8; ++i) {
        const double t = duration * i / 8.0 - (i == 8 ? 0.01 : 0.0);
        expect_clean_layout(composer.compose(t), cat(where, " t=", t));
    }
}

// [SECTION] MaxPool2d → MaxUnpool2d

Scene random_unpool_scene(Draw& draw) {
    Scene scene;
    MaxUnpool2dParams p;
    p.kernel_size = {draw.between(1, 3), draw.between(1, 3)};
    if (draw.between(0, 1)) p.stride = Pair{draw.between(1, 3), draw.between(1, 3)};
    p.padding = {draw.between(0, p.kernel_size.h / 2), draw.between(0, p.kernel_size.w / 2)};
    scene.pooling = {.dilation = {draw.between(1, 2), draw.between(1, 2)}, .ceil_mode = draw.between(0, 1) == 1};
    scene.tensors.input = draw.integers({1, draw.between(1, 2), draw.between(2, 7), draw.between(2, 7)});
    // output_size, when drawn, anywhere strictly between default − stride and default + stride.
    if (draw.between(0, 2) == 0) {
        if (auto pooled = max_pool2d(scene.tensors.input, pooling_before(p, scene.pooling))) {
            const Shape out = output_shape(p, pooled.value().values.shape());
            const Pair stride = stride_or_kernel(p.stride, p.kernel_size);
            p.output_size = Pair{out[2] + draw.between(1 - stride.h, stride.h - 1), out[3] + draw.between(1 - stride.w, stride.w - 1)};
        }
    }
    scene.params = p;
    scene.view.kind = ViewKind::unpool;
    return scene;
}

TEST(UpsamplingViews, UnpoolPutsEachValueAtItsIndexAndNothingElse) {
    const uint32_t seed = test_seed();
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int shown = 0;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        const Scene scene = random_unpool_scene(draw);
        auto composer = Composer::make(scene);
        if (!composer) {
            // PyTorch refuses these too (an index outside the plane, a bad window): said in words.
            EXPECT_FALSE(composer.error().empty());
            ++refused;
            continue;
        }
        ++shown;
        const std::string where = cat("case ", i, ": ", scene_json(scene));
        const auto inputs = op_inputs(scene).value();
        const Tensor output = op_output(scene);
        const Frame end = composer.value().compose(holding(composer.value()));
        // Grids: the input planes, pooled, indices, unpooled; the last batch element is shown.
        const int64_t channels = output.dim(1);
        const int64_t n = output.dim(0) - 1;
        const int32_t first_unpooled = static_cast<int32_t>(3 * channels);
        std::set<std::pair<int64_t, int64_t>> landed;  // (channel, flat index) of every pooled value
        const int64_t plane = inputs.input.dim(2) * inputs.input.dim(3);
        for (int64_t c = 0; c < channels; ++c) {
            for (int64_t j = 0; j < plane; ++j) landed.insert({c, (*inputs.indices)[(n * channels + c) * plane + j]});
        }
        for (int64_t c = 0; c < channels; ++c) {
            const auto cells = grid_cells(end, first_unpooled + static_cast<int32_t>(c));
            ASSERT_EQ(static_cast<int64_t>(cells.size()), output.dim(2) * output.dim(3)) << where;
            for (const FrameCell* cell : cells) {
                EXPECT_TRUE(cell->show_value) << where;
                EXPECT_EQ(cell->value, output.at(n, c, cell->row, cell->col)) << where;
                const int64_t flat = cell->row * output.dim(3) + cell->col;
                if (!landed.count({c, flat})) {
                    EXPECT_EQ(cell->value, 0.0) << where << " a lost place holds a value";
                }
            }
        }
        if (i % 10 == 0) expect_clean_throughout(composer.value(), where);
    }
    EXPECT_GT(shown, 100) << "the draw should make many valid scenes";
    EXPECT_GT(refused, 0) << "and some PyTorch refuses";
}

TEST(UpsamplingViews, UnpoolSaysWhereAnIndexLandsWhenThePlaneIsWider) {
    const Scene scene = preset("maxpool_unpool_output_size");  // 4-wide input, 5-wide output
    const Composer composer = composer_of(scene);
    // Pooled (0, 1) = 8 won at index 7: input row 1, column 3; in the 5-wide plane row 1, column 2.
    const Frame f = composer.compose(time_of(composer.timeline(), Phase::unpool, 1, 0.5));
    const std::optional<FrameText> formula = text_of(f, TextKind::formula);
    ASSERT_TRUE(formula.has_value());
    EXPECT_EQ(formula->text, "index 7 in a 5-wide plane: row ⌊7/5⌋ = 1, column 7 mod 5 = 2 — in the 4-wide input it "
                             "was row 1, column 3");
    const Frame end = composer.compose(holding(composer));
    const FrameCell* landed = nullptr;
    for (const FrameCell& c : end.cells) {
        if (c.grid == 3 && c.row == 1 && c.col == 2) landed = &c;
    }
    ASSERT_NE(landed, nullptr);
    EXPECT_EQ(landed->value, 8.0);
}

// [SECTION] Upsample

Scene random_upsample_scene(Draw& draw) {
    Scene scene;
    UpsampleParams p;
    p.mode = static_cast<UpsampleMode>(draw.between(0, 3));
    if (p.mode == UpsampleMode::bilinear || p.mode == UpsampleMode::bicubic) {
        const int64_t corner = draw.between(0, 2);
        if (corner) p.align_corners = corner == 2;
    }
    scene.tensors.input = draw.integers({draw.between(1, 2), draw.between(1, 2), draw.between(1, 5), draw.between(1, 5)});
    if (draw.between(0, 1)) {
        p.size = Pair{draw.between(1, 9), draw.between(1, 9)};
    } else {
        const double factors[] = {0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 1.75};
        p.scale_factor = ScaleFactor{factors[draw.between(0, 6)], factors[draw.between(0, 6)]};
    }
    scene.params = p;
    scene.view.kind = ViewKind::upsample;
    return scene;
}

TEST(UpsamplingViews, WeightsAreCoresAndSumToOneInEveryModeAndConvention) {
    const uint32_t seed = test_seed();
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    int shown = 0;
    for (int i = 0; i < 120; ++i) {
        const Scene scene = random_upsample_scene(draw);
        auto composer = Composer::make(scene);
        if (!composer) {
            EXPECT_FALSE(composer.error().empty());
            continue;
        }
        ++shown;
        const std::string where = cat("case ", i, ": ", scene_json(scene));
        const auto& p = std::get<UpsampleParams>(scene.params);
        const Tensor& input = scene.tensors.input;
        const Tensor output = op_output(scene);
        const int64_t steps = std::min<int64_t>(output.size(), 40);
        for (int64_t k = 0; k < steps; ++k) {
            const Frame f = composer.value().compose(time_of(composer.value().timeline(), Phase::steps, k, 0.8));
            const Cell out = cell_at(k, output.dim(1), output.dim(2), output.dim(3));
            const UpsampleTaps rows = upsample_taps(p, upsample_axis(p, input.shape(), 0), out.y);
            const UpsampleTaps cols = upsample_taps(p, upsample_axis(p, input.shape(), 1), out.x);
            // Grids: input planes, the weights, output planes.
            const auto weights = grid_cells(f, static_cast<int32_t>(input.dim(1)));
            ASSERT_EQ(weights.size(), static_cast<size_t>(rows.count * cols.count)) << where;
            double sum = 0.0;
            for (const FrameCell* w : weights) {
                EXPECT_EQ(w->value, rows.weight[w->row] * cols.weight[w->col]) << where << " step " << k;
                sum += w->value;
            }
            EXPECT_NEAR(sum, 1.0, 1e-12) << where << " step " << k;
            EXPECT_EQ(caption_result(f), display_number(output[k])) << where << " step " << k;
        }
        if (i % 6 == 0) expect_clean_throughout(composer.value(), where);
    }
    EXPECT_GT(shown, 100);
}

// The centres of the sampling grid's crosses (two lines each) on the input grid.
std::vector<std::pair<float, float>> cross_centres(const Frame& f, size_t count) {
    std::vector<std::pair<float, float>> centres;
    for (size_t i = 0; i + 1 < f.lines.size() && centres.size() < count; i += 2) {
        const Line& l = f.lines[i];
        centres.push_back({0.5f * (l.x0 + l.x1), 0.5f * (l.y0 + l.y1)});
    }
    return centres;
}

TEST(UpsamplingViews, SamplingGridMovesFromTheOtherAlignCornersConvention) {
    for (const char* id : {"upsample_bilinear", "upsample_bilinear_align_corners", "upsample_bicubic_align_corners"}) {
        SCOPED_TRACE(id);
        const Scene scene = preset(id);
        const auto& p = std::get<UpsampleParams>(scene.params);
        UpsampleParams other = p;
        other.align_corners = !p.align_corners.value_or(false);
        const Composer composer = composer_of(scene);
        const Tensor output = op_output(scene);
        const Tensor& input = scene.tensors.input;
        const size_t points = static_cast<size_t>(output.dim(2) * output.dim(3));
        const Frame start = composer.compose(0.0);
        ASSERT_EQ(composer.timeline().at(0.0).phase, Phase::sampling);
        const Frame settled = composer.compose(time_of(composer.timeline(), Phase::steps, 0, 0.0));
        const FrameGrid& grid = start.grids[0];
        const auto before = cross_centres(start, points);
        const auto after = cross_centres(settled, points);
        ASSERT_EQ(before.size(), points);
        ASSERT_EQ(after.size(), points);
        for (size_t i = 0; i < points; ++i) {
            const int64_t y = static_cast<int64_t>(i) / output.dim(3);
            const int64_t x = static_cast<int64_t>(i) % output.dim(3);
            for (const auto& [params, centre] : {std::pair{&std::as_const(other), before[i]}, std::pair{&p, after[i]}}) {
                const double py = upsample_taps(*params, upsample_axis(*params, input.shape(), 0), y).point;
                const double px = upsample_taps(*params, upsample_axis(*params, input.shape(), 1), x).point;
                EXPECT_NEAR(centre.first, grid.box.x + (px + 0.5) * grid.cell, 1e-3) << i;
                EXPECT_NEAR(centre.second, grid.box.y + (py + 0.5) * grid.cell, 1e-3) << i;
            }
        }
        // align_corners=True puts the corner points on the corner cells' centres.
        const auto& corners = p.align_corners.value_or(false) ? after : before;
        EXPECT_NEAR(corners.front().first, grid.box.x + 0.5f * grid.cell, 1e-3);
        EXPECT_NEAR(corners.back().second, grid.box.bottom() - 0.5f * grid.cell, 1e-3);
    }
}

// [SECTION] PixelShuffle and PixelUnshuffle

TEST(UpsamplingViews, ShuffleMovesEveryInputCellExactlyOnceColouredByChannel) {
    const uint32_t seed = test_seed();
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    for (int i = 0; i < 40; ++i) {
        const int64_t r = draw.between(1, 3);
        const bool up = draw.between(0, 1) == 1;
        Scene scene;
        if (up) {
            scene.params = PixelShuffleParams{.upscale_factor = r};
            scene.tensors.input = draw.integers({1, r * r * draw.between(1, 2), draw.between(1, 3), draw.between(1, 3)});
        } else {
            scene.params = PixelUnshuffleParams{.downscale_factor = r};
            scene.tensors.input = draw.integers({1, draw.between(1, 2), r * draw.between(1, 3), r * draw.between(1, 3)});
        }
        scene.view.kind = ViewKind::shuffle;
        const std::string where = cat("case ", i, ": ", scene_json(scene));
        const Composer composer = composer_of(scene);
        const Tensor& input = scene.tensors.input;
        const Tensor output = op_output(scene);
        std::set<std::tuple<int32_t, int32_t, int32_t>> sources;
        for (int64_t k = 0; k < output.size(); ++k) {
            const Frame f = composer.compose(time_of(composer.timeline(), Phase::steps, k, 0.5));
            for (const FrameCell& c : f.cells) {
                if (c.grid < input.dim(1) && c.highlight) {
                    EXPECT_TRUE(sources.insert({c.grid, c.row, c.col}).second) << where;
                }
            }
        }
        EXPECT_EQ(static_cast<int64_t>(sources.size()), input.size()) << where << ": a permutation reads every cell once";
        const Frame end = composer.compose(holding(composer));
        for (const FrameCell& c : end.cells) {
            if (c.grid < input.dim(1)) continue;
            const int64_t channel = c.grid - input.dim(1);
            EXPECT_EQ(c.value, output.at(0, channel, c.row, c.col)) << where;
            // Coloured by the channel of the stacked side: the shuffle's input, the unshuffle's output.
            const int64_t stacked = up ? channel * r * r + (c.row % r) * r + c.col % r : channel;
            EXPECT_EQ(c.tint, stacked + 1) << where;
        }
        expect_clean_throughout(composer, where);
    }
}

// [SECTION] Compare

TEST(UpsamplingViews, CompareStepsFourWaysInSyncToTheSameSize) {
    const uint32_t seed = test_seed();
    SCOPED_TRACE(seed_note(seed));
    Draw draw(seed);
    std::vector<Scene> scenes;
    for (CompareKernel kernel : {CompareKernel::bilinear, CompareKernel::ones}) {
        Scene s = preset("compare_upsampling");
        s.view.compare_kernel = kernel;
        scenes.push_back(s);
    }
    for (int i = 0; i < 120; ++i) {
        Scene s = random_unpool_scene(draw);
        s.view.kind = ViewKind::compare;
        s.view.compare_kernel = draw.between(0, 1) ? CompareKernel::ones : CompareKernel::bilinear;
        scenes.push_back(s);
    }
    int shown = 0;
    for (const Scene& scene : scenes) {
        auto composer = Composer::make(scene);
        if (!composer) {
            EXPECT_FALSE(composer.error().empty());
            continue;
        }
        ++shown;
        const std::string where = scene_json(scene);
        const auto inputs = op_inputs(scene).value();
        const CompareSetup setup = compare_setup(scene, inputs.input.shape()).value();
        const Tensor want[] = {conv_transpose2d_scatter(inputs.input, setup.convt_weight, nullptr, setup.convt).value(),
                               max_unpool2d(inputs.input, *inputs.indices, setup.unpool).value(),
                               upsample(inputs.input, setup.nearest).value(), upsample(inputs.input, setup.bilinear).value()};
        for (const Tensor& t : want) EXPECT_EQ(t.shape(), want[1].shape()) << where << ": one output size";
        const Shape& out = want[1].shape();
        // Grids: before pooling, pooled, the kernel, then the four ways.
        const Frame end = composer.value().compose(holding(composer.value()));
        const int64_t n = out[0] - 1;
        const int64_t c = out[1] - 1;
        for (int32_t way = 0; way < 4; ++way) {
            const auto cells = grid_cells(end, 3 + way);
            ASSERT_EQ(static_cast<int64_t>(cells.size()), out[2] * out[3]) << where;
            for (const FrameCell* cell : cells) EXPECT_EQ(cell->value, want[way].at(n, c, cell->row, cell->col)) << where;
        }
        // In step: each way writes the same cell at each step.
        const int64_t steps = std::min<int64_t>(element_count(out), 12);
        for (int64_t k = 0; k < steps; ++k) {
            const Frame f = composer.value().compose(time_of(composer.value().timeline(), Phase::steps, k, 0.5));
            const Cell cell = cell_at(k, out[1], out[2], out[3]);
            for (int32_t way = 0; way < 4; ++way) {
                int written = 0;
                for (const FrameCell* x : grid_cells(f, 3 + way)) {
                    if (x->role != Role::result) continue;
                    ++written;
                    EXPECT_EQ(x->row, cell.y) << where;
                    EXPECT_EQ(x->col, cell.x) << where;
                }
                EXPECT_EQ(written, 1) << where << " step " << k;
            }
        }
        // An all-ones kernel as large as its stride copies each cell: nearest, exactly.
        const Pair stride = stride_or_kernel(setup.unpool.stride, setup.unpool.kernel_size);
        if (scene.view.compare_kernel == CompareKernel::ones && setup.convt_weight.dim(2) == stride.h &&
            setup.convt_weight.dim(3) == stride.w && setup.convt.padding == Pair{0, 0} &&
            setup.convt.output_padding == Pair{0, 0}) {
            EXPECT_EQ(want[0].data(), want[2].data()) << where;
        }
        expect_clean_throughout(composer.value(), where);
    }
    EXPECT_GT(shown, 30);
}

TEST(UpsamplingViews, CompareReachesASmallerOutputSizeThroughPadding) {
    // 3×3 pooled 2 by 2 with ceil_mode: 2×2, whose default unpool is 4×4; output_size 3×3 puts
    // the indices back in the input's own plane. ConvTranspose2d gets there with padding 1 and
    // output_padding 1; the bilinear 4×4 kernel too.
    Scene scene = preset("compare_upsampling");
    scene.tensors.input = Tensor(Shape{1, 1, 3, 3}, std::vector<double>{1, 5, 2, 7, 3, 9, 4, 8, 6});
    scene.pooling.ceil_mode = true;
    std::get<MaxUnpool2dParams>(scene.params).output_size = Pair{3, 3};
    for (CompareKernel kernel : {CompareKernel::ones, CompareKernel::bilinear}) {
        scene.view.compare_kernel = kernel;
        const auto setup = compare_setup(scene, Shape{1, 1, 2, 2});
        ASSERT_TRUE(setup.ok()) << setup.error();
        EXPECT_EQ(setup.value().size, (Pair{3, 3}));
        const Tensor& w = setup.value().convt_weight;
        const ConvTranspose2dParams& t = setup.value().convt;
        EXPECT_EQ((2 - 1) * 2 - 2 * t.padding.h + w.dim(2) + t.output_padding.h, 3) << name(kernel);
        EXPECT_LT(t.output_padding.h, t.stride.h) << name(kernel);
        const Composer composer = composer_of(scene);
        const Frame end = composer.compose(holding(composer));
        EXPECT_EQ(grid_cells(end, 3).size(), 9u);
    }
}

TEST(UpsamplingViews, EdgesSaidInWordsOrDrawn) {
    // Dilation shrinks the pooled map, so the default unpool plane cannot hold the indices.
    Scene unpool = preset("maxpool_unpool");
    unpool.tensors.input = Tensor(Shape{1, 1, 5, 5}, 1.0);
    for (int64_t i = 0; i < 25; ++i) unpool.tensors.input[i] = static_cast<double>(i);
    unpool.pooling.dilation = {2, 2};
    const auto refused = validate(unpool);
    ASSERT_TRUE(refused.has_value());
    EXPECT_NE(refused->find("past the end of MaxUnpool2d's"), std::string::npos) << *refused;
    EXPECT_NE(refused->find("set output_size to 5×5"), std::string::npos) << *refused;
    std::get<MaxUnpool2dParams>(unpool.params).output_size = Pair{5, 5};
    EXPECT_EQ(validate(unpool), std::nullopt);
    // A stride over 16 would ask for a bilinear kernel over the size limit: the pool's is used.
    Scene wide = preset("compare_upsampling");
    auto& p = std::get<MaxUnpool2dParams>(wide.params);
    p.kernel_size = {2, 2};
    p.stride = Pair{17, 17};
    wide.tensors.input = Tensor(Shape{1, 1, 20, 20}, 1.0);
    EXPECT_EQ(validate(wide), std::nullopt);
    EXPECT_TRUE(Composer::make(wide).ok());
    // align_corners with one output cell: PyTorch's scale is 0, and so is the text's.
    Scene one = preset("upsample_bilinear_align_corners");
    auto& u = std::get<UpsampleParams>(one.params);
    u.scale_factor.reset();
    u.size = Pair{1, 3};
    const Composer composer = composer_of(one);
    const Frame f = composer.compose(time_of(composer.timeline(), Phase::steps, 0, 0.5));
    const std::optional<FrameText> formula = text_of(f, TextKind::formula);
    ASSERT_TRUE(formula.has_value());
    EXPECT_EQ(formula->text.rfind("y: out = 1: src = 0", 0), 0u) << formula->text;
}

TEST(UpsamplingViews, BilinearKernelIsFcnsTent) {
    const Tensor k = bilinear_kernel({4, 4}, 1);
    const double taps[] = {0.25, 0.75, 0.75, 0.25};
    for (int64_t y = 0; y < 4; ++y) {
        for (int64_t x = 0; x < 4; ++x) EXPECT_DOUBLE_EQ(k.at(0, 0, y, x), taps[y] * taps[x]);
    }
    const Tensor odd = bilinear_kernel({3, 5}, 2);  // [0.5, 1, 0.5] ⊗ [1/3, 2/3, 1, 2/3, 1/3]
    EXPECT_DOUBLE_EQ(odd.at(1, 0, 1, 2), 1.0);
    EXPECT_DOUBLE_EQ(odd.at(1, 0, 0, 2), 0.5);
    EXPECT_DOUBLE_EQ(odd.at(1, 0, 1, 0), 1.0 - 2.0 / 3.0);
}

}  // namespace
}  // namespace convviz
