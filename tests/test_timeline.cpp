// The timeline: phases per view, steps and tweens at given times, duration and frame counts.
#include <gtest/gtest.h>

#include "core/presets.hpp"
#include "core/timeline.hpp"

namespace convviz {
namespace {

Timeline timeline_of(const char* preset, TimelineParams params = {}) {
    auto phases = phases_for(*find_preset(preset));
    EXPECT_TRUE(phases.ok()) << preset;
    return Timeline(phases.value(), params);
}

TEST(Timeline, OneFramePerStepLikeTheFigures) {
    const TimelineParams figure{.seconds_per_step = 1.0, .hold_end = 0.0};
    EXPECT_EQ(timeline_of("no_padding_no_strides", figure).frame_count(1.0), 4);
    EXPECT_EQ(timeline_of("arbitrary_padding_no_strides", figure).frame_count(1.0), 36);
    EXPECT_EQ(timeline_of("padding_strides", figure).frame_count(1.0), 9);
    EXPECT_EQ(timeline_of("numerical_max_pooling", figure).frame_count(1.0), 9);
    EXPECT_EQ(timeline_of("no_padding_no_strides", figure).frame_count(30.0), 120);
}

TEST(Timeline, StepAndTweenAtAGivenTime) {
    const Timeline t = timeline_of("no_padding_no_strides", {.seconds_per_step = 1.0, .hold_end = 1.0});
    EXPECT_DOUBLE_EQ(t.duration(), 5.0);
    const TimePoint p = t.at(2.5);
    EXPECT_EQ(p.phase, Phase::steps);
    EXPECT_EQ(p.step, 2);
    EXPECT_DOUBLE_EQ(p.tween, 0.5);
    EXPECT_FALSE(p.holding);
    EXPECT_TRUE(t.at(4.5).holding);
    EXPECT_EQ(t.at(4.5).step, 3);
    // Looping: t and t + duration show the same; the same t always the same.
    EXPECT_EQ(t.at(7.5).step, t.at(2.5).step);
    EXPECT_DOUBLE_EQ(t.at(7.5).tween, t.at(2.5).tween);
    const Timeline once = timeline_of("no_padding_no_strides", {.loop = false});
    EXPECT_TRUE(once.at(100.0).holding);
    EXPECT_EQ(once.at(-3.0).step, 0);
}

TEST(Timeline, StepStartsAndGlobalSteps) {
    // Gather: spread, pad, flip (1.5 s each), then the slide's steps (1 s each).
    const Timeline t = timeline_of("padding_strides_transposed", {.loop = false});
    EXPECT_DOUBLE_EQ(t.step_start(0), 0.0);
    EXPECT_DOUBLE_EQ(t.step_start(3), 4.5);
    EXPECT_DOUBLE_EQ(t.step_start(5), 6.5);
    EXPECT_DOUBLE_EQ(t.step_start(t.total_steps()), t.duration() - 1.0);
    EXPECT_DOUBLE_EQ(t.step_start(-4), 0.0);
    EXPECT_DOUBLE_EQ(t.step_start(t.total_steps() + 9), t.duration() - 1.0);
    for (int64_t k = 0; k < t.total_steps(); ++k) {
        // A step's start is the previous step's end: after a transition (spread, pad, flip) that
        // moment is the transition settled, still on screen.
        EXPECT_EQ(t.global_step(t.step_start(k)), k >= 1 && k <= 3 ? k - 1 : k) << k;
        EXPECT_EQ(t.global_step(t.step_start(k) + 0.4), k);
    }
    EXPECT_EQ(t.global_step(t.duration() + 5.0), t.total_steps() - 1);
}

TEST(Timeline, ATransitionsEndIsTheTransitionSettled) {
    const Timeline t = timeline_of("padding_strides_transposed", {.loop = false});
    for (const double end : {1.5, 3.0, 4.5}) {
        const TimePoint settled = t.at(end);
        EXPECT_EQ(settled.phase, end == 1.5 ? Phase::spread : end == 3.0 ? Phase::pad : Phase::flip) << end;
        EXPECT_DOUBLE_EQ(settled.tween, 1.0) << end;
        EXPECT_FALSE(settled.holding);
        // Rounding either side of the end still settles it; a moment later the next phase runs.
        EXPECT_DOUBLE_EQ(t.at(end - 1e-12).tween, 1.0);
        EXPECT_EQ(t.at(end + 1e-12).phase, settled.phase);
        EXPECT_NE(t.at(end + 1e-3).phase, settled.phase);
    }
    EXPECT_EQ(t.at(4.5 + 1e-3).phase, Phase::slide);
    // The crop's last transition ends where the hold begins: still the give-back, settled.
    const Timeline crop = timeline_of("d2l_tconv_padding1", {.loop = false});
    EXPECT_EQ(crop.at(4.5).phase, Phase::give_back);
    EXPECT_FALSE(crop.at(4.5).holding);
    EXPECT_TRUE(crop.at(4.6).holding);
    // An op step's end is not a resting point: the next step begins.
    const Timeline conv = timeline_of("no_padding_no_strides", {.loop = false});
    EXPECT_EQ(conv.at(1.0).step, 1);
    EXPECT_DOUBLE_EQ(conv.at(1.0).tween, 0.0);
}

TEST(Timeline, SpeedScalesEverything) {
    const Timeline normal = timeline_of("padding_strides_transposed", {.speed = 1.0});
    const Timeline fast = timeline_of("padding_strides_transposed", {.speed = 2.0});
    EXPECT_DOUBLE_EQ(fast.duration() - 1.0, (normal.duration() - 1.0) / 2.0);  // the hold is not scaled
}

TEST(Timeline, PhasesPerView) {
    const Timeline gather = timeline_of("no_padding_no_strides_transposed");
    ASSERT_EQ(gather.phases().size(), 4u);
    EXPECT_EQ(gather.phases()[0].phase, Phase::spread);
    EXPECT_EQ(gather.phases()[1].phase, Phase::pad);
    EXPECT_EQ(gather.phases()[2].phase, Phase::flip);
    EXPECT_EQ(gather.phases()[3].phase, Phase::slide);
    EXPECT_EQ(gather.phases()[3].steps, 16);
    const TimelineParams p{.seconds_per_step = 1.0, .seconds_per_phase = 2.0};
    const Timeline g = timeline_of("no_padding_no_strides_transposed", p);
    EXPECT_EQ(g.at(5.0).phase, Phase::flip);
    EXPECT_EQ(g.at(6.5).phase, Phase::slide);
    EXPECT_EQ(g.at(6.5).step, 0);

    const Timeline matrix = timeline_of("d2l_conv_matrix");
    ASSERT_EQ(matrix.phases().size(), 3u);
    EXPECT_EQ(matrix.phases()[0].phase, Phase::rows);
    EXPECT_EQ(matrix.phases()[0].steps, 4);
    EXPECT_EQ(matrix.phases()[1].phase, Phase::transpose);
    EXPECT_EQ(matrix.phases()[2].phase, Phase::columns);

    const Timeline crop = timeline_of("d2l_tconv_padding1");
    ASSERT_EQ(crop.phases().size(), 3u);
    EXPECT_EQ(crop.phases()[1].phase, Phase::crop);
    EXPECT_EQ(crop.phases()[2].phase, Phase::give_back);

    const Timeline unpool = timeline_of("maxpool_unpool");
    ASSERT_EQ(unpool.phases().size(), 2u);
    EXPECT_EQ(unpool.phases()[0].phase, Phase::pool);
    EXPECT_EQ(unpool.phases()[1].phase, Phase::unpool);

    EXPECT_EQ(timeline_of("large").total_steps(), 2 * 32 * 32);
}

}  // namespace
}  // namespace convviz
