// Small string helpers for the plain-language messages and derivations core/ writes.
// Formatting only: no parsing, no localisation.
#pragma once

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace convviz {

// cat("stride (", 2, ")") == "stride (2)"; doubles print with up to 6 significant digits.
template <class... Parts>
std::string cat(const Parts&... parts) {
    std::ostringstream out;
    (out << ... << parts);
    return out.str();
}

// "[1, 2, 3]"
std::string bracketed(const std::vector<int64_t>& values);

// A number in the shortest form that reads back exactly ("0.5", "3", "1e-07").
std::string exact_number(double value);

// A number as a cell or a caption shows it: whole numbers (and anything from 10⁴ to 10¹⁵) in
// full, others to 4 significant digits ("17", "-3", "0.3333", "1.25", "12346", "1e+70"). Writes
// into `buffer` (no allocation) and returns the length; the string form is for captions.
size_t display_number(double value, char* buffer, size_t size);
std::string display_number(double value);

// Whole UTF-8 sequences only: what ImGui, the canvas' atlas and a JSON dump need.
bool valid_utf8(std::string_view text);

// Text from a user's file or argument, fit to quote in a message: bytes that are not UTF-8 shown
// as \xNN, and cut at a character's edge to at most `max_bytes` with "…" when longer.
std::string excerpt(std::string_view text, size_t max_bytes = 60);

}  // namespace convviz
