// Files for the loaders' limit tests, in the core tests and the command line's: a temporary folder
// removed afterwards, and a valid one-case case file to put beside a malformed one.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace convviz::testing {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("convviz_limits_" + std::to_string(getpid()) + "_" + name)) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string operator/(const std::string& file) const { return (path / file).string(); }
};

inline constexpr const char* kCase = R"({"name": "%s", "op": "pixel_unshuffle", "params": {"downscale_factor": 1},
  "input": {"shape": [1, 1, 1, 2], "data": [1, 2]}, "expected": {"shape": [1, 1, 1, 2], "data": [1, 2]}})";

inline std::string a_case(const std::string& name) {
    std::string text = kCase;
    return text.replace(text.find("%s"), 2, name);
}

}  // namespace convviz::testing
