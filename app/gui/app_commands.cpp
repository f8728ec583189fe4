#include "app/gui/app_commands.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <utility>

#include "app/gui/actions.hpp"
#include "app/gui/platform.hpp"
#include "core/i18n/strings.hpp"
#include "core/lesson.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

Shortcut ctrl(int key, bool shift = false) { return {.key = key, .ctrl = true, .shift = shift}; }
Shortcut key(int code, bool repeat = false) { return {.key = code, .repeat = repeat}; }

// A clicker's keys (presentation.hpp's clicker_for_key), and whether held down they repeat.
std::vector<Shortcut> clicker_keys(Clicker action) {
    std::vector<Shortcut> keys;
    for (int code : {GLFW_KEY_PAGE_DOWN, GLFW_KEY_RIGHT, GLFW_KEY_DOWN, GLFW_KEY_PAGE_UP, GLFW_KEY_LEFT, GLFW_KEY_UP,
                     GLFW_KEY_SPACE, GLFW_KEY_B, GLFW_KEY_PERIOD, GLFW_KEY_HOME, GLFW_KEY_END, GLFW_KEY_ESCAPE,
                     GLFW_KEY_P}) {
        if (clicker_for_key(code) == action) {
            keys.push_back(key(code, action == Clicker::next || action == Clicker::previous));
        }
    }
    return keys;
}

void add_file_commands(Workspace& ws, Host& host) {
    Commands& c = ws.commands;
    c.add({.id = "file.open", .words = "menu.open", .shortcuts = {ctrl(GLFW_KEY_O)},
           .run = [&ws](int64_t) { ask_for_file(ws, FilePurpose::open); }});
    c.add({.id = "file.save", .words = "menu.save", .shortcuts = {ctrl(GLFW_KEY_S)},
           .run = [&ws](int64_t) { save_scene_file(ws); }});
    c.add({.id = "file.save_as", .words = "menu.save_as", .shortcuts = {ctrl(GLFW_KEY_S, true)},
           .run = [&ws](int64_t) { ask_for_file(ws, FilePurpose::save_scene); }});
    c.add({.id = "file.copy_link", .words = "menu.copy_link", .enabled = [&ws] { return ws.state.has_scene(); },
           .run = [&ws](int64_t) {
               const std::string address = scene_address(ws);
               ImGui::SetClipboardText(address.c_str());
               ws.status = tr(ws.state.lang(), "status.link_copied", utf8_length(address));
           }});
    c.add({.id = "file.open_link", .words = "menu.open_link",
           .run = [&ws](int64_t) {
               const char* clipboard = ImGui::GetClipboardText();
               if (platform::open_clipboard_link_later(clipboard != nullptr ? clipboard : "")) return;
               open_link(ws, clipboard != nullptr ? clipboard : "");
           }});
    c.add({.id = "file.export", .words = "menu.export", .shortcuts = {ctrl(GLFW_KEY_E)},
           .run = [&ws](int64_t) { open_export(ws); }});
    c.add({.id = "file.quit", .words = "menu.quit", .shortcuts = {ctrl(GLFW_KEY_Q)},
           .enabled = [] { return platform::can_quit(); },
           .run = [&host](int64_t) { host.request_close(); }});
    c.add({.id = "file.clear_recent", .words = "menu.recent_clear",
           .run = [&ws](int64_t) { ws.settings.recent_files.clear(); }});
    // The Export dialog's own buttons, for the monkey test's hand.
    c.add({.id = "export.start", .words = "menu.export",
           .enabled = [&ws] { return ws.renderer != nullptr && ws.exporting.can_start(); },
           .run = [&ws](int64_t) { ws.exporting.start(ws.state, *ws.renderer); }});
    c.add({.id = "export.cancel", .words = "menu.export",
           .enabled = [&ws] { return ws.exporting.visible() && ws.exporting.can_cancel(); },
           .run = [&ws](int64_t) { ws.exporting.cancel(); }});
}

