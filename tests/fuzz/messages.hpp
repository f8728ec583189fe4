// What every refusal a fuzz target meets must look like: a plain message a person can read,
// naming what it refuses, not a dump of the input.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "core/text.hpp"
#include "tests/fuzz/require.hpp"

namespace convviz::fuzz {

// A message shown in one dialog: not empty, not a page long.
inline constexpr size_t kLongestMessage = 600;

// Not empty, not a page long, naming `source` (when given).
inline void require_short_message(const std::string& message, std::string_view source) {
    FUZZ_REQUIRE(!message.empty(), "an empty error message");
    FUZZ_REQUIRE(message.size() <= kLongestMessage + source.size(),
                 "a message of " + std::to_string(message.size()) + " bytes: " + message.substr(0, 300));
    FUZZ_REQUIRE(source.empty() || message.find(source) != std::string::npos,
                 "the message does not name " + std::string(source) + ": " + message);
}

// Short, and whole characters: what a dialog shows.
inline void require_plain_message(const std::string& message, std::string_view source) {
    require_short_message(message, source);
    FUZZ_REQUIRE(valid_utf8(message), "a message cut inside a character: " + message);
}

// The same text read in English and in Chinese: both read it or both refuse it, and a refusal is
// short in each and, when the text was whole characters, cut only between characters. True when
// refused (nothing more to check).
template <class T>
bool refused_alike(const std::string& text, const Result<T>& en, const Result<T>& zh) {
    FUZZ_REQUIRE(en.ok() == zh.ok(), "the languages disagree: " + (en.ok() ? zh.error() : en.error()));
    if (en) return false;
    require_short_message(en.error(), "");
    require_short_message(zh.error(), "");
    FUZZ_REQUIRE(!valid_utf8(text) || (valid_utf8(en.error()) && valid_utf8(zh.error())),
                 "a message cut inside a character");
    return true;
}

}  // namespace convviz::fuzz
