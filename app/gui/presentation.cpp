#include "app/gui/presentation.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace convviz {

std::optional<Clicker> clicker_for_key(int glfw_key) {
    switch (glfw_key) {
        case GLFW_KEY_PAGE_DOWN:
        case GLFW_KEY_RIGHT:
        case GLFW_KEY_DOWN:
            return Clicker::next;
        case GLFW_KEY_PAGE_UP:
        case GLFW_KEY_LEFT:
        case GLFW_KEY_UP:
            return Clicker::previous;
        case GLFW_KEY_SPACE:
            return Clicker::play_pause;
        case GLFW_KEY_B:
        case GLFW_KEY_PERIOD:
            return Clicker::blank;
        case GLFW_KEY_HOME:
            return Clicker::first;
        case GLFW_KEY_END:
            return Clicker::last;
        case GLFW_KEY_ESCAPE:
            return Clicker::leave;
        case GLFW_KEY_P:
            return Clicker::strip;
        default:
            return std::nullopt;
    }
}

std::optional<int> key_code(std::string_view name) {
    constexpr struct {
        std::string_view name;
        int code;
    } kKeys[] = {{"PageDown", GLFW_KEY_PAGE_DOWN}, {"PageUp", GLFW_KEY_PAGE_UP}, {"Right", GLFW_KEY_RIGHT},
                 {"Left", GLFW_KEY_LEFT},          {"Up", GLFW_KEY_UP},          {"Down", GLFW_KEY_DOWN},
                 {"Space", GLFW_KEY_SPACE},        {"B", GLFW_KEY_B},            {"Period", GLFW_KEY_PERIOD},
                 {"Home", GLFW_KEY_HOME},          {"End", GLFW_KEY_END},        {"Escape", GLFW_KEY_ESCAPE},  {"Enter", GLFW_KEY_ENTER},
                 {"F5", GLFW_KEY_F5},              {"P", GLFW_KEY_P},            {"F9", GLFW_KEY_F9}};
    for (const auto& key : kKeys) {
        if (key.name == name) return key.code;
    }
    if (name.size() == 1 && name[0] >= 'A' && name[0] <= 'Z') return GLFW_KEY_A + (name[0] - 'A');
    return std::nullopt;
}

SceneMove Presentation::press(Clicker key, AppState& state, bool has_next, bool has_previous) {
    if (blank) {
        // A clicker's first press after a blank shows the picture again and does nothing else,
        // so the teacher does not skip a step they have not shown.
        blank = false;
        return SceneMove::none;
    }
    switch (key) {
        case Clicker::next:
            if (state.at_end()) return has_next ? SceneMove::next : SceneMove::none;
            state.step_by(1);
            break;
        case Clicker::previous:
            if (state.at_start()) return has_previous ? SceneMove::previous : SceneMove::none;
            state.step_by(-1);
            break;
        case Clicker::play_pause: state.toggle_playing(); break;
        case Clicker::blank: blank = true; break;
        case Clicker::first: state.to_start(); break;
        case Clicker::last: state.to_end(); break;
        case Clicker::leave: on = false; break;
        case Clicker::strip: strip = !strip; break;
    }
    return SceneMove::none;
}

}  // namespace convviz
