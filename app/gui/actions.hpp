// The app's actions on a Workspace: opening and saving files, the unsaved-changes guard, lessons,
// presentation mode, language, theme, text size, undo and redo. The commands (app_commands.cpp) are
// made of these; nothing else changes documents or the scene wholesale. No drawing here.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "app/gui/host.hpp"
#include "app/gui/workspace.hpp"

namespace convviz {

inline constexpr Loses kScene{true, false};
inline constexpr Loses kLesson{false, true};
inline constexpr Loses kBoth{true, true};

// Every way a scene replaces the one on screen: the document follows it. A scene from a file
// (`path`) also starts a new undo history.
void show_scene(Workspace& ws, const Scene& scene, const std::string& path = {});
void show_lesson_scene(Workspace& ws, size_t index, bool at_end = false);

// Runs `action` now, or after the user has saved or discarded the changes it would lose.
void guarded(Workspace& ws, Loses loses, std::function<void()> action);
Loses unsaved(const Workspace& ws, Loses loses);
void drop_prompt(Workspace& ws);
void resume_prompt(Workspace& ws);  // after the save the prompt asked for: asks again

void open_preset(Workspace& ws, const Scene* preset);
void open_path(Workspace& ws, const std::string& path);  // a scene or a lesson, by its name
void ask_for_file(Workspace& ws, FilePurpose purpose);
void file_chosen(Workspace& ws, const std::string& path);  // the file dialog's answer
bool save_scene_file(Workspace& ws);   // true when saved now; otherwise a Save As is asked for
bool save_lesson_file(Workspace& ws);
void open_export(Workspace& ws);

// Links to a scene (core/scene_link.hpp). The address File → Copy link copies: ws.site_url, '#'
// and the scene's link ("#v1/…" when there is no site), with the moment on screen when paused.
std::string scene_address(const Workspace& ws);
// Opens a link (a whole address, "#v1/…" or "v1/…") as a new document with a new history, paused
// at the link's moment when it has one; what the command line, File → Open link and the web page's
// address use. A link that cannot be read changes nothing and says why (ws.message). True when the
// link was read (the scene opens now, or after the unsaved-changes prompt).
bool open_link(Workspace& ws, std::string_view text);

void set_language(Workspace& ws, Host& host, Lang lang);
void set_theme(Workspace& ws, ThemeKind theme);
void change_font_scale(Host& host, float by);
void start_presenting(Workspace& ws, Host& host);
void stop_presenting(Workspace& ws, Host& host);
void change_present_text(Workspace& ws, float by);
// The scene on screen is now kept in the lesson: unless it has a file of its own, nothing of it is
// unsaved any more.
void stored_in_lesson(Workspace& ws);

void undo(Workspace& ws);
void redo(Workspace& ws);

// The window is asked to close: true when it may, now; otherwise the close waits for the
// unsaved-changes prompt, whose Save or Discard asks again.
bool close_confirmed(Workspace& ws, Host& host);

}  // namespace convviz
