// The classroom's logic without a window: a clicker's keys in presentation mode, the files behind
// the screen (unsaved changes, atomic saves, damaged files), the file dialog's listing, and the
// settings that remember the language, recent files and presentation choices.
#include <gtest/gtest.h>
#include <unistd.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "app/model/document.hpp"
#include "app/gui/file_dialog.hpp"
#include "app/gui/present_overlay.hpp"
#include "app/gui/presentation.hpp"
#include "app/model/settings.hpp"
#include "core/presets.hpp"

namespace convviz {
namespace {

std::filesystem::path temp_folder(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("convviz_classroom_" + std::to_string(getpid()) + "_" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

AppState showing(const std::string& preset) {
    AppState state;
    EXPECT_TRUE(state.show(*find_preset(preset)));
    return state;
}

TEST(Presentation, ClickerKeysHaveTheirActions) {
    EXPECT_EQ(clicker_for_key(GLFW_KEY_PAGE_DOWN), Clicker::next);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_RIGHT), Clicker::next);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_PAGE_UP), Clicker::previous);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_LEFT), Clicker::previous);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_SPACE), Clicker::play_pause);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_B), Clicker::blank);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_PERIOD), Clicker::blank);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_HOME), Clicker::first);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_END), Clicker::last);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_ESCAPE), Clicker::leave);
    EXPECT_EQ(clicker_for_key(GLFW_KEY_A), std::nullopt);
    EXPECT_EQ(key_code("PageDown"), GLFW_KEY_PAGE_DOWN);
    EXPECT_EQ(key_code("pagedown"), std::nullopt);
}

TEST(Presentation, NextStepsToTheEndThenAsksForTheNextScene) {
    AppState state = showing("no_padding_no_strides");  // 4 steps
    Presentation present{.on = true};
    state.playback().playing = false;
    // From t = 0 (step 1 of 4, not yet settled) three presses show steps 2, 3 and 4 settled.
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(present.press(Clicker::next, state, true, false), SceneMove::none) << i;
        EXPECT_FALSE(state.playback().playing);
        EXPECT_EQ(step_count(state).step, i + 2);
    }
    EXPECT_TRUE(state.at_end());
    EXPECT_EQ(present.press(Clicker::next, state, true, false), SceneMove::next);
    EXPECT_EQ(present.press(Clicker::next, state, false, false), SceneMove::none);  // the lesson's last scene
    for (int i = 0; i < 3; ++i) EXPECT_EQ(present.press(Clicker::previous, state, false, true), SceneMove::none);
    EXPECT_TRUE(state.at_start());
    EXPECT_EQ(step_count(state).step, 1);
    EXPECT_EQ(present.press(Clicker::previous, state, false, true), SceneMove::previous);
}

// A transposed figure in the gather view: its start is the input before the spread, and the
// clicker walks spread, pad and flip, each finished, then the slide's steps, to the end.
TEST(Presentation, NextWalksTheGathersSettledStates) {
    Scene scene = *find_preset("no_padding_strides_transposed");
    scene.view.kind = ViewKind::gather;
    AppState state;
    state.playback().playing = false;
    ASSERT_TRUE(state.show(scene));
    Presentation present{.on = true};
    EXPECT_TRUE(state.at_start());
    EXPECT_DOUBLE_EQ(state.playback().t, 0.0);
    const Phase walked[] = {Phase::spread, Phase::pad, Phase::flip, Phase::slide};
    for (Phase phase : walked) {
        EXPECT_EQ(present.press(Clicker::next, state, true, false), SceneMove::none);
        EXPECT_EQ(state.timeline().at(state.playback().t).phase, phase);
    }
    int presses = 0;
    while (!state.at_end() && presses < 100) {
        present.press(Clicker::next, state, true, false);
        ++presses;
    }
    EXPECT_EQ(presses, 24);  // the 5×5 output's other 24 cells
    EXPECT_EQ(present.press(Clicker::next, state, true, false), SceneMove::next);
    present.press(Clicker::first, state, true, false);
    EXPECT_DOUBLE_EQ(state.playback().t, 0.0);
}

