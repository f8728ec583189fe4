// The development modes: the app opened as a measuring instrument, driven through App::frame()
// and the commands like a user's app, then closed. --screenshot writes the window after a few
// frames (and --keys), --bench-frames times frames, --export-to runs File → Export… while the
// window draws, --monkey plays random input. Each mode is its own file in app/gui/dev/.
#pragma once

#include <iosfwd>

#include "app/gui/app.hpp"
#include "app/gui/dev/dev_options.hpp"

namespace convviz {

// Opens the app as `dev` asks and runs its mode. Exit status: 0, or 2 with a message on `err`.
int run_dev_mode(const AppOptions& options, const DevOptions& dev, std::ostream& out, std::ostream& err);

int take_screenshot(App& app, const DevOptions& dev, std::ostream& out, std::ostream& err);
int bench_frames(App& app, const DevOptions& dev, std::ostream& out);
int export_from_app(App& app, const DevOptions& dev, std::ostream& out, std::ostream& err);
int run_monkey(App& app, const DevOptions& dev, std::ostream& out, std::ostream& err);

}  // namespace convviz
