// A lesson: an ordered list of scenes, each with a title and a note for the teacher, saved as JSON
// (`.convviz-lesson`), and the built-in lesson "Transposed convolution in 10 steps" made of the
// presets. Reading refuses a newer format or a damaged file in words and returns nothing partial.
// It knows nothing of playback or of the app's windows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

inline constexpr int kLessonVersion = 1;
inline constexpr size_t kMaxLessonScenes = 200;
inline constexpr std::string_view kLessonExtension = ".convviz-lesson";

struct LessonScene {
    std::string title;  // what the progress strip and the lesson list show
    std::string note;   // a few sentences for the teacher and the student; may be empty
    Scene scene;
};

struct Lesson {
    std::string title;
    std::vector<LessonScene> scenes;
};

// Every scene is checked as a scene file is (validate()); the message names the entry.
Result<Lesson> parse_lesson(std::string_view text, const std::string& source, Lang lang = Lang::en);
Result<Lesson> load_lesson(const std::string& path, Lang lang = Lang::en);
std::string lesson_json(const Lesson& lesson);
std::optional<std::string> save_lesson(const Lesson& lesson, const std::string& path, Lang lang = Lang::en);  // atomic

// conv2d placement → stride → padding → the matrix → its transpose → the scatter → the gather with
// the stride spread → padding's crop → output_padding → the other upsampling layers.
Lesson builtin_lesson(Lang lang);

// Editing, as the lesson panel does it; each returns false and changes nothing when `index` (or
// its neighbour) is out of range.
bool move_scene(Lesson& lesson, size_t index, int by);  // by −1: up, +1: down
bool remove_scene(Lesson& lesson, size_t index);

}  // namespace convviz
