// The settings file: any text gives settings (the defaults where a field is unusable, with one
// warning when the file is no JSON object), and what is written reads back the same.
#include <cmath>
#include <string>

#include "app/model/settings.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {

void settings(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const LoadedSettings loaded = parse_settings(text, "settings.json");
    if (loaded.warning) require_plain_message(*loaded.warning, "settings.json");
    const Settings& s = loaded.settings;
    FUZZ_REQUIRE(s.recent_files.size() <= kMaxRecentFiles, "recent files: " + std::to_string(s.recent_files.size()));
    FUZZ_REQUIRE(std::isfinite(s.font_scale) && s.font_scale >= 0.5f && s.font_scale <= 4.0f,
                 "font_scale " + std::to_string(s.font_scale));
    FUZZ_REQUIRE(s.window_width >= 320 && s.window_height >= 240, "a window too small to use");
    const LoadedSettings again = parse_settings(settings_json(s), "written");
    FUZZ_REQUIRE(!again.warning && again.settings == s, "settings change when written and read back");
}

}  // namespace convviz::fuzz
