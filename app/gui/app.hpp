// The desktop app: opens the window, builds the first scene (a preset, a scene file, the last
// session's, or the default), and runs the loop — panels, canvas, keys — until the window closes.
// Also its measuring modes: --screenshot (render the whole window once, write a PNG, exit),
// --bench-frames (render N frames of a playing animation, print frame times) and --export-to
// (run File → Export… to a file while the window keeps drawing, print the export's outcome and the
// window's frame times meanwhile, exit), and the monkey test (--monkey: random input every frame
// from a printed seed, then a line of what it did).
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/frame/links.hpp"

namespace convviz {

// --size for a screenshot, a benchmark or the monkey: below this the panels have no room, above it
// no display has the pixels.
inline constexpr int kMinWindowWidth = 320;
inline constexpr int kMinWindowHeight = 240;
inline constexpr int kMaxWindowSide = 8192;

struct GuiOptions {
    std::string preset;           // a built-in preset's id
    std::string scene_file;       // a scene file
    std::string view;             // a view name; empty: the scene's own
    std::string theme;            // "light", "dark" or "contrast"; empty: the settings'
    std::string lang;             // "en" or "zh-CN"; empty: the settings', else the system's
    std::string lesson;           // a lesson file, or "builtin"; opens at its first scene
    bool present = false;         // start in presentation mode
    bool predict = false;         // start in predict mode
    std::vector<int> keys;        // with --screenshot: GLFW key codes pressed one by one before it
    std::string screenshot;       // write the window to this PNG and exit
    double at = 0.0;              // seconds into the animation, for the screenshot
    int width = 0;                // window size for screenshots and benchmarks; 0: 1280×720
    int height = 0;
    std::optional<CellRef> hover; // with --screenshot: show this cell's dependency links
    int64_t bench_frames = 0;     // > 0: render this many frames, print timings, exit
    int64_t bench_report_every = 0;  // with bench_frames: a line every N frames (its window's times, memory); 0: none
    bool export_dialog = false;   // open File → Export… at start
    std::string export_to;        // export to this file from the app's dialog at once, then exit
    bool export_canvas_size = false;  // with export_to: the canvas' own size
    int export_width = 0;         // with export_to: the size; 0: the dialog's
    int export_height = 0;
    int64_t export_cancel_after = -1;  // with export_to: press Cancel once this many frames are drawn
    int64_t monkey_seed = -1;     // ≥ 0: the monkey test with this seed (app/gui/monkey.hpp)
    double monkey_seconds = 60.0; // with monkey_seed: stop after this long,
    int64_t monkey_frames = 0;    // or after this many frames (0: no limit), whichever comes first
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

// Exit status: 0, or 2 with a message on `err` (a bad option, no display, an unwritable PNG).
int run_gui(const GuiOptions& options, std::ostream& out, std::ostream& err);

}  // namespace convviz
