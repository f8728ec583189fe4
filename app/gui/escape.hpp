// Esc closes what is open over the panels, as in any desktop app: the menus and combos (ImGui
// 1.86 closes them on Esc only with keyboard navigation on, which would also give the arrow keys
// to the widgets rather than to stepping). A modal dialog stays open: its own buttons answer it;
// a combo open inside it closes. UI only.
#pragma once

namespace convviz {

// Call at the start of a frame's widgets when Esc was pressed. True when it closed something (the
// key is spent).
bool close_menus_on_escape();

}  // namespace convviz
