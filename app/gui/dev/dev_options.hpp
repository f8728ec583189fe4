// The development modes' command-line options: --screenshot (with --at, --keys, --hover),
// --bench-frames, --export-to and --monkey, and --size for all of them. They measure and test the
// app; none is a user's feature. Declared on the command line here, checked here, run by
// dev_modes.hpp.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/frame/links.hpp"

namespace CLI {
class App;
}

namespace convviz {

// --size: below this the panels have no room, above it no display has the pixels.
inline constexpr int kMinWindowWidth = 320;
inline constexpr int kMinWindowHeight = 240;
inline constexpr int kMaxWindowSide = 8192;

// A key pressed for a frame, with its modifiers: "Right", "Ctrl+Z", "Ctrl+Shift+Z".
struct KeyStroke {
    int key = -1;  // a GLFW key code
    bool ctrl = false;
    bool shift = false;
};

struct DevOptions {
    std::string screenshot;        // write the window to this PNG and exit
    double at = 0.0;               // seconds into the animation, for the screenshot
    std::vector<std::string> commands;  // with --screenshot: commands run one a frame first, by id
    std::string typed;             // with --screenshot: then these characters typed, one a frame
    std::vector<KeyStroke> keys;   // with --screenshot: then keys pressed one by one
    std::optional<CellRef> hover;  // with --screenshot: show this cell's dependency links
    int width = 0;                 // the window's size; 0: 1280×720
    int height = 0;
    int64_t bench_frames = 0;      // > 0: render this many frames, print timings, exit
    int64_t bench_report_every = 0;  // with bench_frames: a line every N frames; 0: none
    bool export_dialog = false;    // open File → Export… at start
    std::string export_to;         // export to this file from the app's dialog at once, then exit
    bool export_canvas_size = false;  // with export_to: the canvas' own size
    int export_width = 0;          // with export_to: the size; 0: the dialog's
    int export_height = 0;
    int64_t export_cancel_after = -1;  // with export_to: press Cancel once this many frames are drawn
    int64_t monkey_seed = -1;      // ≥ 0: the monkey test with this seed (dev/monkey.hpp)
    double monkey_seconds = 60.0;  // with monkey_seed: stop after this long,
    int64_t monkey_frames = 0;     // or after this many frames (0: no limit), whichever comes first
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();

    bool monkey() const { return monkey_seed >= 0; }
    // A mode that measures the app: a fixed window, no settings read or written.
    bool measuring() const { return !screenshot.empty() || bench_frames > 0 || !export_to.empty() || monkey(); }
};

// The options as typed, before they are checked (sizes, keys and cells are text until then).
struct DevArguments {
    DevOptions options;
    std::string keys;
    std::string commands;
    std::string hover;
    std::string size;
    std::string export_size;
};

// Declares the options on `app`, to be read into `arguments`.
void add_dev_options(CLI::App& app, DevArguments& arguments);
// Checks what was given: an option of a mode not asked for, a size, a key or a cell that cannot
// be; the message for the command line, or none and `arguments.options` complete.
std::optional<std::string> check_dev_options(const CLI::App& app, DevArguments& arguments);

}  // namespace convviz
