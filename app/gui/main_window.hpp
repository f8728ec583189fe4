// One frame of the app's user interface inside ImGui's frame: the keys (as commands), the menu bar,
// the panels around the canvas, the canvas, the predict card, the Export dialog and the modals —
// or, presenting, the canvas alone with its overlay. UI only: what it changes, it changes through
// the commands and actions.
#pragma once

#include "app/gui/host.hpp"
#include "app/gui/workspace.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/render_target.hpp"

namespace convviz {

// `now`: seconds since the app began.
void draw_ui(Workspace& ws, Host& host, RenderTarget& target, double now);

// The keyboard this frame as the commands see it: ImGui's state and `injected_key`, a GLFW key code
// pressed for this frame by a development mode (−1: none).
KeyPress read_keys(const Workspace& ws, int injected_key);

}  // namespace convviz
