#include "app/gui/app.hpp"

#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <thread>
#include <vector>

#include "app/export/png.hpp"
#include "app/gui/app_state.hpp"
#include "app/gui/arithmetic_panel.hpp"
#include "app/gui/canvas_panel.hpp"
#include "app/gui/code_panel.hpp"
#include "app/gui/export_panel.hpp"
#include "app/gui/params_panel.hpp"
#include "app/gui/playback_panel.hpp"
#include "app/gui/settings.hpp"
#include "app/gui/shape_panel.hpp"
#include "app/gui/values_panel.hpp"
#include "app/gui/window.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/render_target.hpp"
#include "core/presets.hpp"

namespace convviz {

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// The scene to open: --scene, --preset, the last session's, or the default; --view on top.
Result<Scene> first_scene(const GuiOptions& options, const Settings& settings, std::string& note) {
    Scene scene;
    if (!options.scene_file.empty()) {
        Result<Scene> loaded = load_scene(options.scene_file);
        if (!loaded) return Error{loaded.error()};
        scene = std::move(loaded).value();
    } else if (!options.preset.empty()) {
        std::optional<Scene> preset = find_preset(options.preset);
        if (!preset) return Error{"no preset named '" + options.preset + "' (convviz --list-presets lists them)"};
        scene = std::move(*preset);
    } else {
        scene = *find_preset(kDefaultPreset);
        if (!settings.last_scene.empty()) {
            Result<Scene> last = parse_scene(settings.last_scene, "the last session's scene");
            if (last && !validate(last.value())) {
                scene = std::move(last).value();
            } else {
                note = "the last session's scene could not be restored; showing the default scene";
            }
        }
    }
    if (!options.view.empty()) {
        const std::optional<ViewKind> view = parse_view(options.view);
        const std::vector<ViewKind> allowed = views_for(scene.params);
        if (!view || std::find(allowed.begin(), allowed.end(), *view) == allowed.end()) {
            std::string names;
            for (ViewKind v : allowed) names += std::string(names.empty() ? "" : ", ") + name(v);
            return Error{"the view '" + options.view + "' is not one of this scene's views (" + names + ")"};
        }
        scene.view.kind = *view;
    }
    if (std::optional<std::string> error = validate(scene)) return Error{*error};
    return scene;
}

// Everything the loop draws, kept together so each panel gets what it needs.
struct Gui {
    AppState state;
    ParamsPanel params;
    ValuesPanel values;
    PlaybackPanel playback;
    ArithmeticPanel arithmetic;
    ShapePanel shape;
    CodePanel code;
    CanvasPanel canvas;
    ExportPanel exporting;
    std::vector<Scene> presets = builtin_presets();
    ThemeKind theme = ThemeKind::light;
    std::string status;  // one line at the bottom: a warning reported once
};

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;

void place(float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(std::max(w, 1.0f), std::max(h, 1.0f)), ImGuiCond_Always);
}

void open_export(Gui& gui) { gui.exporting.open(gui.state, gui.canvas.options, gui.canvas.placed.width, gui.canvas.placed.height); }

void menu_bar(Gui& gui, Window& window) {
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Export…", "Ctrl+E")) open_export(gui);
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) window.request_close();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Presets")) {
        preset_menu_items(gui.state, gui.presets);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Light theme", nullptr, gui.theme == ThemeKind::light)) gui.theme = ThemeKind::light;
        if (ImGui::MenuItem("Dark theme", nullptr, gui.theme == ThemeKind::dark)) gui.theme = ThemeKind::dark;
        window.set_theme(gui.theme);
        gui.canvas.options.theme = gui.theme;
        ImGui::Separator();
        if (ImGui::MenuItem("Larger text", "Ctrl+=")) window.set_font_scale(std::min(window.font_scale() + 0.125f, 3.0f));
        if (ImGui::MenuItem("Smaller text", "Ctrl+-")) window.set_font_scale(std::max(window.font_scale() - 0.125f, 0.625f));
        ImGui::MenuItem("Labels and captions", nullptr, &gui.canvas.options.labels);
        if (ImGui::MenuItem("Fit the canvas", "double-click")) gui.canvas.fitted = true;
        ImGui::EndMenu();
    }
    ImGui::TextDisabled("  %s", gui.state.scene().title.c_str());
    ImGui::EndMainMenuBar();
}

