// Stepping lands where the caption is (issue 19): the app's step keys, Home and End land on the
// settled states an export's key frames show, for every preset and view; a transition's end
// carries its own caption; the gather's labels never run ahead of its picture; the status bar,
// the Arithmetic panel and the presentation strip count steps alike.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>

#include "app/model/app_state.hpp"
#include "app/model/panel_text.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/frame_plan.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"

namespace convviz {
namespace {

// A scene opened paused, as presentation mode opens one: at its start.
AppState paused(const Scene& scene) {
    AppState state;
    state.playback().playing = false;
    EXPECT_TRUE(state.show(scene)) << scene.id;
    return state;
}

// The export's side: its own composer, its timeline not looping, as `convviz export` builds them.
struct ExportSide {
    Composer composer;
    std::vector<PlannedFrame> keyed;  // --tween 1: every other frame is a key frame
    std::vector<PlannedFrame> plain;  // the default export
};

ExportSide export_side(const Scene& scene) {
    Result<Composer> composer = Composer::make(scene, ComposeParams{.timeline = {.loop = false}});
    EXPECT_TRUE(composer.ok()) << scene.id;
    Result<std::vector<PlannedFrame>> keyed = plan_frames(composer.value().timeline(), {.tween = 1});
    Result<std::vector<PlannedFrame>> plain = plan_frames(composer.value().timeline(), {});
    EXPECT_TRUE(keyed.ok() && plain.ok()) << scene.id;
    return {std::move(composer).value(), keyed.value(), plain.value()};
}

// The first difference between two frames, field by field ("" when none): frame_json would do
// too, but takes seconds over thousands of frames.
auto fields(const Rect& r) { return std::tie(r.x, r.y, r.w, r.h); }
auto fields(const FrameGrid& g) { return std::make_tuple(g.label, fields(g.box), g.cell, g.rows, g.cols, g.role); }
auto fields(const FrameCell& c) {
    return std::tie(c.x, c.y, c.size, c.value, c.grid, c.row, c.col, c.role, c.border, c.show_value, c.highlight,
                    c.opacity, c.tint);
}
auto fields(const Outline& o) { return std::make_tuple(fields(o.box), o.role, o.border, o.opacity); }
auto fields(const Line& l) { return std::tie(l.x0, l.y0, l.x1, l.y1, l.role, l.arrow, l.opacity); }
auto fields(const FrameText& t) {
    return std::tie(t.kind, t.x, t.y, t.size, t.anchor, t.text, t.mark_begin, t.mark_end, t.role, t.opacity);
}

template <class T>
std::string first_difference(const char* what, const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return cat(what, ": ", a.size(), " vs ", b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        if (fields(a[i]) != fields(b[i])) return cat(what, "[", i, "] differ");
    }
    return "";
}

std::string difference(const Frame& a, const Frame& b) {
    if (a.width != b.width || a.height != b.height) return "size";
    for (std::string d : {first_difference("grids", a.grids, b.grids), first_difference("cells", a.cells, b.cells),
                          first_difference("outlines", a.outlines, b.outlines), first_difference("lines", a.lines, b.lines),
                          first_difference("texts", a.texts, b.texts)}) {
        if (!d.empty()) return d;
    }
    return "";
}

std::string shown_against(AppState& state, const Frame& exported) {
    state.compose();
    return difference(state.frame(), exported);
}

// Step k from the start against export key frame k, for every preset and view. Every state is
// stepped to; a view with many (the large preset's 2,048) is compared at about 150 of them, the
// first and the last included (a frame there takes milliseconds).
TEST(SettledSteps, SteppingKTimesShowsTheExportsKeyFrameK) {
    int compared = 0;
    for (Scene scene : builtin_presets()) {
        for (ViewKind view : views_for(scene.params)) {
            scene.view.kind = view;
            const std::string where = scene.id + " " + name(view);
            AppState state = paused(scene);
            ExportSide side = export_side(scene);
            const int64_t states = settled_count(state.timeline());
            ASSERT_EQ(static_cast<int64_t>(side.keyed.size()), 2 * states - 1) << where;
            const int64_t every = std::max<int64_t>(1, states / 150);
            EXPECT_TRUE(state.at_start()) << where;
            for (int64_t k = 0; k < states; ++k) {
                if (k > 0) state.step_by(1);
                EXPECT_FALSE(state.playback().playing) << where;
                const double t = side.keyed[static_cast<size_t>(2 * k)].t;
                EXPECT_DOUBLE_EQ(state.playback().t, t) << where << " k=" << k;
                if (k % every != 0 && k + 1 < states) continue;
                const Frame exported = side.composer.compose(t);
                ASSERT_EQ(shown_against(state, exported), "") << where << " k=" << k;
                ++compared;
            }
            EXPECT_TRUE(state.at_end()) << where;
            state.step_by(1);  // past the end: stays
            EXPECT_DOUBLE_EQ(state.playback().t, side.keyed.back().t) << where;
            // The default export rests on some of these states (the op's steps), each as the app shows it.
            for (const PlannedFrame& f : side.plain) EXPECT_TRUE(is_settled(state.timeline(), f.t)) << where << " t=" << f.t;
            if (scene.id == "large") continue;
            // Back, one state at a time, to the start.
            for (int64_t k = states - 1; k > 0; --k) {
                state.step_by(-1);
                EXPECT_DOUBLE_EQ(state.playback().t, side.keyed[static_cast<size_t>(2 * (k - 1))].t) << where << " k=" << k;
            }
            EXPECT_TRUE(state.at_start()) << where;
        }
    }
    EXPECT_GT(compared, 1000);
}

TEST(SettledSteps, HomeEndAndStepsFromBetweenStates) {
    AppState state = paused(*find_preset("no_padding_no_strides"));  // 4 steps of 1 s
    const Timeline& line = state.timeline();
    EXPECT_DOUBLE_EQ(state.playback().t, kSweep);  // the first step, settled
    state.to_end();
    EXPECT_DOUBLE_EQ(state.playback().t, 3.0 + kSweep);
    EXPECT_TRUE(state.at_end());
    state.to_start();
    EXPECT_DOUBLE_EQ(state.playback().t, kSweep);
    // One step moves the status bar's count by one, settled or not: at t = 1.8 step 2 (counted
    // from 1) has settled and the kernel glides toward step 3; at 2.3 step 3's terms light up.
    state.seek(1.8);
    EXPECT_EQ(line.step_count(1.8).step, 2);
    state.step_by(1);
    EXPECT_DOUBLE_EQ(state.playback().t, 2.0 + kSweep);
    EXPECT_EQ(line.step_count(state.playback().t).step, 3);
    state.seek(1.8);
    state.step_by(-1);
    EXPECT_DOUBLE_EQ(state.playback().t, kSweep);
    state.seek(2.3);
    state.step_by(1);
    EXPECT_DOUBLE_EQ(state.playback().t, 3.0 + kSweep);
    state.seek(2.3);
    state.step_by(-1);
    EXPECT_DOUBLE_EQ(state.playback().t, 1.0 + kSweep);
    // From t = 0, the first step not yet settled (a scene that played, paused at once): the same.
    state.seek(0.0);
    EXPECT_TRUE(state.at_start());
    state.step_by(1);
    EXPECT_DOUBLE_EQ(state.playback().t, 1.0 + kSweep);
    state.seek(0.0);
    state.step_by(-1);
    EXPECT_DOUBLE_EQ(state.playback().t, kSweep);
    state.step_by(2);
    EXPECT_DOUBLE_EQ(state.playback().t, 2.0 + kSweep);
    // From the hold: one back is the step before the last.
    state.seek(line.duration());
    EXPECT_TRUE(state.at_end());
    state.step_by(-1);
    EXPECT_DOUBLE_EQ(state.playback().t, 2.0 + kSweep);
    // Playing, Home starts the animation over from t = 0; playing from the end starts over too.
    state.playback().playing = true;
    state.seek(2.5);
    state.to_start();
    EXPECT_DOUBLE_EQ(state.playback().t, 0.0);
    state.to_end();
    state.toggle_playing();
    EXPECT_TRUE(state.playback().playing);
    EXPECT_DOUBLE_EQ(state.playback().t, 0.0);
    // A scene opened while playing plays from t = 0.
    AppState playing;
    ASSERT_TRUE(playing.show(*find_preset("no_padding_no_strides")));
    EXPECT_DOUBLE_EQ(playing.playback().t, 0.0);
}

// The figure: stride 2, 2×2 → 3×3. Each state's caption and labels say what its picture
// shows, and a transition's end carries the transition's caption, not the next one's.
TEST(SettledSteps, TheGathersTransitionsSettleUnderTheirOwnCaptions) {
    Scene scene = *find_preset("no_padding_strides_transposed");
    scene.view.kind = ViewKind::gather;
    AppState state = paused(scene);
    auto caption = [&] {  // whole, however many lines it wrapped into
        state.compose();
        const std::optional<FrameText> t = joined_text(state.frame(), TextKind::caption);
        return t ? t->text : std::string();
    };
    auto has_label = [&](const std::string& label) {
        state.compose();  // a grid's label, whole however many lines it wraps into on the canvas
        for (const FrameGrid& g : state.frame().grids) {
            if (g.label == label) return true;
        }
        return false;
    };
    // The start: nothing spread yet, and the caption says the spread is to come.
    EXPECT_EQ(caption(), "stride 2 will put 1 zero between neighbouring input cells: 2×2 → 3×3");
    EXPECT_TRUE(has_label("input 2×2"));
    EXPECT_TRUE(has_label("kernel 3×3"));
    state.step_by(1);
    EXPECT_EQ(state.timeline().at(state.playback().t).phase, Phase::spread);
    EXPECT_EQ(caption(), "stride 2 puts 1 zero between neighbouring input cells: 2×2 → 3×3");
    EXPECT_TRUE(has_label("input 2×2 spread to 3×3"));
    state.step_by(1);
    EXPECT_EQ(state.timeline().at(state.playback().t).phase, Phase::pad);
    EXPECT_EQ(caption(), "border dilation·(k − 1) − padding = 2 on each side: 7×7");
    EXPECT_TRUE(has_label("input 2×2 spread and bordered to 7×7"));
    EXPECT_TRUE(has_label("kernel 3×3"));
    state.step_by(1);
    EXPECT_EQ(state.timeline().at(state.playback().t).phase, Phase::flip);
    EXPECT_EQ(caption(), "the kernel turns by 180°: weight[i][j] moves to [2 − i][2 − j]");
    EXPECT_TRUE(has_label("kernel 3×3, flipped"));
    // The spread settled: its zeros are all in, the border not yet.
    state.step_by(-2);
    state.compose();
    int zeros = 0;
    int border = 0;
    for (const FrameCell& cell : state.frame().cells) {
        if (cell.role == Role::inserted_zero && cell.opacity == 1.0f) ++zeros;
        if (cell.grid == 0 && cell.role == Role::padding && cell.opacity > 0.0f) ++border;
    }
    EXPECT_EQ(zeros, 5);  // 3×3 spread less its 4 input cells
    EXPECT_EQ(border, 0);
}

// Stride 1: nothing to spread, so no label or caption says the input was spread.
TEST(SettledSteps, AStrideOneGatherNeverSaysSpread) {
    Scene scene = *find_preset("no_padding_no_strides_transposed");
    scene.view.kind = ViewKind::gather;
    AppState state = paused(scene);
    const int64_t states = settled_count(state.timeline());
    for (int64_t k = 0; k < states; ++k) {
        state.compose();
        for (const FrameText& t : state.frame().texts) {
            EXPECT_EQ(t.text.find("spread"), std::string::npos) << "state " << k << ": " << t.text;
            EXPECT_EQ(t.text.find("0 zeros"), std::string::npos) << "state " << k << ": " << t.text;
        }
        state.step_by(1);
    }
    state.to_start();
    state.step_by(1);
    state.compose();
    bool said = false;
    for (const FrameText& t : state.frame().texts) said |= t.text == "stride 1 puts no zeros between neighbouring input cells: the input stays 2×2";
    EXPECT_TRUE(said);
}

// The upsampling's start: its sampling points still where the other align_corners puts them,
// and the caption says so; settled, they are where this one puts them.
TEST(SettledSteps, TheSamplingPointsStartUnderATrueCaption) {
    AppState state = paused(*find_preset("upsample_bilinear_align_corners"));
    auto caption = [&] {  // whole, however many lines it wrapped into
        state.compose();
        const std::optional<FrameText> t = joined_text(state.frame(), TextKind::caption);
        return t ? t->text : std::string();
    };
    EXPECT_DOUBLE_EQ(state.playback().t, 0.0);
    EXPECT_EQ(caption(),
              "each output cell's sampling point where align_corners=False puts it; next, it moves to where "
              "align_corners=True puts it");
    state.step_by(1);
    EXPECT_EQ(caption().rfind("align_corners=True: the corner cells' centres line up", 0), 0u) << caption();
}

// One count: the status bar's "step k of n", the Arithmetic panel's and the presentation strip's
// (Timeline::step_count) agree at every moment, transitions' ends and the hold included.
TEST(SettledSteps, TheStatusBarAndTheArithmeticPanelCountAlike) {
    for (Scene scene : builtin_presets()) {
        for (ViewKind view : views_for(scene.params)) {
            scene.view.kind = view;
            AppState state = paused(scene);
            const Timeline& line = state.timeline();
            const int64_t states = settled_count(line);
            for (int64_t k = 0; k < std::min<int64_t>(states, 40); ++k) {
                const double t = settled_time(line, k);
                const StepCount count = line.step_count(t);
                const std::string words = "step " + std::to_string(count.step) + " of " + std::to_string(count.steps);
                const std::string where = scene.id + " " + name(view) + " state " + std::to_string(k);
                EXPECT_NE(time_slider_label(Lang::en, line, t).find(words), std::string::npos) << where;
                EXPECT_NE(phase_step_line(Lang::en, line, t).find(words), std::string::npos) << where;
                EXPECT_NE(phase_step_line(Lang::en, line, t).find(phase_name(Lang::en, count.phase)), std::string::npos)
                    << where;
                EXPECT_EQ(count.steps, line.total_steps()) << where;
                EXPECT_EQ(count.phase, line.at(t).phase) << where;
            }
        }
    }
    // The numbers: the gather's spread settled is step 1 of 28 everywhere.
    Scene scene = *find_preset("padding_strides_transposed");
    scene.view.kind = ViewKind::gather;
    AppState state = paused(scene);
    state.step_by(1);
    const StepCount count = state.timeline().step_count(state.playback().t);
    EXPECT_EQ(count.step, 1);
    EXPECT_EQ(count.steps, 28);
    EXPECT_EQ(phase_step_line(Lang::en, state.timeline(), state.playback().t), "phase spread, step 1 of 28");
}

}  // namespace
}  // namespace convviz

