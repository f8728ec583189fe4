#include "app/gui/run.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

#include "app/gui/dev/dev_modes.hpp"

namespace convviz {

void add_app_options(CLI::App& app, AppOptions& o) {
    app.add_option("--preset", o.preset, "Open a built-in preset (convviz --list-presets)");
    app.add_option("--scene", o.scene_file, "Open a scene file (JSON)");
    app.add_option("--torch", o.torch,
                   "Open the layer of a line of PyTorch, e.g. \"nn.ConvTranspose2d(64, 32, kernel_size=2, stride=2)\"");
    // Positional too, so that a link pasted after `convviz ` opens: convviz 'https://…/#v1/…'.
    app.add_option("link,--link", o.link,
                   "Open a link to a scene: https://…/#v1/…, #v1/… or v1/… (File → Copy link makes one). A link "
                   "that cannot be read opens the default scene and says why")
        // A word with no '/' is no link (every one has v1/…): most likely a mistyped subcommand,
        // which the command line refuses rather than opening the app over it.
        ->check(CLI::Validator(
            [](const std::string& text) {
                return text.find('/') != std::string::npos
                           ? std::string()
                           : "'" + text + "' is neither a subcommand (compute, shape, export, frame) nor a link to a scene (v1/…)";
            },
            "LINK"));
    app.add_option("--view", o.view,
                   "conv, scatter, gather, crop, matrix, pool, unpool, upsample, shuffle or compare (empty: the scene's)");
    app.add_option("--theme", o.theme, "light, dark or contrast (empty: the saved setting)");
    app.add_option("--lang", o.lang, "The interface's language: en or zh-CN (empty: the saved choice, else the system's)");
    app.add_option("--lesson", o.lesson,
                   "Open a lesson file (.convviz-lesson), or builtin for the built-in lesson, at its first scene");
    app.add_flag("--present", o.present, "Start in presentation mode (F5 enters it, Esc leaves it) (default: off)");
    app.add_flag("--predict", o.predict, "Start in predict mode: guess each output's shape before it runs (default: off)");
}

int run_app(const AppOptions& options, const DevOptions& dev, std::ostream& out, std::ostream& err) {
    if (dev.measuring() || dev.export_dialog) return run_dev_mode(options, dev, out, err);
    Result<std::unique_ptr<App>> opened = App::open(options, {}, err);
    if (!opened) {
        err << "convviz: " << opened.error() << "\n";
        return 2;
    }
    App& app = *opened.value();
    while (!app.done()) app.frame();
    app.save_session(app.settings_path(), err);
    return 0;
}

}  // namespace convviz