void add_edit_commands(Workspace& ws) {
    Commands& c = ws.commands;
    c.add({.id = "edit.undo", .words = "menu.undo_none", .shortcuts = {ctrl(GLFW_KEY_Z)},
           .enabled = [&ws] { return ws.history.can_undo(); }, .run = [&ws](int64_t) { undo(ws); }});
    c.add({.id = "edit.redo", .words = "menu.redo_none", .shortcuts = {ctrl(GLFW_KEY_Z, true), ctrl(GLFW_KEY_Y)},
           .enabled = [&ws] { return ws.history.can_redo(); }, .run = [&ws](int64_t) { redo(ws); }});
    c.add({.id = "edit.paste_torch", .words = "menu.paste_torch", .shortcuts = {ctrl(GLFW_KEY_V, true)},
           .run = [&ws](int64_t) { ws.paste.due = true; }});
}

void add_scene_commands(Workspace& ws) {
    Commands& c = ws.commands;
    for (const Scene& preset : ws.presets) {
        c.add({.id = preset_command(preset), .words_text = preset.title,
               .run = [&ws, &preset](int64_t) { open_preset(ws, &preset); }});
    }
    for (ViewKind view : {ViewKind::conv, ViewKind::scatter, ViewKind::gather, ViewKind::crop, ViewKind::matrix,
                          ViewKind::pool, ViewKind::unpool, ViewKind::upsample, ViewKind::shuffle, ViewKind::compare}) {
        c.add({.id = view_command(view), .words = std::string("panel.view.") + name(view),
               .enabled = [&ws, view] {
                   const std::vector<ViewKind> views = views_for(ws.state.scene().params);
                   return ws.state.has_scene() && std::find(views.begin(), views.end(), view) != views.end();
               },
               .checked = [&ws, view] { return ws.state.scene().view.kind == view; },
               .run = [&ws, view](int64_t) {
                   Scene scene = ws.state.scene();
                   scene.view.kind = view;
                   ws.state.show(std::move(scene), /*keep_time=*/true);  // scatter ↔ gather: one computation
               }});
    }
}

void add_lesson_commands(Workspace& ws, Host& host) {
    Commands& c = ws.commands;
    const auto open = [&ws] { return ws.lesson.lesson.has_value(); };
    c.add({.id = "lesson.new", .words = "menu.lesson_new", .run = [&ws](int64_t) {
               guarded(ws, kLesson, [&ws] { ws.lesson.reset(Lesson{tr(ws.state.lang(), "lesson.untitled"), {}}, {}, false); });
           }});
    c.add({.id = "lesson.builtin", .words = "menu.lesson_builtin", .run = [&ws](int64_t) {
               guarded(ws, kBoth, [&ws] {
                   ws.lesson.reset(builtin_lesson(ws.state.lang()), {}, true);
                   show_lesson_scene(ws, 0);
                   ws.history.reset(ws.state, ws.doc);
               });
           }});
    c.add({.id = "lesson.save", .words = "menu.lesson_save", .enabled = open,
           .run = [&ws](int64_t) { save_lesson_file(ws); }});
    c.add({.id = "lesson.save_as", .words = "menu.lesson_save_as", .enabled = open,
           .run = [&ws](int64_t) { ask_for_file(ws, FilePurpose::save_lesson); }});
    c.add({.id = "lesson.add", .words = "menu.lesson_add",
           .enabled = [&ws] { return ws.lesson.lesson && ws.lesson.lesson->scenes.size() < kMaxLessonScenes; },
           .run = [&ws](int64_t) {
               if (add_to_lesson(ws.lesson, ws.state.scene(), ws.state.lang())) stored_in_lesson(ws);
           }});
    c.add({.id = "lesson.show", .words = "menu.lesson", .enabled = open, .run = [&ws](int64_t index) {
               guarded(ws, kScene, [&ws, index] { show_lesson_scene(ws, static_cast<size_t>(index)); });
           }});
    c.add({.id = "lesson.present", .words = "menu.present", .enabled = open, .run = [&ws, &host](int64_t index) {
               guarded(ws, kScene, [&ws, &host, index] {
                   show_lesson_scene(ws, static_cast<size_t>(index));
                   start_presenting(ws, host);
               });
           }});
}

