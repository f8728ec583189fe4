#include "app/gui/dev/dev_modes.hpp"

#include <ostream>


namespace convviz {

namespace {

// The animation advances 1/60 s a frame in every mode, whatever the machine's speed, so that a
// run can be repeated.
constexpr double kDevFrameSeconds = 1.0 / 60.0;

}  // namespace

int run_dev_mode(const AppOptions& options, const DevOptions& dev, std::ostream& out, std::ostream& err) {
    // Measurements and the monkey test are reproducible: a fixed window, English unless asked,
    // and neither reads the user's settings. A screenshot, a benchmark or an export is of the
    // scene itself, not of the frames drawn while a long op is computed aside; the monkey goes on
    // meanwhile, as a user would.
    Result<std::unique_ptr<App>> opened = App::open(options,
                                                    {.measuring = dev.measuring(),
                                                     .width = dev.width,
                                                     .height = dev.height,
                                                     .follow_mouse = !dev.measuring() || dev.monkey(),
                                                     .finish_first_scene = dev.measuring() && !dev.monkey()},
                                                    err);
    if (!opened) {
        err << "convviz: " << opened.error() << "\n";
        return 2;
    }
    App& app = *opened.value();
    if (!dev.export_to.empty() || dev.monkey()) {
        app.use_fixed_clock(kDevFrameSeconds);
        return dev.monkey() ? run_monkey(app, dev, out, err) : export_from_app(app, dev, out, err);
    }
    if (dev.export_dialog) app.workspace().commands.run("file.export");
    if (!dev.measuring()) {
        // --export-dialog alone: the app as a user has it, the dialog open.
        while (!app.done()) app.frame();
        app.save_session(app.settings_path(), err);
        return 0;
    }
    if (dev.screenshot.empty()) {
        app.use_fixed_clock(kDevFrameSeconds);
        return bench_frames(app, dev, out);
    }
    app.use_fixed_clock(0.0);  // the moment asked for, whatever the keys start
    return take_screenshot(app, dev, out, err);
}

}  // namespace convviz
