#include "core/text.hpp"

#include "core/number_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

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
    // As PyTorch prints them: a NaN has no sign ("-nan" is the C library's, for a NaN with its sign bit set).
    if (std::isnan(value)) return "nan";
    return shortest_text(value);
}

namespace {

// "1.2500" → "1.25", "1.0000" → "1.0", "1.5000e-07" → "1.5e-07", "1.0000e+70" → "1e+70": the
// zeros after the last significant decimal go, and in a plain number the point's first digit stays.
size_t trim_zeros(char* text, size_t length) {
    const char* exponent = static_cast<const char*>(std::memchr(text, 'e', length));
    const size_t mantissa_end = exponent ? static_cast<size_t>(exponent - text) : length;
    const char* point = static_cast<const char*>(std::memchr(text, '.', mantissa_end));
    if (point == nullptr) return length;
    const size_t keep_after_point = exponent ? 0 : 1;
    size_t cut = mantissa_end;
    const size_t first_decimal = static_cast<size_t>(point - text) + 1;
    while (cut > first_decimal + keep_after_point && text[cut - 1] == '0') --cut;
    if (cut == first_decimal) --cut;  // "1.e+70" → "1e+70"
    std::memmove(text + cut, text + mantissa_end, length - mantissa_end);
    length -= mantissa_end - cut;
    text[length] = '\0';
    return length;
}

}  // namespace

size_t display_number(double value, char* buffer, size_t size) {
    if (size == 0) return 0;
    if (value == 0.0) value = 0.0;  // −0 shows as 0
    if (!std::isfinite(value)) {
        // PyTorch's words: "nan" (never the C library's "-nan"), "inf", "-inf".
        const char* word = std::isnan(value) ? "nan" : value > 0.0 ? "inf" : "-inf";
        const size_t written = std::min(std::strlen(word), size - 1);
        std::memcpy(buffer, word, written);
        buffer[written] = '\0';
        return written;
    }
    const double magnitude = std::fabs(value);
    const bool whole = std::nearbyint(value) == value;
    const char* format = whole && magnitude < 1e15                 ? "%.0f"
                         : magnitude >= 1e-4 && magnitude < 1e4    ? "%.4f"
                                                                   : "%.4e";
    // The longest is "-1.2346e+308" or a 15-digit whole number: a 32-byte scratch holds either.
    char scratch[32];
    const int n = std::snprintf(scratch, sizeof scratch, format, value);
    if (n < 0 || static_cast<size_t>(n) >= sizeof scratch) return 0;
    const size_t length = whole && magnitude < 1e15 ? static_cast<size_t>(n) : trim_zeros(scratch, static_cast<size_t>(n));
    const size_t written = std::min(length, size - 1);
    std::memcpy(buffer, scratch, written);
    buffer[written] = '\0';
    return written;
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

std::string grouped(int64_t count) {
    const std::string digits = std::to_string(count);
    const size_t first = digits[0] == '-' ? 1 : 0;
    std::string out = digits.substr(0, first);
    for (size_t i = first; i < digits.size(); ++i) {
        if (i > first && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

size_t utf8_length(std::string_view text) {
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++count) i += std::max<size_t>(character_length(text, i), 1);
    return count;
}

size_t utf8_offset(std::string_view text, size_t count) {
    size_t i = 0;
    for (size_t n = 0; n < count && i < text.size(); ++n) i += std::max<size_t>(character_length(text, i), 1);
    return std::min(i, text.size());
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
