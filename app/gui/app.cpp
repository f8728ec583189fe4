#include "app/gui/app.hpp"

#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <thread>
#include <vector>

#include "app/export/png.hpp"
#include "app/model/app_state.hpp"
#include "app/gui/canvas_panel.hpp"
#include "app/model/document.hpp"
#include "app/gui/escape.hpp"
#include "app/gui/explain_panel.hpp"
#include "app/gui/export_panel.hpp"
#include "app/gui/file_dialog.hpp"
#include "app/model/layout.hpp"
#include "app/gui/lesson_panel.hpp"
#include "app/gui/monkey.hpp"
#include "app/gui/panel_edge.hpp"
#include "app/gui/params_panel.hpp"
#include "app/gui/playback_panel.hpp"
#include "app/gui/predict_panel.hpp"
#include "app/gui/preset_menu.hpp"
#include "app/gui/present_overlay.hpp"
#include "app/gui/presentation.hpp"
#include "app/model/settings.hpp"
#include "app/gui/values_panel.hpp"
#include "app/gui/window.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/render_target.hpp"
#include "core/i18n/strings.hpp"
#include "core/lesson.hpp"
#include "core/presets.hpp"

namespace convviz {

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// The scene to open: --scene, --preset, the last session's, or the default; --view on top.
Result<Scene> first_scene(const GuiOptions& options, const Settings& settings, Lang lang, std::string& note) {
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
                note = tr(lang, "status.last_scene_lost");
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

// What a file dialog's choice is for.
enum class FilePurpose { open, save_scene, save_lesson };

// What an action replaces: the scene on screen, the open lesson, or both.
struct Loses {
    bool scene = true;
    bool lesson = false;
};

// Everything the loop draws, kept together so each panel gets what it needs.
struct Gui {
    AppState state;
    ParamsPanel params;
    ValuesPanel values;
    PlaybackPanel playback;
    ExplainPanel explain;
    CanvasPanel canvas;
    ExportPanel exporting;
    LessonPanel lesson_panel;
    PredictPanel predict;
    FileDialog files;
    FilePurpose file_purpose = FilePurpose::open;
    SceneDocument doc;
    LessonDocument lesson;
    Presentation present;
    Pointer pointer;
    Settings settings;
    SettingsFile settings_file = SettingsFile::absent;  // what was found at start: may it be written over
    std::vector<Scene> presets = builtin_presets();
    PresetMenu preset_menu;
    ThemeKind theme = ThemeKind::light;  // the user's; presentation mode may show another
    std::string status;                  // one line at the bottom: the last thing that happened
    std::string message;                 // a failed open or save, in a modal until dismissed
    // The unsaved-changes prompt: what waits on "Save / Discard / Cancel", which documents it
    // would lose, and whether a Save As the prompt opened is under way.
    std::function<void()> after_prompt;
    Loses prompt_loses;
    bool prompt_due = false;
    bool saving_for_prompt = false;
    int injected_key = -1;               // the monkey's key pressed this frame, as if on the keyboard
    bool quitting = false;               // the user confirmed quitting with unsaved changes
    bool show_lesson_tab = false;        // a lesson was opened: bring its tab to the front once
    Clock::time_point started = Clock::now();
};

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;


void place(float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(std::max(w, 1.0f), std::max(h, 1.0f)), ImGuiCond_Always);
}

Lang lang_of(const Gui& gui) { return gui.state.lang(); }

void open_export(Gui& gui) { gui.exporting.open(gui.state, gui.canvas.options, gui.canvas.placed.width, gui.canvas.placed.height); }

void remember(Gui& gui, const std::string& path) {
    std::error_code error;
    const std::filesystem::path full = std::filesystem::absolute(path, error);
    add_recent(gui.settings.recent_files, (error ? std::filesystem::path(path) : full).lexically_normal().string());
}

// Every way a scene replaces the one on screen: the document follows it.
void show_scene(Gui& gui, const Scene& scene, const std::string& path = {}) {
    if (gui.state.show(scene)) gui.doc.reset(gui.state.scene(), path);
}

void show_lesson_scene(Gui& gui, size_t index, bool at_end = false) {
    if (!gui.lesson.lesson || index >= gui.lesson.lesson->scenes.size()) return;
    if (index == 0 && !at_end) gui.show_lesson_tab = true;
    gui.lesson.at = index;
    // Set first: a scene opened paused shows its start, one that plays plays from t = 0.
    gui.state.playback().playing = !gui.present.on;
    show_scene(gui, gui.lesson.lesson->scenes[index].scene);
    if (at_end) gui.state.to_end();
}

// The changes `loses` would throw away. In presentation mode a scene edited live is a
// demonstration, not a document.
Loses unsaved(const Gui& gui, Loses loses) {
    return {loses.scene && !gui.present.on && gui.doc.dirty(gui.state), loses.lesson && gui.lesson.dirty()};
}

// Runs `action` now, or after the user has saved or discarded the changes it would lose.
void guarded(Gui& gui, Loses loses, std::function<void()> action) {
    const Loses changes = unsaved(gui, loses);
    if (!changes.scene && !changes.lesson) {
        action();
        return;
    }
    gui.after_prompt = std::move(action);
    gui.prompt_loses = loses;
    gui.prompt_due = true;
}

void drop_prompt(Gui& gui) {
    gui.after_prompt = nullptr;
    gui.saving_for_prompt = false;
}

// After a save the prompt asked for: the prompt's question again, which now finds less (or
// nothing) unsaved and goes ahead.
void resume_prompt(Gui& gui) {
    gui.saving_for_prompt = false;
    if (gui.after_prompt) guarded(gui, gui.prompt_loses, std::exchange(gui.after_prompt, nullptr));
}

constexpr Loses kScene{true, false};
constexpr Loses kLesson{false, true};
constexpr Loses kBoth{true, true};

void open_preset(Gui& gui, const Scene* preset) {
    if (preset != nullptr) guarded(gui, kScene, [&gui, preset] { show_scene(gui, *preset); });
}

void open_path(Gui& gui, const std::string& path) {
    const Lang lang = lang_of(gui);
    if (kind_of_file(path) == FileKind::lesson) {
        Result<Lesson> lesson = load_lesson(path, lang);
        if (!lesson) {
            gui.message = lesson.error();
            return;
        }
        guarded(gui, kBoth, [&gui, path, opened = std::move(lesson).value()]() mutable {
            gui.lesson.reset(std::move(opened), path, false);
            remember(gui, path);
            show_lesson_scene(gui, 0);
            gui.status = tr(lang_of(gui), "status.opened", path);
        });
        return;
    }
    Result<Scene> scene = load_scene(path, lang);
    if (scene) {
        if (std::optional<std::string> invalid = validate(scene.value(), lang)) scene = Error{path + ": " + *invalid};
    }
    if (!scene) {
        gui.message = scene.error();
        return;
    }
    guarded(gui, kScene, [&gui, path, opened = std::move(scene).value()] {
        show_scene(gui, opened, path);
        remember(gui, path);
        gui.status = tr(lang_of(gui), "status.opened", path);
    });
}

void ask_for_file(Gui& gui, FilePurpose purpose) {
    const Lang lang = lang_of(gui);
    gui.file_purpose = purpose;
    switch (purpose) {
        case FilePurpose::open:
            gui.files.open(FileDialog::Mode::open, tr(lang, "file.open_title"), {".json", std::string(kLessonExtension)},
                           gui.doc.path.empty() ? gui.lesson.path : gui.doc.path);
            break;
        case FilePurpose::save_scene:
            gui.files.open(FileDialog::Mode::save, tr(lang, "file.save_scene_title"), {".json"},
                           gui.doc.path.empty() ? std::string("scene.json") : gui.doc.path);
            break;
        case FilePurpose::save_lesson:
            gui.files.open(FileDialog::Mode::save, tr(lang, "file.save_lesson_title"), {std::string(kLessonExtension)},
                           gui.lesson.path.empty() ? "lesson" + std::string(kLessonExtension) : gui.lesson.path);
            break;
    }
}

// Saves to the document's own file, or asks for one. True when it is saved now.
bool save_scene_file(Gui& gui) {
    if (gui.doc.path.empty()) {
        ask_for_file(gui, FilePurpose::save_scene);
        return false;
    }
    if (std::optional<std::string> error = gui.doc.save(gui.state.scene(), gui.doc.path, lang_of(gui))) {
        gui.message = *error;
        return false;
    }
    gui.status = tr(lang_of(gui), "status.saved", gui.doc.path);
    return true;
}

bool save_lesson_file(Gui& gui) {
    if (!gui.lesson.lesson) return true;
    if (gui.lesson.path.empty()) {
        ask_for_file(gui, FilePurpose::save_lesson);
        return false;
    }
    if (std::optional<std::string> error = gui.lesson.save(gui.lesson.path, lang_of(gui))) {
        gui.message = *error;
        return false;
    }
    gui.status = tr(lang_of(gui), "status.saved", gui.lesson.path);
    return true;
}

void file_chosen(Gui& gui, const std::string& path) {
    const Lang lang = lang_of(gui);
    switch (gui.file_purpose) {
        case FilePurpose::open: open_path(gui, path); return;
        case FilePurpose::save_scene:
            if (std::optional<std::string> error = gui.doc.save(gui.state.scene(), path, lang)) {
                gui.message = *error;
                drop_prompt(gui);
                return;
            }
            break;
        case FilePurpose::save_lesson:
            if (std::optional<std::string> error = gui.lesson.save(path, lang)) {
                gui.message = *error;
                drop_prompt(gui);
                return;
            }
            break;
    }
    remember(gui, path);
    gui.status = tr(lang, "status.saved", path);
    if (gui.saving_for_prompt) resume_prompt(gui);
}

void set_language(Gui& gui, Window& window, FrameRenderer& renderer, Lang lang) {
    // Both fonts first: without Chinese glyphs the interface stays in English and says why.
    std::optional<std::string> missing = renderer.use_lang(lang);
    if (!missing) missing = window.set_lang(lang);
    if (missing) {
        gui.status = *missing;
        renderer.use_lang(Lang::en);
        window.set_lang(Lang::en);
        lang = Lang::en;
    }
    gui.state.set_lang(lang);
    // The built-in lesson, unchanged, follows the language; the user's own lessons are theirs.
    if (gui.lesson.builtin && !gui.lesson.dirty()) {
        const size_t at = gui.lesson.at;
        gui.lesson.reset(builtin_lesson(lang), {}, true);
        gui.lesson.at = at;
    }
}

void start_presenting(Gui& gui, Window& window) {
    if (gui.present.on) return;
    gui.present.on = true;
    gui.present.blank = false;
    gui.present.strip = gui.settings.present_strip;
    window.set_fullscreen(true);
    const ThemeKind shown = gui.settings.present_contrast ? ThemeKind::contrast : gui.theme;
    window.set_theme(shown);
    gui.canvas.options.theme = shown;
    gui.canvas.fitted = true;
    gui.state.set_text_scale(gui.settings.present_text_scale);
    gui.state.playback().playing = false;
}

void stop_presenting(Gui& gui, Window& window) {
    gui.present.on = false;
    gui.present.blank = false;
    gui.settings.present_strip = gui.present.strip;
    window.set_fullscreen(false);
    window.set_theme(gui.theme);
    gui.canvas.options.theme = gui.theme;
    gui.canvas.fitted = true;
    gui.state.set_text_scale(1.0f);
}

void change_present_text(Gui& gui, float by) {
    gui.settings.present_text_scale = std::clamp(gui.settings.present_text_scale + by, 1.0f, 3.0f);
    gui.state.set_text_scale(gui.settings.present_text_scale);
}

// The scene on screen is now kept in the lesson: unless it has a file of its own, nothing of it is
// unsaved any more.
void stored_in_lesson(Gui& gui) {
    if (gui.doc.path.empty()) gui.doc.reset(gui.state.scene());
}

// The Lesson menu asks for what the Lesson tab's buttons ask for; handle_lesson_request does both.
LessonRequest lesson_menu_items(Gui& gui, Window& window) {
    using Kind = LessonRequest::Kind;
    const Lang lang = lang_of(gui);
    const bool open = gui.lesson.lesson.has_value();
    LessonRequest request;
    if (ImGui::MenuItem(tr(lang, "menu.lesson_new").c_str())) request.kind = Kind::create;
    if (ImGui::MenuItem(tr(lang, "menu.lesson_builtin").c_str())) request.kind = Kind::builtin;
    if (ImGui::MenuItem(tr(lang, "menu.lesson_save").c_str(), nullptr, false, open)) request.kind = Kind::save;
    if (ImGui::MenuItem(tr(lang, "menu.lesson_save_as").c_str(), nullptr, false, open)) request.kind = Kind::save_as;
    ImGui::Separator();
    const bool room = open && gui.lesson.lesson->scenes.size() < kMaxLessonScenes;
    if (ImGui::MenuItem(tr(lang, "menu.lesson_add").c_str(), nullptr, false, room) &&
        add_to_lesson(gui.lesson, gui.state.scene(), lang)) {
        request.kind = Kind::stored;
    }
    if (ImGui::MenuItem(tr(lang, "menu.present").c_str(), "F5")) start_presenting(gui, window);  // what is on screen
    return request;
}

LessonRequest menu_bar(Gui& gui, Window& window, FrameRenderer& renderer) {
    LessonRequest request;
    if (!ImGui::BeginMainMenuBar()) return request;
    const Lang lang = lang_of(gui);
    if (ImGui::BeginMenu(tr(lang, "menu.file").c_str())) {
        if (ImGui::MenuItem(tr(lang, "menu.open").c_str(), "Ctrl+O")) ask_for_file(gui, FilePurpose::open);
        if (ImGui::BeginMenu(tr(lang, "menu.recent").c_str(), !gui.settings.recent_files.empty())) {
            for (const std::string& path : std::vector<std::string>(gui.settings.recent_files)) {
                if (ImGui::MenuItem(path.c_str())) open_path(gui, path);
            }
            ImGui::Separator();
            if (ImGui::MenuItem(tr(lang, "menu.recent_clear").c_str())) gui.settings.recent_files.clear();
            ImGui::EndMenu();
        }
        if (ImGui::MenuItem(tr(lang, "menu.save").c_str(), "Ctrl+S")) save_scene_file(gui);
        if (ImGui::MenuItem(tr(lang, "menu.save_as").c_str(), "Ctrl+Shift+S")) ask_for_file(gui, FilePurpose::save_scene);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(lang, "menu.export").c_str(), "Ctrl+E")) open_export(gui);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(lang, "menu.quit").c_str(), "Ctrl+Q")) window.request_close();
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(lang, "menu.presets").c_str())) {
        open_preset(gui, gui.preset_menu.items(gui.state, gui.presets));
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(lang, "menu.lesson").c_str())) {
        request = lesson_menu_items(gui, window);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(lang, "menu.view").c_str())) {
        for (ThemeKind theme : {ThemeKind::light, ThemeKind::dark, ThemeKind::contrast}) {
            if (ImGui::MenuItem(tr(lang, cat("menu.theme_", name(theme))).c_str(), nullptr, gui.theme == theme)) {
                gui.theme = theme;
                window.set_theme(theme);
                gui.canvas.options.theme = theme;
            }
        }
        if (ImGui::BeginMenu(tr(lang, "menu.language").c_str())) {
            for (Lang l : kLanguages) {
                if (ImGui::MenuItem(native_name(l), nullptr, l == lang)) {
                    set_language(gui, window, renderer, l);
                    if (gui.state.lang() == l) gui.settings.lang = code(l);  // remembered only when chosen here
                }
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr(lang, "menu.larger").c_str(), "Ctrl+=")) window.set_font_scale(std::min(window.font_scale() + 0.125f, 3.0f));
        if (ImGui::MenuItem(tr(lang, "menu.smaller").c_str(), "Ctrl+-")) window.set_font_scale(std::max(window.font_scale() - 0.125f, 0.625f));
        ImGui::MenuItem(tr(lang, "menu.labels").c_str(), nullptr, &gui.canvas.options.labels);
        if (ImGui::MenuItem(tr(lang, "menu.fit").c_str(), tr(lang, "menu.fit_key").c_str())) gui.canvas.fitted = true;
        ImGui::MenuItem(tr(lang, "menu.side_panels").c_str(), "F9", &gui.settings.panels_shown);
        ImGui::Separator();
        ImGui::MenuItem(tr(lang, "menu.predict").c_str(), nullptr, &gui.predict.enabled);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(lang, "menu.predict_tip").c_str());
        ImGui::Separator();
        if (ImGui::MenuItem(tr(lang, "menu.present").c_str(), "F5")) start_presenting(gui, window);
        ImGui::MenuItem(tr(lang, "menu.present_strip").c_str(), nullptr, &gui.settings.present_strip);
        ImGui::MenuItem(tr(lang, "menu.present_contrast").c_str(), nullptr, &gui.settings.present_contrast);
        ImGui::EndMenu();
    }
    const bool dirty = gui.doc.dirty(gui.state);
    ImGui::TextDisabled("  %s", document_title(gui.doc, scene_title(gui.state.scene(), lang), dirty).c_str());
    if (dirty && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(lang, "status.unsaved").c_str());
    ImGui::EndMainMenuBar();
    return request;
}

