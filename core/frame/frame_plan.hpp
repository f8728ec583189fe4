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

// The timeline should not loop (TimelineParams::loop = false), so that its hold is the end.
// Errors name the parameter and the numbers, in `lang`: a tween or fps out of range, an empty
// range, too many frames.
Result<std::vector<PlannedFrame>> plan_frames(const Timeline& timeline, const FramePlanParams& params,
                                              Lang lang = Lang::en);

}  // namespace convviz
