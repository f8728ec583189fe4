// --export-to: File → Export… with the dialog's Export button, run as a user would while the window
// keeps drawing (and playing); the window's frame times meanwhile show that it stays responsive.
// With --screenshot, the window is taken once the export is under way.
#include <algorithm>
#include <cstdio>
#include <ostream>

#include "app/export/png.hpp"
#include "app/gui/dev/dev_modes.hpp"
#include "app/gui/dev/measure.hpp"
#include "app/render/render_target.hpp"

namespace convviz {

int export_from_app(App& app, const DevOptions& dev, std::ostream& out, std::ostream& err) {
    using Clock = std::chrono::steady_clock;
    Workspace& ws = app.workspace();
    // The layout settles over the first frames, as for a screenshot.
    for (int i = 0; i < 3; ++i) app.frame({.before = [&ws] { ws.state.finish_pending(); }});
    ws.commands.run("file.export");
    ws.exporting.set_path(dev.export_to);
    if (dev.export_canvas_size) {
        ws.exporting.use_canvas_size();
    } else if (dev.export_width > 0) {
        ws.exporting.settings.width = dev.export_width;
        ws.exporting.settings.height = dev.export_height;
    }
    // The dialog's Export button, pressed at once: it is not drawn yet, so not through the command
    // (which asks whether the button was enabled when last drawn).
    if (std::optional<std::string> error = ws.exporting.start(ws.state, app.renderer())) {
        err << "convviz: " << *error << "\n";
        return 2;
    }
    std::vector<double> times;
    bool shot = dev.screenshot.empty();
    bool cancelled = false;
    std::optional<std::string> failed;
    while (ws.exporting.running()) {
        const Clock::time_point begin = Clock::now();
        std::optional<ExportProgress> p;
        app.frame({.drawn = [&] {
            p = ws.exporting.progress();
            // The dialog's window appears on its second frame (ImGui sizes it on the first).
            if (shot || !p || p->written == 0 || times.size() < 2) return;
            int w = 0, h = 0;
            app.window().framebuffer_size(w, h);
            failed = write_png(dev.screenshot, w, h, read_framebuffer(w, h));
            shot = true;
        }});
        if (failed) {
            err << "convviz: " << *failed << "\n";
            return 2;
        }
        finish_gpu();
        times.push_back(milliseconds(Clock::now() - begin));
        if (p && dev.export_cancel_after >= 0 && p->rendered >= dev.export_cancel_after) {
            ws.exporting.cancel();
            cancelled = true;
        }
    }
    out << ws.exporting.result() << "\n";
    if (!times.empty()) {
        char line[160];
        std::snprintf(line, sizeof line, "ui_frames=%zu frame_ms median=%.2f max=%.2f", times.size(),
                      percentile(times, 0.5), *std::max_element(times.begin(), times.end()));
        out << line << "\n";
    }
    return ws.exporting.succeeded() || cancelled ? 0 : 2;
}

}  // namespace convviz
