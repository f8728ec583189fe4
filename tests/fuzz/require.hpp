// The fuzz targets' property checks: a broken property prints what broke and aborts, which
// libFuzzer records as a crash (with the input) and a test replaying the corpus reports as a
// failure. Not for expected rejections: a configuration PyTorch refuses is a message, not a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace convviz::fuzz {

[[noreturn]] inline void broken(const char* property, const std::string& detail, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz property broken: %s\n  %s\n", file, line, property, detail.c_str());
    std::abort();
}

}  // namespace convviz::fuzz

#define FUZZ_REQUIRE(condition, detail)                                                     \
    do {                                                                                    \
        if (!(condition)) ::convviz::fuzz::broken(#condition, (detail), __FILE__, __LINE__); \
    } while (false)
