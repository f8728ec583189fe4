// Presentation mode's state and what a presentation clicker's keys do to playback: PageDown/→ step
// on, PageUp/← step back, Space plays or pauses, B blanks the screen, Home/End, Esc leaves. At the
// last step of a lesson's scene, stepping on asks for the next scene (and back at the first, for
// the previous); the caller opens it. Pure logic over AppState: no ImGui, no window.
#pragma once

#include <optional>
#include <string_view>

#include "app/model/app_state.hpp"

namespace convviz {

enum class Clicker { next, previous, play_pause, blank, first, last, leave, strip };

// The clicker action of a GLFW key code, if it has one. Clickers send PageDown/PageUp, some the
// arrows, B or '.' for a black screen, and Esc/F5 for leaving and entering.
std::optional<Clicker> clicker_for_key(int glfw_key);

// A key's GLFW code by its name (PageDown, PageUp, Right, Left, Up, Down, Space, Period, Home, End,
// Escape, Enter, F5, F9, or a letter A to Z), for --keys, which drives the app in tests as a clicker (or a hand) would.
std::optional<int> key_code(std::string_view name);

enum class SceneMove { none, next, previous };

struct Presentation {
    bool on = false;
    bool blank = false;  // the screen black; any clicker key brings the picture back
    bool strip = true;   // the progress strip at the bottom

    // Applies a key. `has_next` / `has_previous`: whether the lesson has a scene after / before.
    SceneMove press(Clicker key, AppState& state, bool has_next, bool has_previous);
};

}  // namespace convviz
