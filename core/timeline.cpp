#include "core/timeline.hpp"

#include <algorithm>
#include <cmath>

#include "core/i18n/strings.hpp"
#include "core/text.hpp"

namespace convviz {

const char* name(Phase phase) {
    switch (phase) {
        case Phase::steps: return "steps";
        case Phase::spread: return "spread";
        case Phase::pad: return "pad";
        case Phase::flip: return "flip";
        case Phase::slide: return "slide";
        case Phase::full: return "full";
        case Phase::crop: return "crop";
        case Phase::give_back: return "give_back";
        case Phase::rows: return "rows";
        case Phase::transpose: return "transpose";
        case Phase::columns: return "columns";
        case Phase::pool: return "pool";
        case Phase::unpool: return "unpool";
        case Phase::sampling: return "sampling";
    }
    return "steps";
}

std::string phase_name(Lang lang, Phase phase) {
    switch (phase) {
        case Phase::steps: return tr(lang, "phase.steps");
        case Phase::spread: return tr(lang, "phase.spread");
        case Phase::pad: return tr(lang, "phase.pad");
        case Phase::flip: return tr(lang, "phase.flip");
        case Phase::slide: return tr(lang, "phase.slide");
        case Phase::full: return tr(lang, "phase.full");
        case Phase::crop: return tr(lang, "phase.crop");
        case Phase::give_back: return tr(lang, "phase.give_back");
        case Phase::rows: return tr(lang, "phase.rows");
        case Phase::transpose: return tr(lang, "phase.transpose");
        case Phase::columns: return tr(lang, "phase.columns");
        case Phase::pool: return tr(lang, "phase.pool");
        case Phase::unpool: return tr(lang, "phase.unpool");
        case Phase::sampling: return tr(lang, "phase.sampling");
    }
    return tr(lang, "phase.steps");
}

Timeline::Timeline(std::vector<PhaseSpan> phases, TimelineParams params)
    : phases_(std::move(phases)), params_(params) {
    if (!(params_.speed > 0.0)) params_.speed = 1.0;
    if (phases_.empty()) phases_.push_back({Phase::steps, 1});
    for (PhaseSpan& span : phases_) span.steps = std::max<int64_t>(span.steps, 1);
}

bool is_transition(Phase phase) {
    return phase == Phase::spread || phase == Phase::pad || phase == Phase::flip || phase == Phase::full ||
           phase == Phase::crop || phase == Phase::give_back || phase == Phase::transpose ||
           phase == Phase::sampling;
}

double Timeline::step_seconds(const PhaseSpan& span) const {
    return (is_transition(span.phase) ? params_.seconds_per_phase : params_.seconds_per_step) / params_.speed;
}

int64_t Timeline::total_steps() const {
    int64_t total = 0;
    for (const PhaseSpan& span : phases_) total += span.steps;
    return total;
}

double Timeline::duration() const {
    double total = std::max(params_.hold_end, 0.0);
    for (const PhaseSpan& span : phases_) total += static_cast<double>(span.steps) * step_seconds(span);
    return total;
}

int64_t Timeline::frame_count(double fps) const {
    // The small epsilon keeps 4 steps of 1 s at 1 fps at 4 frames despite rounding.
    return std::max<int64_t>(1, static_cast<int64_t>(std::ceil(duration() * fps - 1e-9)));
}

TimePoint Timeline::at(double t) const {
    const double length = duration();
    if (!std::isfinite(t) || t < 0.0) t = 0.0;
    if (params_.loop && length > 0.0) t = std::fmod(t, length);
    TimePoint point;
    for (size_t i = 0; i < phases_.size(); ++i) {
        const PhaseSpan& span = phases_[i];
        const double each = step_seconds(span);
        const double span_seconds = static_cast<double>(span.steps) * each;
        // A transition's end belongs to it: the moment it is finished shows its finished picture
        // under its own caption (its settled state), not the next phase about to begin. The
        // tolerance absorbs the rounding between the sums of step_start() and the differences here.
        if (is_transition(span.phase) && std::abs(t - span_seconds) <= kSettleTolerance) {
            point.phase_index = static_cast<int>(i);
            point.phase = span.phase;
            point.step = span.steps - 1;
            point.tween = 1.0;
            return point;
        }
        if (t < span_seconds) {
            const double position = each > 0.0 ? t / each : 0.0;
            point.phase_index = static_cast<int>(i);
            point.phase = span.phase;
            point.step = std::min(static_cast<int64_t>(position), span.steps - 1);
            point.tween = std::clamp(position - static_cast<double>(point.step), 0.0, 1.0);
            return point;
        }
        t -= span_seconds;
    }
    // Past the last step: the hold shows the final state.
    point.phase_index = static_cast<int>(phases_.size() - 1);
    point.phase = phases_.back().phase;
    point.step = phases_.back().steps - 1;
    point.tween = 1.0;
    point.holding = true;
    return point;
}

int64_t Timeline::global_step(double t) const {
    const TimePoint point = at(t);
    int64_t before = 0;
    for (int i = 0; i < point.phase_index; ++i) before += phases_[static_cast<size_t>(i)].steps;
    return before + point.step;
}

StepCount Timeline::step_count(double t) const {
    const double length = duration();
    const int64_t steps = total_steps();
    if (t >= length - kSettleTolerance) return {phases_.back().phase, steps, steps};
    const TimePoint point = at(t);
    return {point.phase, std::min(global_step(t) + 1, steps), steps};
}

double Timeline::step_start(int64_t k) const {
    k = std::clamp<int64_t>(k, 0, total_steps());
    double t = 0.0;
    for (const PhaseSpan& span : phases_) {
        const int64_t here = std::min(k, span.steps);
        t += static_cast<double>(here) * step_seconds(span);
        k -= here;
        if (k == 0) break;
    }
    return t;
}

Result<std::vector<PhaseSpan>> phases_for(const Scene& scene) {
    if (auto e = validate(scene)) return Error{*e};
    auto inputs = op_inputs(scene);
    const OpShapes shapes = shapes_of(inputs.value());
    const int64_t outputs = element_count(output_shape(scene.params, shapes));
    switch (scene.view.kind) {
        case ViewKind::conv:
        case ViewKind::pool:
        case ViewKind::shuffle:
        case ViewKind::compare: return std::vector<PhaseSpan>{{Phase::steps, outputs}};
        case ViewKind::upsample: return std::vector<PhaseSpan>{{Phase::sampling, 1}, {Phase::steps, outputs}};
        case ViewKind::scatter: return std::vector<PhaseSpan>{{Phase::steps, element_count(shapes.input)}};
        case ViewKind::gather:
            return std::vector<PhaseSpan>{{Phase::spread, 1}, {Phase::pad, 1}, {Phase::flip, 1}, {Phase::slide, outputs}};
        case ViewKind::crop: return std::vector<PhaseSpan>{{Phase::full, 1}, {Phase::crop, 1}, {Phase::give_back, 1}};
        case ViewKind::matrix: {
            // C has a row per conv2d output cell: a ConvTranspose2d's input is that conv2d's output.
            int64_t rows = element_count(shapes.input);
            if (!std::holds_alternative<ConvTranspose2dParams>(scene.params)) {
                const Conv2dParams* conv = std::get_if<Conv2dParams>(&scene.params);
                if (!conv) conv = &std::get<Conv2dMatrixParams>(scene.params).conv;
                rows = element_count(output_shape(*conv, shapes.input, *shapes.weight));
            }
            return std::vector<PhaseSpan>{{Phase::rows, rows}, {Phase::transpose, 1}, {Phase::columns, rows}};
        }
        case ViewKind::unpool: {
            const int64_t pooled = element_count(shapes.input);
            return std::vector<PhaseSpan>{{Phase::pool, pooled}, {Phase::unpool, pooled}};
        }
    }
    return Error{cat("no timeline for view ", name(scene.view.kind))};
}

}  // namespace convviz
