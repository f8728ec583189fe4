// Doubles to and from text exactly as std::to_chars / std::from_chars do (the shortest text that
// reads back to the same double; the whole text or nothing, no locale, no leading '+' or space).
// Where the standard library has them for floating point (libstdc++) they are used; where it does
// not (emscripten's libc++, the web build), the same results come from printf and strtod in the
// "C" locale. Integers need none of this: every library has std::from_chars for them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace convviz {

std::string shortest_text(double value);  // finite values; "inf", "-inf", "nan" otherwise

struct ReadDouble {
    std::optional<double> value;  // empty when the text is not a number, or not all of it is
    bool out_of_range = false;    // a number, but beyond a double's range
};
ReadDouble read_double(std::string_view text);

bool number_text_uses_charconv();  // whether the two above are std::to_chars / std::from_chars

// The same two through printf and strtod, which the web build uses. Compiled in every build, so
// that the desktop's tests hold them to std::to_chars / std::from_chars value for value.
namespace c_library {
std::string shortest_text(double value);
ReadDouble read_double(std::string_view text);
}  // namespace c_library

}  // namespace convviz
