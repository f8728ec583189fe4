#include "core/frame/frame_plan.hpp"

#include <algorithm>
#include <cmath>

#include "core/frame/frame_builder.hpp"
#include "core/i18n/strings.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// The moments an export rests on: each op step once its terms are all lit (before the kernel
// glides on), and each transition at its end. Without tweens only the op's steps rest, as in the
// figures, unless the view has nothing but transitions (crop). With tweens a view that opens with a
// transition starts from its first picture, t = 0.
std::vector<double> key_times(const Timeline& timeline, bool tweened) {
    const std::vector<PhaseSpan>& phases = timeline.phases();
    const bool any_steps = std::any_of(phases.begin(), phases.end(), [](const PhaseSpan& s) { return !is_transition(s.phase); });
    const bool keep_transitions = tweened || !any_steps;
    std::vector<double> keys;
    if (tweened && is_transition(phases.front().phase)) keys.push_back(0.0);
    int64_t before = 0;
    for (const PhaseSpan& span : phases) {
        const double each = timeline.step_seconds(span);
        for (int64_t k = 0; k < span.steps; ++k) {
            const double start = timeline.step_start(before + k);
            if (!is_transition(span.phase)) {
                keys.push_back(start + kSweep * each);
            } else if (keep_transitions) {
                keys.push_back(start + each);
            }
        }
        before += span.steps;
    }
    return keys;
}

}  // namespace

Result<std::vector<PlannedFrame>> plan_frames(const Timeline& timeline, const FramePlanParams& params, Lang lang) {
    if (params.tween < 0 || params.tween > kMaxTween) {
        return Error{tr(lang, "msg.plan.tween", kMaxTween, params.tween)};
    }
    if (!(params.fps == 0.0 || (params.fps >= kMinPlanFps && params.fps <= kMaxPlanFps))) {
        return Error{tr(lang, "msg.plan.fps", kMinPlanFps, kMaxPlanFps, params.fps)};
    }
    if (!(params.from >= 0.0) || !(params.to >= params.from)) {
        return Error{tr(lang, "msg.plan.range", params.from, params.to)};
    }
    const double duration = timeline.duration();
    const double hold = timeline.params().hold_end;
    std::vector<PlannedFrame> frames;
    if (params.fps > 0.0) {
        const int64_t count = timeline.frame_count(params.fps);
        if (count > kMaxPlannedFrames) {
            return Error{tr(lang, "msg.plan.too_many_at_fps", params.fps, duration, count, kMaxPlannedFrames)};
        }
        for (int64_t i = 0; i < count; ++i) frames.push_back({timeline.frame_time(i, params.fps), 1.0 / params.fps});
    } else {
        // Counted before the key times are listed: a view has at most total_steps() + 1 of them.
        const int64_t most = timeline.total_steps() * (params.tween + 1) + 1;
        if (most > kMaxPlannedFrames) {
            return Error{tr(lang, "msg.plan.too_many_up_to", params.tween, most, kMaxPlannedFrames)};
        }
        const std::vector<double> keys = key_times(timeline, params.tween > 0);
        const int64_t count = static_cast<int64_t>(keys.size() - 1) * (params.tween + 1) + 1;
        if (count > kMaxPlannedFrames) {
            return Error{tr(lang, "msg.plan.too_many", params.tween, count, kMaxPlannedFrames)};
        }
        for (size_t i = 0; i + 1 < keys.size(); ++i) {
            const double slot = (keys[i + 1] - keys[i]) / (params.tween + 1);
            for (int j = 0; j <= params.tween; ++j) frames.push_back({keys[i] + j * slot, slot});
        }
        // The final state stays for the hold, or for a step when there is none.
        const double last = hold > 0.0 ? hold : timeline.params().seconds_per_step / timeline.params().speed;
        frames.push_back({keys.back(), last});
    }
    std::erase_if(frames, [&](const PlannedFrame& f) { return f.t < params.from - 1e-9 || f.t > params.to + 1e-9; });
    if (frames.empty()) {
        return Error{tr(lang, "msg.plan.empty_range", params.from, params.to, duration)};
    }
    return frames;
}

}  // namespace convviz
