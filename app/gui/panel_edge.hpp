// A side panel's inner edge as a handle: dragged, the panel's width follows the pointer (in em,
// within layout.hpp's limits), and the resize cursor shows over it. UI only.
#pragma once

#include "app/model/layout.hpp"

namespace convviz {

// Call inside the canvas' window before the canvas' own widgets: the handle lies over the canvas'
// side of the edge (the panel's scroll bar stays clear), and ImGui gives the mouse to the item
// submitted first where two overlap. `left`: the left panel's right edge, else the right panel's
// left edge. The window's cursor is left where it was. True while it is dragged.
bool panel_edge(const char* id, float& panel_em, const PanelRect& panel, bool left, float em, float window_width);

}  // namespace convviz
