// Doubles to and from text (core/number_text.hpp) give the same text and the same values in both
// builds: pinned cases that run in each (std::to_chars / std::from_chars on the desktop, printf and
// strtod in the web build), and on the desktop the printf/strtod forms held to the standard
// library's over every power of two and a few hundred thousand other doubles.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "core/number_text.hpp"

namespace convviz {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

// Both entry points: the build's own, and the printf/strtod one (the same function in the web build).
struct Form {
    const char* name;
    std::string (*shortest)(double);
    ReadDouble (*read)(std::string_view);
};
const Form kForms[] = {{"this build's", &shortest_text, &read_double},
                       {"printf/strtod", &c_library::shortest_text, &c_library::read_double}};

struct Written {
    double value;
    const char* text;
};

TEST(NumberText, ShortestTextAsStdToCharsWritesIt) {
    const Written cases[] = {
        {0.0, "0"},
        {-0.0, "-0"},
        {1.0, "1"},
        {-2.5, "-2.5"},
        {0.1, "0.1"},
        {0.3, "0.3"},
        {1.0 / 3.0, "0.3333333333333333"},
        {2.0 / 3.0, "0.6666666666666666"},
        {123.456, "123.456"},
        {100.0, "100"},
        // Plain and scientific as long as each other: plain.
        {10000.0, "10000"},
        {0.001, "0.001"},
        {0.000123, "0.000123"},
        // Scientific when shorter, even for a round number.
        {100000.0, "1e+05"},
        {0.0001, "1e-04"},
        {1e-7, "1e-07"},
        {1e20, "1e+20"},
        {1e21, "1e+21"},
        {-1e21, "-1e+21"},
        {1.5e300, "1.5e+300"},
        // A whole number in the plain form has every digit exact, not the shortest digits and
        // zeros: 21 plain characters against 22 scientific ones (1.2345678901234568e+20).
        {123456789012345680000.0, "123456789012345683968"},
        {9007199254740992.0, "9007199254740992"},
        {std::ldexp(1.0, 55), "36028797018963968"},
        {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
        {std::numeric_limits<double>::min(), "2.2250738585072014e-308"},
        {std::numeric_limits<double>::denorm_min(), "5e-324"},
        {std::numeric_limits<double>::epsilon(), "2.220446049250313e-16"},
        // A power of two whose shortest digits lie above it, where printf's nearest 16 digits
        // (below it) do not read back.
        {std::ldexp(1.0, -1017), "7.120236347223045e-307"},
        {std::ldexp(1.0, -140), "7.174648137343064e-43"},
        {kInf, "inf"},
        {-kInf, "-inf"},
        {kNan, "nan"},
        {-kNan, "-nan"},
    };
    for (const Form& form : kForms) {
        for (const Written& c : cases) EXPECT_EQ(form.shortest(c.value), c.text) << form.name << " " << c.text;
    }
}

struct Read {
    const char* text;
    std::optional<double> value;
    bool out_of_range = false;
};

TEST(NumberText, ReadDoubleTakesWhatStdFromCharsTakes) {
    const Read cases[] = {
        {"0", 0.0},
        {"1", 1.0},
        {"-1.5", -1.5},
        {".5", 0.5},
        {"5.", 5.0},
        {"1E5", 1e5},
        {"1e+5", 1e5},
        {"1e-5", 1e-5},
        {"0.1", 0.1},
        {"123456789012345680000", 123456789012345680000.0},
        {"5e-324", std::numeric_limits<double>::denorm_min()},
        {"1e-310", 1e-310},  // subnormal: a value, not out of range (strtod says ERANGE)
        {"1.7976931348623157e308", std::numeric_limits<double>::max()},
        {"inf", kInf},
        {"-inf", -kInf},
        {"infinity", kInf},
        // from_chars' grammar: no '+', no space, no hexadecimal, the whole text.
        {"+1", std::nullopt},
        {" 1", std::nullopt},
        {"1 ", std::nullopt},
        {"- 1", std::nullopt},
        {"--1", std::nullopt},
        {"-+1", std::nullopt},
        {"0x10", std::nullopt},
        {"-0x10", std::nullopt},
        {"0X1p3", std::nullopt},
        {"1e", std::nullopt},
        {"1e+", std::nullopt},
        {"1x", std::nullopt},
        {"", std::nullopt},
        {"-", std::nullopt},
        {".", std::nullopt},
        {"e5", std::nullopt},
        {"infinit", std::nullopt},
        // Numbers, but no double holds them.
        {"1e999", std::nullopt, true},
        {"-1e999", std::nullopt, true},
        {"1e-400", std::nullopt, true},
        {"2e-324", std::nullopt, true},
    };
    for (const Form& form : kForms) {
        for (const Read& c : cases) {
            const ReadDouble got = form.read(c.text);
            EXPECT_EQ(got.value, c.value) << form.name << " '" << c.text << "'";
            EXPECT_EQ(got.out_of_range, c.out_of_range) << form.name << " '" << c.text << "'";
        }
        const ReadDouble minus_zero = form.read("-0");
        ASSERT_TRUE(minus_zero.value) << form.name;
        EXPECT_TRUE(*minus_zero.value == 0.0 && std::signbit(*minus_zero.value)) << form.name;
        for (const char* nan : {"nan", "-nan", "NaN"}) {
            const ReadDouble got = form.read(nan);
            EXPECT_TRUE(got.value && std::isnan(*got.value)) << form.name << " " << nan;
        }
    }
}

// emscripten 3.1.6's libc++ has no std::bit_cast.
uint64_t bits_of(double v) {
    uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    return bits;
}

double double_of(uint64_t bits) {
    double v = 0.0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

std::string hex(double v) {
    char text[40];
    std::snprintf(text, sizeof text, "%a", v);
    return text;
}

// Every power of two, then random bit patterns, each seed's doubles the same in every run.
std::vector<double> doubles_to_try(size_t random_count) {
    std::vector<double> values;
    for (int k = -1074; k <= 1023; ++k) values.push_back(std::ldexp(1.0, k));
    std::mt19937_64 random_bits(20261207);
    while (values.size() < 2098 + random_count) {
        const double v = double_of(random_bits());
        if (std::isfinite(v)) values.push_back(v);
    }
    // Short decimals, where the plain / scientific choice is closest.
    for (int digits = 1; digits <= 6; ++digits) {
        for (int exponent = -12; exponent <= 25; ++exponent) {
            char text[32];
            std::snprintf(text, sizeof text, "%.*e", digits - 1, 1.234567 * std::pow(10.0, exponent));
            values.push_back(std::strtod(text, nullptr));
        }
    }
    return values;
}

TEST(NumberText, EveryShortestTextReadsBackToTheSameDouble) {
    for (const Form& form : kForms) {
        // Without charconv both forms are one function: once is enough (printf's search is slow in WebAssembly).
        if (&form != &kForms[0] && !number_text_uses_charconv()) break;
        for (double v : doubles_to_try(5000)) {
            const std::string text = form.shortest(v);
            const ReadDouble back = form.read(text);
            ASSERT_TRUE(back.value) << form.name << " " << text;
            ASSERT_EQ(bits_of(*back.value), bits_of(v)) << form.name << " " << text;
        }
    }
}

TEST(NumberText, PrintfAndStrtodAgreeWithTheStandardLibraryValueForValue) {
    if (!number_text_uses_charconv()) {
        GTEST_SKIP() << "this standard library has no floating-point std::to_chars / std::from_chars "
                        "to compare with (the pinned cases above hold both builds to the same text)";
    }
    for (double v : doubles_to_try(100000)) {
        ASSERT_EQ(c_library::shortest_text(v), shortest_text(v)) << hex(v);
    }
    const char* texts[] = {"nan(123)", "NAN", "-Infinity", "INF", "1e-320", "4.9406564584124654e-324",
                           "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
                           "1.7976931348623159e308", "00012", "1_000", "1,5", "0.000000000000000000000000001e27",
                           "1e0000000000000000000000000000005", "1e-99999999999999999999"};
    for (const char* text : texts) {
        const ReadDouble mine = c_library::read_double(text);
        const ReadDouble standard = read_double(text);
        EXPECT_EQ(mine.out_of_range, standard.out_of_range) << text;
        ASSERT_EQ(mine.value.has_value(), standard.value.has_value()) << text;
        if (mine.value && !(std::isnan(*mine.value) && std::isnan(*standard.value))) {
            EXPECT_EQ(bits_of(*mine.value), bits_of(*standard.value)) << text;
        }
    }
}

}  // namespace
}  // namespace convviz