// The modals: unsaved changes, a failed open or save, the file dialog.
void dialogs(Gui& gui) {
    const Lang lang = lang_of(gui);
    if (std::optional<std::string> path = gui.files.draw(lang)) file_chosen(gui, *path);
    if (gui.saving_for_prompt && !gui.files.is_open()) drop_prompt(gui);  // its Save As was cancelled
    const std::string prompt = tr(lang, "prompt.title") + "###unsaved";
    if (gui.prompt_due) {
        ImGui::OpenPopup(prompt.c_str());
        gui.prompt_due = false;
    }
    if (ImGui::BeginPopupModal(prompt.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        const Loses changes = unsaved(gui, gui.prompt_loses);
        const bool scene_dirty = changes.scene;
        const bool lesson_dirty = changes.lesson;
        if (scene_dirty) {
            ImGui::TextUnformatted(tr(lang, "prompt.scene", document_title(gui.doc, scene_title(gui.state.scene(), lang), false)).c_str());
        }
        if (lesson_dirty) ImGui::TextUnformatted(tr(lang, "prompt.lesson", gui.lesson.lesson->title).c_str());
        ImGui::TextUnformatted(tr(lang, "prompt.question").c_str());
        ImGui::Spacing();
        if (ImGui::Button(tr(lang, "prompt.save").c_str())) {
            ImGui::CloseCurrentPopup();
            // One document at a time: a Save As waits for its file, then the question comes back.
            const bool saved = scene_dirty ? save_scene_file(gui) : save_lesson_file(gui);
            if (saved) {
                resume_prompt(gui);
            } else if (gui.files.is_open()) {
                gui.saving_for_prompt = true;
            } else {
                drop_prompt(gui);  // the save failed; its message says why
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, "prompt.discard").c_str())) {
            ImGui::CloseCurrentPopup();
            if (gui.after_prompt) std::exchange(gui.after_prompt, nullptr)();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, "prompt.cancel").c_str())) {
            ImGui::CloseCurrentPopup();
            drop_prompt(gui);
        }
        ImGui::EndPopup();
    }
    const std::string failed = tr(lang, "message.title") + "###message";
    if (!gui.message.empty() && !ImGui::IsPopupOpen(failed.c_str())) ImGui::OpenPopup(failed.c_str());
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ImGui::GetIO().DisplaySize.x * 0.6f, FLT_MAX));
    if (ImGui::BeginPopupModal(failed.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushTextWrapPos(ImGui::GetIO().DisplaySize.x * 0.55f);
        ImGui::TextUnformatted(gui.message.c_str());
        ImGui::TextDisabled("%s", tr(lang, "message.nothing_lost").c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(tr(lang, "message.ok").c_str())) {
            gui.message.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

void handle_lesson_request(Gui& gui, Window& window, const LessonRequest& request) {
    switch (request.kind) {
        case LessonRequest::Kind::none: return;
        case LessonRequest::Kind::show: guarded(gui, kScene, [&gui, i = request.index] { show_lesson_scene(gui, i); }); return;
        case LessonRequest::Kind::stored: stored_in_lesson(gui); return;
        case LessonRequest::Kind::create:
            guarded(gui, kLesson, [&gui] { gui.lesson.reset(Lesson{tr(lang_of(gui), "lesson.untitled"), {}}, {}, false); });
            return;
        case LessonRequest::Kind::builtin:
            guarded(gui, kBoth, [&gui] {
                gui.lesson.reset(builtin_lesson(lang_of(gui)), {}, true);
                show_lesson_scene(gui, 0);
            });
            return;
        case LessonRequest::Kind::open: ask_for_file(gui, FilePurpose::open); return;
        case LessonRequest::Kind::save: save_lesson_file(gui); return;
        case LessonRequest::Kind::save_as: ask_for_file(gui, FilePurpose::save_lesson); return;
        case LessonRequest::Kind::present:
            guarded(gui, kScene, [&gui, &window, i = request.index] {
                show_lesson_scene(gui, i);
                start_presenting(gui, window);
            });
            return;
    }
}

bool pressed(const Gui& gui, int glfw_key, bool repeat = true) {
    return gui.injected_key == glfw_key || ImGui::IsKeyPressed(glfw_key, repeat);
}

// Presentation mode's keys, whatever has the keyboard's focus: there is nothing else on screen.
void presentation_keys(Gui& gui, Window& window) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_EQUAL)) change_present_text(gui, 0.25f);
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_MINUS)) change_present_text(gui, -0.25f);
    if (pressed(gui, GLFW_KEY_F5, false)) {
        stop_presenting(gui, window);
        return;
    }
    for (int key : {GLFW_KEY_PAGE_DOWN, GLFW_KEY_RIGHT, GLFW_KEY_DOWN, GLFW_KEY_PAGE_UP, GLFW_KEY_LEFT, GLFW_KEY_UP,
                    GLFW_KEY_SPACE, GLFW_KEY_B, GLFW_KEY_PERIOD, GLFW_KEY_HOME, GLFW_KEY_END, GLFW_KEY_ESCAPE, GLFW_KEY_P}) {
        const std::optional<Clicker> action = clicker_for_key(key);
        const bool repeats = action == Clicker::next || action == Clicker::previous;
        if (!action || !pressed(gui, key, repeats) || io.KeyCtrl) continue;
        const SceneMove move = gui.present.press(*action, gui.state, gui.lesson.has_next(), gui.lesson.has_previous());
        if (move == SceneMove::next) show_lesson_scene(gui, gui.lesson.at + 1);
        if (move == SceneMove::previous) show_lesson_scene(gui, gui.lesson.at - 1, true);
        if (!gui.present.on) {
            stop_presenting(gui, window);
            return;
        }
    }
}

