#include "app/gui/settings.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/atomic_file.hpp"
#include "core/i18n/lang.hpp"

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

LoadedSettings load_settings(const std::string& path) {
    if (path.empty()) return {};
    std::error_code error;
    if (!std::filesystem::exists(path, error)) return {};
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) return {.warning = "cannot read the settings file " + path + "; using the defaults"};
    return parse_settings(text.str(), path);
}

LoadedSettings parse_settings(std::string_view text, const std::string& path) {
    LoadedSettings loaded;
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        loaded.warning = "the settings file " + path + " is damaged (not a JSON object); using the defaults";
        return loaded;
    }
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
        if (std::isfinite(v) && v >= 0.5 && v <= 4.0) s.font_scale = static_cast<float>(v);
    }
    if (const auto it = json.find("last_scene"); it != json.end() && it->is_string()) {
        s.last_scene = it->get<std::string>();
    }
    if (const auto it = json.find("lang"); it != json.end() && it->is_string() && parse_lang(it->get<std::string>())) {
        s.lang = it->get<std::string>();
    }
    if (const auto it = json.find("recent_files"); it != json.end() && it->is_array()) {
        for (const auto& file : *it) {
            if (file.is_string() && s.recent_files.size() < kMaxRecentFiles) s.recent_files.push_back(file.get<std::string>());
        }
    }
    if (const auto it = json.find("present_text_scale"); it != json.end() && it->is_number()) {
        const double v = it->get<double>();
        if (std::isfinite(v) && v >= 1.0 && v <= 3.0) s.present_text_scale = static_cast<float>(v);
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

std::optional<std::string> save_settings(const Settings& settings, const std::string& path) {
    if (path.empty()) return "no settings folder: neither XDG_CONFIG_HOME nor HOME is set";
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), error);
    if (error) return "cannot create the settings folder for " + path + ": " + error.message();
    return write_file_atomically(path, settings_json(settings));
}

}  // namespace convviz
