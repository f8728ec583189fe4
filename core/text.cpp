#include "core/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace convviz {

std::string bracketed(const std::vector<int64_t>& values) {
    std::string out = "[";
    for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(values[i]);
    }
    return out + "]";
}

std::string exact_number(double value) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc{}) return std::to_string(value);
    return std::string(buffer, end);
}

size_t display_number(double value, char* buffer, size_t size) {
    if (value == 0.0) value = 0.0;  // −0 shows as 0
    // Whole numbers, and anything from 10⁴ to 10¹⁵, in full; the rest, huge ones included, to 4
    // significant digits.
    const double magnitude = std::fabs(value);
    const bool whole = std::nearbyint(value) == value;
    const int n = (whole || magnitude >= 1e4) && magnitude < 1e15 ? std::snprintf(buffer, size, "%.0f", value)
                                                                  : std::snprintf(buffer, size, "%.4g", value);
    if (n < 0) return 0;
    return std::min(static_cast<size_t>(n), size == 0 ? 0 : size - 1);
}

std::string display_number(double value) {
    char buffer[64];
    return std::string(buffer, display_number(value, buffer, sizeof buffer));
}

namespace {

// The length of the UTF-8 character at text[i], or 0 when the bytes there are not one.
size_t character_length(std::string_view text, size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return 0;
    }
    return length;
}

constexpr std::string_view kEllipsis = "…";

}  // namespace

bool valid_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const size_t length = character_length(text, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

std::string excerpt(std::string_view text, size_t max_bytes) {
    std::string out;
    for (size_t i = 0; i < text.size();) {
        const size_t length = character_length(text, i);
        char escaped[5];
        const std::string_view piece = length > 0 ? text.substr(i, length)
                                                  : std::string_view(escaped, static_cast<size_t>(std::snprintf(
                                                        escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(text[i]))));
        if (out.size() + piece.size() > max_bytes) return out + std::string(kEllipsis);
        out += piece;
        i += length > 0 ? length : 1;
    }
    return out;
}

}  // namespace convviz
