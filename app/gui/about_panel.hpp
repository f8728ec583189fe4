// "What am I looking at?": three or four sentences on the view on screen, in the interface's
// language, for a student alone. Text only.
#pragma once

#include "app/model/app_state.hpp"

namespace convviz {

void draw_about(const AppState& state);

}  // namespace convviz
