#include "app/gui/dev/dev_options.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "app/export/exporter.hpp"
#include "app/gui/presentation.hpp"
#include "core/text.hpp"

namespace convviz {

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

// "a,b,c" into its parts; none for "".
std::vector<std::string> split(const std::string& list) {
    std::vector<std::string> parts;
    for (size_t from = 0; !list.empty() && from <= list.size();) {
        const size_t comma = std::min(list.find(',', from), list.size());
        parts.push_back(list.substr(from, comma - from));
        from = comma + 1;
    }
    return parts;
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
    return cat(option, " must be between ", min_width, "×", min_height, " and ", max_side, "×", max_side,
               " pixels, but it is ", width, "×", height);
}

// An option of a mode not asked for would do nothing: refused, naming the mode it needs.
std::optional<std::string> option_without_mode(const CLI::App& app) {
    const struct {
        const char* option;
        std::vector<const char*> modes;
    } needs[] = {
        {"--at", {"--screenshot"}},
        {"--keys", {"--screenshot"}},
        {"--run", {"--screenshot"}},
        {"--type", {"--screenshot"}},
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
        if (std::any_of(need.modes.begin(), need.modes.end(), [&](const char* mode) { return app.count(mode) > 0; })) {
            continue;
        }
        std::string modes;
        for (size_t i = 0; i < need.modes.size(); ++i) {
            modes += cat(i == 0 ? "" : i + 1 == need.modes.size() ? " or " : ", ", need.modes[i]);
        }
        return cat(need.option, " applies only with ", modes);
    }
    return std::nullopt;
}

std::optional<std::string> read_sizes(DevArguments& a) {
    DevOptions& o = a.options;
    if (!a.size.empty()) {
        if (!parse_size(a.size, o.width, o.height)) return "--size must be WIDTHxHEIGHT, e.g. 1280x720, got '" + a.size + "'";
        if (auto e = size_out_of_range("--size", o.width, o.height, kMinWindowWidth, kMinWindowHeight, kMaxWindowSide)) {
            return e;
        }
    }
    o.export_canvas_size = a.export_size == "canvas";
    if (a.export_size.empty() || o.export_canvas_size) return std::nullopt;
    if (!parse_size(a.export_size, o.export_width, o.export_height)) {
        return "--export-size must be WIDTHxHEIGHT or canvas, got '" + a.export_size + "'";
    }
    return size_out_of_range("--export-size", o.export_width, o.export_height, kMinExportSide, kMinExportSide,
                             kMaxExportSide);
}

std::optional<std::string> read_keys_and_cell(DevArguments& a) {
    if (!a.hover.empty()) {
        const std::optional<std::vector<int>> cell = parse_ints(a.hover, ',');
        if (!cell || cell->size() != 3) return "--hover must be GRID,ROW,COL (three integers), got '" + a.hover + "'";
        a.options.hover = CellRef{(*cell)[0], (*cell)[1], (*cell)[2]};
    }
    for (const std::string& name : split(a.keys)) {
        KeyStroke stroke;
        std::string_view rest = name;
        for (const auto& [prefix, flag] : {std::pair{"Ctrl+", &stroke.ctrl}, std::pair{"Shift+", &stroke.shift}}) {
            if (rest.starts_with(prefix)) {
                *flag = true;
                rest.remove_prefix(std::string_view(prefix).size());
            }
        }
        const std::optional<int> key = key_code(rest);
        if (!key) {
            return "--keys takes PageDown, PageUp, Right, Left, Up, Down, Space, Period, Home, End, Escape, Enter, F5, F9 or "
                   "a letter A to Z, each maybe after Ctrl+ and Shift+, separated by commas, not '" + name + "'";
        }
        stroke.key = *key;
        a.options.keys.push_back(stroke);
    }
    a.options.commands = split(a.commands);
    return std::nullopt;
}

std::optional<std::string> check_ranges(const DevOptions& o) {
    if (o.monkey() && (!std::isfinite(o.monkey_seconds) || o.monkey_seconds <= 0.0 || o.monkey_frames < 0)) {
        return "--monkey takes a seed from 0 to 4294967295, --monkey-seconds more than 0 and --monkey-frames 0 or more";
    }
    if (o.bench_frames < 0 || o.bench_frames > 1'000'000) {
        return cat("--bench-frames must be between 1 and 1000000, got ", o.bench_frames);
    }
    if (!std::isfinite(o.at) || o.at < 0.0) return cat("--at must be a time in seconds, 0 or more, got ", o.at);
    return std::nullopt;
}

}  // namespace

void add_dev_options(CLI::App& app, DevArguments& a) {
    DevOptions& o = a.options;
    app.add_option("--screenshot", o.screenshot, "Render the whole window once to this PNG and exit");
    app.add_option("--at", o.at, "With --screenshot: seconds into the animation");
    app.add_option("--run", a.commands,
                   "With --screenshot: run these commands first, one a frame, by id (README lists them), e.g. "
                   "show.scatter,edit.undo");
    app.add_option("--type", o.typed, "With --screenshot: then type this text, a character a frame, where the focus is");
    app.add_option("--keys", a.keys,
                   "With --screenshot: then press these keys one by one (PageDown,PageUp,Right,Left,Up,Down,Space,"
                   "Period,Home,End,Escape,Enter,F5,F9, a letter; Ctrl+ and Shift+ before one hold them, e.g. Ctrl+Z)");
    app.add_option("--hover", a.hover, "With --screenshot: show the dependency links of cell GRID,ROW,COL of the frame");
    app.add_option("--size", a.size,
                   "With --screenshot, --bench-frames, --monkey or --export-to: window size WxH (empty: 1280x720)");
    app.add_option("--bench-frames", o.bench_frames,
                   "Render N frames of the playing animation and print 'frame_ms median=M p95=P max=X'");
    app.add_option("--bench-report-every", o.bench_report_every,
                   "With --bench-frames: every N frames print those frames' median and p95 and the resident memory (0: none)")
        ->check(CLI::Range(int64_t{0}, int64_t{1'000'000}));
    app.add_flag("--export-dialog", o.export_dialog, "Open File → Export… at start (default: off)");
    app.add_option("--export-to", o.export_to,
                   "Export to this file through the app's File → Export…, print the outcome and the window's frame times, exit");
    app.add_option("--export-size", a.export_size, "With --export-to: WxH, or canvas for the canvas' size (empty: the dialog's)");
    app.add_option("--export-cancel-after", o.export_cancel_after, "With --export-to: press Cancel after this many frames");
    app.add_option("--monkey", o.monkey_seed,
                   "The monkey test: random clicks, drags, keys and typing from this seed, every frame; prints the "
                   "seed, then one line of counts and the median frame time")
        ->check(CLI::Range(int64_t{0}, int64_t{0xFFFF'FFFF}));
    app.add_option("--monkey-seconds", o.monkey_seconds, "With --monkey: stop after this many seconds");
    app.add_option("--monkey-frames", o.monkey_frames, "With --monkey: stop after this many frames (0: no limit)");
}

std::optional<std::string> check_dev_options(const CLI::App& app, DevArguments& arguments) {
    if (auto e = option_without_mode(app)) return e;
    if (auto e = read_sizes(arguments)) return e;
    if (auto e = read_keys_and_cell(arguments)) return e;
    return check_ranges(arguments.options);
}

}  // namespace convviz
