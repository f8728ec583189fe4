// The command line's side of issue 20's limits, through the real binary: its loaders refuse a pipe
// and /dev/zero with a message and exit 2, `compute` checks the cases beside a malformed one, and
// an upsample output side has one bound (2,048) by --size and --scale-factor alike. The loaders'
// own tests are in test_file_limits.cpp, the bound's in test_suggestions.cpp.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <string>

#include "tests/limits_files.hpp"
#include "tests/run_convviz.hpp"

namespace convviz::testing {
namespace {

std::string write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

// The command line's loaders too: each a message and exit 2, never a hang.
TEST(FileLimits, TheCommandLineRefusesAPipeAndDevZero) {
    TempDir dir("cli");
    const std::string fifo = dir / "pipe.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
    for (const std::string& file : {fifo, std::string("/dev/zero")}) {
        const Ran frame = convviz("frame --scene " + file + " --t 0");
        EXPECT_EQ(frame.status, 2) << frame.output;
        EXPECT_NE(frame.output.find(file + ": is not a regular file"), std::string::npos) << frame.output;
        const Ran compute = convviz("compute " + file);
        EXPECT_EQ(compute.status, 2) << compute.output;
        EXPECT_NE(compute.output.find(file + ": is not a regular file"), std::string::npos) << compute.output;
    }
}

TEST(FileLimits, ComputeChecksTheCasesBesideAMalformedOne) {
    TempDir dir("compute");
    std::string bad = a_case("broken");
    bad.replace(bad.find("\"data\": [1, 2]}"), 15, "\"data\": [1]}");
    const std::string file = write(dir / "cases.json", "[" + a_case("first") + "," + bad + "," + a_case("third") + "]");
    const Ran checked = convviz("compute --check " + file);
    EXPECT_EQ(checked.status, 1) << checked.output;
    EXPECT_NE(checked.output.find("FAIL " + file + ": case 1 \"broken\": field \"input.data\" has 1 values"),
              std::string::npos)
        << checked.output;
    EXPECT_NE(checked.output.find("2 passed, 1 failed\n"), std::string::npos) << checked.output;
    const Ran plain = convviz("compute " + file);
    EXPECT_EQ(plain.status, 1) << plain.output;
    EXPECT_NE(plain.output.find("\"name\":\"first\""), std::string::npos) << plain.output;
    EXPECT_NE(plain.output.find("\"name\":\"third\""), std::string::npos) << plain.output;
    EXPECT_NE(plain.output.find("{\"malformed\":\"" + file + ": case 1 \\\"broken\\\""), std::string::npos) << plain.output;
    // Not JSON at all: still the whole file, exit 2.
    const std::string junk = write(dir / "junk.json", "not json");
    const Ran refused = convviz("compute --check " + junk + " " + file);
    EXPECT_EQ(refused.status, 2) << refused.output;
    EXPECT_NE(refused.output.find(junk + ": not valid JSON"), std::string::npos) << refused.output;
    EXPECT_NE(refused.output.find("2 passed, 1 failed"), std::string::npos) << "the other file still ran: " << refused.output;
}

TEST(UpsampleBound, CommandLineAcceptsSize2048LikeScaleFactor2048) {
    const Ran by_size = convviz("shape upsample --input 1,1,1,1 --size 2048,1");
    EXPECT_EQ(by_size.status, 0) << by_size.output;
    EXPECT_NE(by_size.output.find("[1, 1, 2048, 1]"), std::string::npos) << by_size.output;
    const Ran by_factor = convviz("shape upsample --input 1,1,1,1 --scale-factor 2048,1");
    EXPECT_EQ(by_factor.status, 0) << by_factor.output;
    EXPECT_NE(by_factor.output.find("[1, 1, 2048, 1]"), std::string::npos) << by_factor.output;
    const Ran over = convviz("shape upsample --input 1,1,1,1 --size 2049,1");
    EXPECT_EQ(over.status, 2) << over.output;
    EXPECT_NE(over.output.find("over ConvViz's limit of 2048"), std::string::npos) << over.output;
    EXPECT_EQ(over.output.find("1024"), std::string::npos) << over.output;
}

}  // namespace
}  // namespace convviz::testing
