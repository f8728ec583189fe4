// What every refusal a fuzz target meets must look like: a plain message a person can read,
// naming what it refuses, not a dump of the input.
#pragma once

#include <string>
#include <string_view>

#include "tests/fuzz/require.hpp"

namespace convviz::fuzz {

// A message shown in one dialog: not empty, not a page long.
inline constexpr size_t kLongestMessage = 600;

// Whole UTF-8 sequences only: ImGui, the canvas' atlas and nlohmann's dump() all need them.
inline bool valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return false;
        for (size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
        }
        i += length;
    }
    return true;
}

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

}  // namespace convviz::fuzz
