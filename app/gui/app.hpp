// The desktop app. One App owns the window, the canvas' renderer and target, and the Workspace
// (the scene's state, the panels, the documents, the commands), and App::frame() draws exactly one
// frame: input, the animation advanced, the user interface, drawn and shown. The desktop runs
// `while (!app.done()) app.frame();`; the development modes (app/gui/dev/) drive the same frame().
// Opening (app_open.cpp) resolves the settings, the language and the first scene.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

#include "app/gui/host.hpp"
#include "app/gui/window.hpp"
#include "app/gui/workspace.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/render_target.hpp"
#include "core/result.hpp"

namespace convviz {

// What the user asks the app to open with (convviz's own options).
struct AppOptions {
    std::string preset;      // a built-in preset's id
    std::string scene_file;  // a scene file
    std::string torch;       // a line of PyTorch, as Edit → Paste PyTorch reads it
    std::string link;        // a link to a scene (https://…/#v1/…, #v1/… or v1/…), as File → Copy link writes it
    std::string view;        // a view name; empty: the scene's own
    std::string theme;       // "light", "dark" or "contrast"; empty: the settings'
    std::string lang;        // "en" or "zh-CN"; empty: the settings', else the system's
    std::string lesson;      // a lesson file, or "builtin"; opens at its first scene
    bool present = false;    // start in presentation mode
    bool predict = false;    // start in predict mode
};

// How the app runs: as the user's app, or measured by a development mode.
struct AppRun {
    // A fixed window (width × height, 1280 × 720 when 0), English unless asked, the settings neither
    // read nor written, the pointer ignored unless `follow_mouse`.
    bool measuring = false;
    int width = 0;
    int height = 0;
    bool follow_mouse = true;
    bool finish_first_scene = false;  // wait for a first scene computed aside before the first frame
};

// Hooks into one frame, for the development modes.
struct FrameHooks {
    std::function<void()> before;  // after the window's events, before the animation advances
    std::function<void()> input;   // between the backends' NewFrame and ImGui's: ImGui's input
    std::function<void()> drawn;   // the frame drawn, not yet shown: the back buffer can be read
};

class App final : public Host {
public:
    // Opens the window on the first scene; the reason, for the command line, when it cannot.
    static Result<std::unique_ptr<App>> open(const AppOptions& options, const AppRun& run, std::ostream& err);
    ~App() override;

    // One frame. With a fixed clock (use_fixed_clock) the animation advances by that step and the
    // frame neither waits for input nor keeps the screen's pace.
    void frame(const FrameHooks& hooks = {});
    // The window was asked to close and nothing unsaved stands in the way (otherwise the
    // unsaved-changes prompt is up).
    bool done();
    // What persists of the session, written to `path` (the settings file; empty: nowhere).
    void save_session(const std::string& path, std::ostream& err);
    void use_fixed_clock(double step) { fixed_step_ = step; }

    Workspace& workspace() { return ws_; }
    Window& window() { return *window_; }
    FrameRenderer& renderer() { return renderer_; }
    const std::string& settings_path() const { return settings_path_; }

    // Host: what the commands ask of the window and the renderer.
    void show_theme(ThemeKind theme) override { window_->set_theme(theme); }
    void set_fullscreen(bool on) override { window_->set_fullscreen(on); }
    float font_scale() const override { return window_->font_scale(); }
    void set_font_scale(float scale) override { window_->set_font_scale(scale); }
    void request_close() override { window_->request_close(); }
    void cancel_close() override { window_->cancel_close(); }
    std::optional<std::string> use_lang(Lang lang) override;
    std::vector<std::string> take_dropped() override { return window_->take_dropped(); }

private:
    App(std::unique_ptr<Window> window, FrameRenderer renderer, RenderTarget target);
    void wait_or_poll();

    std::unique_ptr<Window> window_;
    FrameRenderer renderer_;
    RenderTarget target_;
    Workspace ws_;
    std::string settings_path_;
    std::optional<double> fixed_step_;
    std::chrono::steady_clock::time_point last_frame_ = std::chrono::steady_clock::now();
    int quiet_frames_ = 0;
};

}  // namespace convviz
