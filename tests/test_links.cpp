// Links without a display: what a hovered cell is computed from and what it feeds, checked
// against the window geometry (conv) and the traces (scatter, gather), per channel and group,
// and for every cell of every preset in every view at a few times: in range, each cell once,
// never the hovered cell, and symmetric (A is a source of B exactly when B is a dependent of A).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <string>

#include "core/frame/compose.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "core/trace/conv_transpose2d_trace.hpp"
#include "tests/frame_helpers.hpp"

namespace convviz {
namespace {

using RefSet = std::set<CellRef>;

RefSet as_set(const std::vector<CellRef>& refs) { return {refs.begin(), refs.end()}; }

std::string describe(const CellRef& ref) { return cat("(grid ", ref.grid, ", ", ref.row, ", ", ref.col, ")"); }


// The grids of one role, in block order (a tensor's channels).
std::vector<int32_t> grids_with(const Frame& frame, Role role) {
    std::vector<int32_t> grids;
    for (size_t i = 0; i < frame.grids.size(); ++i) {
        if (frame.grids[i].role == role) grids.push_back(static_cast<int32_t>(i));
    }
    return grids;
}

CellRef ref(int32_t grid, int64_t row, int64_t col) { return cell_ref(grid, row, col); }

// Every place the frame shows a cell at, once.
std::vector<CellRef> shown_cells(const Frame& frame) {
    RefSet shown;
    for (const FrameCell& c : frame.cells) {
        if (c.opacity > 0.0f) shown.insert({c.grid, c.row, c.col});
    }
    return {shown.begin(), shown.end()};
}

// A time in each phase (a fifth into it), one in the middle, and one in the hold at the end.
std::vector<double> sample_times(const Timeline& timeline) {
    std::vector<double> times;
    int phase = -1;
    for (double t = 0.0; t < timeline.duration(); t += 0.05) {
        const TimePoint p = timeline.at(t);
        if (p.phase_index != phase && !p.holding) {
            phase = p.phase_index;
            times.push_back(t + 0.3);
        }
    }
    times.push_back(0.5 * timeline.duration());
    times.push_back(timeline.duration() - 0.01);
    return times;
}

// Scenes with several channels, groups and batch elements, beside the presets.
std::vector<Scene> grouped_scenes() {
    std::vector<Scene> scenes;
    {
        Scene conv = preset("no_padding_no_strides");
        conv.id = "grouped_conv";
        conv.params = Conv2dParams{.stride = {2, 1}, .padding = {.kind = PaddingKind::pair, .size = {1, 0}}, .groups = 2,
                                   .padding_mode = PaddingMode::reflect};
        conv.tensors.input = Tensor({2, 4, 4, 4}, 1.0);
        conv.tensors.weight = Tensor({6, 2, 2, 3}, 1.0);
        conv.tensors.bias.reset();
        scenes.push_back(conv);
    }
    {
        Scene tconv = preset("padding_strides_transposed");
        tconv.id = "grouped_tconv";
        tconv.params = ConvTranspose2dParams{.stride = {2, 2}, .padding = {1, 0}, .output_padding = {1, 0},
                                             .groups = 2};
        tconv.tensors.input = Tensor({1, 4, 2, 3}, 1.0);
        tconv.tensors.weight = Tensor({4, 3, 3, 2}, 1.0);
        tconv.tensors.bias.reset();
        scenes.push_back(tconv);
    }
    {
        Scene matrix = preset("d2l_conv_matrix");
        matrix.id = "two_channel_matrix";
        matrix.tensors.input = Tensor({1, 2, 3, 3}, 1.0);
        matrix.tensors.weight = Tensor({2, 2, 2, 2}, 1.0);
        scenes.push_back(matrix);
    }
    return scenes;
}

// [SECTION] Conv2d

TEST(Links, ConvOutputCellIsComputedFromItsWindowAndTheKernel) {
    const Scene scene = preset("no_padding_strides");  // 5×5, 3×3 kernel, stride 2
    const Composer composer = composer_of(scene);
    const double t = time_of(composer.timeline(), Phase::steps, 1, 0.5);
    const Frame frame = composer.compose(t);
    const int32_t input = grids_with(frame, Role::input).at(0);
    const int32_t kernel = grids_with(frame, Role::kernel).at(0);
    const int32_t output = grids_with(frame, Role::output).at(0);
    ASSERT_EQ(frame.grids[static_cast<size_t>(output)].rows, 2);
    for (int64_t oy = 0; oy < 2; ++oy) {
        for (int64_t ox = 0; ox < 2; ++ox) {
            RefSet expected;
            for (int64_t ky = 0; ky < 3; ++ky) {
                for (int64_t kx = 0; kx < 3; ++kx) {
                    expected.insert(ref(input, 2 * oy + ky, 2 * ox + kx));
                    expected.insert(ref(kernel, ky, kx));
                }
            }
            const Links links = composer.links(t, ref(output, oy, ox));
            EXPECT_EQ(as_set(links.sources), expected) << "output " << oy << "," << ox;
            EXPECT_TRUE(links.dependents.empty());
        }
    }
}

TEST(Links, ConvInputCellFeedsTheOutputsWhoseWindowCoversIt) {
    const Scene scene = preset("no_padding_strides");
    const Composer composer = composer_of(scene);
    const double t = time_of(composer.timeline(), Phase::steps, 2, 0.2);
    const Frame frame = composer.compose(t);
    const int32_t input = grids_with(frame, Role::input).at(0);
    const int32_t kernel = grids_with(frame, Role::kernel).at(0);
    const int32_t output = grids_with(frame, Role::output).at(0);
    for (int64_t y = 0; y < 5; ++y) {
        for (int64_t x = 0; x < 5; ++x) {
            RefSet expected;
            for (int64_t oy = 0; oy < 2; ++oy) {
                for (int64_t ox = 0; ox < 2; ++ox) {
                    if (y >= 2 * oy && y < 2 * oy + 3 && x >= 2 * ox && x < 2 * ox + 3) expected.insert(ref(output, oy, ox));
                }
            }
            const Links links = composer.links(t, ref(input, y, x));
            EXPECT_EQ(as_set(links.dependents), expected) << "input " << y << "," << x;
            EXPECT_TRUE(links.sources.empty());
        }
    }
    // Every weight is used by every output cell.
    const Links weight = composer.links(t, ref(kernel, 1, 2));
    EXPECT_EQ(as_set(weight.dependents),
              (RefSet{ref(output, 0, 0), ref(output, 0, 1), ref(output, 1, 0), ref(output, 1, 1)}));
}

TEST(Links, ConvWindowIncludesPaddingAndReflectPaddingComesFromTheCellItCopies) {
    Scene scene = preset("padding_strides");  // 5×5, padding 1, stride 2, 3×3 kernel
    std::get<Conv2dParams>(scene.params).padding_mode = PaddingMode::reflect;
    const Composer composer = composer_of(scene);
    const Frame frame = composer.compose(0.5);
    const int32_t input = grids_with(frame, Role::input).at(0);
    const int32_t output = grids_with(frame, Role::output).at(0);
    // Output (0, 0) reads padded rows and columns 0..2: five padding cells, four input cells.
    const Links corner = composer.links(0.5, ref(output, 0, 0));
    RefSet window;
    for (const CellRef& r : corner.sources) {
        if (r.grid == input) window.insert(r);
    }
    RefSet expected;
    for (int64_t y = 0; y < 3; ++y) {
        for (int64_t x = 0; x < 3; ++x) expected.insert(ref(input, y, x));
    }
    EXPECT_EQ(window, expected);
    // Padded (0, 0) is input (−1, −1), which reflect takes from input (1, 1): padded (2, 2).
    const Links padding = composer.links(0.5, ref(input, 0, 0));
    EXPECT_EQ(as_set(padding.sources), (RefSet{ref(input, 2, 2)}));
    EXPECT_TRUE(as_set(padding.dependents).count(ref(output, 0, 0)));
    const Links copied = composer.links(0.5, ref(input, 2, 2));
    EXPECT_TRUE(as_set(copied.dependents).count(ref(input, 0, 0)));
    EXPECT_TRUE(as_set(copied.dependents).count(ref(output, 0, 0)));
}

TEST(Links, GroupedConvOutputReadsOnlyItsGroupAndTheKernelOnScreen) {
    Scene scene = preset("no_padding_no_strides");
    scene.params = Conv2dParams{.groups = 2};
    scene.tensors.input = Tensor({1, 4, 4, 4}, 1.0);
    scene.tensors.weight = Tensor({6, 2, 3, 3}, 1.0);  // 3 output channels per group of 2 inputs
    scene.tensors.bias.reset();
    const Composer composer = composer_of(scene);
    const Frame frame = composer.compose(0.5);
    const std::vector<int32_t> inputs = grids_with(frame, Role::input);
    const std::vector<int32_t> kernels = grids_with(frame, Role::kernel);
    const std::vector<int32_t> outputs = grids_with(frame, Role::output);
    ASSERT_EQ(inputs.size(), 4u);
    ASSERT_EQ(kernels.size(), 2u);
    ASSERT_EQ(outputs.size(), 6u);
    // Output channel c reads input channels 2·(c / 3) and 2·(c / 3) + 1, 3×3 each. The kernel on
    // screen is output channel 0's, so only channel 0's cells are computed from it.
    auto grids_read = [&](double t, int64_t c) {
        std::map<int32_t, size_t> read;
        for (const CellRef& r : composer.links(t, ref(outputs[static_cast<size_t>(c)], 1, 0)).sources) ++read[r.grid];
        return read;
    };
    EXPECT_EQ(grids_read(0.5, 0), (std::map<int32_t, size_t>{{inputs[0], 9}, {inputs[1], 9}, {kernels[0], 9}, {kernels[1], 9}}));
    EXPECT_EQ(grids_read(0.5, 4), (std::map<int32_t, size_t>{{inputs[2], 9}, {inputs[3], 9}}));
    // Once channel 4 is being computed (steps 16..19), its kernel is the one on screen.
    const double later = time_of(composer.timeline(), Phase::steps, 17, 0.5);
    EXPECT_EQ(grids_read(later, 4), (std::map<int32_t, size_t>{{inputs[2], 9}, {inputs[3], 9}, {kernels[0], 9}, {kernels[1], 9}}));
    EXPECT_EQ(grids_read(later, 0), (std::map<int32_t, size_t>{{inputs[0], 9}, {inputs[1], 9}}));
    // An input cell of channel 3 feeds the output channels of group 1 only.
    std::set<int32_t> fed;
    for (const CellRef& r : composer.links(0.5, ref(inputs[3], 1, 1)).dependents) fed.insert(r.grid);
    EXPECT_EQ(fed, (std::set<int32_t>{outputs[3], outputs[4], outputs[5]}));
}

// [SECTION] ConvTranspose2d

TEST(Links, ScatterLinksAreTheStampsOfTheTrace) {
    const Scene scene = preset("padding_strides_transposed", ViewKind::scatter);  // 3×3, stride 2, padding 1
    const Composer composer = composer_of(scene);
    const double t = time_of(composer.timeline(), Phase::steps, 4, 0.5);
    const Frame frame = composer.compose(t);
    const int32_t input = grids_with(frame, Role::input).at(0);
    const int32_t kernel = grids_with(frame, Role::kernel).at(0);
    const int32_t full = grids_with(frame, Role::output).at(0);
    const auto& params = std::get<ConvTranspose2dParams>(scene.params);
    const ScatterTrace trace =
        ScatterTrace::make(scene.tensors.input, *scene.tensors.weight, nullptr, params).value();
    std::map<CellRef, RefSet> sources;
    std::map<CellRef, RefSet> dependents;
    for (int64_t k = 0; k < trace.size(); ++k) {
        const ScatterStep step = trace.step(k);
        const CellRef in = ref(input, step.input.y, step.input.x);
        for (const ScatterTap& tap : step.taps) {
            const CellRef to = ref(full, tap.full.y, tap.full.x);
            const CellRef weight = ref(kernel, tap.kernel.y, tap.kernel.x);
            sources[to].insert({in, weight});
            dependents[in].insert(to);
            dependents[weight].insert(to);
        }
    }
    for (const CellRef& cell : shown_cells(frame)) {
        const Links links = composer.links(t, cell);
        EXPECT_EQ(as_set(links.sources), sources[cell]) << describe(cell);
        EXPECT_EQ(as_set(links.dependents), dependents[cell]) << describe(cell);
    }
}

TEST(Links, GatherLinksAreTheFlippedKernelOverTheSpreadAsInTheTrace) {
    const Scene scene = preset("padding_strides_transposed", ViewKind::gather);
    const Composer composer = composer_of(scene);
    const auto& params = std::get<ConvTranspose2dParams>(scene.params);
    const GatherTrace trace = GatherTrace::make(scene.tensors.input, *scene.tensors.weight, nullptr, params).value();
    // Before the flip the kernel's cells sit at their own places; from the slide on, flipped.
    for (const bool flipped : {false, true}) {
        const double t = flipped ? time_of(composer.timeline(), Phase::slide, 3, 0.5)
                                 : time_of(composer.timeline(), Phase::pad, 0, 0.5);
        const Frame frame = composer.compose(t);
        const int32_t spread = grids_with(frame, Role::input).at(0);
        const int32_t kernel = grids_with(frame, Role::kernel).at(0);
        const int32_t output = grids_with(frame, Role::output).at(0);
        std::map<CellRef, RefSet> sources;
        std::map<CellRef, RefSet> dependents;
        for (int64_t k = 0; k < trace.size(); ++k) {
            const GatherStep step = trace.step(k);
            const CellRef out = ref(output, step.output.y, step.output.x);
            for (const GatherTap& tap : step.taps) {
                const CellRef under = ref(spread, tap.spread_y, tap.spread_x);
                const CellRef weight = flipped ? ref(kernel, tap.flipped_y, tap.flipped_x) : ref(kernel, tap.kernel.y, tap.kernel.x);
                sources[out].insert({under, weight});
                dependents[under].insert(out);
                dependents[weight].insert(out);
            }
        }
        for (const CellRef& cell : shown_cells(frame)) {
            const Links links = composer.links(t, cell);
            EXPECT_EQ(as_set(links.sources), sources[cell]) << describe(cell) << (flipped ? " flipped" : "");
            EXPECT_EQ(as_set(links.dependents), dependents[cell]) << describe(cell) << (flipped ? " flipped" : "");
        }
    }
}

TEST(Links, GatherBorderIsNotLinkedBeforeItAppears) {
    const Scene scene = preset("padding_strides_transposed", ViewKind::gather);
    const Composer composer = composer_of(scene);
    const double t = time_of(composer.timeline(), Phase::spread, 0, 0.5);
    const Frame frame = composer.compose(t);
    const int32_t spread = grids_with(frame, Role::input).at(0);
    const int32_t output = grids_with(frame, Role::output).at(0);
    EXPECT_TRUE(composer.links(t, ref(spread, 0, 0)).empty());  // the border, still invisible
    for (const CellRef& r : composer.links(t, ref(output, 0, 0)).sources) {
        EXPECT_FALSE(r.grid == spread && (r.row == 0 || r.col == 0)) << describe(r);
    }
}

TEST(Links, CropOutputIsTheFullCellPaddingFurtherIn) {
    const Scene scene = preset("padding_strides_odd_transposed", ViewKind::crop);  // padding 1, output_padding 1
    const Composer composer = composer_of(scene);
    const double t = composer.timeline().duration() - 0.01;
    const Frame frame = composer.compose(t);
    const int32_t out = 1;  // grid 0 is the full output
    ASSERT_EQ(frame.grids[static_cast<size_t>(out)].rows, 6);
    const Links links = composer.links(t, ref(out, 5, 5));  // given back by output_padding
    EXPECT_EQ(links.sources, (std::vector<CellRef>{ref(0, 6, 6)}));
    EXPECT_EQ(composer.links(t, ref(0, 1, 1)).dependents, (std::vector<CellRef>{ref(out, 0, 0)}));
    EXPECT_TRUE(composer.links(t, ref(0, 0, 3)).empty());  // cropped away: feeds nothing
}

// [SECTION] The other views

TEST(Links, MatrixEntryTiesItsRowOfYAndColumnOfXBack) {
    // 3×3 input, 2×2 kernel: C is 4×9. Grids: x 0, kernel 1, y 2, x' 3, C 4, left vector 5, right 6.
    const Scene scene = preset("d2l_conv_matrix");
    const Composer composer = composer_of(scene);
    const double rows = time_of(composer.timeline(), Phase::rows, 1, 0.5);
    // y[0][1] = row 1 of C · x: input cells 1, 2, 4, 5 and C's entries (1, 1), (1, 2), (1, 4), (1, 5).
    const Links y = composer.links(rows, ref(2, 0, 1));
    EXPECT_EQ(as_set(y.sources), (RefSet{ref(0, 0, 1), ref(0, 0, 2), ref(0, 1, 1), ref(0, 1, 2), ref(4, 1, 1),
                                         ref(4, 1, 2), ref(4, 1, 4), ref(4, 1, 5)}));
    EXPECT_TRUE(y.dependents.empty());  // x' is not computed yet
    // In the vectors: y[1] from x[1], x[2], x[4], x[5] and the same entries.
    EXPECT_EQ(as_set(composer.links(rows, ref(6, 1, 0)).sources),
              (RefSet{ref(5, 1, 0), ref(5, 2, 0), ref(5, 4, 0), ref(5, 5, 0), ref(4, 1, 1), ref(4, 1, 2), ref(4, 1, 4),
                      ref(4, 1, 5)}));
    EXPECT_TRUE(composer.links(rows, ref(4, 0, 2)).empty());  // a zero of C feeds nothing
    // C[1, 5] holds kernel[1][1] (= 4) and feeds y[1].
    EXPECT_EQ(as_set(composer.links(rows, ref(4, 1, 5)).sources), (RefSet{ref(1, 1, 1)}));
    // After the transpose it sits at (5, 1) and feeds x'[1][2] and x'[5] of the vector.
    const double columns = time_of(composer.timeline(), Phase::columns, 0, 0.5);
    EXPECT_EQ(as_set(composer.links(columns, ref(4, 5, 1)).dependents), (RefSet{ref(3, 1, 2), ref(6, 5, 0)}));
    EXPECT_TRUE(composer.links(columns, ref(4, 1, 5)).empty());
}

TEST(Links, PoolUnpoolUpsampleAndShuffleNameWhatTheyRead) {
    {
        const Scene scene = preset("numerical_max_pooling");  // 3×3 window, stride 1
        const Composer composer = composer_of(scene);
        EXPECT_EQ(composer.links(0.5, ref(1, 1, 2)).sources.size(), 9u);
    }
    {
        const Scene scene = preset("maxpool_unpool");  // 1…16 as 4×4, 2×2 windows: 2×2 pooled
        const Composer composer = composer_of(scene);
        const double t = time_of(composer.timeline(), Phase::unpool, 0, 0.5);
        EXPECT_EQ(composer.links(t, ref(1, 0, 0)).sources.size(), 4u);
        // 6 wins at index 5: unpooled (1, 1) holds the pooled value, put there by its index.
        EXPECT_EQ(as_set(composer.links(t, ref(3, 1, 1)).sources), (RefSet{ref(1, 0, 0), ref(2, 0, 0)}));
        EXPECT_TRUE(composer.links(t, ref(3, 0, 0)).empty());
    }
    {
        // Grids: input, the weights, output.
        const Scene scene = preset("upsample_nearest");
        const Composer composer = composer_of(scene);
        const double t = time_of(composer.timeline(), Phase::steps, 0, 0.5);
        EXPECT_EQ(composer.links(t, ref(2, 3, 2)).sources, (std::vector<CellRef>{ref(0, 1, 1)}));
    }
    {
        const Scene scene = preset("upsample_bilinear_align_corners");  // 2×2 → 4×4: corners hit cells
        const Composer composer = composer_of(scene);
        const double t = time_of(composer.timeline(), Phase::steps, 0, 0.5);
        EXPECT_EQ(composer.links(t, ref(2, 0, 0)).sources, (std::vector<CellRef>{ref(0, 0, 0)}));
        EXPECT_EQ(composer.links(t, ref(2, 1, 1)).sources.size(), 4u);
    }
    {
        const Scene scene = preset("pixel_shuffle");  // 4 channels of 2×2 → one 4×4 plane
        const Composer composer = composer_of(scene);
        // out[h·2 + i][w·2 + j] = in[i·2 + j][h][w]: (1, 2) is channel 2's (0, 1).
        EXPECT_EQ(composer.links(0.5, ref(4, 1, 2)).sources, (std::vector<CellRef>{ref(2, 0, 1)}));
    }
}

// [SECTION] Every preset, every view

TEST(Links, OutOfRangeHoversGiveNoLinksAndAnyTimeIsSafe) {
    for (const Scene& base : builtin_presets()) {
        for (ViewKind view : views_for(base.params)) {
            Scene scene = base;
            scene.view.kind = view;
            auto composer = Composer::make(scene);
            if (!composer) continue;
            const double t = 0.5 * composer.value().timeline().duration();
            const Frame frame = composer.value().compose(t);
            const auto grids = static_cast<int32_t>(frame.grids.size());
            const FrameGrid& last = frame.grids.back();
            const auto rows = static_cast<int32_t>(last.rows);
            const auto cols = static_cast<int32_t>(last.cols);
            constexpr int32_t kBig = std::numeric_limits<int32_t>::max();
            constexpr int32_t kSmall = std::numeric_limits<int32_t>::min();
            for (const CellRef& bad : {CellRef{-1, 0, 0}, CellRef{grids, 0, 0}, CellRef{kBig, 0, 0}, CellRef{kSmall, 0, 0},
                                       CellRef{grids - 1, -1, 0}, CellRef{grids - 1, 0, -1}, CellRef{grids - 1, rows, 0},
                                       CellRef{grids - 1, 0, cols}, CellRef{0, kBig, kBig}, CellRef{0, kSmall, kSmall}}) {
                EXPECT_TRUE(composer.value().links(t, bad).empty()) << base.id << " " << name(view) << " " << describe(bad);
            }
            for (const double odd : {-1.0, std::numeric_limits<double>::quiet_NaN(), 1e12}) {
                (void)composer.value().links(odd, CellRef{});  // any time is some frame; no crash
            }
        }
    }
}

TEST(Links, EveryCellOfEveryPresetInEveryViewIsInRangeAndSymmetric) {
    std::vector<Scene> scenes = builtin_presets();
    // Sampled in the next test and in test_matrix_view.cpp.
    std::erase_if(scenes, [](const Scene& s) { return s.id == "large" || s.id == "matrix_1024"; });
    for (const Scene& s : grouped_scenes()) scenes.push_back(s);
    for (const Scene& base : scenes) {
        for (ViewKind view : views_for(base.params)) {
            Scene scene = base;
            scene.view.kind = view;
            auto made = Composer::make(scene);
            if (!made) {
                EXPECT_EQ(view, ViewKind::matrix) << base.id << ": " << made.error();
                continue;
            }
            const Composer& composer = made.value();
            for (const double t : sample_times(composer.timeline())) {
                const std::string where = cat(base.id, " ", name(view), " t=", t);
                const Frame frame = composer.compose(t);
                const std::vector<CellRef> cells = shown_cells(frame);
                const RefSet shown(cells.begin(), cells.end());
                std::map<CellRef, Links> all;
                bool any = false;
                for (const CellRef& cell : cells) {
                    Links links = composer.links(t, cell);
                    for (const std::vector<CellRef>* list : {&links.sources, &links.dependents}) {
                        EXPECT_TRUE(std::is_sorted(list->begin(), list->end())) << where;
                        EXPECT_EQ(std::adjacent_find(list->begin(), list->end()), list->end()) << where << " repeats";
                        for (const CellRef& r : *list) {
                            EXPECT_NE(r, cell) << where << " " << describe(cell) << " links itself";
                            ASSERT_GE(r.grid, 0) << where;
                            ASSERT_LT(static_cast<size_t>(r.grid), frame.grids.size()) << where;
                            const FrameGrid& g = frame.grids[static_cast<size_t>(r.grid)];
                            EXPECT_TRUE(r.row >= 0 && r.row < g.rows && r.col >= 0 && r.col < g.cols) << where << describe(r);
                            EXPECT_TRUE(shown.count(r)) << where << " " << describe(r) << " is not on screen";
                        }
                    }
                    any = any || !links.empty();
                    all.emplace(cell, std::move(links));
                }
                EXPECT_TRUE(any) << where << ": no cell has links";
                auto has = [&](const CellRef& of, bool sources, const CellRef& r) {
                    const auto found = all.find(of);
                    if (found == all.end()) return false;
                    const std::vector<CellRef>& list = sources ? found->second.sources : found->second.dependents;
                    return std::binary_search(list.begin(), list.end(), r);
                };
                for (const auto& [cell, links] : all) {
                    for (const CellRef& s : links.sources) {
                        EXPECT_TRUE(has(s, false, cell)) << where << ": " << describe(s) << " → " << describe(cell);
                    }
                    for (const CellRef& d : links.dependents) {
                        EXPECT_TRUE(has(d, true, cell)) << where << ": " << describe(cell) << " → " << describe(d);
                    }
                }
            }
        }
    }
}

// The large preset (ConvTranspose2d 32×32 → 127×127, 2 → 2 channels): a sample of cells is
// symmetric, and the time a hover takes is printed (not asserted: CI machines and sanitizers vary).
TEST(Links, LargePresetSampleIsSymmetricAndItsTimingIsPrinted) {
    const Scene base = preset("large");
    for (ViewKind view : views_for(base.params)) {
        Scene scene = base;
        scene.view.kind = view;
        const Composer composer = composer_of(scene);
        // Its matrix view has more cells to draw than the budget allows (172,076): the overview,
        // which links nothing (test_budget.cpp).
        if (composer.overview()) {
            EXPECT_EQ(view, ViewKind::matrix);
            continue;
        }
        // The matrix view's x feeds y in its rows phase, its first quarter; its first output and
        // kernel grids are 2-D (the matrix and the vectors come last).
        const bool matrix = view == ViewKind::matrix;
        const double t = (matrix ? 0.25 : 0.5) * composer.timeline().duration();
        const Frame frame = composer.compose(t);
        const std::vector<int32_t> kernels = grids_with(frame, Role::kernel);
        const std::vector<int32_t> outputs = grids_with(frame, Role::output);
        // (5, 7) is an input cell of the transposed conv; in the matrix view, x of the conv2d it
        // transposes, whose stride-4 windows of 3 never read column 7: (5, 6) instead.
        std::vector<CellRef> hovers = {ref(matrix ? outputs.front() : outputs.back(), 9, 13), ref(0, 5, matrix ? 6 : 7)};
        if (!kernels.empty()) hovers.push_back(ref(matrix ? kernels.front() : kernels.back(), 1, 1));
        double slowest = 0.0;
        for (const CellRef& hovered : hovers) {
            const auto start = std::chrono::steady_clock::now();
            const Links links = composer.links(t, hovered);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            slowest = std::max(slowest, ms);
            EXPECT_FALSE(links.empty()) << name(view) << " " << describe(hovered);
            // Symmetry on the first and last of each list.
            for (const bool sources : {true, false}) {
                const std::vector<CellRef>& list = sources ? links.sources : links.dependents;
                for (const CellRef& other : {list.empty() ? hovered : list.front(), list.empty() ? hovered : list.back()}) {
                    if (other == hovered) continue;
                    const Links back = composer.links(t, other);
                    const std::vector<CellRef>& reverse = sources ? back.dependents : back.sources;
                    EXPECT_TRUE(std::binary_search(reverse.begin(), reverse.end(), hovered))
                        << name(view) << " " << describe(hovered) << " ↔ " << describe(other);
                }
            }
        }
        std::printf("[ links    ] large, %s view: slowest hover %.2f ms\n", name(view), slowest);
    }
}

}  // namespace
}  // namespace convviz
