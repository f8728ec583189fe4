// The app's settings file: a round trip, the defaults when it is missing, and a damaged file
// reported (once, by the caller) and ignored — field by field where only some fields are bad.
#include <grp.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>

#include "app/model/settings.hpp"

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

// [SECTION] Files the app must not lose (issue 20)

std::string contents_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// `body`'s exit code, run as a user who cannot read a mode-000 file: this process when it is not
// root, else a child that became nobody (root reads anything).
int as_a_user(const std::function<int()>& body) {
    if (geteuid() != 0) return body();
    const pid_t child = fork();
    if (child == 0) {
        if (setgroups(0, nullptr) != 0 || setresgid(65534, 65534, 65534) != 0 || setresuid(65534, 65534, 65534) != 0) _exit(99);
        _exit(body());
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(Settings, AnUnreadableFileIsNeverWrittenOver) {
    const std::string dir = temp_dir("unreadable");
    std::filesystem::create_directories(dir);
    std::filesystem::permissions(dir, std::filesystem::perms::all);  // nobody may write here too
    const std::string path = dir + "/settings.json";
    const std::string precious = R"({"theme": "dark", "recent_files": ["/home/me/lesson.convviz-lesson"]})";
    std::ofstream(path) << precious;
    std::filesystem::permissions(path, std::filesystem::perms::none);
    const int status = as_a_user([&] {
        const LoadedSettings loaded = load_settings(path);
        if (loaded.file != SettingsFile::unreadable) return 1;
        if (loaded.warning != "cannot read the settings file " + path + "; using the defaults, and the file is left as it is") return 2;
        if (loaded.settings.theme != ThemeKind::light) return 3;
        // Quitting: the defaults must not replace the user's file.
        const std::optional<std::string> saved = save_settings_over(loaded.settings, path, loaded.file);
        if (saved != "the settings were not saved: " + path + " could not be read when ConvViz started, so it is left as it was") {
            return 4;
        }
        return 0;
    });
    EXPECT_EQ(status, 0) << "1 not unreadable, 2 the warning, 3 not the defaults, 4 the save's message";
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    EXPECT_EQ(contents_of(path), precious);
    std::filesystem::remove_all(dir);
}

TEST(Settings, ADamagedFileIsKeptAsBadBeforeItIsReplaced) {
    const std::string dir = temp_dir("keep_bad");
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/settings.json";
    const std::string broken = "{\"theme\": \"dark\", \"window_wid";
    std::ofstream(path) << broken;
    std::ofstream(path + ".bad") << "an older damaged file";
    const LoadedSettings loaded = load_settings(path);
    EXPECT_EQ(loaded.file, SettingsFile::damaged);
    EXPECT_EQ(loaded.warning,
              "the settings file " + path + " is damaged (not a JSON object); using the defaults (it will be kept as settings.json.bad)");
    Settings s = loaded.settings;
    s.theme = ThemeKind::contrast;
    EXPECT_EQ(save_settings_over(s, path, loaded.file), std::nullopt);
    EXPECT_EQ(contents_of(path + ".bad"), broken);
    const LoadedSettings again = load_settings(path);
    EXPECT_EQ(again.file, SettingsFile::read);
    EXPECT_EQ(again.warning, std::nullopt);
    EXPECT_EQ(again.settings.theme, ThemeKind::contrast);
    // A readable file is simply written over; nothing else appears.
    EXPECT_EQ(save_settings_over(s, path, again.file), std::nullopt);
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
    EXPECT_EQ(files, 2u);
    std::filesystem::remove_all(dir);
}

TEST(Settings, AFolderOrAPipeIsSaidSoAndLeftAlone) {
    const std::string dir = temp_dir("folder");
    const std::string folder = dir + "/settings.json";
    std::filesystem::create_directories(folder);
    const LoadedSettings loaded = load_settings(folder);
    EXPECT_EQ(loaded.file, SettingsFile::not_a_file);
    EXPECT_EQ(loaded.warning, "the settings file " + folder +
                                  " is a folder, not a file; using the defaults, and the settings will not be saved");
    EXPECT_EQ(load_settings(folder, Lang::zh).warning, "设置文件 " + folder + " 是一个文件夹，不是文件；使用默认设置，且不会保存设置");
    EXPECT_EQ(save_settings_over(loaded.settings, folder, loaded.file),
              "the settings were not saved: " + folder + " is not a file (a folder, a pipe or a device), so nothing was written there");
    EXPECT_TRUE(std::filesystem::is_directory(folder));

    const std::string fifo = dir + "/pipe.json";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
    const LoadedSettings piped = load_settings(fifo);  // at once: nothing writes into the pipe
    EXPECT_EQ(piped.file, SettingsFile::not_a_file);
    EXPECT_NE(piped.warning.value_or("").find("is not a regular file"), std::string::npos);
    EXPECT_TRUE(save_settings_over(piped.settings, fifo, piped.file).has_value());
    EXPECT_EQ(std::filesystem::status(fifo).type(), std::filesystem::file_type::fifo);
    std::filesystem::remove_all(dir);
}

TEST(Settings, UnknownFieldsAreIgnoredAndNamedOnce) {
    const LoadedSettings loaded =
        parse_settings(R"({"theme": "dark", "them": "light", "future_option": 3, "font_scale": 2})", "s.json");
    EXPECT_EQ(loaded.file, SettingsFile::read);
    EXPECT_EQ(loaded.warning, "the settings file s.json has fields this version does not know (future_option, them); they are ignored");
    EXPECT_EQ(loaded.settings.theme, ThemeKind::dark);
    EXPECT_FLOAT_EQ(loaded.settings.font_scale, 2.0f);
    std::string many = "{";
    for (int i = 0; i < 40; ++i) many += "\"k" + std::to_string(i) + "\": 1,";
    many += "\"theme\": \"dark\"}";
    const LoadedSettings lots = parse_settings(many, "s.json");
    ASSERT_TRUE(lots.warning.has_value());
    EXPECT_NE(lots.warning->find("… (40)"), std::string::npos) << *lots.warning;
    EXPECT_LT(lots.warning->size(), 200u);
    // A "recent file" of a megabyte is no path: dropped, not put in the menu.
    const nlohmann::json huge = {{"recent_files", {std::string(1 << 20, 'p'), "/ok"}}};
    EXPECT_EQ(parse_settings(huge.dump(), "s.json").settings.recent_files, std::vector<std::string>{"/ok"});
    // What this version writes it reads without a word.
    EXPECT_EQ(parse_settings(settings_json(Settings{}), "s.json").warning, std::nullopt);
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