void add_view_commands(Workspace& ws, Host& host) {
    Commands& c = ws.commands;
    for (ThemeKind theme : {ThemeKind::light, ThemeKind::dark, ThemeKind::contrast}) {
        c.add({.id = theme_command(theme), .words = std::string("menu.theme_") + name(theme),
               .checked = [&ws, theme] { return ws.theme == theme; },
               .run = [&ws, theme](int64_t) { set_theme(ws, theme); }});
    }
    for (Lang lang : kLanguages) {
        c.add({.id = lang_command(lang), .words_text = native_name(lang),
               .checked = [&ws, lang] { return ws.state.lang() == lang; },
               .run = [&ws, &host, lang](int64_t) {
                   set_language(ws, host, lang);
                   if (ws.state.lang() == lang) ws.settings.lang = code(lang);  // remembered only when chosen
               }});
    }
    c.add({.id = "view.larger", .words = "menu.larger", .shortcuts = {ctrl(GLFW_KEY_EQUAL)},
           .run = [&host](int64_t) { change_font_scale(host, kFontScaleStep); }});
    c.add({.id = "view.smaller", .words = "menu.smaller", .shortcuts = {ctrl(GLFW_KEY_MINUS)},
           .run = [&host](int64_t) { change_font_scale(host, -kFontScaleStep); }});
    c.add({.id = "view.labels", .words = "menu.labels", .checked = [&ws] { return ws.canvas.options.labels; },
           .run = [&ws](int64_t) { ws.canvas.options.labels = !ws.canvas.options.labels; }});
    c.add({.id = "view.fit", .words = "menu.fit", .run = [&ws](int64_t) { ws.canvas.fitted = true; }});
    c.add({.id = "view.panels", .words = "menu.side_panels", .shortcuts = {key(GLFW_KEY_F9)}, .scope = KeyScope::no_text,
           .checked = [&ws] { return ws.settings.panels_shown; },
           .run = [&ws](int64_t) { ws.settings.panels_shown = !ws.settings.panels_shown; }});
    c.add({.id = "view.predict", .words = "menu.predict", .checked = [&ws] { return ws.predict.enabled; },
           .run = [&ws](int64_t) { ws.predict.enabled = !ws.predict.enabled; }});
    c.add({.id = "present.start", .words = "menu.present", .shortcuts = {key(GLFW_KEY_F5)}, .scope = KeyScope::no_text,
           .run = [&ws, &host](int64_t) { start_presenting(ws, host); }});
    c.add({.id = "present.strip_default", .words = "menu.present_strip",
           .checked = [&ws] { return ws.settings.present_strip; },
           .run = [&ws](int64_t) { ws.settings.present_strip = !ws.settings.present_strip; }});
    c.add({.id = "present.contrast", .words = "menu.present_contrast",
           .checked = [&ws] { return ws.settings.present_contrast; },
           .run = [&ws](int64_t) { ws.settings.present_contrast = !ws.settings.present_contrast; }});
}

