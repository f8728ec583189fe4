// The app's modal dialogs: the unsaved-changes prompt (Save / Discard / Cancel), a failed open or
// save's message, the file dialog's answer, and Edit → Paste PyTorch's text box. UI only: their
// buttons run the actions of actions.hpp and torch_paste.hpp.
#pragma once

#include "app/gui/workspace.hpp"

namespace convviz {

void draw_dialogs(Workspace& ws);

}  // namespace convviz