TEST(Presentation, BlankSwallowsTheNextKeyAndEscapeLeaves) {
    AppState state = showing("no_padding_no_strides");
    Presentation present{.on = true};
    present.press(Clicker::blank, state, false, false);
    EXPECT_TRUE(present.blank);
    const double t = state.playback().t;
    EXPECT_EQ(present.press(Clicker::next, state, true, false), SceneMove::none);
    EXPECT_FALSE(present.blank);
    EXPECT_EQ(state.playback().t, t);  // the picture came back; no step was skipped
    present.press(Clicker::last, state, false, false);
    EXPECT_TRUE(state.at_end());
    present.press(Clicker::first, state, false, false);
    EXPECT_TRUE(state.at_start());
    present.press(Clicker::play_pause, state, false, false);
    EXPECT_TRUE(state.playback().playing);
    present.press(Clicker::strip, state, false, false);
    EXPECT_FALSE(present.strip);
    present.press(Clicker::leave, state, false, false);
    EXPECT_FALSE(present.on);
}

TEST(Document, AnEditIsUnsavedUntilSavedAndSavesAreAtomic) {
    AppState state = showing("padding_strides");
    SceneDocument doc;
    doc.reset(state.scene());
    EXPECT_FALSE(doc.dirty(state.scene()));
    const Scene saved = state.scene();
    Scene edited = state.scene();
    std::get<Conv2dParams>(edited.params).stride = {1, 1};
    ASSERT_TRUE(state.show(edited, true));
    EXPECT_TRUE(doc.dirty(state.scene()));
    EXPECT_EQ(document_title(doc, "t", true), "• t");
    // Back to the saved values: not dirty, to the bit (a title or a single value counts too).
    Scene undone = edited;
    std::get<Conv2dParams>(undone.params).stride = std::get<Conv2dParams>(saved.params).stride;
    EXPECT_FALSE(doc.dirty(undone));
    undone.title += " ";
    EXPECT_TRUE(doc.dirty(undone));
    undone.title.pop_back();
    undone.tensors.input[0] += 1e-12;
    EXPECT_TRUE(doc.dirty(undone));

    const auto dir = temp_folder("save");
    const std::string path = (dir / "mine.json").string();
    ASSERT_FALSE(doc.save(state.scene(), path));
    EXPECT_FALSE(doc.dirty(state.scene()));
    EXPECT_EQ(doc.path, path);
    EXPECT_EQ(document_title(doc, "t", false), "mine.json");
    // Only the file itself is in the folder: the temporary name was renamed into place.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
    Result<Scene> back = load_scene(path);
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(scene_json(back.value()), scene_json(state.scene()));

    // An unwritable place: the message names it, the document keeps its file and baseline.
    const uint64_t baseline = *doc.baseline;
    EXPECT_TRUE(doc.save(state.scene(), "/no/such/folder/x.json"));
    EXPECT_EQ(doc.path, path);
    EXPECT_EQ(*doc.baseline, baseline);
    std::filesystem::remove_all(dir);
}

// Quit → Discard, then a new start: the discarded edit is not what comes back (issue 19). The
// scene restored is the one the edit started from, or the one saved.
TEST(Document, TheSceneRestoredAtTheNextStartIsNeverADiscardedEdit) {
    AppState state = showing("padding_strides");
    SceneDocument doc;
    doc.reset(state.scene());
    const std::string before = scene_json(state.scene());
    Scene edited = state.scene();
    std::get<Conv2dParams>(edited.params).stride = {1, 1};
    ASSERT_TRUE(state.show(edited, true));
    ASSERT_TRUE(doc.dirty(state.scene()));
    EXPECT_EQ(scene_to_restore(doc, state.scene()), before);
    EXPECT_NE(scene_to_restore(doc, state.scene()), scene_json(state.scene()));
    // Saved, the edit is the document: it is what comes back.
    const auto dir = temp_folder("restore");
    ASSERT_FALSE(doc.save(state.scene(), (dir / "kept.json").string()));
    EXPECT_EQ(scene_to_restore(doc, state.scene()), scene_json(state.scene()));
    std::filesystem::remove_all(dir);
}

