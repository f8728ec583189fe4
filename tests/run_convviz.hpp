// Runs the real `convviz` binary as a user would, for the tests of the command line and the GUI:
// its exit status and everything it printed (stdout and stderr together).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace convviz::testing {

struct Ran {
    int status = -1;
    std::string output;  // stdout and stderr together
};

// `prefix` goes before the binary (e.g. environment settings for the child).
inline Ran convviz(const std::string& args, const std::string& prefix = "") {
    Ran ran;
    const std::string command = prefix + std::string(CONVVIZ_BINARY) + " " + args + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return ran;
    char buffer[4096];
    size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) ran.output.append(buffer, n);
    const int raw = pclose(pipe);
    ran.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return ran;
}

}  // namespace convviz::testing
