#include "core/frame/frame_plan.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

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

// The moments an export rests on, the settled states, handed to `visit` in order until it returns
// false. Without tweens only the op's steps rest, as in the figures, unless the view has nothing
// but transitions (crop); the start before a leading transition is an in-between's starting
// point, so only a tweened export shows it. Listed one at a time: a view with millions of steps
// exported in a short range holds no list of them all.
template <class Visit>
void visit_key_times(const Timeline& timeline, bool tweened, Visit visit) {
    const std::vector<PhaseSpan>& phases = timeline.phases();
    const bool any_steps = std::any_of(phases.begin(), phases.end(), [](const PhaseSpan& s) { return !is_transition(s.phase); });
    const bool keep_transitions = tweened || !any_steps;
    const int64_t count = settled_count(timeline);
    for (int64_t state = 0; state < count; ++state) {
        const int64_t step = step_of_state(timeline, state);
        const bool transition = step < 0 || is_transition(span_of_step(timeline, step).phase);
        if (transition && !keep_transitions) continue;
        if (step < 0 && !tweened) continue;
        if (!visit(settled_time(timeline, state))) return;
    }
}

// Within the export's range, with the tolerance the frame times' rounding needs.
bool in_range(double t, const FramePlanParams& params) { return t >= params.from - 1e-9 && t <= params.to + 1e-9; }

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
    // Only the frames in [from, to] count towards the limit, and only they are listed.
    const bool ranged = params.from > 0.0 || params.to < duration;
    const double range_end = std::min(params.to, duration);
    std::vector<PlannedFrame> frames;
    int64_t count = 0;
    const auto add = [&](double t, double seconds) {
        if (!in_range(t, params)) return;
        if (++count <= kMaxPlannedFrames) {
            frames.push_back({t, seconds});
        } else if (!frames.empty()) {
            frames = {};  // over the limit: the count goes on, for the message
        }
    };
    if (params.fps > 0.0) {
        const int64_t all = timeline.frame_count(params.fps);
        // Frame i shows i / fps: the first and last in range, found from the range's ends and
        // then nudged onto the same test each frame passes.
        const double first_guess = std::ceil(params.from * params.fps) - 1.0;
        int64_t first = static_cast<int64_t>(std::clamp(first_guess, 0.0, static_cast<double>(all)));
        while (first < all && !(timeline.frame_time(first, params.fps) >= params.from - 1e-9)) ++first;
        const double end_guess = std::floor(params.to * params.fps) + 2.0;  // inf for no end: all
        int64_t end = static_cast<int64_t>(std::clamp(end_guess, static_cast<double>(first), static_cast<double>(all)));
        while (end > first && !(timeline.frame_time(end - 1, params.fps) <= params.to + 1e-9)) --end;
        count = end - first;
        if (count > kMaxPlannedFrames) {
            return Error{ranged ? tr(lang, "msg.plan.too_many_in_range", params.from, range_end, count, kMaxPlannedFrames)
                                : tr(lang, "msg.plan.too_many_at_fps", params.fps, duration, count, kMaxPlannedFrames)};
        }
        for (int64_t i = first; i < end; ++i) frames.push_back({timeline.frame_time(i, params.fps), 1.0 / params.fps});
    } else {
        std::optional<double> previous;
        visit_key_times(timeline, params.tween > 0, [&](double key) {
            if (previous) {
                const double slot = (key - *previous) / (params.tween + 1);
                if (*previous >= params.from - 1e-9 && key <= params.to + 1e-9 && count >= kMaxPlannedFrames) {
                    count += params.tween + 1;  // wholly in range and over the limit already: counted at once
                } else {
                    for (int j = 0; j <= params.tween; ++j) add(*previous + j * slot, slot);
                }
            }
            previous = key;
            return key <= params.to + 1e-9;  // the keys only grow: past the range's end, nothing more is in it
        });
        // The final state stays for the hold, or for a step when there is none.
        const double last = hold > 0.0 ? hold : timeline.params().seconds_per_step / timeline.params().speed;
        if (previous) add(*previous, last);
        if (count > kMaxPlannedFrames) {
            return Error{ranged ? tr(lang, "msg.plan.too_many_in_range", params.from, range_end, count, kMaxPlannedFrames)
                                : tr(lang, "msg.plan.too_many", params.tween, count, kMaxPlannedFrames)};
        }
    }
    if (frames.empty()) {
        return Error{tr(lang, "msg.plan.empty_range", params.from, params.to, duration)};
    }
    return frames;
}

}  // namespace convviz
