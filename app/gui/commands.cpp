#include "app/gui/commands.hpp"

#include <algorithm>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

bool in_scope(KeyScope scope, const KeyPress& keys) {
    switch (scope) {
        case KeyScope::anywhere: return !keys.presenting && !keys.modal;
        case KeyScope::no_text: return !keys.presenting && !keys.modal && !keys.text_field;
        case KeyScope::canvas: return !keys.presenting && !keys.modal && !keys.widget;
        case KeyScope::presenting: return keys.presenting;
    }
    return false;
}

bool matches(const Shortcut& shortcut, const KeyPress& keys) {
    if (shortcut.character != 0) {
        return std::find(keys.typed.begin(), keys.typed.end(), shortcut.character) != keys.typed.end();
    }
    // Presentation keys take no Ctrl: Ctrl+= sizes the text there as everywhere.
    return shortcut.ctrl == keys.ctrl && (!shortcut.ctrl || shortcut.shift == keys.shift) &&
           keys.pressed(shortcut.key, shortcut.repeat);
}

}  // namespace

void Commands::add(Command command) {
    const auto same = std::find_if(commands_.begin(), commands_.end(), [&](const Command& c) { return c.id == command.id; });
    if (same != commands_.end()) {
        *same = std::move(command);
    } else {
        commands_.push_back(std::move(command));
    }
}

const Command* Commands::find(std::string_view id) const {
    const auto it = std::find_if(commands_.begin(), commands_.end(), [&](const Command& c) { return c.id == id; });
    return it == commands_.end() ? nullptr : &*it;
}

bool Commands::enabled(std::string_view id) const {
    const Command* command = find(id);
    return command != nullptr && (!command->enabled || command->enabled());
}

bool Commands::checked(std::string_view id) const {
    const Command* command = find(id);
    return command != nullptr && command->checked && command->checked();
}

bool Commands::run(std::string_view id, int64_t argument) {
    if (!enabled(id)) return false;
    // A copy: running a command may add or replace commands (a new lesson's scenes).
    const std::function<void(int64_t)> action = find(id)->run;
    action(argument);
    return true;
}

std::vector<std::string> Commands::run_shortcuts(const KeyPress& keys) {
    std::vector<std::string> due;
    for (const Command& command : commands_) {
        if (!in_scope(command.scope, keys)) continue;
        if (std::any_of(command.shortcuts.begin(), command.shortcuts.end(),
                        [&](const Shortcut& s) { return matches(s, keys); })) {
            due.push_back(command.id);
        }
    }
    // Decided first, run after: one key is one action, whatever the first command changes.
    std::vector<std::string> ran;
    for (const std::string& id : due) {
        if (run(id)) ran.push_back(id);
    }
    return ran;
}

std::string Commands::name(std::string_view id, Lang lang) const {
    const Command* command = find(id);
    if (command == nullptr) return std::string(id);
    return command->words.empty() ? command->words_text : tr(lang, command->words);
}

std::string Commands::shortcut_text(std::string_view id) const {
    const Command* command = find(id);
    if (command == nullptr || command->shortcuts.empty()) return {};
    const Shortcut& first = command->shortcuts.front();
    if (first.character != 0) return std::string(1, first.character);
    return std::string(first.ctrl ? "Ctrl+" : "") + (first.shift ? "Shift+" : "") + key_name(first.key);
}

std::string key_name(int glfw_key) {
    if (glfw_key >= GLFW_KEY_A && glfw_key <= GLFW_KEY_Z) return std::string(1, static_cast<char>('A' + (glfw_key - GLFW_KEY_A)));
    if (glfw_key >= GLFW_KEY_F1 && glfw_key <= GLFW_KEY_F12) return "F" + std::to_string(glfw_key - GLFW_KEY_F1 + 1);
    switch (glfw_key) {
        case GLFW_KEY_EQUAL: return "=";
        case GLFW_KEY_MINUS: return "-";
        case GLFW_KEY_SPACE: return "Space";
        case GLFW_KEY_RIGHT: return "Right";
        case GLFW_KEY_LEFT: return "Left";
        case GLFW_KEY_UP: return "Up";
        case GLFW_KEY_DOWN: return "Down";
        case GLFW_KEY_PAGE_UP: return "PageUp";
        case GLFW_KEY_PAGE_DOWN: return "PageDown";
        case GLFW_KEY_HOME: return "Home";
        case GLFW_KEY_END: return "End";
        case GLFW_KEY_ESCAPE: return "Esc";
        case GLFW_KEY_PERIOD: return ".";
        default: return "?";
    }
}

}  // namespace convviz
