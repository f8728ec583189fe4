// The app's actions as commands: an id, the words' key for its name, its shortcuts, whether it can
// run now and what it does. The menu bar, the keyboard, the lesson panel, presentation mode, the
// development modes and the tests run commands by id; none re-implements one. This file is the
// registry and the keyboard's matching, both without ImGui: keys come in as a KeyPress.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"

namespace convviz {

// Where a shortcut applies, so that one key can mean one thing on the canvas and another in a
// text field or while presenting.
enum class KeyScope {
    anywhere,    // Ctrl combinations: whatever has the keyboard, outside a modal dialog
    no_text,     // not while a text field has the keyboard (F5, F9)
    canvas,      // only when no widget wants the keyboard (stepping, playing)
    presenting,  // presentation mode's clicker keys, whatever has the focus
};

struct Shortcut {
    int key = -1;         // a GLFW key code; −1 with `character`
    bool ctrl = false;
    bool shift = false;
    bool repeat = false;  // held down, it repeats (stepping)
    char character = 0;   // or a typed character, whatever key gives it ('+')
};

struct Command {
    std::string id;     // "file.open", "theme.dark", "preset.conv_arithmetic_no_padding_no_strides"
    std::string words;  // the i18n key of its name in menus; empty: words_text is the name
    std::string words_text;  // a name that is not translated (a language's own name, a preset's title)
    std::vector<Shortcut> shortcuts;
    KeyScope scope = KeyScope::anywhere;
    std::function<bool()> enabled;  // none: always
    std::function<bool()> checked;  // none: not a toggle
    std::function<void(int64_t)> run;  // the argument: a lesson scene's index; 0 otherwise
};

// One frame's keyboard, as the window saw it.
struct KeyPress {
    std::function<bool(int key, bool repeat)> pressed;  // went down this frame (or repeats)
    std::vector<char> typed;   // characters typed this frame
    bool ctrl = false;
    bool shift = false;
    bool text_field = false;   // a text field has the keyboard
    bool widget = false;       // a widget wants the keyboard (a focused slider, a text field)
    bool modal = false;        // a modal dialog or the unsaved-changes prompt is open
    bool presenting = false;
};

class Commands {
public:
    void add(Command command);  // replaces a command of the same id
    const Command* find(std::string_view id) const;
    bool enabled(std::string_view id) const;
    bool checked(std::string_view id) const;
    // Runs it if it exists and is enabled; false otherwise.
    bool run(std::string_view id, int64_t argument = 0);
    // Every command whose shortcut `keys` pressed, in the order added; each runs once.
    std::vector<std::string> run_shortcuts(const KeyPress& keys);
    std::string name(std::string_view id, Lang lang) const;  // as its menu item says it
    std::string shortcut_text(std::string_view id) const;     // "Ctrl+Shift+S"; empty: none
    const std::vector<Command>& all() const { return commands_; }

private:
    std::vector<Command> commands_;
};

// A key's name as menus write it ("F5", "Right", "Z"); the key codes are GLFW's.
std::string key_name(int glfw_key);

}  // namespace convviz
