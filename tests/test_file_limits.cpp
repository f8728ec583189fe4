// What the loaders do with hostile files (issue 20): a FIFO, /dev/zero, a folder or a file past
// 64 MB is refused before anything is parsed, at once; titles and notes past their limits are
// refused naming the field, its length and the limit; a misspelt key is refused naming the key and
// the key that was meant, in both languages; one malformed case of a case file fails alone.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>

#include "core/case_file.hpp"
#include "core/i18n/strings.hpp"
#include "core/json_io.hpp"
#include "core/lesson.hpp"
#include "core/limits.hpp"
#include "core/presets.hpp"
#include "core/read_file.hpp"
#include "core/scene.hpp"
#include "core/text.hpp"
#include "tests/limits_files.hpp"
#include "tests/test_platform.hpp"

namespace convviz {
namespace {

namespace fs = std::filesystem;
using testing::a_case;
using testing::TempDir;

// A file of `bytes` bytes without writing them (a sparse file).
std::string sized(const std::string& path, off_t bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    EXPECT_GE(fd, 0);
    EXPECT_EQ(::ftruncate(fd, bytes), 0);
    ::close(fd);
    return path;
}

std::string preset_json(std::string_view id) { return scene_json(*find_preset(id)); }

// [SECTION] Files that are no files, or too large

TEST(FileLimits, APipeIsRefusedAtOnce) {
    if (!testing::can_make_fifos()) GTEST_SKIP() << testing::kNoFifos;
    TempDir dir("pipe");
    const std::string fifo = dir / "pipe.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(std::get<ReadFailure>(read_whole_file(fifo)), ReadFailure::not_regular);
    EXPECT_EQ(load_scene(fifo).error(), fifo + ": is not a regular file (a pipe, a device or a socket); a scene is read from a file");
    EXPECT_EQ(load_lesson(fifo).error(), fifo + ": is not a regular file (a pipe, a device or a socket); a lesson is read from a file");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST(FileLimits, DevicesFoldersAndHugeFilesAreRefusedAtOnce) {
    TempDir dir("kinds");
    const std::string big = sized(dir / "big.json", static_cast<off_t>(text_limits.file_bytes) + 1);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_EQ(std::get<ReadFailure>(read_whole_file("/dev/zero")), ReadFailure::not_regular);
    EXPECT_EQ(std::get<ReadFailure>(read_whole_file(dir.path.string())), ReadFailure::directory);
    EXPECT_EQ(std::get<ReadFailure>(read_whole_file(big)), ReadFailure::too_large);
    EXPECT_EQ(std::get<ReadFailure>(read_whole_file(dir / "missing.json")), ReadFailure::unreadable);
    // Exactly the limit is read (whatever it then parses to).
    const std::string most = sized(dir / "most.json", static_cast<off_t>(text_limits.file_bytes));
    ASSERT_TRUE(std::holds_alternative<std::string>(read_whole_file(most)));
    EXPECT_EQ(std::get<std::string>(read_whole_file(most)).size(), text_limits.file_bytes);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));

