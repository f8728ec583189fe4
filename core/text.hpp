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

// A number in the shortest form that reads back exactly ("0.5", "3", "1e-07"; "nan", "inf", "-inf").
std::string exact_number(double value);

// A number as a cell, a caption or a panel shows it, with PyTorch's print precision (4 decimals,
// torch.set_printoptions' default), trailing zeros trimmed so that it fits a cell:
// - whole numbers below 10¹⁵ in full and without a point: "3", "-17", "12345" (PyTorch prints a
//   float tensor's 3 as "3."; a cell drops the point, as the conv_arithmetic figures do);
// - others from 10⁻⁴ to 10⁴ to 4 decimals: "1.3333", "0.5", "-2.25", "0.0001"; one that rounds to
//   a whole number keeps one zero, so it does not read as exact: 0.99999 → "1.0";
// - the rest in PyTorch's scientific form, 4 decimals, trimmed: "1.2346e+04", "-2.5e-07", "1e+70";
// - not a number and the infinities as PyTorch prints them: "nan" (whatever its sign bit), "inf", "-inf".
// exact_number() gives the whole double, for a hover text. Writes into `buffer` (no allocation)
// and returns the length; the string form is for captions.
size_t display_number(double value, char* buffer, size_t size);
std::string display_number(double value);

// Whole UTF-8 sequences only: what ImGui, the canvas' atlas and a JSON dump need.
bool valid_utf8(std::string_view text);
// Characters (code points) in `text`; a byte that starts no whole UTF-8 sequence counts as one.
size_t utf8_length(std::string_view text);
// The byte offset where `text`'s character number `count` starts (its size when it has fewer).
size_t utf8_offset(std::string_view text, size_t count);

// A count with its thousands set apart, as README writes them: 4012027 → "4,012,027".
std::string grouped(int64_t count);

// Text from a user's file or argument, fit to quote in a message: bytes that are not UTF-8 shown
// as \xNN, and cut at a character's edge to at most `max_bytes` with "…" when longer.
std::string excerpt(std::string_view text, size_t max_bytes = 60);

}  // namespace convviz
