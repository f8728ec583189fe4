// convviz: argument parsing and dispatch only. Each subcommand lives in app/cli/.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <csignal>
#include <chrono>
#include <optional>
#include <string>
#include <vector>
#include <iostream>
#include <new>

#include "app/cli/compute.hpp"
#include "app/cli/export.hpp"
#include "app/cli/frame.hpp"
#include "app/cli/op_options.hpp"
#include "app/cli/shape.hpp"
#include "app/export/exporter.hpp"
#include "app/gui/app.hpp"
#include "app/gui/presentation.hpp"
#include "core/text.hpp"

namespace {

// "640x480" or "2,0,1": integers split at `separator`; none if any part is not a whole int.
std::optional<std::vector<int>> parse_ints(const std::string& text, char separator) {
    std::vector<int> values;
    size_t begin = 0;
    while (true) {
        const size_t end = std::min(text.find(separator, begin), text.size());
        int value = 0;
        const auto [stop, error] = std::from_chars(text.data() + begin, text.data() + end, value);
        if (error != std::errc() || stop != text.data() + end || begin == end) return std::nullopt;
        values.push_back(value);
        if (end == text.size()) return values;
        begin = end + 1;
    }
}

// "1280x720" into width and height; false if it is not two whole numbers.
bool parse_size(const std::string& text, int& width, int& height) {
    const std::optional<std::vector<int>> wh = parse_ints(text, 'x');
    if (!wh || wh->size() != 2) return false;
    width = (*wh)[0];
    height = (*wh)[1];
    return true;
}

// A size outside its range is refused with the range, never replaced by a default in silence.
std::optional<std::string> size_out_of_range(const char* option, int width, int height, int min_width, int min_height,
                                             int max_side) {
    if (width >= min_width && height >= min_height && width <= max_side && height <= max_side) return std::nullopt;
    return convviz::cat("convviz: ", option, " must be between ", min_width, "×", min_height, " and ", max_side, "×",
                        max_side, " pixels, but it is ", width, "×", height);
}

}  // namespace

