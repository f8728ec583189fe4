// Playback: play/pause, step back and forward, start and end, a scrub slider over the whole
// timeline, speed and loop — and the same as keys (Space, ←/→ and a clicker's PageDown/PageUp,
// Home/End, +/−) when ImGui does not want the keyboard. UI only: it moves AppState's playback.
#pragma once

#include "app/model/app_state.hpp"

namespace convviz {

struct PlaybackPanel {
    void draw(AppState& state);
    // Call once a frame, outside any text field. injected_key: a GLFW key code pressed this
    // frame by --keys (the screenshot mode's), as if on the keyboard; −1 for none.
    static void handle_keys(AppState& state, int injected_key = -1);
};

}  // namespace convviz
