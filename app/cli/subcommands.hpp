// The command line's subcommands that need no window, declared on CLI11: compute, export and
// frame (shape is op_options.hpp's). Declaring is all this does; each runs from its own file.
#pragma once

#include <iosfwd>

#include "app/cli/compute.hpp"
#include "app/cli/export.hpp"
#include "app/cli/frame.hpp"

namespace CLI {
class App;
}

namespace convviz {

CLI::App* add_compute_command(CLI::App& app, ComputeRequest& request);
CLI::App* add_export_command(CLI::App& app, ExportRequest& request);
CLI::App* add_frame_command(CLI::App& app, FrameRequest& request);

// run_export with the options given on `command` named (export refuses those that would do
// nothing), and a file system that throws turned into a message.
int run_export_command(const CLI::App& command, ExportRequest& request, std::ostream& out, std::ostream& err);

}  // namespace convviz
