// App::open: the settings, the language, the first scene and the lesson, resolved from the command
// line, the settings file and the system; then the window, the renderer and the Workspace.
#include <algorithm>
#include <ostream>

#include "app/gui/actions.hpp"
#include "app/gui/app.hpp"
#include "app/gui/app_commands.hpp"
#include "app/gui/torch_paste.hpp"
#include "core/i18n/strings.hpp"
#include "core/lesson.hpp"

namespace convviz {

namespace {

// The scene to open: --scene, --torch, --preset, the last session's, or the default; --view on top.
// With a link the default: the link replaces it, or, when it cannot be read, the default shows
// with the reason (not the last session's scene, which the user did not ask for).
Result<Scene> first_scene(const AppOptions& options, const Settings& settings, Lang lang, std::string& note) {
    Scene scene = *find_preset(kDefaultPreset);
    if (!options.scene_file.empty()) {
        Result<Scene> loaded = load_scene(options.scene_file);
        if (!loaded) return Error{loaded.error()};
        scene = std::move(loaded).value();
    } else if (!options.torch.empty()) {
        Result<TorchLine> read = read_torch_line(options.torch, scene, lang);
        if (!read) return Error{"--torch: " + read.error()};
        note = torch_notes(read.value());
        scene = std::move(read).value().scene;
    } else if (!options.preset.empty()) {
        std::optional<Scene> preset = find_preset(options.preset);
        if (!preset) return Error{"no preset named '" + options.preset + "' (convviz --list-presets lists them)"};
        scene = std::move(*preset);
    } else if (!settings.last_scene.empty() && options.link.empty()) {
        Result<Scene> last = parse_scene(settings.last_scene, "the last session's scene");
        if (last && !validate(last.value())) {
            scene = std::move(last).value();
        } else {
            note = tr(lang, "status.last_scene_lost");
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

// The language: --lang, else the saved choice, else the system's (measurements: English).
Result<Lang> first_lang(const AppOptions& options, const Settings& settings, bool measuring) {
    Lang lang = measuring ? Lang::en : system_lang();
    if (std::optional<Lang> saved = parse_lang(settings.lang)) lang = *saved;
    if (options.lang.empty()) return lang;
    const std::optional<Lang> asked = parse_lang(options.lang);
    if (!asked) return Error{"--lang must be en or zh-CN, got '" + options.lang + "'"};
    return *asked;
}

Result<std::optional<Lesson>> first_lesson(const AppOptions& options, Lang lang) {
    if (options.lesson.empty()) return std::optional<Lesson>();
    Result<Lesson> lesson =
        options.lesson == "builtin" ? Result<Lesson>(builtin_lesson(lang)) : load_lesson(options.lesson, lang);
    if (!lesson) return Error{lesson.error()};
    if (lesson.value().scenes.empty()) return Error{"the lesson " + options.lesson + " has no scenes"};
    return std::optional<Lesson>(std::move(lesson).value());
}

}  // namespace

Result<std::unique_ptr<App>> App::open(const AppOptions& options, const AppRun& run, std::ostream& err) {
    // Measurements are reproducible: they neither read nor write the user's settings.
    const std::string config = run.measuring ? std::string() : convviz::settings_path();
    LoadedSettings loaded = load_settings(config, run.measuring ? Lang::en : system_lang());
    Settings settings = loaded.settings;
    if (!options.theme.empty()) {
        const std::optional<ThemeKind> theme = parse_theme(options.theme);
        if (!theme) return Error{"--theme must be light, dark or contrast, got '" + options.theme + "'"};
        settings.theme = *theme;
    }
    Result<Lang> lang = first_lang(options, settings, run.measuring);
    if (!lang) return Error{lang.error()};
    std::string note;
    Result<Scene> scene = first_scene(options, settings, lang.value(), note);
    if (!scene) return Error{scene.error()};
    Result<std::optional<Lesson>> lesson = first_lesson(options, lang.value());
    if (!lesson) return Error{lesson.error()};

    Result<std::unique_ptr<Window>> window = Window::open({.x = settings.window_x,
                                                           .y = settings.window_y,
                                                           .width = run.measuring ? (run.width > 0 ? run.width : 1280)
                                                                                  : settings.window_width,
                                                           .height = run.measuring ? (run.height > 0 ? run.height : 720)
                                                                                   : settings.window_height,
                                                           .fixed_size = run.measuring,
                                                           .font_scale = settings.font_scale,
                                                           .theme = settings.theme,
                                                           .lang = lang.value()});
    if (!window) return Error{window.error()};
    Result<FrameRenderer> renderer = FrameRenderer::make(find_canvas_font());
    if (!renderer) return Error{renderer.error()};
    Result<RenderTarget> target = RenderTarget::make(640, 480);
    if (!target) return Error{target.error()};
    std::unique_ptr<App> app(
        new App(std::move(window).value(), std::move(renderer).value(), std::move(target).value()));

    Workspace& ws = app->ws_;
    app->settings_path_ = config;
    ws.settings = settings;
    ws.settings_file = loaded.file;
    ws.theme = settings.theme;
    ws.predict.enabled = options.predict;
    // Without the Chinese font the app stays in English and says so once (README): the window's
    // own warning about the font is that same fact, so it gives way to this one.
    set_language(ws, *app, lang.value());
    const bool fell_back = ws.state.lang() != lang.value();
    const std::string fallback = fell_back ? cat(ws.status, "; staying in English") : std::string();
    for (const std::string& warning :
         {loaded.warning.value_or(""), fell_back ? fallback : app->window_->font_warning(), note}) {
        if (warning.empty()) continue;
        err << "convviz: " << warning << "\n";
        ws.status = warning;
    }
    ws.site_url = CONVVIZ_SITE_URL;
    show_scene(ws, scene.value(), options.scene_file);
    // A link that cannot be read leaves the scene above on screen, with the reason in the message
    // box and on the terminal; it never stops the app.
    if (!options.link.empty() && !open_link(ws, options.link)) err << "convviz: " << ws.message << "\n";
    if (lesson.value()) {
        const bool builtin = options.lesson == "builtin";
        ws.lesson.reset(fell_back && builtin ? builtin_lesson(ws.state.lang()) : std::move(*lesson.value()),
                        builtin ? std::string() : options.lesson, builtin);
        show_lesson_scene(ws, 0);
    }
    ws.history.reset(ws.state, ws.doc);
    if (options.present) start_presenting(ws, *app);
    ws.canvas.follow_mouse = run.follow_mouse;
    if (run.finish_first_scene) ws.state.finish_pending();
    return app;
}

}  // namespace convviz
