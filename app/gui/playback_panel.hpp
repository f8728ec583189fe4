// Playback: play/pause, step back and forward, start and end, a scrub slider over the whole
// timeline, speed and loop. The same as keys are commands (app_commands.cpp). UI only: it moves
// AppState's playback.
#pragma once

#include "app/model/app_state.hpp"

namespace convviz {

struct PlaybackPanel {
    void draw(AppState& state);
};

// One speed faster (`direction` > 0) or slower, among the speed slider's round values.
void change_speed(Playback& playback, int direction);

}  // namespace convviz
