#include "app/cli/subcommands.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <ostream>

#include "app/cli/op_options.hpp"

namespace convviz {

CLI::App* add_compute_command(CLI::App& app, ComputeRequest& request) {
    CLI::App* command = app.add_subcommand(
        "compute", "Run op cases (JSON, the format of shared/testdata/torch/README.md) and print JSON results");
    command->add_option("files", request.files, "Case files: one case object or an array of them each")
        ->required();
    command->add_flag("--check", request.check,
                      "Compare with each case's expected / expected_error; print failures and 'N passed, M failed' (default: off)");
    return command;
}

CLI::App* add_export_command(CLI::App& app, ExportRequest& request) {
    CLI::App* command = app.add_subcommand(
        "export", "Write an animation as a GIF, a PNG sequence or an MP4, with no window and no display");
    command->add_option("--preset", request.preset, "A built-in preset's id (convviz --list-presets)");
    command->add_option("--scene", request.scene_file, "A scene file (JSON)");
    command->add_option("--op", request.op.op,
                     "An op set by the flags below, as in `convviz shape`: conv2d, conv_transpose2d, max_pool2d, ...");
    request.op_options = add_op_options(command, request.op, "--upsample-size");
    command->add_option("--fill", request.fill, "With --op: the tensors' values: integers, normals, ones or arange");
    command->add_option("--seed", request.seed, "With --op: the fill's seed, 0 to 18446744073709551615");
    command->add_option("--view", request.view,
                     "conv, scatter, gather, crop, matrix, pool, unpool, upsample, shuffle or compare (empty: the scene's)");
    command->add_option("-o,--output", request.output, "OUT.gif, OUT.png (OUT_0000.png, OUT_0001.png, ...) or OUT.mp4");
    command->add_option("--all-presets", request.all_presets, "Write every preset's animation into this folder as ID.FORMAT");
    command->add_option("--presets", request.presets,
                     "With --all-presets: only these ids (commas), or conv_arithmetic for the 19 figures (empty: all)");
    command->add_option("--format", request.format, "With --all-presets: gif, png or mp4");
    command->add_option("--size", request.size, "Width and height in pixels, WxH");
    command->add_option("--fps", request.fps,
                     "Frames a second, sampling the animation as the app plays it (0: one frame per step)");
    command->add_option("--seconds-per-step", request.seconds_per_step,
                     "Seconds each step stays on screen (a transition takes 1.5 steps)");
    command->add_option("--tween", request.tween,
                     "In-between frames of the motion after each step, the transitions included (0: none)");
    command->add_option("--from", request.from, "Only frames from this time on (seconds into the animation)");
    command->add_option("--to", request.to, "Only frames up to this time (seconds into the animation)");
    command->add_option("--theme", request.theme, "light, dark or contrast");
    command->add_option("--lang", request.lang, "The words in the frames: en or zh-CN (a Chinese font is needed)");
    command->add_flag("--transparent", request.transparent, "No page behind the frame (GIF, PNG; default: off)");
    command->add_flag("--no-labels", request.no_labels, "Leave out titles, labels, formulas and captions (default: off)");
    command->add_option("--loop", request.loop, "GIF: how many times it plays, 0 for ever");
    command->add_flag("--force", request.force, "Replace existing files (default: off)");
    command->add_flag("--verbose", request.verbose, "Say how it rendered (EGL or a hidden window) and how long it took (default: off)");
    return command;
}

CLI::App* add_frame_command(CLI::App& app, FrameRequest& request) {
    CLI::App* command = app.add_subcommand("frame", "Print the frame on screen at time t as JSON");
    command->add_option("--preset", request.preset, "A built-in preset's id (convviz --list-presets)");
    command->add_option("--scene", request.scene_file, "A scene file (JSON)");
    command->add_option("--view", request.view,
                          "conv, scatter, gather, crop, matrix, pool, unpool, upsample, shuffle or compare (empty: the scene's)");
    command->add_option("--t", request.t, "Time in seconds")->required();
    command->add_option("--width", request.width, "Frame width in frame units");
    command->add_option("--height", request.height, "Frame height in frame units");
    command->add_flag("--pretty", request.pretty, "Indent the JSON (default: one line)");
    command->add_option("--lang", request.lang, "The words in the frame: en or zh-CN");
    return command;
}

int run_export_command(const CLI::App& command, ExportRequest& request, std::ostream& out, std::ostream& err) {
    for (const CLI::Option* option : command.get_options()) {
        if (option->count() > 0) request.given.push_back(option->get_name());
    }
    // The file system can throw (a folder one may not read, a name too long): a message, never an
    // abort.
    try {
        return run_export(request, out, err);
    } catch (const std::exception& e) {
        err << "convviz export: " << e.what() << "\n";
        return 2;
    }
}

}  // namespace convviz
