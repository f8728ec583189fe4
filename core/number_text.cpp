#include "core/number_text.hpp"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <system_error>

namespace convviz {

#if defined(__cpp_lib_to_chars)

std::string shortest_text(double value) {
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return ec == std::errc{} ? std::string(buffer, end) : std::to_string(value);
}

ReadDouble read_double(std::string_view text) {
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (end != text.data() + text.size() || text.empty()) return {};
    if (ec == std::errc::result_out_of_range) return {.out_of_range = true};
    if (ec != std::errc{}) return {};
    return {.value = value};
}

#else

namespace {

// The digits and the exponent of value's shortest round-trip form, as printf's %.*e writes them.
struct Scientific {
    std::string digits;  // no point, no sign
    int exponent = 0;
};

Scientific shortest_scientific(double value) {
    char buffer[64];
    for (int precision = 0; precision < 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*e", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    Scientific s;
    const char* p = buffer;
    for (; *p != 'e'; ++p) {
        if (*p >= '0' && *p <= '9') s.digits += *p;
    }
    s.exponent = std::atoi(p + 1);
    return s;
}

}  // namespace

std::string shortest_text(double value) {
    if (std::isnan(value)) return std::signbit(value) ? "-nan" : "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    const std::string sign = std::signbit(value) ? "-" : "";
    if (value == 0.0) return sign + "0";
    const Scientific s = shortest_scientific(std::fabs(value));
    // std::to_chars' rule: the shorter of the plain and the scientific form, the plain on a tie.
    std::string scientific = s.digits.substr(0, 1);
    if (s.digits.size() > 1) scientific += "." + s.digits.substr(1);
    char exponent[16];
    std::snprintf(exponent, sizeof exponent, "e%c%02d", s.exponent < 0 ? '-' : '+', std::abs(s.exponent));
    scientific += exponent;
    std::string plain;
    const int n = static_cast<int>(s.digits.size());
    if (s.exponent >= n - 1) {
        plain = s.digits + std::string(static_cast<size_t>(s.exponent - (n - 1)), '0');
    } else if (s.exponent >= 0) {
        plain = s.digits.substr(0, static_cast<size_t>(s.exponent + 1)) + "." + s.digits.substr(static_cast<size_t>(s.exponent + 1));
    } else {
        plain = "0." + std::string(static_cast<size_t>(-s.exponent - 1), '0') + s.digits;
    }
    return sign + (plain.size() <= scientific.size() ? plain : scientific);
}

ReadDouble read_double(std::string_view text) {
    // std::from_chars' grammar: an optional '-', then decimal digits (or inf / nan), nothing else.
    const std::string_view body = text.starts_with('-') ? text.substr(1) : text;
    if (body.empty() || body.front() == '+' || body.front() == '-' || std::isspace(static_cast<unsigned char>(body.front())) ||
        (body.size() > 1 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X'))) {
        return {};
    }
    const std::string copy(text);
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size()) return {};
    if (errno == ERANGE && (std::isinf(value) || value == 0.0)) return {.out_of_range = true};
    return {.value = value};
}

#endif

}  // namespace convviz
