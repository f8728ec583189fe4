// What presentation mode draws over the canvas: the blank screen, the mouse pointer as a large
// highlight while it moves (the system cursor is hidden), and the progress strip (step k of n, the
// lesson's scene and title). Drawing only: the keys are Presentation's.
#pragma once

#include "app/model/app_state.hpp"
#include "app/model/document.hpp"
#include "app/gui/presentation.hpp"

namespace convviz {

// The mouse in presentation mode: shown, and allowed to hover a cell, only while it moves. A
// pointer resting where it was when the presentation began draws no ring and no tooltip.
struct Pointer {
    float x = -1.0f, y = -1.0f;
    double moved_at = -1e9;  // seconds; the highlight fades out after it stops

    void see(float mouse_x, float mouse_y, double now);  // the mouse's place now; the first is no move
    bool moving(double now) const;                       // it moved within the last 1.5 s
};

// The step on screen as the status bar and the Arithmetic panel count it (Timeline::step_count).
StepCount step_count(const AppState& state);

void draw_presentation_overlay(const Presentation& present, const AppState& state, const LessonDocument& lesson,
                               Pointer& pointer, double now);

}  // namespace convviz
