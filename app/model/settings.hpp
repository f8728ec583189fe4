// Settings: what persists between runs (window place and size, theme, font scale, the last scene,
// the language, recent files, presentation mode's choices, the side panels' widths and whether
// they are shown)
// as a plain struct, read from and written to JSON in the user's config directory
// ($XDG_CONFIG_HOME/convviz, else ~/.config/convviz). Writes are atomic. A corrupt or unreadable
// file gives the defaults and one warning; it never stops the app, and it is never lost: an
// unreadable one is not written over, a damaged one is kept beside as settings.json.bad.
// No GL, no ImGui.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/model/layout.hpp"
#include "app/render/palette.hpp"
#include "core/i18n/lang.hpp"

namespace convviz {

// The UI font's scale: Ctrl+= and Ctrl+− step it within these, and a settings file outside them is
// not read. Presentation mode's text scale likewise.
inline constexpr float kFontScaleStep = 0.125f;
inline constexpr float kSmallestFontScale = 0.625f;
inline constexpr float kLargestFontScale = 3.0f;
inline constexpr float kPresentTextStep = 0.25f;
inline constexpr float kSmallestPresentTextScale = 1.0f;
inline constexpr float kLargestPresentTextScale = 3.0f;

struct Settings {
    int window_x = -1;           // −1: let the window system place it
    int window_y = -1;
    int window_width = 1440;
    int window_height = 860;
    ThemeKind theme = ThemeKind::light;
    float font_scale = 1.0f;     // on top of the monitor's content scale
    std::string last_scene;      // the scene as JSON (core's scene format); empty: the default scene
    std::string lang;            // "en" or "zh-CN"; empty: the system locale's
    std::vector<std::string> recent_files;  // scene and lesson files, the latest first
    float present_text_scale = 1.5f;        // presentation mode's type, on top of the canvas' own
    bool present_strip = true;              // presentation mode's progress strip
    bool present_contrast = true;           // presentation mode in the high-contrast light theme
    float left_panel_em = kDefaultLeftPanelEm;    // the side panels' widths, as the user dragged them
    float right_panel_em = kDefaultRightPanelEm;
    bool panels_shown = true;                     // off: the canvas has the window's whole width (F9)

    bool operator==(const Settings&) const = default;
};

inline constexpr size_t kMaxRecentFiles = 8;
// `path` first, once, the list cut to kMaxRecentFiles.
void add_recent(std::vector<std::string>& recent, const std::string& path);

// What load_settings found at the path, which decides what saving at quit may do to it.
enum class SettingsFile {
    absent,      // nothing there yet: written at quit
    read,        // read (bad fields cost only themselves): written over at quit
    damaged,     // not a JSON object, or too large: kept as "<path>.bad", then written
    unreadable,  // no permission, an I/O error: never written over, the user's file may be fine
    not_a_file,  // a folder, a pipe, a device: never written over
};

struct LoadedSettings {
    Settings settings;
    std::optional<std::string> warning;  // set when the file existed but could not be used, or had unknown fields
    SettingsFile file = SettingsFile::absent;
};

// The settings file's path from the environment; empty when neither variable is set.
std::string settings_path();
// Warnings are in `lang` (the system's: the language is itself one of the settings).
LoadedSettings load_settings(const std::string& path, Lang lang = Lang::en);
// The file's text, `path` naming it in the warning; any text at all gives settings. Fields this
// version does not know (a newer version's) are ignored, and named once in the warning.
LoadedSettings parse_settings(std::string_view text, const std::string& path, Lang lang = Lang::en);
std::string settings_json(const Settings& settings);  // what save_settings writes
std::optional<std::string> save_settings(const Settings& settings, const std::string& path);  // creates the folder
// Saving at quit what was loaded from `path` as `found` says: a file that could not be read, or
// is no file, is left as it is (the message says so); a damaged one is first renamed to
// "<path>.bad" (an older .bad replaced). The error in `lang`, or nothing.
std::optional<std::string> save_settings_over(const Settings& settings, const std::string& path, SettingsFile found,
                                              Lang lang = Lang::en);

}  // namespace convviz