void draw_ui(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target) {
    const ImGuiIO& io = ImGui::GetIO();
    // ImGui 1.86 names only a few keys; its GLFW backend indexes KeysDown by GLFW key code.
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q)) window.request_close();
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_E)) open_export(gui);
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_EQUAL)) window.set_font_scale(std::min(window.font_scale() + 0.125f, 3.0f));
    if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_MINUS)) window.set_font_scale(std::max(window.font_scale() - 0.125f, 0.625f));
    PlaybackPanel::handle_keys(gui.state);
    menu_bar(gui, window);

    const float em = ImGui::GetFontSize();
    const float top = ImGui::GetFrameHeight();
    const float width = io.DisplaySize.x;
    const float height = io.DisplaySize.y;
    const float left = std::min(21.0f * em, width * 0.3f);
    const float right = std::min(25.0f * em, width * 0.3f);
    const float bottom = ImGui::GetFrameHeightWithSpacing() + 2.0f * ImGui::GetStyle().WindowPadding.y +
                         (gui.status.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing());

    place(0, top, left, height - top - bottom);
    if (ImGui::Begin("Setup", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
        if (ImGui::BeginTabBar("setup")) {
            if (ImGui::BeginTabItem("Parameters")) {
                gui.params.draw(gui.state);
                ImGui::EndTabItem();
            }
            if (ImGui::BeginTabItem("Values")) {
                gui.values.draw(gui.state, gui.presets);
                ImGui::EndTabItem();
            }
            ImGui::EndTabBar();
        }
    }
    ImGui::End();

    place(width - right, top, right, height - top - bottom);
    if (ImGui::Begin("Explain", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
        if (ImGui::CollapsingHeader("Arithmetic", ImGuiTreeNodeFlags_DefaultOpen)) gui.arithmetic.draw(gui.state);
        if (ImGui::CollapsingHeader("Shape", ImGuiTreeNodeFlags_DefaultOpen)) gui.shape.draw(gui.state);
        if (ImGui::CollapsingHeader("Code")) gui.code.draw(gui.state);
    }
    ImGui::End();

    place(0, height - bottom, width, bottom);
    if (ImGui::Begin("Playback", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
        gui.playback.draw(gui.state);
        if (!gui.status.empty()) ImGui::TextColored(ImVec4(0.80f, 0.30f, 0.09f, 1.0f), "%s", gui.status.c_str());
    }
    ImGui::End();

    place(left, top, width - left - right, height - top - bottom);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    if (ImGui::Begin("Canvas", nullptr,
                     kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                         ImGuiWindowFlags_NoScrollWithMouse)) {
        gui.canvas.draw(gui.state, renderer, target);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    gui.exporting.draw(gui.state, renderer);
}

// One whole frame: compose, build the UI (the canvas renders offscreen meanwhile), draw ImGui.
void render_frame(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target) {
    gui.state.compose();
    window.begin_frame();
    draw_ui(gui, window, renderer, target);
    int w = 0, h = 0;
    window.framebuffer_size(w, h);
    const Colour& page = palette(gui.theme).page;
    clear_window(w, h, page.r, page.g, page.b);
    window.render();
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const size_t index = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

// --export-to: File → Export… with the dialog's Export button, run as a user would while the
// window keeps drawing (and playing); the window's frame times meanwhile show that it stays
// responsive. With --screenshot, the window is taken once the export is under way.
int export_from_app(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target, const GuiOptions& options,
                    std::ostream& out, std::ostream& err) {
    // The layout settles over the first frames, as for a screenshot.
    for (int i = 0; i < 3; ++i) {
        window.poll_events();
        render_frame(gui, window, renderer, target);
        window.swap();
    }
    open_export(gui);
    gui.exporting.set_path(options.export_to);
    if (options.export_canvas_size) {
        gui.exporting.use_canvas_size();
    } else if (options.export_width > 0) {
        gui.exporting.settings.width = options.export_width;
        gui.exporting.settings.height = options.export_height;
    }
    if (std::optional<std::string> error = gui.exporting.start(gui.state, renderer)) {
        err << "convviz: " << *error << "\n";
        return 2;
    }
    std::vector<double> times;
    bool shot = options.screenshot.empty();
    bool cancelled = false;
    while (gui.exporting.running()) {
        const Clock::time_point begin = Clock::now();
        window.poll_events();
        gui.state.advance(1.0 / 60.0);
        render_frame(gui, window, renderer, target);
        const std::optional<ExportProgress> p = gui.exporting.progress();
        // The dialog's window appears on its second frame (ImGui sizes it on the first).
        if (!shot && p && p->written > 0 && times.size() >= 2) {
            int w = 0, h = 0;
            window.framebuffer_size(w, h);
            if (std::optional<std::string> error = write_png(options.screenshot, w, h, read_framebuffer(w, h))) {
                err << "convviz: " << *error << "\n";
                return 2;
            }
            shot = true;
        }
        window.swap();
        finish_gpu();
        times.push_back(milliseconds(Clock::now() - begin));
        if (p && options.export_cancel_after >= 0 && p->rendered >= options.export_cancel_after) {
            gui.exporting.cancel();
            cancelled = true;
        }
    }
    out << gui.exporting.result() << "\n";
    if (!times.empty()) {
        char line[160];
        std::snprintf(line, sizeof line, "ui_frames=%zu frame_ms median=%.2f max=%.2f", times.size(), percentile(times, 0.5),
                      *std::max_element(times.begin(), times.end()));
        out << line << "\n";
    }
    return gui.exporting.succeeded() || cancelled ? 0 : 2;
}

}  // namespace

int run_gui(const GuiOptions& options, std::ostream& out, std::ostream& err) {
    const bool measuring = !options.screenshot.empty() || options.bench_frames > 0 || !options.export_to.empty();
    if ((options.width != 0 || options.height != 0) && (options.width < 320 || options.height < 240 ||
                                                        options.width > 8192 || options.height > 8192)) {
        err << "convviz: --size must be between 320x240 and 8192x8192, got " << options.width << "x"
            << options.height << "\n";
        return 2;
    }
    if (options.bench_frames < 0 || options.bench_frames > 1'000'000) {
        err << "convviz: --bench-frames must be between 1 and 1000000, got " << options.bench_frames << "\n";
        return 2;
    }
    if (!std::isfinite(options.at) || options.at < 0.0) {
        err << "convviz: --at must be a time in seconds, 0 or more, got " << options.at << "\n";
        return 2;
    }
    // Measurements are reproducible: they neither read nor write the user's settings.
    const std::string config = measuring ? std::string() : settings_path();
    LoadedSettings loaded = load_settings(config);
    Settings settings = loaded.settings;
    if (!options.theme.empty()) {
        const std::optional<ThemeKind> theme = parse_theme(options.theme);
        if (!theme) {
            err << "convviz: --theme must be light or dark, got '" << options.theme << "'\n";
            return 2;
        }
        settings.theme = *theme;
    }

    std::string note;
    Result<Scene> scene = first_scene(options, settings, note);
    if (!scene) {
        err << "convviz: " << scene.error() << "\n";
        return 2;
    }

    WindowParams params;
    params.x = settings.window_x;
    params.y = settings.window_y;
    params.width = measuring ? (options.width > 0 ? options.width : 1280) : settings.window_width;
    params.height = measuring ? (options.height > 0 ? options.height : 720) : settings.window_height;
    params.fixed_size = measuring;
    params.font_scale = settings.font_scale;
    params.theme = settings.theme;
    Result<std::unique_ptr<Window>> opened = Window::open(params);
    if (!opened) {
        err << "convviz: " << opened.error() << "\n";
        return 2;
    }
    Window& window = *opened.value();
    Result<FrameRenderer> made_renderer = FrameRenderer::make(find_canvas_font());
    if (!made_renderer) {
        err << "convviz: " << made_renderer.error() << "\n";
        return 2;
    }
    FrameRenderer renderer = std::move(made_renderer).value();
    Result<RenderTarget> made_target = RenderTarget::make(640, 480);
    if (!made_target) {
        err << "convviz: " << made_target.error() << "\n";
        return 2;
    }
    RenderTarget target = std::move(made_target).value();

    Gui gui;
    gui.theme = settings.theme;
    gui.canvas.options.theme = settings.theme;
    for (const std::string& warning : {loaded.warning.value_or(""), window.font_warning(), note}) {
        if (warning.empty()) continue;
        err << "convviz: " << warning << "\n";
        gui.status = warning;
    }
    gui.state.show(std::move(scene).value());
    gui.canvas.follow_mouse = !measuring;
    if (options.hover) {
        const std::vector<FrameGrid>& grids = gui.state.frame().grids;
        const CellRef& h = *options.hover;
        if (h.grid < 0 || static_cast<size_t>(h.grid) >= grids.size() || h.row < 0 || h.col < 0 ||
            h.row >= grids[static_cast<size_t>(h.grid)].rows || h.col >= grids[static_cast<size_t>(h.grid)].cols) {
            err << "convviz: --hover " << h.grid << "," << h.row << "," << h.col
                << " is not a cell of this view (it has " << grids.size() << " grids)\n";
            return 2;
        }
    }

    if (!options.export_to.empty()) return export_from_app(gui, window, renderer, target, options, out, err);
    if (options.export_dialog) open_export(gui);

    if (!options.screenshot.empty()) {
        gui.state.playback().playing = false;
        gui.canvas.pinned = options.hover;
        // ImGui settles its layout over the first frames; the third is the one a user sees.
        for (int i = 0; i < 3; ++i) {
            window.poll_events();
            gui.state.seek(options.at);
            render_frame(gui, window, renderer, target);
            if (i < 2) window.swap();
        }
        int w = 0, h = 0;
        window.framebuffer_size(w, h);
        const std::vector<uint8_t> pixels = read_framebuffer(w, h);
        if (std::optional<std::string> error = write_png(options.screenshot, w, h, pixels)) {
            err << "convviz: " << *error << "\n";
            return 2;
        }
        out << options.screenshot << " " << w << "x" << h << " canvas " << gui.canvas.placed.x << "," << gui.canvas.placed.y << " "
            << gui.canvas.placed.width << "x" << gui.canvas.placed.height << "\n";
        return 0;
    }

    if (options.bench_frames > 0) {
        std::vector<double> times;
        times.reserve(static_cast<size_t>(options.bench_frames));
        double startup = 0.0;
        for (int64_t i = 0; i < options.bench_frames; ++i) {
            const Clock::time_point begin = Clock::now();
            window.poll_events();
            gui.state.advance(1.0 / 60.0);
            render_frame(gui, window, renderer, target);
            window.swap();
            finish_gpu();
            const Clock::time_point end = Clock::now();
            if (i == 0) startup = milliseconds(end - options.started);
            times.push_back(milliseconds(end - begin));
        }
        char line[160];
        std::snprintf(line, sizeof line, "startup_ms=%.1f frames=%lld", startup, static_cast<long long>(times.size()));
        out << line << "\n";
        std::snprintf(line, sizeof line, "frame_ms median=%.2f p95=%.2f max=%.2f", percentile(times, 0.5),
                      percentile(times, 0.95), *std::max_element(times.begin(), times.end()));
        out << line << "\n";
        return 0;
    }

    Clock::time_point last = Clock::now();
    int quiet_frames = 0;
    while (!window.should_close()) {
        // Idle when nothing moves: a paused animation sleeps until input arrives. A few frames
        // after each wake let ImGui settle hover and focus changes.
        if (gui.state.playback().playing || quiet_frames < 3 || gui.exporting.running()) {
            window.poll_events();
        } else {
            window.wait_events(2.0);
            quiet_frames = 0;
        }
        const Clock::time_point now = Clock::now();
        gui.state.advance(std::min(std::chrono::duration<double>(now - last).count(), 0.1));
        last = now;
        render_frame(gui, window, renderer, target);
        window.swap();
        ++quiet_frames;
        // Without vsync (a virtual display, some drivers) nothing else holds the loop to the
        // screen's pace: 60 frames a second is all an animation needs.
        const Clock::time_point due = now + std::chrono::microseconds(16'667);
        if (Clock::now() < due) std::this_thread::sleep_until(due);
    }

    const Placement place_now = window.placement();
    settings.window_x = place_now.x;
    settings.window_y = place_now.y;
    settings.window_width = place_now.width;
    settings.window_height = place_now.height;
    settings.theme = gui.theme;
    settings.font_scale = window.font_scale();
    settings.last_scene = scene_json(gui.state.scene());
    if (std::optional<std::string> error = save_settings(settings, config)) {
        err << "convviz: the settings were not saved: " << *error << "\n";
    }
    return 0;
}

}  // namespace convviz
