// What the machine running the core tests can give them. The core tests also run compiled to
// WebAssembly under node (scripts/test.sh), which cannot give everything: a test that needs
// something missing there starts with `if (!can_X()) GTEST_SKIP() << kNoX;` and is reported as
// skipped, with the reason, instead of failing on the platform rather than on ConvViz. Each check
// tries the thing itself at run time; tests/test_platform.cpp holds the desktop build to "yes".
#pragma once

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <system_error>

namespace convviz::testing {

// Starting a process and reading what it writes (popen). Emscripten's popen always fails: a
// WebAssembly program under node has no process of its own to fork.
inline bool can_start_processes() {
    FILE* shell = popen("exit 0", "r");
    return shell != nullptr && pclose(shell) == 0;
}
inline constexpr const char* kNoProcesses =
    "this build cannot start a process and read its output (popen fails: compiled to WebAssembly, "
    "node runs it with no fork or exec)";

// Making a FIFO (mkfifo). Node's file system (emscripten's NODERAWFS) makes a plain file instead
// and says it succeeded, so the check looks at what was made.
inline bool can_make_fifos() {
    const auto path = std::filesystem::temp_directory_path() /
                      ("convviz_fifo_check_" + std::to_string(getpid()) + "_" + std::to_string(std::random_device{}()));
    const bool made = ::mkfifo(path.c_str(), 0600) == 0;
    std::error_code ignored;
    const bool fifo = made && std::filesystem::is_fifo(path, ignored);
    std::filesystem::remove(path, ignored);
    return fifo;
}
inline constexpr const char* kNoFifos =
    "this build's file system cannot make a FIFO (under node, mkfifo makes a plain file)";

// Compiled to WebAssembly: the one build where the checks above are allowed to say no.
inline constexpr bool kWebAssembly =
#if defined(__EMSCRIPTEN__)
    true;
#else
    false;
#endif

}  // namespace convviz::testing
