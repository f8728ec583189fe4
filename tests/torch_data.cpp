// The PyTorch reference cases' files (tests/torch_data.hpp), for the core tests and the command line's.
#include "tests/torch_data.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace convviz::testing {

std::vector<std::string> torch_files(const std::string& op) {
    std::vector<std::string> files;
    const std::filesystem::path dir(CONVVIZ_TORCH_DATA);
    if (std::filesystem::exists(dir / (op + ".json"))) files.push_back(dir / (op + ".json"));
    for (int part = 2; std::filesystem::exists(dir / (op + "_part" + std::to_string(part) + ".json")); ++part) {
        files.push_back(dir / (op + "_part" + std::to_string(part) + ".json"));
    }
    EXPECT_FALSE(files.empty()) << "no " << op << " cases in " << dir;
    return files;
}

std::vector<Case> torch_cases(const std::string& op) {
    std::vector<Case> all;
    for (const std::string& file : torch_files(op)) {
        auto cases = read_cases(file);
        EXPECT_TRUE(cases.ok()) << (cases.ok() ? "" : cases.error());
        if (cases.ok()) all.insert(all.end(), cases.value().begin(), cases.value().end());
    }
    return all;
}

}  // namespace convviz::testing
