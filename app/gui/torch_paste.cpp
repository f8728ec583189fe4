#include "app/gui/torch_paste.hpp"

namespace convviz {

std::string torch_notes(const TorchLine& line) {
    std::string notes;
    for (const std::string& note : line.notes) notes += (notes.empty() ? "" : "  ·  ") + note;
    return notes;
}

bool paste_torch_line(Workspace& ws, std::string_view text) {
    const Lang lang = ws.state.lang();
    Result<TorchLine> read = read_torch_line(text, ws.state.scene(), lang);
    if (!read) {
        ws.paste.error = read.error();
        return false;
    }
    TorchLine line = std::move(read).value();
    // The document stays the one on screen: the paste is an edit of it, undone by Ctrl+Z.
    if (!ws.state.show(std::move(line.scene))) {
        ws.paste.error = ws.state.error();
        ws.state.reject({});
        return false;
    }
    ws.paste.error.clear();
    ws.status = torch_notes(line);
    return true;
}

}  // namespace convviz