namespace convviz {
namespace {

// "1 zero", "1 frame", "1 input cell": a count of one is worded in the singular (Chinese has no
// plural: one wording for both).
TEST(SettledSteps, ACountOfOneIsSingular) {
    EXPECT_EQ(export_plan(Lang::en, 1, 1.0), "1 frame, 1.0 s");
    EXPECT_EQ(export_plan(Lang::en, 2, 2.0), "2 frames, 2.0 s");
    EXPECT_EQ(export_written(Lang::en, "a.gif", 1, 64, 64, 0.5), "Wrote a.gif: 1 frame, 64×64, in 0.5 s");
    EXPECT_EQ(export_plan(Lang::zh, 1, 1.0), "1 帧，1.0 秒");
    // A one-cell input in the scatter view: its hold says the one stamp is the output.
    Scene scene = *find_preset("no_padding_no_strides_transposed");
    scene.view.kind = ViewKind::scatter;
    scene.tensors.input = Tensor({1, 1, 1, 1}, 2.0);
    AppState state = paused(scene);
    state.seek(state.timeline().duration());
    state.compose();
    bool said = false;
    for (const FrameText& t : state.frame().texts) said |= t.text == "1 input cell stamped: the full output is its stamp";
    EXPECT_TRUE(said);
}

}  // namespace
}  // namespace convviz
