#include "core/number_text.hpp"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <system_error>

namespace convviz {

// [SECTION] printf and strtod

namespace {

// A positive value's shortest round-trip digits and exponent: value == digits[0].digits[1..] × 10^exponent.
struct Scientific {
    std::string digits;  // no point, no sign, no trailing zero
    int exponent = 0;
};

std::string scientific_text(const Scientific& s) {
    std::string text = s.digits.substr(0, 1);
    if (s.digits.size() > 1) text += "." + s.digits.substr(1);
    char exponent[16];
    std::snprintf(exponent, sizeof exponent, "e%c%02d", s.exponent < 0 ? '-' : '+', std::abs(s.exponent));
    return text + exponent;
}

bool reads_back(const Scientific& s, double value) {
    return std::strtod(scientific_text(s).c_str(), nullptr) == value;
}

// One unit more in the last digit, carrying: 9.99 becomes 1.00 one decade up.
Scientific next_up(Scientific s) {
    size_t i = s.digits.size();
    while (i > 0 && s.digits[i - 1] == '9') s.digits[--i] = '0';
    if (i == 0) {
        s.digits.insert(s.digits.begin(), '1');
        s.digits.pop_back();
        ++s.exponent;
    } else {
        ++s.digits[i - 1];
    }
    return s;
}

Scientific without_trailing_zeros(Scientific s) {
    while (s.digits.size() > 1 && s.digits.back() == '0') s.digits.pop_back();
    return s;
}

Scientific shortest_scientific(double value) {
    // For each length, printf gives the nearest decimal of that many digits. When it does not read
    // back, the one on the other side of value may still: a power of two's lower neighbour is half
    // as far as its upper one, so the decimals that read back as it reach farther up than down, and
    // printf's nearest, just below, can miss while the next decimal up hits (2^-1017 is
    // 7.120236347223045e-307 in 16 digits, as std::to_chars writes it, not printf's 17).
    for (int precision = 0;; ++precision) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*e", precision, value);
        Scientific s;
        const char* p = buffer;
        for (; *p != 'e'; ++p) {
            if (*p >= '0' && *p <= '9') s.digits += *p;
        }
        s.exponent = std::atoi(p + 1);
        const double nearest = std::strtod(buffer, nullptr);
        // 17 significant digits always read back: precision 16 is the last one needed.
        if (nearest == value || precision == 16) return without_trailing_zeros(s);
        if (nearest < value && reads_back(next_up(s), value)) return without_trailing_zeros(next_up(s));
    }
}

}  // namespace

namespace c_library {

std::string shortest_text(double value) {
    if (std::isnan(value)) return std::signbit(value) ? "-nan" : "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    const std::string sign = std::signbit(value) ? "-" : "";
    if (value == 0.0) return sign + "0";
    const Scientific s = shortest_scientific(std::fabs(value));
    // std::to_chars' rule: the shorter of the plain and the scientific form, the plain on a tie.
    const std::string scientific = scientific_text(s);
    std::string plain;
    const int n = static_cast<int>(s.digits.size());
    if (s.exponent >= n - 1) {
        // A whole number written plain is written exactly, every digit (2^55 is 36028797018963968,
        // not its shortest digits and zeros, 36028797018963970), as printf's %.0f does.
        if (static_cast<size_t>(s.exponent) + 1 > scientific.size()) return sign + scientific;
        char whole[32];
        std::snprintf(whole, sizeof whole, "%.0f", std::fabs(value));
        plain = whole;
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
    // strtod says ERANGE for subnormal results too; std::from_chars only when nothing but 0 or
    // infinity was left.
    if (errno == ERANGE && (std::isinf(value) || value == 0.0)) return {.out_of_range = true};
    return {.value = value};
}

}  // namespace c_library

// [SECTION] The standard library's, where it has them

#if defined(__cpp_lib_to_chars)

bool number_text_uses_charconv() { return true; }

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

bool number_text_uses_charconv() { return false; }
std::string shortest_text(double value) { return c_library::shortest_text(value); }
ReadDouble read_double(std::string_view text) { return c_library::read_double(text); }

#endif

}  // namespace convviz