void draw_presentation(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target, double now) {
    presentation_keys(gui, window);
    if (!gui.present.on) return;
    const ImGuiIO& io = ImGui::GetIO();
    place(0, 0, io.DisplaySize.x, io.DisplaySize.y);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    // A pointer left resting over the canvas hovers nothing: no ring, no tooltip on the projector.
    gui.pointer.see(io.MousePos.x, io.MousePos.y, now);
    gui.canvas.pointer_resting = !gui.pointer.moving(now);
    if (ImGui::Begin("Canvas", nullptr,
                     kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                         ImGuiWindowFlags_NoScrollWithMouse)) {
        gui.canvas.draw(gui.state, renderer, target);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    gui.canvas.pointer_resting = false;
    // The system cursor hidden (the GLFW backend applies ImGui's cursor every frame); the overlay
    // draws a large highlight while the mouse moves.
    ImGui::SetMouseCursor(ImGuiMouseCursor_None);
    draw_presentation_overlay(gui.present, gui.state, gui.lesson, gui.pointer, now);
}

void shortcuts(Gui& gui, Window& window) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_Q)) window.request_close();
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_E)) open_export(gui);
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_O, false)) ask_for_file(gui, FilePurpose::open);
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_S, false)) {
        if (io.KeyShift) {
            ask_for_file(gui, FilePurpose::save_scene);
        } else {
            save_scene_file(gui);
        }
    }
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_EQUAL)) window.set_font_scale(std::min(window.font_scale() + 0.125f, 3.0f));
    if (io.KeyCtrl && pressed(gui, GLFW_KEY_MINUS)) window.set_font_scale(std::max(window.font_scale() - 0.125f, 0.625f));
    if (pressed(gui, GLFW_KEY_F5, false) && !io.WantTextInput) start_presenting(gui, window);
    if (pressed(gui, GLFW_KEY_F9, false) && !io.WantTextInput) gui.settings.panels_shown = !gui.settings.panels_shown;
}

