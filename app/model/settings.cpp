#include "app/model/settings.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <variant>

#include "core/atomic_file.hpp"
#include "core/i18n/lang.hpp"
#include "core/i18n/strings.hpp"
#include "core/read_file.hpp"
#include "core/text.hpp"

namespace convviz {

void add_recent(std::vector<std::string>& recent, const std::string& path) {
    std::erase(recent, path);
    recent.insert(recent.begin(), path);
    if (recent.size() > kMaxRecentFiles) recent.resize(kMaxRecentFiles);
}

std::string settings_path() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg != nullptr && xdg[0] == '/') return std::string(xdg) + "/convviz/settings.json";
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] != '\0') return std::string(home) + "/.config/convviz/settings.json";
    return {};
}

LoadedSettings load_settings(const std::string& path, Lang lang) {
    if (path.empty()) return {};
    // Only a file that is not there is "absent"; one that cannot even be looked at is unreadable.
    std::error_code error;
    if (std::filesystem::status(path, error).type() == std::filesystem::file_type::not_found) return {};
    std::variant<std::string, ReadFailure> contents = read_whole_file(path);
    if (const ReadFailure* failed = std::get_if<ReadFailure>(&contents)) {
        const SettingsFile file = *failed == ReadFailure::unreadable  ? SettingsFile::unreadable
                                  : *failed == ReadFailure::too_large ? SettingsFile::damaged
                                                                      : SettingsFile::not_a_file;
        return {.warning = read_failure_message(*failed, "file.settings", path, lang), .file = file};
    }
    return parse_settings(std::get<std::string>(contents), path, lang);
}

LoadedSettings parse_settings(std::string_view text, const std::string& path, Lang lang) {
    LoadedSettings loaded{.file = SettingsFile::read};
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        loaded.warning = tr(lang, "file.settings.damaged", path);
        loaded.file = SettingsFile::damaged;
        return loaded;
    }
    // Fields of a newer version are left alone, but said once: a misspelt one would otherwise go
    // unnoticed. The known ones are those this version writes.
    const nlohmann::json known = nlohmann::json::parse(settings_json(Settings{}));
    std::string unknown;
    size_t unknown_count = 0;
    for (const auto& item : json.items()) {
        if (known.contains(item.key())) continue;
        if (++unknown_count <= 5) unknown += cat(unknown.empty() ? "" : ", ", excerpt(item.key(), 40));
    }
    if (unknown_count > 5) unknown += cat(", … (", unknown_count, ")");
    if (unknown_count > 0) loaded.warning = tr(lang, "file.settings.unknown_keys", path, unknown);
    // Each field is taken only when it has the right type and a sensible value, so one bad field
    // costs that field and nothing else.
    Settings& s = loaded.settings;
    const auto integer = [&](const char* key, int& into, int low, int high) {
        const auto it = json.find(key);
        if (it != json.end() && it->is_number_integer()) {
            const int64_t v = it->get<int64_t>();
            if (v >= low && v <= high) into = static_cast<int>(v);
        }
    };
    integer("window_x", s.window_x, -100000, 100000);
    integer("window_y", s.window_y, -100000, 100000);
    integer("window_width", s.window_width, 320, 16384);
    integer("window_height", s.window_height, 240, 16384);
    if (const auto it = json.find("theme"); it != json.end() && it->is_string()) {
        if (auto theme = parse_theme(it->get<std::string>())) s.theme = *theme;
    }
    if (const auto it = json.find("font_scale"); it != json.end() && it->is_number()) {
        const double v = it->get<double>();
        if (std::isfinite(v) && v >= kSmallestFontScale && v <= kLargestFontScale) s.font_scale = static_cast<float>(v);
    }
    if (const auto it = json.find("last_scene"); it != json.end() && it->is_string()) {
        s.last_scene = it->get<std::string>();
    }
    if (const auto it = json.find("lang"); it != json.end() && it->is_string() && parse_lang(it->get<std::string>())) {
        s.lang = it->get<std::string>();
    }
    if (const auto it = json.find("recent_files"); it != json.end() && it->is_array()) {
        for (const auto& file : *it) {
            // A path longer than any Linux path (PATH_MAX) is no file's: it would only fill the menu.
            if (file.is_string() && file.get_ref<const std::string&>().size() <= 4096 && s.recent_files.size() < kMaxRecentFiles) {
                s.recent_files.push_back(file.get<std::string>());
            }
        }
    }
    if (const auto it = json.find("present_text_scale"); it != json.end() && it->is_number()) {
        const double v = it->get<double>();
        if (std::isfinite(v) && v >= kSmallestPresentTextScale && v <= kLargestPresentTextScale) s.present_text_scale = static_cast<float>(v);
    }
    const auto panel = [&](const char* key, float& into) {
        if (const auto it = json.find(key); it != json.end() && it->is_number()) {
            const double v = it->get<double>();
            if (std::isfinite(v) && v >= kMinPanelEm && v <= 200.0) into = static_cast<float>(v);
        }
    };
    panel("left_panel_em", s.left_panel_em);
    panel("right_panel_em", s.right_panel_em);
    const auto flag = [&](const char* key, bool& into) {
        if (const auto it = json.find(key); it != json.end() && it->is_boolean()) into = it->get<bool>();
    };
    flag("present_strip", s.present_strip);
    flag("present_contrast", s.present_contrast);
    flag("panels_shown", s.panels_shown);
    return loaded;
}

std::string settings_json(const Settings& settings) {
    const nlohmann::json json = {
        {"window_x", settings.window_x},         {"window_y", settings.window_y},
        {"window_width", settings.window_width}, {"window_height", settings.window_height},
        {"theme", name(settings.theme)},         {"font_scale", settings.font_scale},
        {"last_scene", settings.last_scene},
        {"lang", settings.lang},                 {"recent_files", settings.recent_files},
        {"present_text_scale", settings.present_text_scale},
        {"present_strip", settings.present_strip}, {"present_contrast", settings.present_contrast},
        {"left_panel_em", settings.left_panel_em}, {"right_panel_em", settings.right_panel_em},
        {"panels_shown", settings.panels_shown},
    };
    // A path need not be UTF-8; JSON must be: such bytes become U+FFFD rather than a throw.
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::optional<std::string> save_settings_over(const Settings& settings, const std::string& path, SettingsFile found,
                                              Lang lang) {
    if (found == SettingsFile::unreadable) return tr(lang, "file.settings.not_saved", tr(lang, "file.settings.left_alone", path));
    if (found == SettingsFile::not_a_file) return tr(lang, "file.settings.not_saved", tr(lang, "file.settings.no_file", path));
    if (found == SettingsFile::damaged) {
        const std::string bad = path + ".bad";
        std::error_code error;
        std::filesystem::rename(path, bad, error);
        // Gone since it was read: nothing left to keep.
        if (error && error != std::errc::no_such_file_or_directory) {
            return tr(lang, "file.settings.not_saved", tr(lang, "file.settings.kept_bad", bad, error.message()));
        }
    }
    if (std::optional<std::string> error = save_settings(settings, path)) return tr(lang, "file.settings.not_saved", *error);
    return std::nullopt;
}

std::optional<std::string> save_settings(const Settings& settings, const std::string& path) {
    if (path.empty()) return "no settings folder: neither XDG_CONFIG_HOME nor HOME is set";
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), error);
    if (error) return "cannot create the settings folder for " + path + ": " + error.message();
    return write_file_atomically(path, settings_json(settings));
}

}  // namespace convviz