// Presentation mode's pointer: a mouse resting where it was is not "moving", so it neither draws
// its ring nor hovers a cell; a move shows it for 1.5 s.
TEST(Presentation, APointerCountsAsMovingOnlyAfterItMoves) {
    Pointer pointer;
    pointer.see(300.0f, 200.0f, 10.0);
    EXPECT_FALSE(pointer.moving(10.0)) << "where the mouse was when presenting began";
    pointer.see(300.0f, 200.0f, 11.0);
    EXPECT_FALSE(pointer.moving(11.0));
    pointer.see(310.0f, 200.0f, 12.0);
    EXPECT_TRUE(pointer.moving(12.0));
    EXPECT_TRUE(pointer.moving(13.0));
    pointer.see(310.0f, 200.0f, 13.6);
    EXPECT_FALSE(pointer.moving(13.6));
}

TEST(Document, LessonsKnowTheirPlaceAndTheirChanges) {
    LessonDocument doc;
    EXPECT_FALSE(doc.dirty());
    EXPECT_FALSE(doc.has_next());
    doc.reset(builtin_lesson(Lang::en), {}, true);
    EXPECT_TRUE(doc.has_next());
    EXPECT_FALSE(doc.has_previous());
    doc.at = 9;
    EXPECT_FALSE(doc.has_next());
    EXPECT_TRUE(doc.has_previous());
    EXPECT_FALSE(doc.dirty());
    doc.lesson->scenes[0].note = "changed";
    EXPECT_TRUE(doc.dirty());
    // Adding names the scene in the interface's language and stops at the file format's limit.
    ASSERT_TRUE(add_to_lesson(doc, *find_preset("pixel_shuffle"), Lang::zh));
    EXPECT_EQ(doc.at, 10u);
    EXPECT_EQ(doc.lesson->scenes.back().title, scene_title(*find_preset("pixel_shuffle"), Lang::zh));
    while (doc.lesson->scenes.size() < kMaxLessonScenes) doc.lesson->scenes.push_back(doc.lesson->scenes[0]);
    EXPECT_FALSE(add_to_lesson(doc, *find_preset("pixel_shuffle"), Lang::en));
    doc.lesson->scenes.resize(11);
    LessonDocument none;
    EXPECT_FALSE(add_to_lesson(none, *find_preset("pixel_shuffle"), Lang::en));
    const auto dir = temp_folder("lesson");
    const std::string path = (dir / "l.convviz-lesson").string();
    ASSERT_FALSE(doc.save(path));
    EXPECT_FALSE(doc.dirty());
    EXPECT_FALSE(doc.builtin);
    EXPECT_EQ(kind_of_file(path), FileKind::lesson);
    EXPECT_EQ(kind_of_file((dir / "s.json").string()), FileKind::scene);
    std::filesystem::remove_all(dir);
}

TEST(Document, DamagedAndNewerFilesAreRefusedAndTheFileIsUntouched) {
    const auto dir = temp_folder("damaged");
    const std::string good = scene_json(*find_preset("padding_strides"));
    const std::string newer = std::regex_replace(good, std::regex(R"("version":\s*1)"), "\"version\": 9");
    ASSERT_NE(newer, good);
    const struct {
        std::string name, text, says;
    } cases[] = {
        {"cut.json", good.substr(0, good.size() / 2), "not valid JSON"},
        {"newer.json", newer, "newer ConvViz"},
        {"empty.json", "", "not valid JSON"},
        {"cut.convviz-lesson", lesson_json(builtin_lesson(Lang::en)).substr(0, 300), "not valid JSON"},
    };
    for (const auto& c : cases) {
        const std::string path = (dir / c.name).string();
        std::ofstream(path, std::ios::binary) << c.text;
        std::string error;
        if (kind_of_file(path) == FileKind::lesson) {
            Result<Lesson> lesson = load_lesson(path);
            ASSERT_FALSE(lesson) << c.name;
            error = lesson.error();
        } else {
            Result<Scene> scene = load_scene(path);
            ASSERT_FALSE(scene) << c.name;
            error = scene.error();
        }
        EXPECT_NE(error.find(c.says), std::string::npos) << error;
        EXPECT_NE(error.find(c.name), std::string::npos) << error;
        std::ifstream in(path, std::ios::binary);
        EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), c.text) << "a refused file is left as it was";
    }
    std::filesystem::remove_all(dir);
}