// The window's panels around the canvas, the canvas, the predict card and the dialogs.
void draw_panels(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target, bool covered) {
    const ImGuiIO& io = ImGui::GetIO();
    const Lang lang = lang_of(gui);
    const float em = ImGui::GetFontSize();
    const float top = ImGui::GetFrameHeight();
    const float width = io.DisplaySize.x;
    const float height = io.DisplaySize.y;
    const float bottom = ImGui::GetFrameHeightWithSpacing() + 2.0f * ImGui::GetStyle().WindowPadding.y +
                         (gui.status.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing());
    const PanelLayout layout = layout_panels({.width = width,
                                              .height = height,
                                              .top = top,
                                              .bottom = bottom,
                                              .em = em,
                                              .left_em = gui.settings.left_panel_em,
                                              .right_em = gui.settings.right_panel_em,
                                              .panels_shown = gui.settings.panels_shown});
    const PanelRect& middle = layout.canvas;

    LessonRequest request;
    if (gui.settings.panels_shown) {
        place(layout.left.x, layout.left.y, layout.left.width, layout.left.height);
        if (ImGui::Begin("Setup", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
            if (ImGui::BeginTabBar("setup")) {
                if (ImGui::BeginTabItem((tr(lang, "tab.parameters") + "###parameters").c_str())) {
                    gui.params.draw(gui.state);
                    ImGui::EndTabItem();
                }
                if (ImGui::BeginTabItem((tr(lang, "tab.values") + "###values").c_str())) {
                    open_preset(gui, gui.values.draw(gui.state, gui.presets));
                    ImGui::EndTabItem();
                }
                const ImGuiTabItemFlags select = std::exchange(gui.show_lesson_tab, false) ? ImGuiTabItemFlags_SetSelected : 0;
                if (ImGui::BeginTabItem((tr(lang, "tab.lesson") + "###lesson").c_str(), nullptr, select)) {
                    request = gui.lesson_panel.draw(gui.lesson, gui.state);
                    ImGui::EndTabItem();
                }
                ImGui::EndTabBar();
            }
        }
        ImGui::End();
    }
    handle_lesson_request(gui, window, request);

    if (gui.settings.panels_shown) {
        place(layout.right.x, layout.right.y, layout.right.width, layout.right.height);
        if (ImGui::Begin("Explain", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) gui.explain.draw(gui.state, covered);
        ImGui::End();
    }

    place(0, height - bottom, width, bottom);
    if (ImGui::Begin("Playback", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
        if (covered) ImGui::BeginDisabled();
        gui.playback.draw(gui.state);
        if (covered) ImGui::EndDisabled();
        if (!gui.status.empty()) ImGui::TextColored(ImVec4(0.80f, 0.30f, 0.09f, 1.0f), "%s", gui.status.c_str());
    }
    ImGui::End();

    place(middle.x, middle.y, middle.width, middle.height);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    if (ImGui::Begin("Canvas", nullptr,
                     kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar |
                         ImGuiWindowFlags_NoScrollWithMouse)) {
        // The panels' edges first: where they overlap the canvas, the mouse is theirs.
        if (gui.settings.panels_shown) {
            panel_edge("##left_edge", gui.settings.left_panel_em, layout.left, true, em, width);
            panel_edge("##right_edge", gui.settings.right_panel_em, layout.right, false, em, width);
        }
        if (!covered) gui.canvas.draw(gui.state, renderer, target);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    gui.predict.draw(gui.state, ImVec2(middle.x, middle.y), ImVec2(middle.width, middle.height));
    gui.exporting.draw(gui.state, renderer);
    dialogs(gui);
}

void draw_ui(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target, double now) {
    if (gui.present.on) {
        // Leaving (Esc, F5) takes effect from the next frame: the same F5 must not enter again.
        draw_presentation(gui, window, renderer, target, now);
        return;
    }
    // While a dialog or the prompt is open, the shortcuts and dropped files wait: they would
    // replace what the dialog is about.
    if (pressed(gui, GLFW_KEY_ESCAPE, false)) close_menus_on_escape();
    const bool modal = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    if (!modal) {
        for (const std::string& path : window.take_dropped()) open_path(gui, path);
    }
    // ImGui 1.86 names only a few keys; its GLFW backend indexes KeysDown by GLFW key code.
    if (!modal) shortcuts(gui, window);
    const bool covered = gui.predict.covering(gui.state);
    if (!covered && !modal) PlaybackPanel::handle_keys(gui.state, gui.injected_key);
    handle_lesson_request(gui, window, menu_bar(gui, window, renderer));
    draw_panels(gui, window, renderer, target, covered);
}

// One whole frame: compose, build the UI (the canvas renders offscreen meanwhile), draw ImGui.
// `feed_input`: the monkey test's hand (Window::begin_frame).
void render_frame(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target,
                  const std::function<void()>& feed_input = nullptr) {
    gui.state.compose();
    window.begin_frame(feed_input);
    draw_ui(gui, window, renderer, target, std::chrono::duration<double>(Clock::now() - gui.started).count());
    int w = 0, h = 0;
    window.framebuffer_size(w, h);
    const Colour& page = palette(gui.canvas.options.theme).page;
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
        gui.state.finish_pending();
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

// --bench-frames: this process's resident memory from /proc/self/status (Linux), so a soak can
// see creep without an outside tool. Zero where the file or a field is missing.
struct ResidentMemory {
    double peak_mb = 0.0;     // VmHWM: the high-water mark since the process started
    double current_mb = 0.0;  // VmRSS: now
};

ResidentMemory resident_memory() {
    ResidentMemory memory;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        long long kb = 0;
        if (std::sscanf(line.c_str(), "VmHWM: %lld kB", &kb) == 1) memory.peak_mb = static_cast<double>(kb) / 1024.0;
        if (std::sscanf(line.c_str(), "VmRSS: %lld kB", &kb) == 1) memory.current_mb = static_cast<double>(kb) / 1024.0;
    }
    return memory;
}

// --bench-report-every: the frames [first, end) of `times`, their median and p95, the memory now.
std::string bench_report(const std::vector<double>& times, size_t first, double elapsed_s) {
    const std::vector<double> span(times.begin() + static_cast<std::ptrdiff_t>(first), times.end());
    char line[200];
    std::snprintf(line, sizeof line, "report frames=%zu-%zu frame_ms median=%.2f p95=%.2f rss_mb=%.1f elapsed_s=%.1f",
                  first + 1, times.size(), percentile(span, 0.5), percentile(span, 0.95), resident_memory().current_mb,
                  elapsed_s);
    return line;
}

// The window is asked to close: true when it may, now; otherwise the close waits for the
// unsaved-changes prompt, whose Save or Discard asks again.
bool close_confirmed(Gui& gui, Window& window) {
    const bool unsaved = gui.doc.dirty(gui.state) || gui.lesson.dirty();
    if (!unsaved || gui.quitting) return true;
    window.cancel_close();
    if (gui.present.on) stop_presenting(gui, window);
    guarded(gui, kBoth, [&gui, &window] {
        gui.quitting = true;
        window.request_close();
    });
    return false;
}

// What persists of the session, written to `config` as the app closes.
void save_session(Gui& gui, Window& window, const std::string& config, std::ostream& err) {
    if (gui.present.on) stop_presenting(gui, window);  // the window's own place, not the monitor's
    const Placement place_now = window.placement();
    Settings settings = gui.settings;
    settings.window_x = place_now.x;
    settings.window_y = place_now.y;
    settings.window_width = place_now.width;
    settings.window_height = place_now.height;
    settings.theme = gui.theme;
    settings.font_scale = window.font_scale();
    settings.last_scene = scene_to_restore(gui.doc, gui.state.scene());
    if (std::optional<std::string> error = save_settings_over(settings, config, gui.settings_file, gui.state.lang())) {
        err << "convviz: " << *error << "\n";
    }
}

// The monkey's hand for one frame: ImGui's input, the key through the app's own key handling (as
// --keys presses it), and the requests no click makes reliably, each as the app's own control does.
void monkey_frame(Gui& gui, Window& window, Monkey& monkey, FrameRenderer& renderer, const Placement& start,
                  std::ostream& log) {
    const MonkeyInput input = monkey.next(read_screen());
    if (const std::string what = describe(input); !what.empty()) {
        log << "monkey " << monkey.counts().frames << ": " << what << "\n";
    }
    feed_imgui(input, ImGui::GetIO());
    gui.injected_key = input.key_pressed ? input.key : -1;
    if (input.request == MonkeyRequest::resize) {
        // Half the time back to the size it started at; otherwise anything from a sliver to a
        // large window (no larger: the sanitizers' frame rate falls with the pixels).
        const uint32_t pick = input.pick;
        if (pick % 2 == 0) {
            window.resize(start.width, start.height);
        } else {
            window.resize(static_cast<int>(48 + pick / 2 % 1233), static_cast<int>(36 + pick / 2466 % 765));
        }
        return;
    }
    // Only what a hand could reach: no menus, combos or dialog buttons while presenting or while a
    // popup has the mouse.
    if (gui.present.on || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    switch (input.request) {
        case MonkeyRequest::none: break;
        case MonkeyRequest::preset:
            if (!gui.presets.empty()) open_preset(gui, &gui.presets[input.pick % gui.presets.size()]);
            break;
        case MonkeyRequest::view: {
            if (!gui.state.has_scene()) break;
            const std::vector<ViewKind> views = views_for(gui.state.scene().params);
            if (views.empty()) break;
            Scene scene = gui.state.scene();
            scene.view.kind = views[input.pick % views.size()];
            gui.state.show(std::move(scene), /*keep_time=*/true);
            break;
        }
        case MonkeyRequest::language: {
            const Lang lang = kLanguages[input.pick % std::size(kLanguages)];
            set_language(gui, window, renderer, lang);
            if (gui.state.lang() == lang) gui.settings.lang = code(lang);
            break;
        }
        case MonkeyRequest::theme: {
            const ThemeKind theme = std::array{ThemeKind::light, ThemeKind::dark, ThemeKind::contrast}[input.pick % 3];
            gui.theme = theme;
            window.set_theme(theme);
            gui.canvas.options.theme = theme;
            break;
        }
        case MonkeyRequest::predict: gui.predict.enabled = !gui.predict.enabled; break;
        case MonkeyRequest::resize: break;  // above: an edge can be dragged whatever is open
        case MonkeyRequest::name_export: {
            // As a hand types a name into the File field and presses a size button: the fields may
            // hold anything the monkey typed before.
            if (!gui.exporting.visible() || gui.exporting.running()) break;
            constexpr const char* kExtensions[] = {".gif", ".png", ".mp4"};
            constexpr int kSizes[][2] = {{960, 540}, {640, 360}, {320, 240}};
            std::error_code error;
            const std::filesystem::path here = std::filesystem::current_path(error);
            const std::string name = cat("monkey-export-", input.pick % 1000, kExtensions[input.pick % 3]);
            gui.exporting.set_path((here / name).string());
            gui.exporting.settings.width = kSizes[input.pick / 3 % 3][0];
            gui.exporting.settings.height = kSizes[input.pick / 3 % 3][1];
            break;
        }
        case MonkeyRequest::start_export:
            if (gui.exporting.can_start()) gui.exporting.start(gui.state, renderer);
            break;
        case MonkeyRequest::cancel_export:
            if (gui.exporting.visible() && gui.exporting.can_cancel()) gui.exporting.cancel();
            break;
    }
}

// --monkey: random input every frame from a printed seed until the frames or the seconds run out.
// The animation advances a fixed 1/60 s a frame and nothing sleeps, so a seed replays the same
// session (an export's progress, which follows the clock, aside). Quitting is refused and counted,
// after the unsaved-changes prompt when there is something to lose.
// Files go where it runs: saves and exports in the working folder (the file dialog stays within
// it), the settings in convviz-monkey-settings.json there. Each frame's doings go to `err`.
int run_monkey(Gui& gui, Window& window, FrameRenderer& renderer, RenderTarget& target, const GuiOptions& options,
               std::ostream& out, std::ostream& err) {
    const auto seed = static_cast<uint32_t>(options.monkey_seed);
    out << "monkey: seed " << seed << " (re-run: convviz --monkey " << seed << " --monkey-seconds "
        << options.monkey_seconds << " --monkey-frames " << options.monkey_frames;
    if (options.width > 0) out << " --size " << options.width << "x" << options.height;
    out << ")" << std::endl;
    std::error_code error;
    const std::filesystem::path here = std::filesystem::current_path(error);
    gui.files.confine_to(here.string());
    Monkey monkey(MonkeyParams{.seed = seed});
    MonkeyCounts& counts = monkey.counts();
    const Placement start = window.placement();
    std::vector<double> times;
    const Clock::time_point until = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                       std::chrono::duration<double>(options.monkey_seconds));
    while ((options.monkey_frames <= 0 || counts.frames < options.monkey_frames) && Clock::now() < until) {
        const Clock::time_point begin = Clock::now();
        window.poll_events();
        gui.state.advance(1.0 / 60.0);
        const std::string preset = gui.state.scene().id;
        const ViewKind view = gui.state.scene().view.kind;
        render_frame(gui, window, renderer, target, [&] { monkey_frame(gui, window, monkey, renderer, start, err); });
        window.swap();
        gui.injected_key = -1;
        if (gui.state.scene().id != preset && !gui.state.scene().id.empty()) {
            ++counts.presets;
        } else if (gui.state.scene().view.kind != view) {
            ++counts.views;
        }
        if (window.should_close() && close_confirmed(gui, window)) {
            window.cancel_close();
            gui.quitting = false;
            ++counts.quits_refused;
        }
        times.push_back(milliseconds(Clock::now() - begin));
    }
    counts.exports_started = gui.exporting.starts();
    counts.exports_cancelled = gui.exporting.cancels();
    gui.exporting.cancel();
    save_session(gui, window, (here / "convviz-monkey-settings.json").string(), err);
    out << summary(counts, times.empty() ? 0.0 : percentile(times, 0.5),
                   times.empty() ? 0.0 : *std::max_element(times.begin(), times.end()))
        << std::endl;
    return 0;
}

}  // namespace

int run_gui(const GuiOptions& options, std::ostream& out, std::ostream& err) {
    const bool monkey = options.monkey_seed >= 0;
    // Measurements and the monkey test are reproducible: a fixed window, English unless asked,
    // and neither reads the user's settings.
    const bool measuring =
        !options.screenshot.empty() || options.bench_frames > 0 || !options.export_to.empty() || monkey;
    if ((options.width != 0 || options.height != 0) &&
        (options.width < kMinWindowWidth || options.height < kMinWindowHeight || options.width > kMaxWindowSide ||
         options.height > kMaxWindowSide)) {
        err << "convviz: --size must be between " << kMinWindowWidth << "x" << kMinWindowHeight << " and "
            << kMaxWindowSide << "x" << kMaxWindowSide << ", got " << options.width << "x" << options.height << "\n";
        return 2;
    }
    if (monkey && (options.monkey_seed > 0xFFFF'FFFFLL || !std::isfinite(options.monkey_seconds) ||
                   options.monkey_seconds <= 0.0 || options.monkey_frames < 0)) {
        err << "convviz: --monkey takes a seed from 0 to 4294967295, --monkey-seconds more than 0 and "
               "--monkey-frames 0 or more\n";
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
    LoadedSettings loaded = load_settings(config, measuring ? Lang::en : system_lang());
    Settings settings = loaded.settings;
    if (!options.theme.empty()) {
        const std::optional<ThemeKind> theme = parse_theme(options.theme);
        if (!theme) {
            err << "convviz: --theme must be light, dark or contrast, got '" << options.theme << "'\n";
            return 2;
        }
        settings.theme = *theme;
    }

    // The language: --lang, else the saved choice, else the system's (measurements: English).
    Lang lang = measuring ? Lang::en : system_lang();
    if (std::optional<Lang> saved = parse_lang(settings.lang)) lang = *saved;
    if (!options.lang.empty()) {
        const std::optional<Lang> asked = parse_lang(options.lang);
        if (!asked) {
            err << "convviz: --lang must be en or zh-CN, got '" << options.lang << "'\n";
            return 2;
        }
        lang = *asked;
    }

    std::string note;
    Result<Scene> scene = first_scene(options, settings, lang, note);
    if (!scene) {
        err << "convviz: " << scene.error() << "\n";
        return 2;
    }
    std::optional<Lesson> lesson;
    if (!options.lesson.empty()) {
        Result<Lesson> loaded_lesson = options.lesson == "builtin" ? Result<Lesson>(builtin_lesson(lang))
                                                                   : load_lesson(options.lesson, lang);
        if (!loaded_lesson) {
            err << "convviz: " << loaded_lesson.error() << "\n";
            return 2;
        }
        if (loaded_lesson.value().scenes.empty()) {
            err << "convviz: the lesson " << options.lesson << " has no scenes\n";
            return 2;
        }
        lesson = std::move(loaded_lesson).value();
    }

    WindowParams params;
    params.x = settings.window_x;
    params.y = settings.window_y;
    params.width = measuring ? (options.width > 0 ? options.width : 1280) : settings.window_width;
    params.height = measuring ? (options.height > 0 ? options.height : 720) : settings.window_height;
    params.fixed_size = measuring;
    params.font_scale = settings.font_scale;
    params.theme = settings.theme;
    params.lang = lang;
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
    gui.settings = settings;
    gui.settings_file = loaded.file;
    gui.theme = settings.theme;
    gui.canvas.options.theme = settings.theme;
    gui.predict.enabled = options.predict;
    // Without the Chinese font the app stays in English and says so once (README): the window's
    // own warning about the font is that same fact, so it gives way to this one.
    set_language(gui, window, renderer, lang);
    const bool fell_back = gui.state.lang() != lang;
    const std::string fallback = fell_back ? cat(gui.status, "; staying in English") : std::string();
    for (const std::string& warning : {loaded.warning.value_or(""), fell_back ? fallback : window.font_warning(), note}) {
        if (warning.empty()) continue;
        err << "convviz: " << warning << "\n";
        gui.status = warning;
    }
    if (fell_back && lesson && options.lesson == "builtin") lesson = builtin_lesson(gui.state.lang());
    show_scene(gui, scene.value(), options.scene_file);
    if (lesson) {
        const bool builtin = options.lesson == "builtin";
        gui.lesson.reset(std::move(*lesson), builtin ? std::string() : options.lesson, builtin);
        show_lesson_scene(gui, 0);
    }
    if (options.present) start_presenting(gui, window);
    gui.canvas.follow_mouse = !measuring || monkey;
    // A screenshot, a benchmark or an export is of the scene itself, not of the frames drawn while
    // a long op is computed aside; the monkey and a user go on meanwhile.
    if (measuring && !monkey) gui.state.finish_pending();
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
    if (monkey) return run_monkey(gui, window, renderer, target, options, out, err);
    if (options.export_dialog) open_export(gui);

    if (!options.screenshot.empty()) {
        gui.state.playback().playing = false;
        gui.canvas.pinned = options.hover;
        // ImGui settles its layout over the first frames; the third is the one a user sees.
        for (int i = 0; i < 3; ++i) {
            window.poll_events();
            gui.state.finish_pending();  // the layout for the canvas, when a long op made it aside
            gui.state.seek(options.at);
            render_frame(gui, window, renderer, target);
            if (i < 2) window.swap();
        }
        // --keys: each key pressed for one frame, then a frame without it, as a hand would. The
        // press goes into ImGui's keyboard state, where every handler reads it (presentation's and
        // the window's alike), not through the window system, whose focus other windows on the
        // display may take.
        for (int key : options.keys) {
            for (bool down : {true, false}) {
                window.swap();
                window.poll_events();
                render_frame(gui, window, renderer, target, [key, down] {
                    ImGuiIO& io = ImGui::GetIO();
                    io.KeysDown[key] = down;
                    // ImGui 1.86 drops every key held when the window has lost the focus (another
                    // app's window opening on the display, as in the tests run side by side): the
                    // keys come from the command line, not from the window's keyboard.
                    io.AppFocusLost = false;
                });
            }
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
        const StepCount count = step_count(gui.state);
        out << "presenting=" << gui.present.on << " blank=" << gui.present.blank << " strip=" << gui.present.strip
            << " step=" << count.step << "/" << count.steps << " lesson_scene="
            << (gui.lesson.lesson ? static_cast<int64_t>(gui.lesson.at) + 1 : 0)
            << " lang=" << code(gui.state.lang()) << " missing_glyphs=" << window.missing_glyphs(gui.state.lang())
            << "/" << renderer.missing_glyphs(gui.state.lang()) << "\n";
        return 0;
    }

    if (options.bench_frames > 0) {
        std::vector<double> times;
        times.reserve(static_cast<size_t>(options.bench_frames));
        double startup = 0.0;
        const Clock::time_point bench_start = Clock::now();
        size_t report_from = 0;
        for (int64_t i = 0; i < options.bench_frames; ++i) {
            const Clock::time_point begin = Clock::now();
            window.poll_events();
            gui.state.advance(1.0 / 60.0);
            render_frame(gui, window, renderer, target);
            window.swap();
            finish_gpu();
            // The first frame lays the scene out for the canvas; a long op is laid out aside, and
            // the frames measured are the scene's own.
            if (i == 0) gui.state.finish_pending();
            const Clock::time_point end = Clock::now();
            if (i == 0) startup = milliseconds(end - options.started);
            times.push_back(milliseconds(end - begin));
            // Flushed at once: a soak reads these while it runs, or after it was cut short.
            if (options.bench_report_every > 0 && (i + 1) % options.bench_report_every == 0) {
                out << bench_report(times, report_from, milliseconds(end - bench_start) / 1000.0) << "\n" << std::flush;
                report_from = times.size();
            }
        }
        char line[160];
        std::snprintf(line, sizeof line, "startup_ms=%.1f frames=%lld", startup, static_cast<long long>(times.size()));
        out << line << "\n";
        // Before frame_ms, which stays the last line (tests read it there).
        const ResidentMemory memory = resident_memory();
        std::snprintf(line, sizeof line, "rss_mb peak=%.1f current=%.1f", memory.peak_mb, memory.current_mb);
        out << line << "\n";
        std::snprintf(line, sizeof line, "frame_ms median=%.2f p95=%.2f max=%.2f", percentile(times, 0.5),
                      percentile(times, 0.95), *std::max_element(times.begin(), times.end()));
        out << line << "\n";
        return 0;
    }

    Clock::time_point last = Clock::now();
    int quiet_frames = 0;
    while (true) {
        if (window.should_close() && close_confirmed(gui, window)) break;
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

    save_session(gui, window, config, err);
    return 0;
}

}  // namespace convviz
