// The app from the command line: its options (what to open, how to look) declared on CLI11, and
// running it — as the user's app, or in a development mode when one of dev_options.hpp's is given.
#pragma once

#include <iosfwd>

#include "app/gui/app.hpp"
#include "app/gui/dev/dev_options.hpp"

namespace CLI {
class App;
}

namespace convviz {

void add_app_options(CLI::App& app, AppOptions& options);

// Exit status: 0, or 2 with a message on `err` (a bad option, no display, an unwritable PNG).
int run_app(const AppOptions& options, const DevOptions& dev, std::ostream& out, std::ostream& err);

}  // namespace convviz
