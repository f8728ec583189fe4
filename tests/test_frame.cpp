// Frames without a display: what compose() puts on screen, checked against the ops and the
// traces — windows where the stride puts them, captions that add up, the scatter's final sums,
// the crop ring, output_padding at the bottom — and the layout of every preset at 20 times.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/frame/compose.hpp"
#include "core/frame/frame_json.hpp"
#include "core/op.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "tests/frame_helpers.hpp"

namespace convviz {
namespace {


double holding_time(const Timeline& timeline) { return timeline.duration() - 0.01; }

// Σ a·b over the caption's terms between the first and the last " = " ("(-2)" reads as −2).
double caption_sum(const Frame& frame) {
    std::string caption = text_of(frame, TextKind::caption)->text;
    const size_t first = caption.find(" = ") + 3;
    std::string terms = caption.substr(first, caption.rfind(" = ") - first);
    double sum = 0.0;
    size_t at = 0;
    while (at < terms.size()) {
        size_t end = terms.find(" + ", at);
        if (end == std::string::npos) end = terms.size();
        std::string term = terms.substr(at, end - at);
        std::erase(term, '(');
        std::erase(term, ')');
        const size_t dot = term.find("·");
        sum += std::stod(term.substr(0, dot)) * std::stod(term.substr(dot + std::string("·").size()));
        at = end + 3;
    }
    return sum;
}

std::vector<const FrameCell*> cells_of(const Frame& frame, int32_t grid) {
    std::vector<const FrameCell*> cells;
    for (const FrameCell& c : frame.cells) {
        if (c.grid == grid) cells.push_back(&c);
    }
    return cells;
}

const FrameCell* cell_at_place(const Frame& frame, int32_t grid, int64_t row, int64_t col) {
    for (const FrameCell& c : frame.cells) {
        if (c.grid == grid && c.row == row && c.col == col) return &c;
    }
    return nullptr;
}


TEST(Frame, ConvWindowSitsWhereTheStridePutsItAndTheCaptionAddsUp) {
    const Scene scene = preset("no_padding_strides");
    const Composer composer = composer_of(scene);
    const Tensor output = op_output(scene);
    for (int64_t k = 0; k < 4; ++k) {
        const int64_t row = k / 2;
        const int64_t col = k % 2;
        const Frame frame = composer.compose(time_of(composer.timeline(), Phase::steps, k, 0.5));
        std::set<std::pair<int, int>> lit;
        for (const FrameCell* c : cells_of(frame, 0)) {
            if (c->role == Role::active) lit.insert({c->row, c->col});
        }
        std::set<std::pair<int, int>> window;
        for (int y = 0; y < 3; ++y) {
            for (int x = 0; x < 3; ++x) window.insert({static_cast<int>(2 * row) + y, static_cast<int>(2 * col) + x});
        }
        EXPECT_EQ(lit, window) << "step " << k;
        const double value = output.at(0, 0, row, col);
        EXPECT_EQ(caption_result(frame), display_number(value)) << text_of(frame, TextKind::caption)->text;
        EXPECT_DOUBLE_EQ(caption_sum(frame), value) << text_of(frame, TextKind::caption)->text;
        EXPECT_EQ(text_of(frame, TextKind::caption)->text.rfind(cat("output[", row, "][", col, "] = "), 0), 0u);
        // The kernel outline covers exactly that window.
        ASSERT_EQ(frame.outlines.size(), 1u);
        const FrameGrid& input = frame.grids[0];
        EXPECT_FLOAT_EQ(frame.outlines[0].box.x, input.box.x + static_cast<float>(2 * col) * input.cell);
        EXPECT_FLOAT_EQ(frame.outlines[0].box.y, input.box.y + static_cast<float>(2 * row) * input.cell);
        EXPECT_FLOAT_EQ(frame.outlines[0].box.w, 3 * input.cell);
    }
}

TEST(Frame, ConvOutputFillsInStepByStep) {
    const Scene scene = preset("numerical_padding_strides");
    const Composer composer = composer_of(scene);
    const Tensor output = op_output(scene);
    const Frame frame = composer.compose(time_of(composer.timeline(), Phase::steps, 4, 0.9));
    for (const FrameCell* c : cells_of(frame, 2)) {
        const int64_t flat = c->row * output.dim(3) + c->col;
        if (flat < 4) {
            EXPECT_EQ(c->role, Role::output);
        } else if (flat == 4) {
            EXPECT_EQ(c->role, Role::result);
        } else {
            EXPECT_FALSE(c->show_value);
        }
        EXPECT_EQ(c->value, output.at(0, 0, c->row, c->col));
    }
    // The padding ring is dashed and holds the zeros the mode gives it.
    size_t ring = 0;
    for (const FrameCell* c : cells_of(frame, 0)) {
        const bool inside = c->row >= 1 && c->row <= 5 && c->col >= 1 && c->col <= 5;
        EXPECT_EQ(c->border == BorderStyle::dashed, !inside);
        if (!inside) {
            ++ring;
            EXPECT_EQ(c->value, 0.0);
        }
    }
    EXPECT_EQ(ring, 7u * 7u - 5u * 5u);
}

TEST(Frame, ReflectPaddingShowsTheValuesItCopies) {
    Scene scene = preset("same_padding_no_strides");
    std::get<Conv2dParams>(scene.params).padding_mode = PaddingMode::reflect;
    const Frame frame = composer_of(scene).compose(0.0);
    const Tensor& input = scene.tensors.input;
    // Row −1 reflects row 1; column −1 reflects column 1.
    EXPECT_EQ(cell_at_place(frame, 0, 0, 3)->value, input.at(0, 0, 1, 2));
    EXPECT_EQ(cell_at_place(frame, 0, 3, 0)->value, input.at(0, 0, 2, 1));
    EXPECT_EQ(cell_at_place(frame, 0, 0, 0)->border, BorderStyle::dashed);
}

// The scatter view's full-output grid after the last stamp: its kept cells are the op's output.
void expect_scatter_ends_in_output(const Scene& scene) {
    const Composer composer = composer_of(scene);
    const Frame frame = composer.compose(holding_time(composer.timeline()));
    const Tensor output = op_output(scene);
    const auto& p = std::get<ConvTranspose2dParams>(scene.params);
    const int32_t first_full = static_cast<int32_t>(scene.tensors.input.dim(1) + scene.tensors.weight->dim(1));
    for (int64_t c = 0; c < output.dim(1); ++c) {
        for (int64_t y = 0; y < output.dim(2); ++y) {
            for (int64_t x = 0; x < output.dim(3); ++x) {
                const FrameCell* cell = cell_at_place(frame, first_full + static_cast<int32_t>(c), y + p.padding.h, x + p.padding.w);
                ASSERT_NE(cell, nullptr);
                EXPECT_EQ(cell->value, output.at(0, c, y, x)) << scene.id << " at " << c << "," << y << "," << x;
                EXPECT_NE(cell->role, Role::cropped);
            }
        }
    }
    size_t kept = 0;
    for (const FrameCell& c : frame.cells) kept += c.grid >= first_full && c.role != Role::cropped;
    EXPECT_EQ(kept, static_cast<size_t>(output.size())) << scene.id;
}

TEST(Frame, ScatterAfterTheLastStampShowsTheOutput) {
    for (const char* id : {"d2l_tconv", "d2l_tconv_stride2", "tconv_identity_ones", "tconv_identity_stride2_padding1_dilation2"}) {
        expect_scatter_ends_in_output(preset(id));
    }
    for (const char* id : {"padding_strides_odd_transposed", "padding_strides_transposed", "full_padding_no_strides_transposed"}) {
        expect_scatter_ends_in_output(preset(id, ViewKind::scatter));
    }
    // output_padding past the padding: the given-back row holds the bias alone.
    Scene beyond = preset("d2l_tconv_stride2");
    std::get<ConvTranspose2dParams>(beyond.params).output_padding = {1, 1};
    beyond.tensors.bias = Tensor({1}, 0.5);
    expect_scatter_ends_in_output(beyond);
}

TEST(Frame, ScatterSumsGrowTermByTerm) {
    const Scene scene = preset("d2l_tconv");
    const Composer composer = composer_of(scene);
    // Step 1 (input cell [0][1] = 1) after its first term: full[0][1] = 0·0 (step 0) + 1·0.
    const Frame early = composer.compose(time_of(composer.timeline(), Phase::steps, 3, 0.0));
    const Frame late = composer.compose(time_of(composer.timeline(), Phase::steps, 3, 0.69));
    // Input cell [1][1] = 3 stamps [[0, 3], [6, 9]] at full rows 1..2, columns 1..2.
    const int32_t full = 2;
    EXPECT_EQ(cell_at_place(early, full, 2, 2)->value, 0.0);   // not yet: its term is the last
    EXPECT_EQ(cell_at_place(late, full, 2, 2)->value, 9.0);
    EXPECT_EQ(cell_at_place(late, full, 1, 1)->value, 4.0);    // 0 + 1 + 2 + 1 from four stamps... 0·3 + 1·2 + 2·1 + 3·0
    EXPECT_EQ(cell_at_place(late, full, 1, 1)->role, Role::active);
}

TEST(Frame, CropRingIsPaddingWideAndOutputPaddingComesBackAtTheBottom) {
    for (const char* id : {"d2l_tconv_padding1", "padding_strides_odd_transposed", "padding_strides_transposed"}) {
        const Scene scene = preset(id, ViewKind::crop);
        const auto& p = std::get<ConvTranspose2dParams>(scene.params);
        const Composer composer = composer_of(scene);
        const Tensor output = op_output(scene);
        const Frame cropped = composer.compose(time_of(composer.timeline(), Phase::crop, 0, 0.95));
        const FrameGrid& full = cropped.grids[0];
        for (const FrameCell* c : cells_of(cropped, 0)) {
            const bool ring = c->row < p.padding.h || c->col < p.padding.w || c->row >= full.rows - p.padding.h ||
                              c->col >= full.cols - p.padding.w;
            EXPECT_EQ(c->role == Role::cropped, ring) << id << " " << c->row << "," << c->col;
        }
        EXPECT_NE(std::string(text_of(cropped, TextKind::formula)->text).find("− 2·"), std::string::npos);
        EXPECT_EQ(cropped.texts[static_cast<size_t>(0)].kind, TextKind::label);
        const std::optional<FrameText> formula = text_of(cropped, TextKind::formula);
        EXPECT_EQ(formula->text.substr(formula->mark_begin, formula->mark_end - formula->mark_begin),
                  cat("− 2·", p.padding.h));
        // After the give-back: the rows and columns that appear are the last output_padding ones.
        const Frame given = composer.compose(holding_time(composer.timeline()));
        for (const FrameCell* c : cells_of(given, 1)) {
            const FrameCell* before = cell_at_place(cropped, 1, c->row, c->col);
            const bool appeared = !before->show_value && c->show_value;
            const bool bottom_right = c->row >= output.dim(2) - p.output_padding.h || c->col >= output.dim(3) - p.output_padding.w;
            EXPECT_EQ(appeared, bottom_right) << id << " " << c->row << "," << c->col;
            EXPECT_TRUE(c->show_value);
            EXPECT_EQ(c->value, output.at(0, 0, c->row, c->col));
        }
    }
}

TEST(Frame, GatherSpreadsPadsFlipsAndSlides) {
    const Scene scene = preset("padding_strides_transposed");  // 3×3, stride 2, padding 1, k 3
    const Composer composer = composer_of(scene);
    const Tensor& weight = *scene.tensors.weight;
    // After the spread: input cells 2 apart from the border's 1; zeros between.
    const Frame padded = composer.compose(time_of(composer.timeline(), Phase::flip, 0, 0.0));
    const FrameGrid& spread = padded.grids[0];
    EXPECT_EQ(spread.rows, 7);  // border 1 + (3 − 1)·2 + 1 + border 1
    size_t inputs = 0;
    size_t zeros = 0;
    size_t border = 0;
    for (const FrameCell* c : cells_of(padded, 0)) {
        if (c->role == Role::input) {
            ++inputs;
            EXPECT_EQ((c->row - 1) % 2, 0);
            EXPECT_FLOAT_EQ(c->x, spread.box.x + static_cast<float>(c->col) * spread.cell);
            EXPECT_EQ(c->value, scene.tensors.input.at(0, 0, (c->row - 1) / 2, (c->col - 1) / 2));
        }
        zeros += c->role == Role::inserted_zero;
        border += c->role == Role::padding;
    }
    EXPECT_EQ(inputs, 9u);
    EXPECT_EQ(zeros, 25u - 9u);
    EXPECT_EQ(border, 49u - 25u);
    // Once flipped, the kernel's (0, 0) place holds weight[2][2].
    const Frame sliding = composer.compose(time_of(composer.timeline(), Phase::slide, 0, 0.0));
    const FrameCell* corner = cell_at_place(sliding, 1, 0, 0);
    EXPECT_EQ(corner->value, weight.at(0, 0, 2, 2));
    EXPECT_FLOAT_EQ(corner->x, sliding.grids[1].box.x);
    // Sliding: the caption adds up to the output cell, and the window moves with stride 1.
    const Tensor output = op_output(scene);
    for (int64_t k = 0; k < output.size(); ++k) {
        const Frame f = composer.compose(time_of(composer.timeline(), Phase::slide, k, 0.5));
        EXPECT_EQ(caption_result(f), display_number(output[k]));
        EXPECT_DOUBLE_EQ(caption_sum(f), output[k]);
        EXPECT_FLOAT_EQ(f.outlines[0].box.x, spread.box.x + static_cast<float>(k % output.dim(3)) * spread.cell);
    }
}

TEST(Frame, UnpoolPutsEachValueAtItsIndex) {
    const Scene scene = preset("maxpool_unpool");
    const Composer composer = composer_of(scene);
    const Frame frame = composer.compose(holding_time(composer.timeline()));
    const Tensor output = op_output(scene);
    const int32_t unpooled = 3;
    for (const FrameCell* c : cells_of(frame, unpooled)) {
        EXPECT_EQ(c->value, output.at(0, 0, c->row, c->col));
        EXPECT_TRUE(c->show_value);
    }
    const Frame pooling = composer.compose(time_of(composer.timeline(), Phase::pool, 0, 0.9));
    EXPECT_EQ(caption_result(pooling), "6 at index 5");
}

TEST(Frame, UpsampleCaptionIsTheWeightedSum) {
    for (const char* id : {"upsample_nearest", "upsample_bilinear", "upsample_bilinear_align_corners"}) {
        const Scene scene = preset(id);
        const Composer composer = composer_of(scene);
        const Tensor output = op_output(scene);
        for (int64_t k = 0; k < output.size(); ++k) {
            const Frame f = composer.compose(time_of(composer.timeline(), Phase::steps, k, 0.8));
            EXPECT_EQ(caption_result(f), display_number(output[k])) << id << " " << k;
            // The caption shows 4 significant digits of each weight (1/3 as 0.3333).
            EXPECT_NEAR(caption_sum(f), output[k], 1e-3) << id << " " << k;
        }
    }
}

TEST(Frame, ShuffleNamesTheSourceCell) {
    const Scene scene = preset("pixel_shuffle");
    const Composer composer = composer_of(scene);
    const Frame f = composer.compose(time_of(composer.timeline(), Phase::steps, 1, 0.5));
    // output[0][1] of the 4×4 plane comes from channel 1, cell [0][0].
    EXPECT_EQ(text_of(f, TextKind::caption)->text.rfind("output[0][1] = input[0][1][0][0] = ", 0), 0u);
    ASSERT_EQ(f.lines.size(), 1u);
    EXPECT_TRUE(f.lines[0].arrow);
}

TEST(Frame, CeilModeWindowsReachingPastThePaddingStayOnTheGrid) {
    for (const char* id : {"numerical_max_pooling", "numerical_average_pooling"}) {
        Scene scene = preset(id);
        if (auto* max = std::get_if<MaxPool2dParams>(&scene.params)) {
            *max = {.kernel_size = {2, 2}, .stride = Pair{2, 2}, .ceil_mode = true};
        } else {
            std::get<AvgPool2dParams>(scene.params) = {.kernel_size = {2, 2}, .stride = Pair{2, 2}, .ceil_mode = true};
        }
        const Composer composer = composer_of(scene);
        const Tensor output = op_output(scene);
        ASSERT_EQ(output.dim(2), 3);  // ⌈(5 − 2) / 2⌉ + 1: the last window overhangs by one row
        for (int64_t k = 0; k < output.size(); ++k) {
            const Frame f = composer.compose(time_of(composer.timeline(), Phase::steps, k, 0.5));
            EXPECT_EQ(f.grids[0].rows, 6);
            std::set<std::pair<int, int>> lit;
            for (const FrameCell* c : cells_of(f, 0)) {
                if (c->role == Role::active || c->role == Role::result || c->highlight) lit.insert({c->row, c->col});
            }
            // The window's cells inside the input are lit; nothing outside the window is.
            for (const auto& [y, x] : lit) {
                EXPECT_TRUE(y / 2 == k / 3 && x / 2 == k % 3) << id << " step " << k << " lit " << y << "," << x;
            }
            EXPECT_TRUE(f.grids[0].box.contains(f.outlines[0].box, 0.01f)) << id << " step " << k;
            EXPECT_EQ(caption_result(f), display_number(output[k]));
        }
    }
}

TEST(Frame, CropCornersPastTheFullOutputAreNeverShown) {
    Scene scene = preset("d2l_tconv_stride2", ViewKind::crop);  // 2×2, kernel 2, stride 2: full 4×4
    auto& p = std::get<ConvTranspose2dParams>(scene.params);
    p.stride = {3, 3};
    p.padding = {1, 1};
    p.output_padding = {2, 2};  // past the padding: output 5×5 reaches full row 5
    const Composer composer = composer_of(scene);
    const Tensor output = op_output(scene);
    const Frame f = composer.compose(holding_time(composer.timeline()));
    for (const FrameCell* c : cells_of(f, 0)) {
        const bool kept = c->row >= 1 && c->col >= 1 && c->row < 1 + output.dim(2) && c->col < 1 + output.dim(3);
        if (kept) {
            EXPECT_EQ(c->value, output.at(0, 0, c->row - 1, c->col - 1)) << c->row << "," << c->col;
            EXPECT_NE(c->role, Role::cropped) << c->row << "," << c->col;
        } else {
            EXPECT_EQ(c->role, Role::cropped) << c->row << "," << c->col;
        }
    }
}

// A scene's values are finite (the reader refuses anything else), but their products need not be:
// 2 · 1e308 is inf, and inf + (−inf) is NaN. The caption, the output cell's number and the hover
// text say "nan" and "inf" as PyTorch prints them, never "-nan".
TEST(Frame, NanAndInfinitiesShowAsPyTorchPrintsThem) {
    Scene scene = preset("no_padding_no_strides");
    for (int64_t i = 0; i < scene.tensors.input.size(); ++i) scene.tensors.input[i] = 2.0;
    Tensor& weight = *scene.tensors.weight;
    for (int64_t i = 0; i < weight.size(); ++i) weight[i] = 0.0;
    weight[0] = 1e308;   // 2e308: inf
    weight[1] = -1e308;  // -inf, and the sum NaN
    const Composer composer = composer_of(scene);
    const Tensor output = op_output(scene);
    ASSERT_TRUE(std::isnan(output[0]));
    const Frame frame = composer.compose(time_of(composer.timeline(), Phase::steps, 0, 0.9));
    EXPECT_EQ(caption_result(frame), "nan") << text_of(frame, TextKind::caption)->text;
    bool nan_cell = false;
    for (const FrameCell& c : frame.cells) {
        if (c.show_value && std::isnan(c.value)) {
            nan_cell = true;
            EXPECT_EQ(display_number(c.value), "nan");
            EXPECT_NE(composer.describe(time_of(composer.timeline(), Phase::steps, 0, 0.9), CellRef{c.grid, c.row, c.col})
                          .find("nan"),
                      std::string::npos);
        }
    }
    for (const FrameText& t : frame.texts) EXPECT_EQ(t.text.find("-nan"), std::string::npos) << t.text;
    EXPECT_TRUE(nan_cell);
    // Without the second weight, the sum overflows to inf; negated, to -inf.
    for (const auto& [first, shown] : {std::pair{1e308, "inf"}, std::pair{-1e308, "-inf"}}) {
        weight[0] = first;
        weight[1] = 0.0;
        const Composer overflowing = composer_of(scene);
        EXPECT_EQ(caption_result(overflowing.compose(time_of(overflowing.timeline(), Phase::steps, 0, 0.9))), shown);
    }
}

// PyTorch prints 4 decimals (torch.set_printoptions' default precision): 4/3 is 1.3333, not 1.333.
TEST(Frame, NumbersShowWholeOrToFourDecimalsAsPyTorchPrints) {
    EXPECT_EQ(display_number(17.0), "17");
    EXPECT_EQ(display_number(3.0), "3");  // not PyTorch's "3.": the conv_arithmetic figures' cells
    EXPECT_EQ(display_number(-0.0), "0");
    EXPECT_EQ(display_number(1.0 / 3.0), "0.3333");
    EXPECT_EQ(display_number(4.0 / 3.0), "1.3333");
    EXPECT_EQ(display_number(-20.0 / 3.0), "-6.6667");
    EXPECT_EQ(display_number(0.5), "0.5");
    EXPECT_EQ(display_number(-2.25), "-2.25");
    EXPECT_EQ(display_number(0.0001), "0.0001");
    EXPECT_EQ(display_number(9999.5), "9999.5");
    EXPECT_EQ(display_number(0.99999), "1.0");  // rounds to whole: the point says it is not exact
    EXPECT_EQ(display_number(12345.0), "12345");
    EXPECT_EQ(display_number(12345.6), "1.2346e+04");
    EXPECT_EQ(display_number(1e70), "1e+70");
    EXPECT_EQ(display_number(-2.5e-7), "-2.5e-07");
    EXPECT_EQ(display_number(9.99996e-5), "1e-04");
    EXPECT_EQ(display_number(1e15), "1e+15");
    EXPECT_EQ(display_number(123456789012345.0), "123456789012345");
    // Not a number and the infinities as PyTorch prints them; x86 makes inf − inf a NaN with its
    // sign bit set, which the C library prints "-nan".
    const double inf = std::numeric_limits<double>::infinity();
    const double made_nan = inf + (-inf);
    EXPECT_EQ(display_number(made_nan), "nan");
    EXPECT_EQ(display_number(-made_nan), "nan");
    EXPECT_EQ(display_number(inf), "inf");
    EXPECT_EQ(display_number(-inf), "-inf");
    EXPECT_EQ(exact_number(made_nan), "nan");
    EXPECT_EQ(exact_number(-made_nan), "nan");
    EXPECT_EQ(exact_number(-inf), "-inf");
    // The buffer form cuts to the buffer and says how much it wrote.
    char small[4];
    EXPECT_EQ(display_number(1.0 / 3.0, small, sizeof small), 3u);
    EXPECT_STREQ(small, "0.3");
}

// A hover text gives the whole double, read back exactly.
TEST(Frame, ExactNumberReadsBack) {
    EXPECT_EQ(exact_number(4.0 / 3.0), "1.3333333333333333");
    EXPECT_EQ(exact_number(3.0), "3");
    EXPECT_EQ(std::stod(exact_number(0.1 + 0.2)), 0.1 + 0.2);
}

// Every preset, in every view its op has, at 20 evenly spaced times: grids inside the frame and
// apart, labels clear of every grid, cells inside their grids, text inside the frame.
TEST(Frame, EveryPresetLaysOutCleanlyAtTwentyTimes) {
    for (const ComposeParams size : {ComposeParams{1280.0f, 720.0f}, ComposeParams{720.0f, 1280.0f}, ComposeParams{800.0f, 800.0f}}) {
        for (const Scene& base : builtin_presets()) {
            for (ViewKind view : views_for(base.params)) {
                Scene scene = base;
                scene.view.kind = view;
                auto composer = Composer::make(scene, size);
                if (!composer) {
                    // The matrix view refuses what it cannot hold; every other view must compose.
                    EXPECT_EQ(view, ViewKind::matrix) << base.id << ": " << composer.error();
                    continue;
                }
                const double duration = composer.value().timeline().duration();
                for (int i = 0; i < 20; ++i) {
                    const double t = duration * i / 20.0;
                    const Frame f = composer.value().compose(t);
                    expect_clean_layout(f, cat(base.id, " ", name(view), " t=", t, " ", size.width, "×", size.height));
                }
            }
        }
    }
}

TEST(Frame, SameSceneAndTimeGiveTheSameFrame) {
    const Scene scene = preset("padding_strides_odd_transposed");
    const Composer composer = composer_of(scene);
    Frame reused;
    composer.compose(7.3, reused);
    composer.compose(2.1, reused);  // storage reused, content replaced
    EXPECT_EQ(frame_json(reused), frame_json(composer.compose(2.1)));
    EXPECT_EQ(frame_json(composer.compose(2.1)), frame_json(compose(scene, 2.1).value()));
    EXPECT_EQ(frame_json(composer.compose(2.1)), frame_json(composer.compose(2.1 + composer.timeline().duration())));
}

TEST(Frame, LargeSceneHasOneCellPerTensorCell) {
    const Scene scene = preset("large");
    const Frame f = compose(scene, 100.0).value();
    const size_t expected = 2 * 32 * 32 + 2 * 3 * 3 + 2 * 127 * 127;
    EXPECT_EQ(f.cells.size(), expected);
}

TEST(Frame, BadComposeParametersAreRefusedWithAMessage) {
    const Scene scene = preset("d2l_tconv");
    for (const float bad : {0.0f, -1.0f, std::numeric_limits<float>::infinity(), std::numeric_limits<float>::quiet_NaN()}) {
        auto refused = Composer::make(scene, {.width = bad});
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_NE(refused.error().find("width and height"), std::string::npos);
    }
    Scene wrong = scene;
    wrong.view.kind = ViewKind::pool;
    auto refused = Composer::make(wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().find("has no pool view"), std::string::npos);
}

TEST(Frame, JsonCarriesEverything) {
    const Frame f = compose(preset("no_padding_strides"), 2.3).value();
    const nlohmann::json j = nlohmann::json::parse(frame_json(f));
    EXPECT_EQ(j["grids"].size(), 3u);
    EXPECT_EQ(j["cells"].size(), f.cells.size());
    EXPECT_EQ(j["grids"][0]["label"], "input 5×5");
    bool marked = false;
    for (const auto& t : j["texts"]) marked = marked || (t["kind"] == "caption" && t.contains("marked"));
    EXPECT_TRUE(marked);
}

}  // namespace
}  // namespace convviz
