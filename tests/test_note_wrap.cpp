// The lesson panel's note (app/model/panel_text.hpp) within issue 20's note limit: wrapped to the
// width, in whole characters, whatever the width.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/model/panel_text.hpp"
#include "core/limits.hpp"
#include "core/text.hpp"

namespace convviz {
namespace {

// The lesson panel's note: wrapped to the width, only whole characters, nothing lost but the
// spaces where lines break.
TEST(FileLimits, LongNotesWrapIntoShortLines) {
    const auto measure = [](std::string_view piece) { return static_cast<float>(utf8_length(piece)); };
    const std::string text = "one two three\n\nfour " + std::string(25, 'x') + " 卷积卷积卷积。卷积";
    const std::vector<WrappedLine> lines = wrap_lines(text, 10.0f, measure);
    std::vector<std::string> shown;
    for (const WrappedLine& line : lines) shown.push_back(text.substr(line.begin, line.end - line.begin));
    // "。" stays with the character before it.
    const std::vector<std::string> expected = {"one two", "three", "", "four", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx 卷积卷积",
                                               "卷积。卷积"};
    EXPECT_EQ(shown, expected);
    EXPECT_EQ(wrap_lines("", 10.0f, measure).size(), 1u);
    // The longest note allowed, in any width, in lines no wider than the width (a character
    // wider than the width alone on its line).
    std::string note;
    while (utf8_length(note) < text_limits.note - 10) note += "卷积 convolution ";
    for (float width : {1.0f, 7.0f, 40.0f, 1000.0f}) {
        size_t characters = 0;
        for (const WrappedLine& line : wrap_lines(note, width, measure)) {
            const std::string_view piece = std::string_view(note).substr(line.begin, line.end - line.begin);
            EXPECT_TRUE(valid_utf8(piece));
            EXPECT_TRUE(measure(piece) <= width || utf8_length(piece) == 1) << piece;
            characters += utf8_length(piece);
        }
        size_t spaces = 0;
        for (char c : note) spaces += c == ' ' ? 1 : 0;
        EXPECT_GE(characters, utf8_length(note) - spaces) << "only spaces are dropped";
    }
}

}  // namespace
}  // namespace convviz
