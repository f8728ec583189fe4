// `convviz frame (--preset ID | --scene FILE) [--view VIEW] [--lang en|zh-CN] --t SECONDS`: composes
// the frame on screen at time t and prints it as JSON; `convviz --list-presets`: the preset ids, one
// line each.
// No argument parsing here: main.cpp does that.
#pragma once

#include <iosfwd>
#include <string>

namespace convviz {

struct FrameRequest {
    std::string preset;      // a built-in preset's id, or
    std::string scene_file;  // a scene file
    std::string view;        // empty: the scene's own view
    double t = 0.0;          // seconds
    float width = 1280.0f;   // frame size in frame units
    float height = 720.0f;
    bool pretty = false;     // indented JSON
    std::string lang = "en"; // the frame's words: en or zh-CN
};

// Exit status: 0 printed; 2 the scene could not be loaded or composed (the message says why).
int run_frame(const FrameRequest& request, std::ostream& out, std::ostream& err);

int list_presets(std::ostream& out);

}  // namespace convviz