static int run_main(int argc, char** argv) {
    using namespace convviz;
    // An MP4 export writes into ffmpeg's pipe: if ffmpeg dies, that must be an error message
    // (EPIPE), not a silent death of this process.
    std::signal(SIGPIPE, SIG_IGN);
    GuiOptions gui;
    gui.started = std::chrono::steady_clock::now();
    CLI::App app{"ConvViz: convolution arithmetic, exactly as PyTorch computes it.\n"
                 "With no subcommand, opens the app on the default scene (a ConvTranspose2d, stride 2, padding 1)."};
    app.option_defaults()->always_capture_default();
    app.require_subcommand(0, 1);

    ComputeRequest compute;
    CLI::App* compute_cmd = app.add_subcommand(
        "compute", "Run op cases (JSON, the format of shared/testdata/torch/README.md) and print JSON results");
    compute_cmd->add_option("files", compute.files, "Case files: one case object or an array of them each")
        ->required();
    compute_cmd->add_flag("--check", compute.check,
                          "Compare with each case's expected / expected_error; print failures and 'N passed, M failed' (default: off)");

    OpRequest shape;
    CLI::App* shape_cmd = add_shape_command(app, shape);

    ExportRequest exporting;
    CLI::App* export_cmd = app.add_subcommand(
        "export", "Write an animation as a GIF, a PNG sequence or an MP4, with no window and no display");
    export_cmd->add_option("--preset", exporting.preset, "A built-in preset's id (convviz --list-presets)");
    export_cmd->add_option("--scene", exporting.scene_file, "A scene file (JSON)");
    export_cmd->add_option("--op", exporting.op.op,
                           "An op set by the flags below, as in `convviz shape`: conv2d, conv_transpose2d, max_pool2d, ...");
    exporting.op_options = add_op_options(export_cmd, exporting.op, "--upsample-size");
    export_cmd->add_option("--fill", exporting.fill, "With --op: the tensors' values: integers, normals, ones or arange");
    export_cmd->add_option("--seed", exporting.seed, "With --op: the fill's seed, 0 to 18446744073709551615");
    export_cmd->add_option("--view", exporting.view,
                           "conv, scatter, gather, crop, matrix, pool, unpool, upsample, shuffle or compare (empty: the scene's)");
    export_cmd->add_option("-o,--output", exporting.output, "OUT.gif, OUT.png (OUT_0000.png, OUT_0001.png, ...) or OUT.mp4");
    export_cmd->add_option("--all-presets", exporting.all_presets, "Write every preset's animation into this folder as ID.FORMAT");
    export_cmd->add_option("--presets", exporting.presets,
                           "With --all-presets: only these ids (commas), or conv_arithmetic for the 19 figures (empty: all)");
    export_cmd->add_option("--format", exporting.format, "With --all-presets: gif, png or mp4");
    export_cmd->add_option("--size", exporting.size, "Width and height in pixels, WxH");
    export_cmd->add_option("--fps", exporting.fps,
                           "Frames a second, sampling the animation as the app plays it (0: one frame per step)");
    export_cmd->add_option("--seconds-per-step", exporting.seconds_per_step,
                           "Seconds each step stays on screen (a transition takes 1.5 steps)");
    export_cmd->add_option("--tween", exporting.tween,
                           "In-between frames of the motion after each step, the transitions included (0: none)");
    export_cmd->add_option("--from", exporting.from, "Only frames from this time on (seconds into the animation)");
    export_cmd->add_option("--to", exporting.to, "Only frames up to this time (seconds into the animation)");
    export_cmd->add_option("--theme", exporting.theme, "light, dark or contrast");
    export_cmd->add_option("--lang", exporting.lang, "The words in the frames: en or zh-CN (a Chinese font is needed)");
    export_cmd->add_flag("--transparent", exporting.transparent, "No page behind the frame (GIF, PNG; default: off)");
    export_cmd->add_flag("--no-labels", exporting.no_labels, "Leave out titles, labels, formulas and captions (default: off)");
    export_cmd->add_option("--loop", exporting.loop, "GIF: how many times it plays, 0 for ever");
    export_cmd->add_flag("--force", exporting.force, "Replace existing files (default: off)");
    export_cmd->add_flag("--verbose", exporting.verbose, "Say how it rendered (EGL or a hidden window) and how long it took (default: off)");

    bool presets = false;
    app.add_flag("--list-presets", presets, "List the built-in presets' ids, one line each, and exit");
    app.add_option("--preset", gui.preset, "Open a built-in preset (convviz --list-presets)");
    app.add_option("--scene", gui.scene_file, "Open a scene file (JSON)");
    app.add_option("--view", gui.view, "conv, scatter, gather, crop, matrix, pool, unpool, upsample, shuffle or compare (empty: the scene's)");
    app.add_option("--theme", gui.theme, "light, dark or contrast (empty: the saved setting)");
    app.add_option("--lang", gui.lang, "The interface's language: en or zh-CN (empty: the saved choice, else the system's)");
    app.add_option("--lesson", gui.lesson, "Open a lesson file (.convviz-lesson), or builtin for the built-in lesson, at its first scene");
    app.add_flag("--present", gui.present, "Start in presentation mode (F5 enters it, Esc leaves it) (default: off)");
    app.add_flag("--predict", gui.predict, "Start in predict mode: guess each output's shape before it runs (default: off)");
    app.add_option("--screenshot", gui.screenshot, "Render the whole window once to this PNG and exit");
    app.add_option("--at", gui.at, "With --screenshot: seconds into the animation");
    std::string keys;
    app.add_option("--keys", keys, "With --screenshot: press these keys one by one first (PageDown,PageUp,Right,Left,Up,Down,Space,B,Period,Home,End,Escape,F5,P,F9)");
    std::string hover;
    app.add_option("--hover", hover, "With --screenshot: show the dependency links of cell GRID,ROW,COL of the frame");
    std::string size;
    app.add_option("--size", size, "With --screenshot, --bench-frames, --monkey or --export-to: window size WxH (empty: 1280x720)");
    app.add_option("--bench-frames", gui.bench_frames,
                   "Render N frames of the playing animation and print 'frame_ms median=M p95=P max=X'");
    app.add_option("--bench-report-every", gui.bench_report_every,
                   "With --bench-frames: every N frames print those frames' median and p95 and the resident memory (0: none)")
        ->check(CLI::Range(int64_t{0}, int64_t{1'000'000}));

    app.add_flag("--export-dialog", gui.export_dialog, "Open File → Export… at start (default: off)");
    app.add_option("--export-to", gui.export_to,
                   "Export to this file through the app's File → Export…, print the outcome and the window's frame times, exit");
    std::string export_size;
    app.add_option("--export-size", export_size, "With --export-to: WxH, or canvas for the canvas' size (empty: the dialog's)");
    app.add_option("--export-cancel-after", gui.export_cancel_after, "With --export-to: press Cancel after this many frames");

    app.add_option("--monkey", gui.monkey_seed,
                   "The monkey test: random clicks, drags, keys and typing from this seed, every frame; prints the "
                   "seed, then one line of counts and the median frame time")
        ->check(CLI::Range(int64_t{0}, int64_t{0xFFFF'FFFF}));
    app.add_option("--monkey-seconds", gui.monkey_seconds, "With --monkey: stop after this many seconds");
    app.add_option("--monkey-frames", gui.monkey_frames, "With --monkey: stop after this many frames (0: no limit)");

    FrameRequest frame;
    CLI::App* frame_cmd = app.add_subcommand("frame", "Print the frame on screen at time t as JSON");
    frame_cmd->add_option("--preset", frame.preset, "A built-in preset's id (convviz --list-presets)");
    frame_cmd->add_option("--scene", frame.scene_file, "A scene file (JSON)");
    frame_cmd->add_option("--view", frame.view,
                          "conv, scatter, gather, crop, matrix, pool, unpool, upsample, shuffle or compare (empty: the scene's)");
    frame_cmd->add_option("--t", frame.t, "Time in seconds")->required();
    frame_cmd->add_option("--width", frame.width, "Frame width in frame units");
    frame_cmd->add_option("--height", frame.height, "Frame height in frame units");
    frame_cmd->add_flag("--pretty", frame.pretty, "Indent the JSON (default: one line)");
    frame_cmd->add_option("--lang", frame.lang, "The words in the frame: en or zh-CN");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help exits 0 through here; a bad command line exits 2 with CLI11's message.
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (compute_cmd->parsed()) return run_compute(compute, std::cout, std::cerr);
    if (shape_cmd->parsed()) return run_shape(shape, std::cout, std::cerr);
    if (frame_cmd->parsed()) return run_frame(frame, std::cout, std::cerr);
    if (export_cmd->parsed()) {
        // The file system can throw (a folder one may not read, a name too long): a message, never
        // an abort.
        for (const CLI::Option* option : export_cmd->get_options()) {
            if (option->count() > 0) exporting.given.push_back(option->get_name());
        }
        try {
            return run_export(exporting, std::cout, std::cerr);
        } catch (const std::exception& e) {
            std::cerr << "convviz export: " << e.what() << "\n";
            return 2;
        }
    }
    if (presets) return list_presets(std::cout);
    // An option of a mode not asked for would do nothing: refused, naming the mode it needs.
    const struct {
        const char* option;
        std::vector<const char*> modes;
    } needs[] = {
        {"--at", {"--screenshot"}},
        {"--keys", {"--screenshot"}},
        {"--hover", {"--screenshot"}},
        {"--size", {"--screenshot", "--bench-frames", "--monkey", "--export-to"}},
        {"--bench-report-every", {"--bench-frames"}},
        {"--export-size", {"--export-to"}},
        {"--export-cancel-after", {"--export-to"}},
        {"--monkey-seconds", {"--monkey"}},
        {"--monkey-frames", {"--monkey"}},
    };
    for (const auto& need : needs) {
        if (app.count(need.option) == 0) continue;
        if (std::none_of(need.modes.begin(), need.modes.end(), [&](const char* mode) { return app.count(mode) > 0; })) {
            std::string modes;
            for (size_t i = 0; i < need.modes.size(); ++i) {
                modes += convviz::cat(i == 0 ? "" : i + 1 == need.modes.size() ? " or " : ", ", need.modes[i]);
            }
            std::cerr << "convviz: " << need.option << " applies only with " << modes << "\n";
            return 2;
        }
    }
    if (!size.empty() && !parse_size(size, gui.width, gui.height)) {
        std::cerr << "convviz: --size must be WIDTHxHEIGHT, e.g. 1280x720, got '" << size << "'\n";
        return 2;
    }
    if (const std::optional<std::string> e = size.empty() ? std::nullopt
                                             : size_out_of_range("--size", gui.width, gui.height, kMinWindowWidth,
                                                                 kMinWindowHeight, kMaxWindowSide)) {
        std::cerr << *e << "\n";
        return 2;
    }
    gui.export_canvas_size = export_size == "canvas";
    if (!export_size.empty() && !gui.export_canvas_size && !parse_size(export_size, gui.export_width, gui.export_height)) {
        std::cerr << "convviz: --export-size must be WIDTHxHEIGHT or canvas, got '" << export_size << "'\n";
        return 2;
    }
    if (const std::optional<std::string> e =
            export_size.empty() || gui.export_canvas_size
                ? std::nullopt
                : size_out_of_range("--export-size", gui.export_width, gui.export_height, kMinExportSide,
                                    kMinExportSide, kMaxExportSide)) {
        std::cerr << *e << "\n";
        return 2;
    }
    if (!hover.empty()) {
        const std::optional<std::vector<int>> cell = parse_ints(hover, ',');
        if (!cell || cell->size() != 3) {
            std::cerr << "convviz: --hover must be GRID,ROW,COL (three integers), got '" << hover << "'\n";
            return 2;
        }
        gui.hover = CellRef{(*cell)[0], (*cell)[1], (*cell)[2]};
    }
    for (size_t from = 0; !keys.empty() && from <= keys.size();) {
        const size_t comma = std::min(keys.find(',', from), keys.size());
        const std::string name = keys.substr(from, comma - from);
        const std::optional<int> key = key_code(name);
        if (!key) {
            std::cerr << "convviz: --keys takes PageDown, PageUp, Right, Left, Up, Down, Space, B, Period, Home, End, "
                         "Escape, F5, P or F9, separated by commas, not '" << name << "'\n";
            return 2;
        }
        gui.keys.push_back(*key);
        from = comma + 1;
    }
    return run_gui(gui, std::cout, std::cerr);
}

int main(int argc, char** argv) {
    // Every size a user can ask for is bounded (README, size limits); should memory still run out
    // (a smaller machine, a limit on the process), a message and exit 2, never an abort.
    try {
        return run_main(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << "convviz: out of memory; nothing was written. Try a smaller scene or view.\n";
        return 2;
    }
}