    // Each loader words it for its kind of file, in both languages.
    EXPECT_EQ(load_scene("/dev/zero", Lang::zh).error(), "/dev/zero：不是普通文件（而是管道、设备或套接字）；场景要从文件读取");
    EXPECT_EQ(load_scene(big).error(), big + ": is larger than 64 MB, the most ConvViz reads from a scene file");
    EXPECT_EQ(load_lesson(big, Lang::zh).error(), big + "：超过 64 MB，这是 ConvViz 读取课程文件的上限");
    EXPECT_EQ(load_lesson(dir.path.string()).error(), dir.path.string() + ": is a folder, not a lesson file");
    EXPECT_EQ(read_cases("/dev/zero").error(), "/dev/zero: is not a regular file (a pipe, a device or a socket); cases are read from a file");
    EXPECT_EQ(read_cases(big).error(), big + ": is larger than 64 MB, the most ConvViz reads from a case file");
}

// The keys are made at run time ("<prefix>.too_large"): every one of them is in both tables.
TEST(FileLimits, EveryLoaderHasAMessageForEveryFailure) {
    for (const char* prefix : {"file.scene", "lesson.error", "file.cases", "file.settings"}) {
        for (ReadFailure failure :
             {ReadFailure::directory, ReadFailure::not_regular, ReadFailure::too_large, ReadFailure::unreadable}) {
            for (Lang lang : kLanguages) {
                const std::string message = read_failure_message(failure, prefix, "/x/y.json", lang);
                EXPECT_EQ(message.find(prefix), std::string::npos) << "no such key: " << message;
                EXPECT_NE(message.find("/x/y.json"), std::string::npos) << message;
            }
        }
    }
}


// [SECTION] Free text

TEST(FileLimits, TitlesAndNotesHaveALengthLimit) {
    EXPECT_EQ(utf8_length("a卷积b"), 4u);
    EXPECT_EQ(utf8_offset("a卷积b", 2), 4u);
    EXPECT_EQ(utf8_offset("ab", 5), 2u);

    nlohmann::json scene = nlohmann::json::parse(preset_json("d2l_tconv"));
    scene["title"] = std::string(text_limits.title, 'x');
    EXPECT_TRUE(parse_scene(scene.dump(), "s.json").ok());
    // Characters, not bytes: 200 Chinese characters are 600 bytes and allowed.
    std::string chinese;
    for (size_t i = 0; i < text_limits.title; ++i) chinese += "卷";
    scene["title"] = chinese;
    EXPECT_TRUE(parse_scene(scene.dump(), "s.json").ok());
    scene["title"] = chinese + "积";
    EXPECT_EQ(parse_scene(scene.dump(), "s.json").error(), "s.json: field \"title\" is 201 characters long; at most 200 are allowed");
    EXPECT_EQ(parse_scene(scene.dump(), "s.json", Lang::zh).error(), "s.json：字段“title”有 201 个字符；最多允许 200 个");
    scene["title"] = "ok";
    scene["id"] = std::string(text_limits.id + 1, 'i');
    EXPECT_NE(parse_scene(scene.dump(), "s.json").error().find("field \"id\" is 65 characters long; at most 64"), std::string::npos);

    Lesson lesson = builtin_lesson(Lang::en);
    lesson.scenes[1].note = std::string(text_limits.note, 'n');
    ASSERT_TRUE(parse_lesson(lesson_json(lesson), "l").ok());
    lesson.scenes[1].note += "n";
    EXPECT_EQ(parse_lesson(lesson_json(lesson), "l").error(),
              "l, scene 2: the field \"note\" is 4001 characters long; at most 4000 are allowed");
    lesson.scenes[1].note = std::string(20000, 'n');  // the note that aborted the app
    EXPECT_EQ(parse_lesson(lesson_json(lesson), "l", Lang::zh).error(), "l，第 2 个场景：字段 \"note\" 有 20000 个字符；最多允许 4000 个");
    lesson.scenes[1].note.clear();
    lesson.scenes[0].title = std::string(text_limits.title + 1, 't');
    EXPECT_EQ(parse_lesson(lesson_json(lesson), "l").error(),
              "l, scene 1: the field \"title\" is 201 characters long; at most 200 are allowed");
    lesson.scenes[0].title = "t";
    lesson.title = std::string(text_limits.title + 1, 't');
    EXPECT_EQ(parse_lesson(lesson_json(lesson), "l").error(), "l: the field \"title\" is 201 characters long; at most 200 are allowed");
}


// [SECTION] Keys nobody reads

TEST(FileLimits, AMisspeltSceneKeyIsRefusedWithTheKeyMeant) {
    const nlohmann::json good = nlohmann::json::parse(preset_json("dilation"));
    const auto error_with = [&](const std::function<void(nlohmann::json&)>& change, Lang lang = Lang::en) {
        nlohmann::json scene = good;
        change(scene);
        const Result<Scene> read = parse_scene(scene.dump(), "s.json", lang);
        return read.ok() ? std::string("(read)") : read.error();
    };
    ASSERT_EQ(error_with([](nlohmann::json&) {}), "(read)");
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["params"]["dilaton"] = {2, 2}; }),
              "s.json: field \"params.dilaton\" is not a field ConvViz knows; did you mean \"dilation\"?");
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["params"]["dilaton"] = {2, 2}; }, Lang::zh),
              "s.json：字段“params.dilaton”不是 ConvViz 认识的字段；你是不是想写“dilation”？");
    // Case first: "Stride" is "stride", though "Stride" is one edit from nothing else.
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["params"]["Stride"] = 2; }),
              "s.json: field \"params.Stride\" is not a field ConvViz knows; did you mean \"stride\"?");
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["tilte"] = "x"; }),
              "s.json: field \"tilte\" is not a field ConvViz knows; did you mean \"title\"?");
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["view"]["show_value"] = false; }),
              "s.json: field \"view.show_value\" is not a field ConvViz knows; did you mean \"show_values\"?");
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["input"]["dtaa"] = 1; }),
              "s.json: field \"input.dtaa\" is not a field ConvViz knows; did you mean \"data\"?");
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["weight"]["Shape"] = 1; }),
              "s.json: field \"weight.Shape\" is not a field ConvViz knows; did you mean \"shape\"?");
    // Nothing close: the keys that are known there.
    EXPECT_EQ(error_with([](nlohmann::json& s) { s["view"]["zoom"] = 2; }),
              "s.json: field \"view.zoom\" is not a field ConvViz knows here (known: kind, show_values, compare_kernel)");
    // A key of another op is not this op's.
    EXPECT_NE(error_with([](nlohmann::json& s) { s["params"]["kernel_size"] = 2; }).find("field \"params.kernel_size\" is not a field"),
              std::string::npos);

    nlohmann::json pool = nlohmann::json::parse(preset_json("maxpool_unpool"));
    pool["weight"] = {{"shape", {1}}, {"data", {1}}};
    EXPECT_NE(parse_scene(pool.dump(), "p.json").error().find("field \"weight\" is not a field ConvViz knows here"),
              std::string::npos);
    pool.erase("weight");
    pool["pooling"]["ceilmode"] = true;
    EXPECT_EQ(parse_scene(pool.dump(), "p.json").error(),
              "p.json: field \"pooling.ceilmode\" is not a field ConvViz knows; did you mean \"ceil_mode\"?");
    // A newer file's new fields: the version is what is refused.
    nlohmann::json newer = good;
    newer["version"] = kSceneVersion + 1;
    newer["zoom"] = 2;
    EXPECT_NE(parse_scene(newer.dump(), "n.json").error().find("field \"version\""), std::string::npos);
}

