// Lesson files: the built-in lesson, a round trip through JSON and a file, editing, and refusals of
// newer or damaged files that leave nothing half-read.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/i18n/strings.hpp"
#include "core/lesson.hpp"
#include "core/presets.hpp"

namespace convviz {
namespace {

TEST(Lesson, TheBuiltInLessonHasItsTenStepsInBothLanguages) {
    for (Lang lang : kLanguages) {
        const Lesson lesson = builtin_lesson(lang);
        ASSERT_EQ(lesson.scenes.size(), 10u);
        EXPECT_EQ(lesson.title, tr(lang, "lesson.builtin.title"));
        for (const LessonScene& s : lesson.scenes) {
            EXPECT_FALSE(s.title.empty());
            EXPECT_GT(s.note.size(), 40u) << s.title;
            EXPECT_EQ(s.title.find("lesson."), std::string::npos) << "an untranslated key: " << s.title;
            EXPECT_FALSE(validate(s.scene)) << s.title;
        }
    }
    const Lesson en = builtin_lesson(Lang::en);
    // conv2d placement → … → the other upsampling layers, in the order.
    EXPECT_EQ(en.scenes[0].scene.view.kind, ViewKind::conv);
    EXPECT_EQ(en.scenes[3].scene.view.kind, ViewKind::matrix);
    EXPECT_EQ(en.scenes[4].scene.view.kind, ViewKind::matrix);
    EXPECT_TRUE(std::holds_alternative<ConvTranspose2dParams>(en.scenes[4].scene.params));
    EXPECT_EQ(en.scenes[5].scene.view.kind, ViewKind::scatter);
    EXPECT_EQ(en.scenes[6].scene.view.kind, ViewKind::gather);
    EXPECT_EQ(en.scenes[7].scene.view.kind, ViewKind::crop);
    EXPECT_EQ(std::get<ConvTranspose2dParams>(en.scenes[8].scene.params).output_padding, (Pair{1, 1}));
    EXPECT_EQ(en.scenes[9].scene.view.kind, ViewKind::compare);
    EXPECT_NE(builtin_lesson(Lang::zh).scenes[0].title, en.scenes[0].title);
}

TEST(Lesson, RoundTripsThroughJsonAndAFile) {
    Lesson lesson = builtin_lesson(Lang::zh);
    lesson.title = "My lesson — 我的课";
    lesson.scenes[2].note = "a note with \"quotes\" and a\nnew line";
    const std::string text = lesson_json(lesson);
    Result<Lesson> back = parse_lesson(text, "test");
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(lesson_json(back.value()), text);
    EXPECT_EQ(back.value().scenes[2].note, lesson.scenes[2].note);

    const std::string path = (std::filesystem::temp_directory_path() / "convviz_test.convviz-lesson").string();
    ASSERT_FALSE(save_lesson(lesson, path));
    Result<Lesson> loaded = load_lesson(path);
    ASSERT_TRUE(loaded) << loaded.error();
    EXPECT_EQ(lesson_json(loaded.value()), text);
    std::filesystem::remove(path);
}

TEST(Lesson, EditingMovesAndRemovesWithinRange) {
    Lesson lesson = builtin_lesson(Lang::en);
    const std::string first = lesson.scenes[0].title;
    const std::string second = lesson.scenes[1].title;
    EXPECT_TRUE(move_scene(lesson, 0, 1));
    EXPECT_EQ(lesson.scenes[0].title, second);
    EXPECT_EQ(lesson.scenes[1].title, first);
    EXPECT_FALSE(move_scene(lesson, 0, -1));
    EXPECT_FALSE(move_scene(lesson, 9, 1));
    EXPECT_FALSE(move_scene(lesson, 3, 2));
    EXPECT_TRUE(remove_scene(lesson, 9));
    EXPECT_EQ(lesson.scenes.size(), 9u);
    EXPECT_FALSE(remove_scene(lesson, 9));
}

TEST(Lesson, NewerAndDamagedFilesAreRefusedInWords) {
    const std::string good = lesson_json(builtin_lesson(Lang::en));
    struct Case {
        std::string text;
        std::string says;
    };
    std::string newer = good;
    newer.replace(newer.rfind("\"version\": 1"), 12, "\"version\": 7");  // the lesson's own, after its scenes'
    std::string bad_scene = good;
    bad_scene.replace(bad_scene.find("\"stride\""), 8, "\"stride\": -3, \"x\"");
    const Case cases[] = {
        {newer, "newer ConvViz (version 7)"},
        {good.substr(0, good.size() / 2), "not valid JSON"},
        {"[1, 2]", "not a JSON object"},
        {"{\"version\": 1}", "not a ConvViz lesson"},
        {"{\"format\": \"convviz-lesson\", \"version\": 1, \"title\": \"t\"}", "\"scenes\" must be a list"},
        {"{\"format\": \"convviz-lesson\", \"version\": 1, \"title\": 3, \"scenes\": []}", "\"title\" must be text"},
        {"{\"format\": \"convviz-lesson\", \"version\": 1, \"title\": \"t\", \"scenes\": [{\"title\": \"a\"}]}",
         "scene 1: the field \"scene\" is missing"},
        {bad_scene, "scene 1"},
    };
    for (const Case& c : cases) {
        Result<Lesson> parsed = parse_lesson(c.text, "x.convviz-lesson");
        ASSERT_FALSE(parsed) << c.says;
        EXPECT_NE(parsed.error().find(c.says), std::string::npos) << parsed.error();
        EXPECT_EQ(parsed.error().rfind("x.convviz-lesson", 0), 0u) << parsed.error();
    }
    Result<Lesson> zh = parse_lesson(newer, "x", Lang::zh);
    ASSERT_FALSE(zh);
    EXPECT_NE(zh.error().find("更新版本"), std::string::npos) << zh.error();
    EXPECT_FALSE(load_lesson("/nonexistent/folder/a.convviz-lesson"));
    EXPECT_FALSE(load_lesson(std::filesystem::temp_directory_path().string()));
}

}  // namespace
}  // namespace convviz
