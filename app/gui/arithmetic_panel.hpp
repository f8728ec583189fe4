// Arithmetic: the current step's products and their sum, exactly the canvas' caption (the same
// Frame text, so the numbers cannot disagree), unabridged and selectable; plus where the
// animation is (phase and step). UI only.
#pragma once

#include "app/model/app_state.hpp"

namespace convviz {

struct ArithmeticPanel {
    void draw(const AppState& state);
};

// Shows `text` with bytes [mark_begin, mark_end) in `mark` colour, wrapped to the panel.
void marked_text(const std::string& text, size_t mark_begin, size_t mark_end, unsigned int mark_colour);

}  // namespace convviz
