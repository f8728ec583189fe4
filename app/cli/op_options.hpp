// The command line's op flags (--input, --kernel, --stride, ...), shared by `convviz shape` and
// `convviz export`, and the `shape` subcommand itself: CLI11 declarations only, filling an
// OpRequest's text fields. Reading those texts is op_request's job.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "app/cli/op_request.hpp"

namespace convviz {

// The options come from the ops' description (core/op_params), one per parameter name, plus
// --input, --kernel, --out-channels and --torch. `export` has its own --size (the picture's), so
// there Upsample's is --upsample-size. Returns the long names of the options added ("--input",
// ...) but --torch: `export` refuses them without --op, and takes --torch instead of --op.
std::vector<std::string> add_op_options(CLI::App* cmd, OpRequest& op, const char* upsample_size = "--size");

// `convviz shape OP --input N,C,H,W ...` or `convviz shape --torch LINE` into `request`.
CLI::App* add_shape_command(CLI::App& app, OpRequest& request);

}  // namespace convviz
