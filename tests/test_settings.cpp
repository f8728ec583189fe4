// The app's settings file: a round trip, the defaults when it is missing, and a damaged file
// reported (once, by the caller) and ignored — field by field where only some fields are bad.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/gui/settings.hpp"

namespace convviz {
namespace {

std::string temp_dir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("convviz_settings_" + std::to_string(getpid()) + "_" + name);
    std::filesystem::remove_all(dir);
    return dir.string();
}

TEST(Settings, RoundTripCreatesTheFolder) {
    const std::string path = temp_dir("round") + "/convviz/settings.json";
    Settings s;
    s.window_x = 40;
    s.window_y = 60;
    s.window_width = 1000;
    s.window_height = 700;
    s.theme = ThemeKind::dark;
    s.font_scale = 1.5f;
    s.last_scene = R"({"version": 1})";
    ASSERT_EQ(save_settings(s, path), std::nullopt);
    const LoadedSettings loaded = load_settings(path);
    EXPECT_EQ(loaded.warning, std::nullopt);
    EXPECT_EQ(loaded.settings.window_x, 40);
    EXPECT_EQ(loaded.settings.window_height, 700);
    EXPECT_EQ(loaded.settings.theme, ThemeKind::dark);
    EXPECT_FLOAT_EQ(loaded.settings.font_scale, 1.5f);
    EXPECT_EQ(loaded.settings.last_scene, s.last_scene);
    // Atomic: no temporary file is left beside it.
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(path).parent_path())) ++files;
    EXPECT_EQ(files, 1u);
}

// The canvas' room (issue 19): the side panels' widths as dragged and whether F9 hid them.
TEST(Settings, SidePanelsAreRemembered) {
    const std::string path = temp_dir("panels") + "/settings.json";
    Settings s;
    s.left_panel_em = 23.5f;
    s.right_panel_em = 12.0f;
    s.panels_shown = false;
    ASSERT_EQ(save_settings(s, path), std::nullopt);
    const LoadedSettings loaded = load_settings(path);
    EXPECT_EQ(loaded.warning, std::nullopt);
    EXPECT_FLOAT_EQ(loaded.settings.left_panel_em, 23.5f);
    EXPECT_FLOAT_EQ(loaded.settings.right_panel_em, 12.0f);
    EXPECT_FALSE(loaded.settings.panels_shown);
    // Absurd widths cost only themselves.
    const LoadedSettings bad = parse_settings(R"({"left_panel_em": 1, "right_panel_em": 1e9, "panels_shown": "no"})", "x");
    EXPECT_FLOAT_EQ(bad.settings.left_panel_em, kDefaultLeftPanelEm);
    EXPECT_FLOAT_EQ(bad.settings.right_panel_em, kDefaultRightPanelEm);
    EXPECT_TRUE(bad.settings.panels_shown);
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST(Settings, MissingFileGivesTheDefaultsQuietly) {
    const LoadedSettings loaded = load_settings(temp_dir("missing") + "/settings.json");
    EXPECT_EQ(loaded.warning, std::nullopt);
    EXPECT_EQ(loaded.settings.theme, ThemeKind::light);
    EXPECT_EQ(loaded.settings.window_width, Settings{}.window_width);
}

TEST(Settings, DamagedFileIsReportedAndIgnored) {
    const std::string dir = temp_dir("damaged");
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/settings.json";
    std::ofstream(path) << "{\"theme\": \"dark\", \"window_wid";
    const LoadedSettings loaded = load_settings(path);
    ASSERT_TRUE(loaded.warning.has_value());
    EXPECT_NE(loaded.warning->find(path), std::string::npos);
    EXPECT_NE(loaded.warning->find("damaged"), std::string::npos);
    EXPECT_EQ(loaded.settings.theme, ThemeKind::light);
}

TEST(Settings, BadFieldsCostOnlyThemselves) {
    const std::string dir = temp_dir("fields");
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/settings.json";
    std::ofstream(path) << R"({"theme": "dark", "window_width": "wide", "window_height": 5, "font_scale": 1e300,
                               "last_scene": 7})";
    const LoadedSettings loaded = load_settings(path);
    EXPECT_EQ(loaded.warning, std::nullopt);
    EXPECT_EQ(loaded.settings.theme, ThemeKind::dark);
    EXPECT_EQ(loaded.settings.window_width, Settings{}.window_width);
    EXPECT_EQ(loaded.settings.window_height, Settings{}.window_height);
    EXPECT_FLOAT_EQ(loaded.settings.font_scale, 1.0f);
    EXPECT_TRUE(loaded.settings.last_scene.empty());
}

// A file name on Linux is bytes, not always UTF-8, and JSON text must be: a recent file named in
// Latin-1 once made writing the settings throw (and the app stop) at exit.
TEST(Settings, RecentFilesThatAreNotUtf8AreWritten) {
    const std::string path = temp_dir("latin1") + "/settings.json";
    Settings s;
    s.recent_files = {"/tmp/caf\xE9.convviz", "/tmp/ok.convviz"};
    ASSERT_EQ(save_settings(s, path), std::nullopt);
    const LoadedSettings loaded = load_settings(path);
    EXPECT_EQ(loaded.warning, std::nullopt);
    ASSERT_EQ(loaded.settings.recent_files.size(), 2u);
    EXPECT_EQ(loaded.settings.recent_files[1], "/tmp/ok.convviz");
    std::filesystem::remove_all(std::filesystem::path(path).parent_path());
}

TEST(Settings, PathFollowsXdgThenHome) {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = xdg ? xdg : "";
    const char* home = std::getenv("HOME");
    const std::string saved_home = home ? home : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg_here", 1);
    EXPECT_EQ(settings_path(), "/tmp/xdg_here/convviz/settings.json");
    unsetenv("XDG_CONFIG_HOME");
    setenv("HOME", "/home/someone", 1);
    EXPECT_EQ(settings_path(), "/home/someone/.config/convviz/settings.json");
    if (!saved.empty()) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    if (!saved_home.empty()) setenv("HOME", saved_home.c_str(), 1);
}

}  // namespace
}  // namespace convviz
