// Lesson files: any text is refused with a short message naming the file, or read into a lesson
// that writes back to the same file.
#include <string>

#include "core/lesson.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {

void lesson(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const Lang lang = size % 2 == 1 ? Lang::zh : Lang::en;
    Result<Lesson> read = parse_lesson(text, "fuzz.convviz-lesson", lang);
    if (!read) {
        require_plain_message(read.error(), "fuzz.convviz-lesson");
        return;
    }
    FUZZ_REQUIRE(read.value().scenes.size() <= kMaxLessonScenes, std::to_string(read.value().scenes.size()) + " scenes");
    const std::string written = lesson_json(read.value());
    Result<Lesson> again = parse_lesson(written, "written", lang);
    FUZZ_REQUIRE(again.ok(), "a lesson it wrote does not read back: " + again.error());
    FUZZ_REQUIRE(lesson_json(again.value()) == written, "a lesson changes when written twice");
}

}  // namespace convviz::fuzz
