// Timeline: time t (seconds) → what is on screen: the phase, the step within it and the tween
// (0..1) toward the next state. Phases per view: gather = spread → pad → flip → slide; crop =
// full → crop → give back; matrix = rows → transpose → columns; unpool = pool → unpool; upsample =
// sampling → steps; the other views one phase of steps. Pure arithmetic on the scene's sizes: the same (scene, t)
// always gives the same answer, and duration and frame count are known in advance.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

enum class Phase {
    steps,      // one op step after another (conv, scatter, pool, upsample, shuffle)
    spread,     // gather: stride − 1 zeros open up between the input cells
    pad,        // gather: the border of dilation·(k − 1) − padding cells (and output_padding) appears
    flip,       // gather: the kernel turns by 180°
    slide,      // gather: the flipped kernel slides with stride 1
    full,       // crop: the full, uncropped transposed output
    crop,       // crop: `padding` rows and columns are cut from each side
    give_back,  // crop: output_padding rows and columns return at the bottom and right
    rows,       // matrix: row r of C is the kernel's r-th placement
    transpose,  // matrix: C turns into Cᵀ
    columns,    // matrix: column j of Cᵀ is the stamp of y_j
    pool,       // unpool: the max-pooling windows, winners and indices
    unpool,     // unpool: each value returns to its index
    sampling,   // upsample: every output cell's sampling point appears on the input (and moves
                // there from the other align_corners convention's place)
};

const char* name(Phase phase);  // the phase's id: "give_back"
// The phase as the interface names it in `lang` ("give_back", "补回"): English is the id itself.
std::string phase_name(Lang lang, Phase phase);
// A transition (spread, pad, flip, full, crop, give_back, transpose) moves the picture from one
// state to the next; the other phases step through the op.
bool is_transition(Phase phase);

// Seconds within which a time counts as a transition's end (see Timeline::at).
inline constexpr double kSettleTolerance = 1e-9;

struct PhaseSpan {
    Phase phase = Phase::steps;
    int64_t steps = 1;  // discrete states in the phase; a transition has 1
};

struct TimelineParams {
    double seconds_per_step = 1.0;     // each op step
    double seconds_per_phase = 1.5;    // each transition (spread, pad, flip, crop, transpose, ...)
    double speed = 1.0;                // multiplies both rates; > 0
    double hold_end = 1.0;             // seconds the last state stays before the loop restarts
    bool loop = true;
};

struct TimePoint {
    int phase_index = 0;   // into Timeline::phases()
    Phase phase = Phase::steps;
    int64_t step = 0;      // within the phase
    double tween = 0.0;    // 0 at the step's start, toward 1 at its end
    bool holding = false;  // in the hold after the last step
};

// The step on screen, counted from 1 over all phases, and how many there are: the one count
// the status bar, the Arithmetic panel and the presentation strip all show.
struct StepCount {
    Phase phase = Phase::steps;  // the phase on screen
    int64_t step = 0;            // 1 .. steps
    int64_t steps = 0;
};

class Timeline {
public:
    Timeline(std::vector<PhaseSpan> phases, TimelineParams params);

    double duration() const;                      // one pass, hold included
    // t wraps when looping, clamps otherwise. A transition's end (within kSettleTolerance) is that
    // transition at tween 1, not the next phase's start: its settled state.
    TimePoint at(double t) const;
    int64_t frame_count(double fps) const;        // frames of one pass at `fps`
    double frame_time(int64_t frame, double fps) const { return static_cast<double>(frame) / fps; }
    const std::vector<PhaseSpan>& phases() const { return phases_; }
    int64_t total_steps() const;                  // steps over all phases
    // Steps counted over all phases: the one on screen at t (the last one during the hold), and
    // the time step k starts (k clamped to [0, total_steps()]; total_steps() is the hold's start).
    int64_t global_step(double t) const;
    double step_start(int64_t k) const;
    // The step on screen at t: global_step(t) + 1, the last one from the hold on (t = duration()
    // included, which a looping timeline would otherwise wrap to the start).
    StepCount step_count(double t) const;
    double step_seconds(const PhaseSpan& span) const;  // one step of that phase
    const TimelineParams& params() const { return params_; }

private:
    std::vector<PhaseSpan> phases_;
    TimelineParams params_;
};

// The phases of the scene's view, sized by its traces (the scene must be valid).
Result<std::vector<PhaseSpan>> phases_for(const Scene& scene);

}  // namespace convviz
