// The right-hand panel: "What am I looking at?", Arithmetic, Shape and Code, each a collapsing
// section. The open sections share the panel's height (share_height in layout.hpp): a short one
// gets what it needs, the others split the rest and scroll within it, so an expanded Code section
// is in view without collapsing the others. In predict mode, Arithmetic and Shape stay covered
// until the guess. UI only: each section's content is its own panel's.
#pragma once

#include <array>

#include "app/model/app_state.hpp"
#include "app/gui/arithmetic_panel.hpp"
#include "app/gui/code_panel.hpp"
#include "app/gui/shape_panel.hpp"

namespace convviz {

struct ExplainPanel {
    ArithmeticPanel arithmetic;
    ShapePanel shape;
    CodePanel code;

    // Inside the panel's window, filling what is left of it.
    void draw(const AppState& state, bool covered);

private:
    std::array<float, 4> wanted_{};  // each section's content height last frame; 0: not measured
};

}  // namespace convviz
