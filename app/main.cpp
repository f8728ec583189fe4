// convviz: argument parsing and dispatch only. Each subcommand lives in app/cli/.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <chrono>
#include <optional>
#include <string>
#include <vector>
#include <iostream>

#include "app/cli/compute.hpp"
#include "app/cli/frame.hpp"
#include "app/cli/shape.hpp"
#include "app/gui/app.hpp"

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

}  // namespace

int main(int argc, char** argv) {
    using namespace convviz;
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

    ShapeRequest shape;
    CLI::App* shape_cmd = app.add_subcommand("shape", "Print an op's output shape and its derivation");
    shape_cmd->add_option("op", shape.op,
                          "conv2d, conv_transpose2d, max_pool2d, avg_pool2d, max_unpool2d, upsample, "
                          "pixel_shuffle, pixel_unshuffle, conv2d_matrix")
        ->required();
    shape_cmd->add_option("--input", shape.input, "Input shape N,C,H,W")->required();
    shape_cmd->add_option("--kernel", shape.kernel, "Kernel (conv) or window (pooling) size: K or KH,KW");
    shape_cmd->add_option("--out-channels", shape.out_channels, "Conv output channels (empty: the input's)");
    shape_cmd->add_option("--stride", shape.stride, "S or SH,SW (empty: 1 for conv, the kernel for pooling)");
    shape_cmd->add_option("--padding", shape.padding, "P or PH,PW; conv2d also 'same' or 'valid'");
    shape_cmd->add_option("--output-padding", shape.output_padding, "conv_transpose2d: P or PH,PW");
    shape_cmd->add_option("--dilation", shape.dilation, "D or DH,DW");
    shape_cmd->add_option("--groups", shape.groups, "Conv groups");
    shape_cmd->add_option("--padding-mode", shape.padding_mode, "conv2d: zeros, reflect, replicate or circular");
    shape_cmd->add_flag("--ceil-mode", shape.ceil_mode, "Pooling: round the window count up (default: off)");
    shape_cmd->add_option("--count-include-pad", shape.count_include_pad, "avg_pool2d: true or false");
    shape_cmd->add_option("--divisor-override", shape.divisor_override, "avg_pool2d: divisor (empty: none)");
    shape_cmd->add_option("--output-size", shape.output_size, "max_unpool2d: H,W (empty: the default)");
    shape_cmd->add_option("--mode", shape.mode, "upsample: nearest, nearest-exact, bilinear or bicubic");
    shape_cmd->add_option("--size", shape.size, "upsample: output H,W");
    shape_cmd->add_option("--scale-factor", shape.scale_factor, "upsample: F or FH,FW");
    shape_cmd->add_option("--align-corners", shape.align_corners, "upsample: true or false (empty: unset)");
    shape_cmd->add_option("--factor", shape.factor, "pixel_shuffle / pixel_unshuffle factor");

    bool presets = false;
    app.add_flag("--list-presets", presets, "List the built-in presets' ids, one line each, and exit");
    app.add_option("--preset", gui.preset, "Open a built-in preset (convviz --list-presets)");
    app.add_option("--scene", gui.scene_file, "Open a scene file (JSON)");
    app.add_option("--view", gui.view, "conv, scatter, gather, crop, matrix, pool, unpool, upsample or shuffle (empty: the scene's)");
    app.add_option("--theme", gui.theme, "light or dark (empty: the saved setting)");
    app.add_option("--screenshot", gui.screenshot, "Render the whole window once to this PNG and exit");
    app.add_option("--at", gui.at, "With --screenshot: seconds into the animation");
    std::string hover;
    app.add_option("--hover", hover, "With --screenshot: show the dependency links of cell GRID,ROW,COL of the frame");
    std::string size;
    app.add_option("--size", size, "With --screenshot or --bench-frames: window size WxH (empty: 1280x720)");
    app.add_option("--bench-frames", gui.bench_frames,
                   "Render N frames of the playing animation and print 'frame_ms median=M p95=P max=X'");

    FrameRequest frame;
    CLI::App* frame_cmd = app.add_subcommand("frame", "Print the frame on screen at time t as JSON");
    frame_cmd->add_option("--preset", frame.preset, "A built-in preset's id (convviz --list-presets)");
    frame_cmd->add_option("--scene", frame.scene_file, "A scene file (JSON)");
    frame_cmd->add_option("--view", frame.view,
                          "conv, scatter, gather, crop, matrix, pool, unpool, upsample or shuffle (empty: the scene's)");
    frame_cmd->add_option("--t", frame.t, "Time in seconds")->required();
    frame_cmd->add_option("--width", frame.width, "Frame width in frame units");
    frame_cmd->add_option("--height", frame.height, "Frame height in frame units");
    frame_cmd->add_flag("--pretty", frame.pretty, "Indent the JSON (default: one line)");

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
    if (presets) return list_presets(std::cout);
    if (!size.empty()) {
        const std::optional<std::vector<int>> wh = parse_ints(size, 'x');
        if (!wh || wh->size() != 2) {
            std::cerr << "convviz: --size must be WIDTHxHEIGHT, e.g. 1280x720, got '" << size << "'\n";
            return 2;
        }
        gui.width = (*wh)[0];
        gui.height = (*wh)[1];
    }
    if (!hover.empty()) {
        const std::optional<std::vector<int>> cell = parse_ints(hover, ',');
        if (!cell || cell->size() != 3) {
            std::cerr << "convviz: --hover must be GRID,ROW,COL (three integers), got '" << hover << "'\n";
            return 2;
        }
        gui.hover = CellRef{(*cell)[0], (*cell)[1], (*cell)[2]};
    }
    return run_gui(gui, std::cout, std::cerr);
}
