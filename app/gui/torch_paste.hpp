// Edit → Paste PyTorch (and the app's --torch): one line of PyTorch read into the scene on screen
// by core's read_torch_line, as one undoable step of the document on screen, or refused with the
// reason and nothing changed.
#pragma once

#include <string>
#include <string_view>

#include "app/gui/workspace.hpp"
#include "core/torch_line.hpp"

namespace convviz {

// True when the line's scene is on screen (its notes in the status line); otherwise
// ws.paste.error says why and the scene is as it was.
bool paste_torch_line(Workspace& ws, std::string_view text);

// The line's notes (its shapes, where the input came from, which part is shown) as one line.
std::string torch_notes(const TorchLine& line);

}  // namespace convviz
