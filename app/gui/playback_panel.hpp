// Playback: play/pause, step back and forward, start and end, a scrub slider over the whole
// timeline, speed and loop — and the same as keys (Space, ←/→, Home/End, +/−) when ImGui does not
// want the keyboard. UI only: it moves AppState's playback.
#pragma once

#include "app/gui/app_state.hpp"

namespace convviz {

struct PlaybackPanel {
    void draw(AppState& state);
    static void handle_keys(AppState& state);  // call once a frame, outside any text field
};

}  // namespace convviz
