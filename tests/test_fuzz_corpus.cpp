// Replays the committed fuzz corpus (tests/fuzz/corpus/<target>/) and every input that ever
// crashed a fuzz target (tests/fuzz/regressions/<target>/, named for the bug) through the same
// target functions libFuzzer drives, in the normal build and under ASan + UBSan. A broken property
// aborts, which fails the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_under(const fs::path& folder) {
    std::vector<fs::path> files;
    if (!fs::is_directory(folder)) return files;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

class FuzzCorpus : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzCorpus, EveryInputRunsClean) {
    const fs::path root = fs::path(CONVVIZ_SOURCE_DIR) / "tests" / "fuzz";
    const std::vector<fs::path> corpus = inputs_under(root / "corpus" / GetParam().name);
    EXPECT_GE(corpus.size(), 5u) << "the seed corpus of " << GetParam().name << " is missing";
    std::vector<fs::path> all = corpus;
    for (const fs::path& crash : inputs_under(root / "regressions" / GetParam().name)) all.push_back(crash);
    for (const fs::path& file : all) {
        SCOPED_TRACE(file.string());
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        ASSERT_TRUE(in.good() || in.eof());
        GetParam().run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzCorpus, ::testing::ValuesIn(kTargets),
                         [](const ::testing::TestParamInfo<Target>& target) { return std::string(target.param.name); });

}  // namespace
}  // namespace convviz::fuzz
