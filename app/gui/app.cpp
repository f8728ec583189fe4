#include "app/gui/app.hpp"

#include <algorithm>
#include <ostream>

#include "app/gui/actions.hpp"
#include "app/gui/app_commands.hpp"
#include "app/gui/main_window.hpp"
#include "app/gui/platform.hpp"

namespace convviz {

namespace {

using Clock = std::chrono::steady_clock;

// Without vsync (a virtual display, some drivers) nothing else holds the loop to the screen's pace:
// 60 frames a second is all an animation needs.
constexpr auto kFramePeriod = std::chrono::microseconds(16'667);
// Paused and untouched, the app sleeps until input comes, waking at least this often.
constexpr double kIdleWakeSeconds = 2.0;
// A few frames after each wake let ImGui settle hover and focus changes before it sleeps again.
constexpr int kSettleFrames = 3;
// A stall (a dragged window, a debugger) is not played through at once.
constexpr double kLongestFrameSeconds = 0.1;

}  // namespace

App::App(std::unique_ptr<Window> window, FrameRenderer renderer, RenderTarget target)
    : window_(std::move(window)), renderer_(std::move(renderer)), target_(std::move(target)) {
    ws_.renderer = &renderer_;
    add_app_commands(ws_, *this);
}

App::~App() = default;

std::optional<std::string> App::use_lang(Lang lang) {
    // Both fonts: the canvas' and the panels'. Without one, nothing changes.
    std::optional<std::string> missing = renderer_.use_lang(lang);
    if (!missing) missing = window_->set_lang(lang);
    if (missing) {
        renderer_.use_lang(ws_.state.lang());
        window_->set_lang(ws_.state.lang());
    }
    return missing;
}

void App::wait_or_poll() {
    // Idle when nothing moves: a paused animation sleeps until input arrives.
    const bool moving = ws_.state.playback().playing || ws_.exporting.running() || ws_.state.pending();
    if (fixed_step_ || moving || quiet_frames_ < kSettleFrames) {
        window_->poll_events();
    } else {
        window_->wait_events(kIdleWakeSeconds);
        quiet_frames_ = 0;
    }
}

void App::frame(const FrameHooks& hooks) {
    wait_or_poll();
    if (hooks.before) hooks.before();
    const Clock::time_point now = Clock::now();
    const double elapsed = std::min(std::chrono::duration<double>(now - last_frame_).count(), kLongestFrameSeconds);
    last_frame_ = now;
    ws_.state.advance(fixed_step_.value_or(elapsed));
    // The browser leaves full screen on Esc by itself: the presentation ends with it.
    if (window_->left_fullscreen() && ws_.present.on) stop_presenting(ws_, *this);

    ws_.state.compose();
    // The theme has one owner, the Workspace; the window's style and the canvas follow it here.
    const ThemeKind theme = shown_theme(ws_);
    window_->set_theme(theme);
    ws_.canvas.options.theme = theme;
    window_->begin_frame(hooks.input);
    draw_ui(ws_, *this, target_, std::chrono::duration<double>(now - ws_.started).count());
    // Every change to the scene this frame, by any route, becomes an undo step once no drag or
    // typing is under way.
    ws_.history.watch(ws_.state, ws_.doc, ImGui::IsAnyItemActive());
    int width = 0;
    int height = 0;
    window_->framebuffer_size(width, height);
    const Colour& page = palette(theme).page;
    clear_window(width, height, page.r, page.g, page.b);
    window_->render();
    if (hooks.drawn) hooks.drawn();
    window_->swap();
    ws_.injected_key = -1;
    ++quiet_frames_;
    if (!fixed_step_) {
        const Clock::time_point due = now + kFramePeriod;
        if (Clock::now() < due) platform::sleep_until(due);
    }
}

bool App::done() { return window_->should_close() && close_confirmed(ws_, *this); }

void App::save_session(const std::string& path, std::ostream& err) {
    const Placement place_now = window_->placement();
    Settings settings = ws_.settings;
    settings.window_x = place_now.x;
    settings.window_y = place_now.y;
    settings.window_width = place_now.width;
    settings.window_height = place_now.height;
    settings.theme = ws_.theme;
    settings.font_scale = window_->font_scale();
    settings.last_scene = scene_to_restore(ws_.doc, ws_.state.scene());
    if (std::optional<std::string> error = save_settings_over(settings, path, ws_.settings_file, ws_.state.lang())) {
        err << "convviz: " << *error << "\n";
    } else if (!path.empty()) {
        platform::settings_written(path);
    }
}

}  // namespace convviz
