#include "core/read_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace convviz {

std::variant<std::string, ReadFailure> read_whole_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return ReadFailure::directory;
    std::ifstream file(path, std::ios::binary);
    if (!file) return ReadFailure::unreadable;
    std::ostringstream contents;
    contents << file.rdbuf();
    if (file.bad()) return ReadFailure::unreadable;
    return contents.str();
}

}  // namespace convviz
