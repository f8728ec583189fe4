// Upsample against PyTorch 1.13 for 1, 2 and 3 channels and batch 1 and 2: the cases
// tests/torch_cases/make_upsample_cases.py generated (committed; no torch needed here). The nearest
// modes follow one of two CPU kernels by memory layout (core/ops/upsample.hpp); the op, its trace
// and the points the view draws must all agree with PyTorch under both.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/case_check.hpp"
#include "core/case_file.hpp"
#include "core/trace/resample_trace.hpp"
#include "tests/frame_helpers.hpp"

namespace convviz {
namespace {

const std::string kLayoutCases = std::string(CONVVIZ_SOURCE_DIR) + "/tests/torch_cases/upsample_layouts.json";

std::vector<Case> layout_cases() {
    auto cases = read_cases(kLayoutCases);
    EXPECT_TRUE(cases.ok()) << (cases.ok() ? "" : cases.error());
    return cases.ok() ? cases.value() : std::vector<Case>{};
}

bool nearest_mode(const UpsampleParams& p) {
    return p.mode == UpsampleMode::nearest || p.mode == UpsampleMode::nearest_exact;
}

TEST(UpsampleLayouts, EveryGeneratedCaseMatchesPyTorch) {
    const std::vector<Case> cases = layout_cases();
    // The file covers what it claims: both layouts, batch 2, both nearest modes, by size and by factor.
    int multi_channel_nearest = 0;
    int batch_two = 0;
    int by_size = 0;
    int by_factor = 0;
    int refused = 0;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto& p = std::get<UpsampleParams>(c.params);
        const Shape& shape = c.inputs.input.shape();
        multi_channel_nearest += nearest_mode(p) && shape[1] >= 2;
        batch_two += shape[0] == 2;
        by_size += p.size.has_value();
        by_factor += p.scale_factor.has_value();
        refused += c.expected_error.has_value();
        const CheckOutcome verdict = check_case(c, run_case(c));
        EXPECT_TRUE(verdict.passed) << verdict.failure;
    }
    EXPECT_GE(cases.size(), 2500u);
    EXPECT_GE(multi_channel_nearest, 1000);
    EXPECT_GE(batch_two, 1000);
    EXPECT_GE(by_size, 500);
    EXPECT_GE(by_factor, 1000);
    EXPECT_GE(refused, 4);
    RecordProperty("cases", static_cast<int>(cases.size()));
}

// The trace folded over every step is PyTorch's output, and each nearest step's drawn point lies in
// the cell it reads: the view shows where the op really samples, under either rule.
TEST(UpsampleLayouts, TraceAndDrawnPointsAgreeWithPyTorch) {
    for (const Case& c : layout_cases()) {
        if (!c.expected) continue;
        SCOPED_TRACE(c.name);
        const auto& p = std::get<UpsampleParams>(c.params);
        auto trace = UpsampleTrace::make(c.inputs.input, p);
        ASSERT_TRUE(trace.ok()) << trace.error();
        Tensor folded(trace.value().output_shape(), 0.0);
        UpsampleStep step;
        for (int64_t k = 0; k < trace.value().size(); ++k) {
            trace.value().step(k, step);
            folded[k] = step.result;
            if (!nearest_mode(p)) continue;
            const int64_t in_h = c.inputs.input.dim(2);
            const int64_t in_w = c.inputs.input.dim(3);
            const double py = step.point_y + 0.5;
            const double px = step.point_x + 0.5;
            // The point's cell, clamped to the last as PyTorch clamps the index.
            EXPECT_EQ(std::min<int64_t>(static_cast<int64_t>(std::floor(py + 1e-9)), in_h - 1),
                      step.neighbours[0].y) << "step " << k << " point_y " << step.point_y;
            EXPECT_EQ(std::min<int64_t>(static_cast<int64_t>(std::floor(px + 1e-9)), in_w - 1),
                      step.neighbours[0].x) << "step " << k << " point_x " << step.point_x;
        }
        const CheckOutcome verdict = compare_tensors(folded, *c.expected);
        EXPECT_TRUE(verdict.passed) << verdict.failure;
    }
}

// The example: nearest, 1×2×1×5, scale_factor (1, 1.19). The width stays 5, but with two
// channels PyTorch does not copy it: 1/1.19 picks [0, 0, 1, 2, 3]. With one channel it copies.
TEST(UpsampleLayouts, TwoChannelsDoNotTakeTheOneChannelShortcut) {
    const UpsampleParams p{.mode = UpsampleMode::nearest, .scale_factor = ScaleFactor{1.0, 1.19}};
    Tensor two(Shape{1, 2, 1, 5}, 0.0);
    for (int64_t i = 0; i < two.size(); ++i) two[i] = static_cast<double>(i);
    auto out = upsample(two, p);
    ASSERT_TRUE(out.ok()) << out.error();
    const double expected_two[] = {0, 0, 1, 2, 3, 5, 5, 6, 7, 8};
    for (int64_t i = 0; i < 10; ++i) EXPECT_EQ(out.value()[i], expected_two[i]) << i;

    Tensor one(Shape{1, 1, 1, 5}, 0.0);
    for (int64_t i = 0; i < one.size(); ++i) one[i] = static_cast<double>(i);
    auto copied = upsample(one, p);
    ASSERT_TRUE(copied.ok()) << copied.error();
    for (int64_t i = 0; i < 5; ++i) EXPECT_EQ(copied.value()[i], static_cast<double>(i)) << i;

    EXPECT_EQ(nearest_rule(Shape{1, 1, 3, 4}), NearestRule::channels_last);
    EXPECT_EQ(nearest_rule(Shape{2, 1, 3, 4}), NearestRule::channels_last);  // any batch
    EXPECT_EQ(nearest_rule(Shape{2, 3, 1, 1}), NearestRule::channels_last);  // H = W = 1
    EXPECT_EQ(nearest_rule(Shape{1, 2, 3, 4}), NearestRule::generic);
    EXPECT_EQ(nearest_rule(Shape{2, 2, 1, 5}), NearestRule::generic);
}

// The formula line says which rule picked the cell: the one-channel copy, or the scaled floor.
TEST(UpsampleLayouts, FormulaLineFollowsTheRuleOfTheChannelCount) {
    for (const int64_t channels : {int64_t{1}, int64_t{2}}) {
        Scene scene;
        scene.params = UpsampleParams{.mode = UpsampleMode::nearest, .scale_factor = ScaleFactor{1.0, 1.19}};
        scene.view.kind = ViewKind::upsample;
        scene.tensors.input = Tensor(Shape{1, channels, 1, 5}, 0.0);
        for (int64_t i = 0; i < scene.tensors.input.size(); ++i) scene.tensors.input[i] = static_cast<double>(i);
        const Composer composer = composer_of(scene);
        // Step 4: output (0, 0, 0, 4).
        const Frame f = composer.compose(time_of(composer.timeline(), Phase::steps, 4, 0.5));
        const std::optional<FrameText> formula = text_of(f, TextKind::formula);
        ASSERT_TRUE(formula.has_value());
        if (channels == 1) {
            EXPECT_EQ(formula->text, "y: copied: 0    x: copied: 4");
        } else {
            EXPECT_EQ(formula->text, "y: ⌊0·(1/1)⌋ = 0    x: ⌊4·(1/1.19)⌋ = 3");
        }
    }
}

}  // namespace
}  // namespace convviz