TEST(FileDialog, ListsFoldersThenTheFilesAskedFor) {
    const auto dir = temp_folder("list");
    std::filesystem::create_directories(dir / "b_folder");
    std::filesystem::create_directories(dir / "a_folder");
    std::filesystem::create_directories(dir / ".hidden");
    for (const char* name : {"z.json", "a.convviz-lesson", "notes.txt", ".secret.json"}) std::ofstream(dir / name) << "x";
    Result<std::vector<FolderEntry>> listed = list_folder(dir.string(), {".json", ".convviz-lesson"});
    ASSERT_TRUE(listed) << listed.error();
    std::vector<std::string> names;
    for (const FolderEntry& e : listed.value()) names.push_back(e.name + (e.folder ? "/" : ""));
    EXPECT_EQ(names, (std::vector<std::string>{"a_folder/", "b_folder/", "a.convviz-lesson", "z.json"}));
    EXPECT_FALSE(list_folder((dir / "missing").string(), {}));
    EXPECT_EQ(chosen_path(dir.string(), "new", true, {".convviz-lesson"}), (dir / "new.convviz-lesson").string());
    EXPECT_EQ(chosen_path(dir.string(), "x.json", true, {".json"}), (dir / "x.json").string());
    EXPECT_EQ(chosen_path(dir.string(), "/abs/y.json", false, {".json"}), "/abs/y.json");
    EXPECT_EQ(chosen_path(dir.string(), "../up.json", false, {}), (dir.parent_path() / "up.json").string());
    std::filesystem::remove_all(dir);
}

TEST(Settings, RememberTheLanguageRecentFilesAndPresentationChoices) {
    const auto dir = temp_folder("settings");
    const std::string path = (dir / "settings.json").string();
    Settings s;
    s.lang = "zh-CN";
    s.present_text_scale = 2.25f;
    s.present_strip = false;
    s.present_contrast = false;
    s.theme = ThemeKind::contrast;
    for (int i = 0; i < 12; ++i) add_recent(s.recent_files, "/f" + std::to_string(i));
    add_recent(s.recent_files, "/f5");
    ASSERT_EQ(s.recent_files.size(), kMaxRecentFiles);
    EXPECT_EQ(s.recent_files.front(), "/f5");
    EXPECT_EQ(std::count(s.recent_files.begin(), s.recent_files.end(), "/f5"), 1);
    ASSERT_FALSE(save_settings(s, path));
    const LoadedSettings loaded = load_settings(path);
    EXPECT_FALSE(loaded.warning);
    EXPECT_EQ(loaded.settings.lang, "zh-CN");
    EXPECT_EQ(loaded.settings.recent_files, s.recent_files);
    EXPECT_EQ(loaded.settings.present_text_scale, 2.25f);
    EXPECT_FALSE(loaded.settings.present_strip);
    EXPECT_FALSE(loaded.settings.present_contrast);
    EXPECT_EQ(loaded.settings.theme, ThemeKind::contrast);
    // Bad values cost only themselves.
    std::ofstream(path) << R"({"lang": "klingon", "present_text_scale": 99, "recent_files": [3, "/ok"]})";
    const LoadedSettings bad = load_settings(path);
    EXPECT_EQ(bad.settings.lang, "");
    EXPECT_EQ(bad.settings.present_text_scale, 1.5f);
    EXPECT_EQ(bad.settings.recent_files, std::vector<std::string>{"/ok"});
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace convviz
