// For tests that draw with the real renderer and no display: a GL context (EGL surfaceless) made
// once for a whole suite, current while its tests run; and a code point written as UTF-8, to put a
// single character of a table into a frame.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/render/headless_gl.hpp"

namespace convviz::testing {

class HeadlessGlTest : public ::testing::Test {
public:
    static void SetUpTestSuite() {
        auto made = HeadlessGl::make();
        ASSERT_TRUE(made.ok()) << made.error();
        context_ = std::move(made).value();
    }
    static void TearDownTestSuite() { context_.reset(); }

private:
    inline static std::unique_ptr<HeadlessGl> context_;  // the running suite's
};

inline std::string utf8(char32_t code) {
    std::string out;
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
    return out;
}

}  // namespace convviz::testing
