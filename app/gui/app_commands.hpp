// The app's commands, registered on a Workspace: File, Edit, the presets, Lesson, View, playback
// and presentation mode, each with its menu words and shortcuts. The single place where a user
// action is defined; the menu bar, the keys, the panels and the monkey test run them by id.
#pragma once

#include "app/gui/host.hpp"
#include "app/gui/workspace.hpp"

namespace convviz {

// Adds every command to ws.commands. `ws` and `host` must outlive them.
void add_app_commands(Workspace& ws, Host& host);

// The id of the command that shows a preset, a view or a language, or sets a theme.
std::string preset_command(const Scene& preset);
std::string view_command(ViewKind view);
std::string lang_command(Lang lang);
std::string theme_command(ThemeKind theme);

}  // namespace convviz
