// --screenshot: the window after the frames ImGui needs to settle its layout, and after --keys,
// written to a PNG, with a line of what was on screen for the tests to read.
#include <imgui.h>

#include <ostream>

#include "app/export/png.hpp"
#include "app/gui/dev/dev_modes.hpp"
#include "app/render/render_target.hpp"

namespace convviz {

namespace {

// ImGui settles its layout over the first frames; the third is the one a user sees.
constexpr int kSettlingFrames = 3;

bool is_cell(const Frame& frame, const CellRef& h) {
    if (h.grid < 0 || static_cast<size_t>(h.grid) >= frame.grids.size() || h.row < 0 || h.col < 0) return false;
    const FrameGrid& grid = frame.grids[static_cast<size_t>(h.grid)];
    return h.row < grid.rows && h.col < grid.cols;
}

}  // namespace

int take_screenshot(App& app, const DevOptions& dev, std::ostream& out, std::ostream& err) {
    Workspace& ws = app.workspace();
    if (dev.hover && !is_cell(ws.state.frame(), *dev.hover)) {
        const CellRef& h = *dev.hover;
        err << "convviz: --hover " << h.grid << "," << h.row << "," << h.col << " is not a cell of this view (it has "
            << ws.state.frame().grids.size() << " grids)\n";
        return 2;
    }
    ws.state.playback().playing = false;
    ws.canvas.pinned = dev.hover;
    std::vector<uint8_t> pixels;
    int width = 0;
    int height = 0;
    const auto capture = [&] {
        app.window().framebuffer_size(width, height);
        pixels = read_framebuffer(width, height);
    };
    for (const std::string& id : dev.commands) {
        if (ws.commands.find(id) == nullptr) {
            err << "convviz: --run: there is no command '" << id << "' (README lists them)\n";
            return 2;
        }
    }
    // A dialog a command opens appears in the frames after it (ImGui sizes a window first).
    const size_t after_commands = dev.commands.empty() ? 0 : kSettlingFrames - 1;
    const size_t before_typing = kSettlingFrames + dev.commands.size() + after_commands;
    const size_t before_keys = before_typing + dev.typed.size();
    const size_t frames = before_keys + 2 * dev.keys.size();
    for (size_t i = 0; i < kSettlingFrames; ++i) {
        app.frame({.before = [&] {
                       ws.state.finish_pending();  // the layout for the canvas, when a long op made it aside
                       ws.state.seek(dev.at);
                   },
                   .drawn = i + 1 == frames ? capture : std::function<void()>()});
    }
    // --run: each command in a frame of its own, as a menu's click would run it.
    for (size_t c = 0; c < dev.commands.size() + after_commands; ++c) {
        const bool command = c < dev.commands.size();
        app.frame({.before = command ? std::function<void()>([&ws, &id = dev.commands[c]] { ws.commands.run(id); })
                                     : std::function<void()>(),
                   .drawn = kSettlingFrames + c + 1 == frames ? capture : std::function<void()>()});
    }
    // --type: a character a frame, as a hand types.
    for (size_t i = 0; i < dev.typed.size(); ++i) {
        app.frame({.input = [c = dev.typed[i]] { ImGui::GetIO().AddInputCharacter(static_cast<unsigned char>(c)); },
                   .drawn = before_typing + i + 1 == frames ? capture : std::function<void()>()});
    }
    // --keys: each key pressed for one frame, then a frame without it, as a hand would. The press
    // goes into ImGui's keyboard state, where every handler reads it, not through the window
    // system, whose focus other windows on the display may take.
    for (size_t k = 0; k < dev.keys.size(); ++k) {
        for (bool down : {true, false}) {
            const bool last = before_keys + 2 * k + (down ? 1 : 2) == frames;
            app.frame({.input = [stroke = dev.keys[k], down] {
                           ImGuiIO& io = ImGui::GetIO();
                           io.KeysDown[stroke.key] = down;
                           io.KeyCtrl = down && stroke.ctrl;
                           io.KeyShift = down && stroke.shift;
                           // ImGui 1.86 drops every key held when the window has lost the focus
                           // (another app's window opening on the display): these keys come from
                           // the command line, not from the window's keyboard.
                           io.AppFocusLost = false;
                       },
                       .drawn = last ? capture : std::function<void()>()});
        }
    }
    if (std::optional<std::string> error = write_png(dev.screenshot, width, height, pixels)) {
        err << "convviz: " << *error << "\n";
        return 2;
    }
    const CanvasPanel::Rect& c = ws.canvas.placed;
    out << dev.screenshot << " " << width << "x" << height << " canvas " << c.x << "," << c.y << " " << c.width << "x"
        << c.height << "\n";
    const StepCount count = step_count(ws.state);
    out << "presenting=" << ws.present.on << " blank=" << ws.present.blank << " strip=" << ws.present.strip
        << " step=" << count.step << "/" << count.steps
        << " lesson_scene=" << (ws.lesson.lesson ? static_cast<int64_t>(ws.lesson.at) + 1 : 0)
        << " lang=" << code(ws.state.lang()) << " missing_glyphs=" << app.window().missing_glyphs(ws.state.lang())
        << "/" << app.renderer().missing_glyphs(ws.state.lang()) << "\n";
    out << "op=" << op_name(ws.state.scene().params) << " input=" << to_string(ws.state.scene().tensors.input.shape())
        << "\n";
    out << "view=" << name(ws.state.scene().view.kind) << " undo=\"" << ws.history.undo_name(Lang::en) << "\" redo=\""
        << ws.history.redo_name(Lang::en) << "\" dirty=" << ws.doc.dirty(ws.state) << " message=" << !ws.message.empty()
        << "\n";
    return 0;
}

}  // namespace convviz
