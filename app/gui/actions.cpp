#include "app/gui/actions.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <utility>

#include "app/gui/platform.hpp"
#include "core/i18n/strings.hpp"
#include "core/lesson.hpp"
#include "core/scene_link.hpp"

namespace convviz {

namespace {

Lang lang_of(const Workspace& ws) { return ws.state.lang(); }

void remember(Workspace& ws, const std::string& path) {
    std::error_code error;
    const std::filesystem::path full = std::filesystem::absolute(path, error);
    add_recent(ws.settings.recent_files, (error ? std::filesystem::path(path) : full).lexically_normal().string());
}

// A history step's scene back on screen, with its document when the step had replaced it.
void apply(Workspace& ws, const HistoryMove& move) {
    ws.state.show(move.scene, /*keep_time=*/true);
    if (move.document) ws.doc = *move.document;
}

}  // namespace

ThemeKind shown_theme(const Workspace& ws) {
    return ws.present.on && ws.settings.present_contrast ? ThemeKind::contrast : ws.theme;
}

void show_scene(Workspace& ws, const Scene& scene, const std::string& path) {
    if (!ws.state.show(scene)) return;
    ws.doc.reset(ws.state.scene(), path);
    if (!path.empty()) ws.history.reset(ws.state, ws.doc);
}

void show_lesson_scene(Workspace& ws, size_t index, bool at_end) {
    if (!ws.lesson.lesson || index >= ws.lesson.lesson->scenes.size()) return;
    if (index == 0 && !at_end) ws.show_lesson_tab = true;
    ws.lesson.at = index;
    // Set first: a scene opened paused shows its start, one that plays plays from t = 0.
    ws.state.playback().playing = !ws.present.on;
    show_scene(ws, ws.lesson.lesson->scenes[index].scene);
    if (at_end) ws.state.to_end();
}

// In presentation mode a scene edited live is a demonstration, not a document.
Loses unsaved(const Workspace& ws, Loses loses) {
    return {loses.scene && !ws.present.on && ws.doc.dirty(ws.state), loses.lesson && ws.lesson.dirty()};
}

void guarded(Workspace& ws, Loses loses, std::function<void()> action) {
    const Loses changes = unsaved(ws, loses);
    if (!changes.scene && !changes.lesson) {
        action();
        return;
    }
    ws.prompt.after = std::move(action);
    ws.prompt.loses = loses;
    ws.prompt.due = true;
}

void drop_prompt(Workspace& ws) {
    ws.prompt.after = nullptr;
    ws.prompt.saving = false;
}

void resume_prompt(Workspace& ws) {
    ws.prompt.saving = false;
    if (ws.prompt.after) guarded(ws, ws.prompt.loses, std::exchange(ws.prompt.after, nullptr));
}

void open_preset(Workspace& ws, const Scene* preset) {
    if (preset != nullptr) guarded(ws, kScene, [&ws, preset] { show_scene(ws, *preset); });
}

void open_path(Workspace& ws, const std::string& path) {
    const Lang lang = lang_of(ws);
    if (kind_of_file(path) == FileKind::lesson) {
        Result<Lesson> lesson = load_lesson(path, lang);
        if (!lesson) {
            ws.message = lesson.error();
            return;
        }
        guarded(ws, kBoth, [&ws, path, opened = std::move(lesson).value()]() mutable {
            ws.lesson.reset(std::move(opened), path, false);
            remember(ws, path);
            show_lesson_scene(ws, 0);
            ws.history.reset(ws.state, ws.doc);
            ws.status = tr(lang_of(ws), "status.opened", path);
        });
        return;
    }
    Result<Scene> scene = load_scene(path, lang);
    if (scene) {
        if (std::optional<std::string> invalid = validate(scene.value(), lang)) scene = Error{path + ": " + *invalid};
    }
    if (!scene) {
        ws.message = scene.error();
        return;
    }
    guarded(ws, kScene, [&ws, path, opened = std::move(scene).value()] {
        show_scene(ws, opened, path);
        remember(ws, path);
        ws.status = tr(lang_of(ws), "status.opened", path);
    });
}

void ask_for_file(Workspace& ws, FilePurpose purpose) {
    const Lang lang = lang_of(ws);
    ws.file_purpose = purpose;
    platform::FileRequest request;
    switch (purpose) {
        case FilePurpose::open:
            request = {.title = tr(lang, "file.open_title"),
                       .extensions = {".json", std::string(kLessonExtension)},
                       .start = ws.doc.path.empty() ? ws.lesson.path : ws.doc.path};
            break;
        case FilePurpose::save_scene:
            request = {.saving = true,
                       .title = tr(lang, "file.save_scene_title"),
                       .extensions = {".json"},
                       .start = ws.doc.path.empty() ? std::string("scene.json") : ws.doc.path};
            break;
        case FilePurpose::save_lesson:
            request = {.saving = true,
                       .title = tr(lang, "file.save_lesson_title"),
                       .extensions = {std::string(kLessonExtension)},
                       .start = ws.lesson.path.empty() ? "lesson" + std::string(kLessonExtension) : ws.lesson.path};
            break;
    }
    if (std::optional<std::string> path = platform::ask_for_file(request, ws.files)) file_chosen(ws, *path);
}

bool save_scene_file(Workspace& ws) {
    if (ws.doc.path.empty()) {
        ask_for_file(ws, FilePurpose::save_scene);
        return false;
    }
    if (std::optional<std::string> error = ws.doc.save(ws.state.scene(), ws.doc.path, lang_of(ws))) {
        ws.message = *error;
        return false;
    }
    platform::written(ws.doc.path);
    ws.status = tr(lang_of(ws), "status.saved", ws.doc.path);
    return true;
}

bool save_lesson_file(Workspace& ws) {
    if (!ws.lesson.lesson) return true;
    if (ws.lesson.path.empty()) {
        ask_for_file(ws, FilePurpose::save_lesson);
        return false;
    }
    if (std::optional<std::string> error = ws.lesson.save(ws.lesson.path, lang_of(ws))) {
        ws.message = *error;
        return false;
    }
    platform::written(ws.lesson.path);
    ws.status = tr(lang_of(ws), "status.saved", ws.lesson.path);
    return true;
}

void file_chosen(Workspace& ws, const std::string& path) {
    const Lang lang = lang_of(ws);
    std::optional<std::string> error;
    switch (ws.file_purpose) {
        case FilePurpose::open: open_path(ws, path); return;
        case FilePurpose::save_scene: error = ws.doc.save(ws.state.scene(), path, lang); break;
        case FilePurpose::save_lesson: error = ws.lesson.save(path, lang); break;
    }
    if (error) {
        ws.message = *error;
        drop_prompt(ws);
        return;
    }
    remember(ws, path);
    platform::written(path);
    ws.status = tr(lang, "status.saved", path);
    if (ws.prompt.saving) resume_prompt(ws);
}

void open_export(Workspace& ws) {
    ws.exporting.open(ws.state, ws.canvas.options, ws.canvas.placed.width, ws.canvas.placed.height);
}

std::string scene_address(const Workspace& ws) {
    // Paused, the moment on screen is the point of the link; playing, the animation is.
    const Playback& playback = ws.state.playback();
    return ws.site_url + "#" + scene_link(ws.state.scene(), playback.playing ? 0.0 : playback.t);
}

bool open_link(Workspace& ws, std::string_view text) {
    Result<LinkedScene> read = read_scene_link(text, lang_of(ws));
    if (!read) {
        ws.message = read.error();
        return false;
    }
    guarded(ws, kScene, [&ws, linked = std::move(read).value()] {
        // A link to a moment shows that moment, paused; one without plays from the start.
        const bool at_moment = linked.t > 0.0;
        Playback& playback = ws.state.playback();
        if (at_moment) {
            playback.playing = false;
            playback.t = linked.t;
        }
        if (!ws.state.show(linked.scene, /*keep_time=*/at_moment)) {
            ws.message = ws.state.error();
            return;
        }
        ws.doc.reset(ws.state.scene(), {});
        ws.history.reset(ws.state, ws.doc);
        ws.status = tr(lang_of(ws), "status.opened_link");
    });
    return true;
}

void set_language(Workspace& ws, Host& host, Lang lang) {
    if (!platform::fonts_ready(lang)) {
        ws.status = tr(lang_of(ws), "status.loading_font");  // the language's command runs again once it is here
        return;
    }
    if (ws.status == tr(lang_of(ws), "status.loading_font")) ws.status.clear();  // it is here
    // The fonts first: without Chinese glyphs the interface stays in English and says why.
    if (std::optional<std::string> missing = host.use_lang(lang)) {
        ws.status = *missing;
        host.use_lang(Lang::en);
        lang = Lang::en;
    }
    ws.state.set_lang(lang);
    // The built-in lesson, unchanged, follows the language; the user's own lessons are theirs.
    if (ws.lesson.builtin && !ws.lesson.dirty()) {
        const size_t at = ws.lesson.at;
        ws.lesson.reset(builtin_lesson(lang), {}, true);
        ws.lesson.at = at;
    }
}

void set_theme(Workspace& ws, ThemeKind theme) { ws.theme = theme; }

void change_font_scale(Host& host, float by) {
    host.set_font_scale(std::clamp(host.font_scale() + by, kSmallestFontScale, kLargestFontScale));
}

void start_presenting(Workspace& ws, Host& host) {
    if (ws.present.on) return;
    ws.present.on = true;
    ws.present.blank = false;
    ws.present.strip = ws.settings.present_strip;
    host.set_fullscreen(true);
    ws.canvas.fitted = true;
    ws.state.set_text_scale(ws.settings.present_text_scale);
    ws.state.playback().playing = false;
}

void stop_presenting(Workspace& ws, Host& host) {
    ws.present.on = false;
    ws.present.blank = false;
    ws.settings.present_strip = ws.present.strip;
    host.set_fullscreen(false);
    ws.canvas.fitted = true;
    ws.state.set_text_scale(1.0f);
}

void change_present_text(Workspace& ws, float by) {
    ws.settings.present_text_scale =
        std::clamp(ws.settings.present_text_scale + by, kSmallestPresentTextScale, kLargestPresentTextScale);
    ws.state.set_text_scale(ws.settings.present_text_scale);
}

void stored_in_lesson(Workspace& ws) {
    if (ws.doc.path.empty()) ws.doc.reset(ws.state.scene());
}

void undo(Workspace& ws) {
    const std::string what = ws.history.undo_name(lang_of(ws));
    if (std::optional<HistoryMove> move = ws.history.undo()) {
        apply(ws, *move);
        ws.status = tr(lang_of(ws), "status.undone", what);
    }
}

void redo(Workspace& ws) {
    const std::string what = ws.history.redo_name(lang_of(ws));
    if (std::optional<HistoryMove> move = ws.history.redo()) {
        apply(ws, *move);
        ws.status = tr(lang_of(ws), "status.redone", what);
    }
}

bool close_confirmed(Workspace& ws, Host& host) {
    const bool changes = ws.doc.dirty(ws.state) || ws.lesson.dirty();
    if (!changes || ws.quitting) return true;
    host.cancel_close();
    if (ws.present.on) stop_presenting(ws, host);
    guarded(ws, kBoth, [&ws, &host] {
        ws.quitting = true;
        host.request_close();
    });
    return false;
}

}  // namespace convviz