TEST(FileLimits, EveryPresetAndTheBuiltInLessonStillRead) {
    for (const Scene& preset : builtin_presets()) {
        const Result<Scene> read = parse_scene(scene_json(preset), preset.id);
        EXPECT_TRUE(read.ok()) << read.error();
    }
    for (Lang lang : kLanguages) {
        const Result<Lesson> read = parse_lesson(lesson_json(builtin_lesson(lang)), "builtin", lang);
        EXPECT_TRUE(read.ok()) << read.error();
    }
}

TEST(FileLimits, AMisspeltLessonKeyIsRefused) {
    nlohmann::json lesson = nlohmann::json::parse(lesson_json(builtin_lesson(Lang::en)));
    lesson["scenes"][2]["notes"] = "typed as notes";
    EXPECT_EQ(parse_lesson(lesson.dump(), "l").error(),
              "l, scene 3: the field \"notes\" is not a field ConvViz knows; did you mean \"note\"?");
    EXPECT_EQ(parse_lesson(lesson.dump(), "l", Lang::zh).error(),
              "l，第 3 个场景：字段 \"notes\" 不是 ConvViz 认识的字段；你是不是想写“note”？");
    lesson["scenes"][2].erase("notes");
    lesson["Title"] = "x";
    EXPECT_EQ(parse_lesson(lesson.dump(), "l").error(),
              "l: the field \"Title\" is not a field ConvViz knows; did you mean \"title\"?");
    lesson.erase("Title");
    lesson["scenes"][0]["scene"]["params"]["strides"] = 2;
    EXPECT_EQ(parse_lesson(lesson.dump(), "l").error(),
              "l, scene 1: field \"params.strides\" is not a field ConvViz knows; did you mean \"stride\"?");
}

TEST(FileLimits, ClosestKeyPrefersCaseThenFewestEdits) {
    const std::vector<std::string_view> known = {"stride", "padding", "dilation", "output_padding"};
    EXPECT_EQ(json_io::closest_key("STRIDE", known), "stride");
    EXPECT_EQ(json_io::closest_key("dilaton", known), "dilation");
    EXPECT_EQ(json_io::closest_key("outputpadding", known), "output_padding");
    EXPECT_EQ(json_io::closest_key("groups", known), std::nullopt);
    EXPECT_EQ(json_io::closest_key(std::string(100, 'p'), known), std::nullopt);
}

// [SECTION] Case files


TEST(FileLimits, AMisspeltCaseKeyIsRefusedAndTheOtherCasesRead) {
    std::string bad = a_case("typo");
    bad.replace(bad.find("\"params\""), 8, "\"parms\"");
    const std::string text = "[" + a_case("first") + "," + bad + "," + a_case("third") + "]";
    const Result<std::vector<Result<Case>>> entries = parse_case_entries(text, "c.json");
    ASSERT_TRUE(entries.ok()) << entries.error();
    ASSERT_EQ(entries.value().size(), 3u);
    EXPECT_TRUE(entries.value()[0].ok());
    ASSERT_FALSE(entries.value()[1].ok());
    EXPECT_EQ(entries.value()[1].error(),
              "c.json: case 1 \"typo\": field \"parms\" is not a field ConvViz knows; did you mean \"params\"?");
    EXPECT_TRUE(entries.value()[2].ok());
    EXPECT_EQ(parse_cases(text, "c.json").error(), entries.value()[1].error()) << "all or nothing: the first bad case";
    // max_pool2d's expected indices are a known key; a misspelt one is not.
    std::string pool = R"({"name": "p", "op": "max_pool2d", "params": {"kernel_size": [1, 1]},
      "input": {"shape": [1, 1, 1, 1], "data": [3]},
      "expected": {"shape": [1, 1, 1, 1], "data": [3], "indices": {"shape": [1, 1, 1, 1], "data": [0]}}})";
    EXPECT_TRUE(parse_cases(pool, "p.json").ok()) << parse_cases(pool, "p.json").error();
    pool.replace(pool.find("\"indices\""), 9, "\"indexes\"");
    EXPECT_EQ(parse_cases(pool, "p.json").error(),
              "p.json: case 0 \"p\": field \"expected.indexes\" is not a field ConvViz knows; did you mean \"indices\"?");
    // Not a case at all: the file holds no cases.
    EXPECT_FALSE(parse_case_entries("42", "n.json").ok());
    EXPECT_FALSE(parse_case_entries("[1, 2", "n.json").ok());
}


}  // namespace
}  // namespace convviz
