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

}  // namespace convviz
