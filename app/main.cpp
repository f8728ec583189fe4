// convviz: argument parsing and dispatch only. Each subcommand lives in app/cli/, the app in
// app/gui/ (its development modes in app/gui/dev/).
#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <new>

#include "app/cli/op_options.hpp"
#include "app/cli/shape.hpp"
#include "app/cli/subcommands.hpp"
#include "app/gui/run.hpp"

namespace {

int run_main(int argc, char** argv) {
    using namespace convviz;
    // An MP4 export writes into ffmpeg's pipe: if ffmpeg dies, that must be an error message
    // (EPIPE), not a silent death of this process.
    std::signal(SIGPIPE, SIG_IGN);
    DevArguments dev;
    CLI::App app{"ConvViz: convolution arithmetic, exactly as PyTorch computes it.\n"
                 "With no subcommand, opens the app on the default scene (a ConvTranspose2d, stride 2, padding 1)."};
    app.option_defaults()->always_capture_default();
    app.require_subcommand(0, 1);

    ComputeRequest compute;
    CLI::App* compute_cmd = add_compute_command(app, compute);
    OpRequest shape;
    CLI::App* shape_cmd = add_shape_command(app, shape);
    ExportRequest exporting;
    CLI::App* export_cmd = add_export_command(app, exporting);
    FrameRequest frame;
    CLI::App* frame_cmd = add_frame_command(app, frame);

    bool presets = false;
    app.add_flag("--list-presets", presets, "List the built-in presets' ids, one line each, and exit");
    AppOptions options;
    add_app_options(app, options);
    add_dev_options(app, dev);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help exits 0 through here; a bad command line exits 2 with CLI11's message.
        return app.exit(e) == 0 ? 0 : 2;
    }
    if (compute_cmd->parsed()) return run_compute(compute, std::cout, std::cerr);
    if (shape_cmd->parsed()) return run_shape(shape, std::cout, std::cerr);
    if (frame_cmd->parsed()) return run_frame(frame, std::cout, std::cerr);
    if (export_cmd->parsed()) return run_export_command(*export_cmd, exporting, std::cout, std::cerr);
    if (presets) return list_presets(std::cout);
    if (std::optional<std::string> error = check_dev_options(app, dev)) {
        std::cerr << "convviz: " << *error << "\n";
        return 2;
    }
    return run_app(options, dev.options, std::cout, std::cerr);
}

}  // namespace

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
