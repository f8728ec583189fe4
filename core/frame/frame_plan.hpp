// Which moments of an animation an export shows, and for how long each stays on screen. By default
// one frame per op step at its settled state (the kernel in place, its output cell written), as the
// conv_arithmetic figures have; with `tween`, that many in-between frames of the motion from each
// state to the next, transitions such as the spread and the flip included; with `fps`, the timeline
// sampled at a fixed rate, as the app plays it. Pure arithmetic on a Timeline: renders nothing.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/timeline.hpp"

namespace convviz {

inline constexpr int kMaxTween = 100;
inline constexpr double kMinPlanFps = 0.1;
inline constexpr double kMaxPlanFps = 120.0;
inline constexpr int64_t kMaxPlannedFrames = 100'000;

struct FramePlanParams {
    int tween = 0;        // in-between frames after each state; 0: the states alone
    double fps = 0.0;     // > 0: a frame every 1/fps seconds instead, the final hold included
    double from = 0.0;    // timeline seconds: frames outside [from, to] are left out
    double to = std::numeric_limits<double>::infinity();
};

struct PlannedFrame {
    double t = 0.0;        // the timeline time it shows
    double seconds = 0.0;  // how long it stays on screen
};

// [The settled states] The states an animation rests on, one per step and in order: what the
// app's step keys, buttons, Home and End land on, and what an export's key frames show, so that
// the app and an export cannot disagree on what "step k" looks like:
// - a view that opens with a transition (the gather's spread, the upsampling's sampling points)
//   has its picture before it as state 0, t = 0;
// - each op step settled, start + kSweep·(its seconds): its terms all lit and its output cell
//   written, before the kernel glides on;
// - each transition finished, at its end, which Timeline::at shows as that transition at tween 1
//   under its own caption; except the crop's full output, which stands still and is settled
//   from its start, t = 0 (a state at its end too would show the same picture twice).
// State 0 is the start (Home, and a scene opened paused); the last state is the end (End, its
// caption and picture the last step's, before the hold). Stepping k times from the start shows
// state k, which is the export's k-th key frame: frame k·(tween + 1) with tweens, frame k
// without them for a view with no transition.
int64_t settled_count(const Timeline& timeline);
double settled_time(const Timeline& timeline, int64_t state);  // state clamped to [0, settled_count())
// The state of the step on screen at t, settled or not: the step the status bar counts
// (Timeline::step_count), or state 0 at t = 0 before a leading transition.
int64_t state_on_screen(const Timeline& timeline, double t);
// The time of the state `delta` states from the one on screen at t (clamped to the states): one
// step on always moves the status bar's count by one, whether t was settled or in motion.
double settled_step(const Timeline& timeline, double t, int64_t delta);
// Whether t shows a settled state (within kSettleTolerance).
bool is_settled(const Timeline& timeline, double t);

// The timeline should not loop (TimelineParams::loop = false), so that its hold is the end.
// Errors name the parameter and the numbers, in `lang`: a tween or fps out of range, an empty
// range, too many frames (kMaxPlannedFrames counts only the frames in [from, to]: a short range of
// a long animation can be exported).
Result<std::vector<PlannedFrame>> plan_frames(const Timeline& timeline, const FramePlanParams& params,
                                              Lang lang = Lang::en);

}  // namespace convviz