void add_playback_commands(Workspace& ws) {
    Commands& c = ws.commands;
    // Stepping and playing read the canvas, which predict mode's card may cover until answered.
    const auto ready = [&ws] { return ws.state.has_scene() && !ws.predict.covering(ws.state); };
    const auto add = [&](std::string id, std::string words, std::vector<Shortcut> keys, std::function<void()> run) {
        c.add({.id = std::move(id), .words = std::move(words), .shortcuts = std::move(keys), .scope = KeyScope::canvas,
               .enabled = ready, .run = [run = std::move(run)](int64_t) { run(); }});
    };
    add("play.toggle", "panel.playback.play", {key(GLFW_KEY_SPACE), key(GLFW_KEY_KP_ENTER)},
        [&ws] { ws.state.toggle_playing(); });
    add("step.next", "tip.playback.forward", {key(GLFW_KEY_RIGHT, true), key(GLFW_KEY_PAGE_DOWN, true)},
        [&ws] { ws.state.step_by(1); });
    add("step.previous", "tip.playback.back", {key(GLFW_KEY_LEFT, true), key(GLFW_KEY_PAGE_UP, true)},
        [&ws] { ws.state.step_by(-1); });
    add("step.start", "tip.playback.start", {key(GLFW_KEY_HOME)}, [&ws] { ws.state.to_start(); });
    add("step.end", "tip.playback.end", {key(GLFW_KEY_END)}, [&ws] { ws.state.to_end(); });
    add("speed.up", "tip.playback.speed", {{.character = '+'}, {.character = '='}},
        [&ws] { change_speed(ws.state.playback(), 1); });
    add("speed.down", "tip.playback.speed", {{.character = '-'}, {.character = '_'}},
        [&ws] { change_speed(ws.state.playback(), -1); });
}

void add_presenting_commands(Workspace& ws, Host& host) {
    Commands& c = ws.commands;
    const auto presenting = [&ws] { return ws.present.on; };
    const struct {
        const char* id;
        Clicker action;
    } clicker[] = {{"present.next", Clicker::next},   {"present.previous", Clicker::previous},
                   {"present.play", Clicker::play_pause}, {"present.blank", Clicker::blank},
                   {"present.first", Clicker::first}, {"present.last", Clicker::last},
                   {"present.leave", Clicker::leave}, {"present.strip", Clicker::strip}};
    for (const auto& [id, action] : clicker) {
        std::vector<Shortcut> keys = clicker_keys(action);
        if (action == Clicker::leave) keys.push_back(key(GLFW_KEY_F5));
        c.add({.id = id, .words = "menu.present", .shortcuts = std::move(keys), .scope = KeyScope::presenting,
               .enabled = presenting, .run = [&ws, &host, action = action](int64_t) {
                   const SceneMove move =
                       ws.present.press(action, ws.state, ws.lesson.has_next(), ws.lesson.has_previous());
                   if (move == SceneMove::next) show_lesson_scene(ws, ws.lesson.at + 1);
                   if (move == SceneMove::previous) show_lesson_scene(ws, ws.lesson.at - 1, true);
                   if (!ws.present.on) stop_presenting(ws, host);
               }});
    }
    c.add({.id = "present.larger", .words = "menu.larger", .shortcuts = {ctrl(GLFW_KEY_EQUAL)},
           .scope = KeyScope::presenting, .enabled = presenting,
           .run = [&ws](int64_t) { change_present_text(ws, kPresentTextStep); }});
    c.add({.id = "present.smaller", .words = "menu.smaller", .shortcuts = {ctrl(GLFW_KEY_MINUS)},
           .scope = KeyScope::presenting, .enabled = presenting,
           .run = [&ws](int64_t) { change_present_text(ws, -kPresentTextStep); }});
}

}  // namespace

std::string preset_command(const Scene& preset) { return "preset." + preset.id; }
std::string view_command(ViewKind view) { return std::string("show.") + name(view); }
std::string lang_command(Lang lang) { return std::string("lang.") + code(lang); }
std::string theme_command(ThemeKind theme) { return std::string("theme.") + name(theme); }

void add_app_commands(Workspace& ws, Host& host) {
    add_file_commands(ws, host);
    add_edit_commands(ws);
    add_scene_commands(ws);
    add_lesson_commands(ws, host);
    add_view_commands(ws, host);
    add_playback_commands(ws);
    add_presenting_commands(ws, host);
}

}  // namespace convviz
