// The menu bar: File, Edit, Presets, Lesson and View, every item a command (its name, shortcut,
// enabled and checked state from the registry), and the document's title with a dot when unsaved.
// UI only: choosing an item runs its command.
#pragma once

#include "app/gui/workspace.hpp"

namespace convviz {

void draw_menu_bar(Workspace& ws);

}  // namespace convviz
