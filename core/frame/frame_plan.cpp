#include "core/frame/frame_plan.hpp"

#include <algorithm>
#include <cmath>

#include "core/frame/frame_builder.hpp"
#include "core/i18n/strings.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// The crop's full output stands still for its phase: it is settled from its start, and a state
// at its end would show the same picture twice.
bool stands_still(Phase phase) { return phase == Phase::full; }

// Whether the view opens with a transition that moves the picture (the gather's spread): its
// start is a state of its own.
bool opens_with_transition(const Timeline& timeline) {
    const Phase first = timeline.phases().front().phase;
    return is_transition(first) && !stands_still(first);
}

// The global step of each state and, for a leading transition, −1 for its start.
int64_t step_of_state(const Timeline& timeline, int64_t state) {
    return state - (opens_with_transition(timeline) ? 1 : 0);
}

const PhaseSpan& span_of_step(const Timeline& timeline, int64_t step) {
    for (const PhaseSpan& span : timeline.phases()) {
        if (step < span.steps) return span;
        step -= span.steps;
    }
    return timeline.phases().back();
}

// The moments an export rests on: the settled states. Without tweens only the op's steps rest,
// as in the figures, unless the view has nothing but transitions (crop); the start before a
// leading transition is an in-between's starting point, so only a tweened export shows it.
std::vector<double> key_times(const Timeline& timeline, bool tweened) {
    const std::vector<PhaseSpan>& phases = timeline.phases();
    const bool any_steps = std::any_of(phases.begin(), phases.end(), [](const PhaseSpan& s) { return !is_transition(s.phase); });
    const bool keep_transitions = tweened || !any_steps;
    std::vector<double> keys;
    const int64_t count = settled_count(timeline);
    for (int64_t state = 0; state < count; ++state) {
        const int64_t step = step_of_state(timeline, state);
        const bool transition = step < 0 || is_transition(span_of_step(timeline, step).phase);
        if (transition && !keep_transitions) continue;
        if (step < 0 && !tweened) continue;
        keys.push_back(settled_time(timeline, state));
    }
    return keys;
}

}  // namespace

int64_t settled_count(const Timeline& timeline) {
    return timeline.total_steps() + (opens_with_transition(timeline) ? 1 : 0);
}

double settled_time(const Timeline& timeline, int64_t state) {
    state = std::clamp<int64_t>(state, 0, settled_count(timeline) - 1);
    const int64_t step = step_of_state(timeline, state);
    if (step < 0) return 0.0;
    const PhaseSpan& span = span_of_step(timeline, step);
    const double each = timeline.step_seconds(span);
    if (stands_still(span.phase)) return timeline.step_start(step);
    return timeline.step_start(step) + (is_transition(span.phase) ? each : kSweep * each);
}

int64_t state_on_screen(const Timeline& timeline, double t) {
    const int64_t last = settled_count(timeline) - 1;
    const bool leading = opens_with_transition(timeline);
    if (leading && t <= kSettleTolerance) return 0;
    // The hold, and t = duration(), which a looping timeline's global_step would wrap to 0.
    if (t >= timeline.duration() - kSettleTolerance) return last;
    return std::min(timeline.global_step(t) + (leading ? 1 : 0), last);
}

double settled_step(const Timeline& timeline, double t, int64_t delta) {
    return settled_time(timeline, state_on_screen(timeline, t) + delta);
}

bool is_settled(const Timeline& timeline, double t) {
    return std::abs(settled_time(timeline, state_on_screen(timeline, t)) - t) <= kSettleTolerance;
}


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
