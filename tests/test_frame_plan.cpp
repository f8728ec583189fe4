// The frames an export shows: one per op step as in the conv_arithmetic figures (their frame
// counts), in-betweens with a tween, a fixed rate with fps, a time range, and the refusals.
#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "core/frame/frame_builder.hpp"
#include "core/frame/frame_plan.hpp"
#include "core/presets.hpp"

namespace convviz {
namespace {

Timeline timeline_of(std::string_view preset, TimelineParams params = {.loop = false}) {
    auto phases = phases_for(*find_preset(preset));
    EXPECT_TRUE(phases.ok()) << preset;
    return Timeline(phases.value(), params);
}

std::vector<PlannedFrame> plan(std::string_view preset, FramePlanParams params = {}) {
    auto frames = plan_frames(timeline_of(preset), params);
    EXPECT_TRUE(frames.ok()) << preset << ": " << (frames.ok() ? "" : frames.error());
    return frames.ok() ? frames.value() : std::vector<PlannedFrame>{};
}

TEST(FramePlan, OneFramePerStepAsTheFigures) {
    // Frame counts of shared/reference/conv_arithmetic/README.md, in its order.
    const int64_t figures[] = {4, 16, 36, 25, 25, 25, 49, 25, 4, 25, 9, 25, 9, 36, 9, 9, 9, 9, 9};
    int64_t total = 0;
    for (size_t i = 0; i < kConvArithmeticPresets.size(); ++i) {
        const std::vector<PlannedFrame> frames = plan(kConvArithmeticPresets[i]);
        EXPECT_EQ(static_cast<int64_t>(frames.size()), figures[i]) << kConvArithmeticPresets[i];
        total += static_cast<int64_t>(frames.size());
    }
    EXPECT_EQ(total, 358);
}

TEST(FramePlan, EachStepFrameShowsItsStepSettled) {
    const Timeline timeline = timeline_of("no_padding_no_strides");
    const std::vector<PlannedFrame> frames = plan("no_padding_no_strides");
    ASSERT_EQ(frames.size(), 4u);
    for (size_t k = 0; k < frames.size(); ++k) {
        EXPECT_DOUBLE_EQ(frames[k].t, static_cast<double>(k) + kSweep);
        EXPECT_DOUBLE_EQ(frames[k].seconds, 1.0);
        const TimePoint at = timeline.at(frames[k].t);
        EXPECT_EQ(at.step, static_cast<int64_t>(k));
        EXPECT_FALSE(at.holding);
    }
    // A transposed figure rests only on the slide, one frame per output cell, as the figure does.
    const Timeline gather = timeline_of("no_padding_no_strides_transposed");
    for (const PlannedFrame& f : plan("no_padding_no_strides_transposed")) EXPECT_EQ(gather.at(f.t).phase, Phase::slide);
}

TEST(FramePlan, TransitionsRestWhenAViewHasNothingElse) {
    const Timeline timeline = timeline_of("d2l_tconv_padding1");
    const std::vector<PlannedFrame> frames = plan("d2l_tconv_padding1");
    ASSERT_EQ(frames.size(), 3u);  // full, cropped, given back
    // The full output, which stands still, from its start; the crop and the give-back at their
    // ends, which show them finished, each under its own caption.
    const Phase phases[] = {Phase::full, Phase::crop, Phase::give_back};
    for (size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(timeline.at(frames[i].t).phase, phases[i]) << i;
        EXPECT_DOUBLE_EQ(timeline.at(frames[i].t).tween, i == 0 ? 0.0 : 1.0) << i;
        EXPECT_FALSE(timeline.at(frames[i].t).holding) << i;
    }
    EXPECT_DOUBLE_EQ(frames[0].t, 0.0);
    EXPECT_DOUBLE_EQ(frames[0].seconds, 3.0);  // the full output's still, then the crop's motion
}

TEST(FramePlan, TweensAddInBetweenFramesAndTheTransitions) {
    const std::vector<PlannedFrame> plain = plan("no_padding_no_strides", {.tween = 3});
    ASSERT_EQ(plain.size(), 3u * 4u + 1u);
    EXPECT_DOUBLE_EQ(plain[1].t - plain[0].t, 0.25);
    EXPECT_DOUBLE_EQ(plain[4].t, 1.0 + kSweep);
    // The gather view starts from the unspread input and passes through spread, pad and flip.
    const std::vector<PlannedFrame> gather = plan("no_padding_no_strides_transposed", {.tween = 3});
    EXPECT_EQ(gather.size(), (4u + 16u - 1u) * 4u + 1u);
    EXPECT_DOUBLE_EQ(gather.front().t, 0.0);
    // The frames' durations add up to the animation's pace, hold included.
    const Timeline timeline = timeline_of("no_padding_no_strides_transposed");
    double total = 0.0;
    for (const PlannedFrame& f : gather) total += f.seconds;
    EXPECT_NEAR(total, timeline.duration() - gather.front().t - (1.0 - kSweep), 1e-9);
}

// The states the app steps through are the key frames: with tweens every one of them, the start
// before a leading transition included; without, the op's steps alone where there are any.
TEST(FramePlan, KeyFramesAreTheSettledStates) {
    for (const char* preset : {"no_padding_no_strides", "no_padding_no_strides_transposed", "d2l_tconv_padding1",
                               "d2l_conv_matrix", "upsample_bilinear_align_corners", "maxpool_unpool"}) {
        const Timeline timeline = timeline_of(preset);
        const std::vector<PlannedFrame> keyed = plan(preset, {.tween = 2});
        const int64_t states = settled_count(timeline);
        ASSERT_EQ(static_cast<int64_t>(keyed.size()), 3 * (states - 1) + 1) << preset;
        for (int64_t k = 0; k < states; ++k) {
            EXPECT_DOUBLE_EQ(keyed[static_cast<size_t>(3 * k)].t, settled_time(timeline, k)) << preset << " " << k;
            EXPECT_TRUE(is_settled(timeline, settled_time(timeline, k)));
            EXPECT_FALSE(is_settled(timeline, settled_time(timeline, k) + 0.1));
        }
        for (const PlannedFrame& f : plan(preset)) EXPECT_TRUE(is_settled(timeline, f.t)) << preset << " " << f.t;
    }
    // The gather: its unspread start, then spread, pad and flip settled, then the slide's steps.
    const Timeline gather = timeline_of("no_padding_no_strides_transposed");
    EXPECT_EQ(settled_count(gather), 1 + 3 + 16);
    EXPECT_DOUBLE_EQ(settled_time(gather, 0), 0.0);
    EXPECT_DOUBLE_EQ(settled_time(gather, 1), 1.5);
    EXPECT_DOUBLE_EQ(settled_time(gather, 3), 4.5);
    EXPECT_DOUBLE_EQ(settled_time(gather, 4), 4.5 + kSweep);
    EXPECT_DOUBLE_EQ(settled_time(gather, 99), 4.5 + 15.0 + kSweep);
    // From the spread in motion (the status bar's step 1), one on is the pad settled (step 2).
    EXPECT_EQ(state_on_screen(gather, 0.7), 1);
    EXPECT_DOUBLE_EQ(settled_step(gather, 0.7, 1), 3.0);
    EXPECT_DOUBLE_EQ(settled_step(gather, 0.7, -1), 0.0);
    EXPECT_DOUBLE_EQ(settled_step(gather, 1.5, -1), 0.0);
    EXPECT_DOUBLE_EQ(settled_step(gather, 1.5, 3), 4.5 + kSweep);
}

TEST(FramePlan, AFixedRateSamplesTheWholeAnimation) {
    const std::vector<PlannedFrame> frames = plan("no_padding_no_strides", {.fps = 10.0});
    EXPECT_EQ(frames.size(), 50u);  // 4 steps and a 1 s hold at 10 frames a second
    EXPECT_DOUBLE_EQ(frames[7].t, 0.7);
    EXPECT_DOUBLE_EQ(frames[7].seconds, 0.1);
}

TEST(FramePlan, ARangeKeepsItsFrames) {
    const std::vector<PlannedFrame> frames = plan("arbitrary_padding_no_strides", {.from = 2.0, .to = 5.0});
    ASSERT_EQ(frames.size(), 3u);
    EXPECT_DOUBLE_EQ(frames.front().t, 2.0 + kSweep);
    const std::vector<PlannedFrame> one = plan("arbitrary_padding_no_strides", {.from = 3.7, .to = 3.7});
    EXPECT_EQ(one.size(), 1u);
}

TEST(FramePlan, RefusesWhatCannotBeExported) {
    const Timeline timeline = timeline_of("no_padding_no_strides");
    auto error_of = [&](FramePlanParams p) {
        auto r = plan_frames(timeline, p);
        return r.ok() ? std::string() : r.error();
    };
    EXPECT_EQ(error_of({.tween = -1}), "tween must be between 0 and 100 in-between frames, but it is -1");
    EXPECT_EQ(error_of({.fps = 500}), "fps must be between 0.1 and 120 (or 0 for a frame per step), but it is 500");
    EXPECT_EQ(error_of({.fps = 0.001}), "fps must be between 0.1 and 120 (or 0 for a frame per step), but it is 0.001");
    EXPECT_EQ(error_of({.from = 3, .to = 2}), "the range must run forward from 0 s or later, but it is from 3 s to 2 s");
    EXPECT_EQ(error_of({.from = 20, .to = 30}),
              "no frame falls in the range from 20 s to 30 s; the animation runs from 0 s to 5 s");
    EXPECT_NE(error_of({.fps = std::nan("")}), "");
    const Timeline large = timeline_of("large");
    auto many = plan_frames(large, {.tween = 100});
    ASSERT_FALSE(many.ok());
    EXPECT_NE(many.error().find("more than the 100000 an export allows"), std::string::npos) << many.error();
}

// The limit counts what is exported: a few seconds of a long animation, however many frames the
// whole would take, and the count named in the message is the range's.
TEST(FramePlan, TheFrameLimitCountsOnlyTheRange) {
    const Timeline large = timeline_of("large");
    ASSERT_GT(large.total_steps() * 101, kMaxPlannedFrames);
    auto tweened = plan_frames(large, {.tween = 100, .from = 10.0, .to = 20.0});
    ASSERT_TRUE(tweened.ok()) << tweened.error();
    for (const PlannedFrame& f : tweened.value()) {
        EXPECT_GE(f.t, 10.0 - 1e-9);
        EXPECT_LE(f.t, 20.0 + 1e-9);
    }
    // The same frames as the whole plan's within the range.
    auto whole = plan_frames(large, {.tween = 2});
    auto part = plan_frames(large, {.tween = 2, .from = 10.0, .to = 20.0});
    ASSERT_TRUE(whole.ok() && part.ok());
    std::vector<double> expected;
    for (const PlannedFrame& f : whole.value()) {
        if (f.t >= 10.0 - 1e-9 && f.t <= 20.0 + 1e-9) expected.push_back(f.t);
    }
    std::vector<double> got;
    for (const PlannedFrame& f : part.value()) got.push_back(f.t);
    EXPECT_EQ(got, expected);
    ASSERT_GT(large.frame_count(120.0), kMaxPlannedFrames);
    auto sampled = plan_frames(large, {.fps = 120.0, .from = 100.0, .to = 110.0});
    ASSERT_TRUE(sampled.ok()) << sampled.error();
    EXPECT_EQ(sampled.value().size(), 1201u);
    EXPECT_DOUBLE_EQ(sampled.value().front().t, 100.0);
    auto wide = plan_frames(large, {.fps = 120.0, .from = 100.0, .to = 1100.0});
    ASSERT_FALSE(wide.ok());
    EXPECT_EQ(wide.error(), "from 100 s to 1100 s the animation needs 120001 frames, more than the 100000 an export allows");
    auto wide_tweened = plan_frames(large, {.tween = 100, .from = 100.0, .to = 1100.0});
    ASSERT_FALSE(wide_tweened.ok());
    EXPECT_NE(wide_tweened.error().find("from 100 s to 1100 s the animation needs"), std::string::npos) << wide_tweened.error();
}

}  // namespace
}  // namespace convviz
