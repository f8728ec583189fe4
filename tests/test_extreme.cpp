// The extreme-configuration grid through the real binary under a 1 GB address-space limit (as
// `prlimit --as` sets): `convviz frame` in every view, then a short `convviz export` and the app's
// --bench-frames in each op's first view. None may abort, and none may pass 500 MB of resident
// memory. The frame times are printed (README's size limits state them); a timed assertion would
// fail on a loaded machine, so they are measured here and by scripts/bench.sh, not asserted.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "core/scene.hpp"
#include "tests/extreme_scenes.hpp"

namespace convviz {
namespace {

namespace fs = std::filesystem;
using testing::ExtremeScene;

constexpr rlim_t kAddressSpace = rlim_t{1} << 30;
constexpr long kMostResidentKb = 500 * 1024;

struct LimitedRun {
    int status = -1;         // exit status, or -1 when a signal ended it
    int signal = 0;
    long peak_kb = 0;        // the child's largest resident set
    std::string output;
};

// Runs CONVVIZ_BINARY with `args` under the address-space limit; `headless` hides the display.
LimitedRun run_limited(const std::vector<std::string>& args, bool headless) {
    const fs::path out = fs::temp_directory_path() / ("convviz_extreme_" + std::to_string(getpid()) + ".txt");
    LimitedRun run;
    const pid_t child = fork();
    if (child == 0) {
        const rlimit limit{kAddressSpace, kAddressSpace};
        setrlimit(RLIMIT_AS, &limit);
        if (headless) unsetenv("DISPLAY");
        if (!std::freopen(out.c_str(), "w", stdout) || dup2(fileno(stdout), 2) < 0) _exit(127);
        std::vector<char*> argv{const_cast<char*>(CONVVIZ_BINARY)};
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(CONVVIZ_BINARY, argv.data());
        _exit(127);
    }
    // The child's own high-water mark, read while it runs: getrusage's would count the pages it
    // shared with this (large) test process before exec.
    int raw = 0;
    const std::string status = "/proc/" + std::to_string(child) + "/status";
    const std::string exe = "/proc/" + std::to_string(child) + "/exe";
    const fs::path binary = fs::canonical(CONVVIZ_BINARY);
    while (waitpid(child, &raw, WNOHANG) == 0) {
        // Until exec, the child is a copy of this process, its high-water mark this one's.
        std::error_code not_yet;
        if (fs::read_symlink(exe, not_yet) != binary) {
            usleep(1000);
            continue;
        }
        std::ifstream in(status);
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("VmHWM:", 0) == 0) run.peak_kb = std::max(run.peak_kb, std::stol(line.substr(6)));
        }
        usleep(5000);
    }
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.signal = WIFSIGNALED(raw) ? WTERMSIG(raw) : 0;
    std::ifstream in(out);
    run.output.assign(std::istreambuf_iterator<char>(in), {});
    fs::remove(out);
    return run;
}

bool sanitized() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

class ExtremeBinary : public ::testing::TestWithParam<ExtremeScene> {
protected:
    void SetUp() override {
        // AddressSanitizer reserves terabytes of address space: no limit can hold it.
        if (sanitized()) GTEST_SKIP() << "under AddressSanitizer an address-space limit cannot be set";
        dir_ = fs::temp_directory_path() / ("convviz_extreme_" + std::to_string(getpid()));
        fs::create_directories(dir_);
        scene_ = (dir_ / "scene.json").string();
        ASSERT_FALSE(save_scene(GetParam().scene(), scene_));
    }
    void TearDown() override {
        std::error_code ignored;
        fs::remove_all(dir_, ignored);
    }
    void expect_fine(const LimitedRun& run, const std::string& what) {
        EXPECT_EQ(run.signal, 0) << what << " ended by signal " << run.signal << ":\n" << run.output.substr(0, 2000);
        EXPECT_EQ(run.status, 0) << what << ":\n" << run.output.substr(0, 2000);
        EXPECT_LE(run.peak_kb, kMostResidentKb) << what;
        std::printf("  %-48s %-6s peak %6.1f MB\n", GetParam().name.c_str(), what.c_str(), run.peak_kb / 1024.0);
    }
    // The first view of each op: export and the app run there.
    bool first_view() const {
        return GetParam().view == views_for(GetParam().params).front();
    }

    fs::path dir_;
    std::string scene_;
};

TEST_P(ExtremeBinary, FrameExportAndAppStayWithinMemory) {
    expect_fine(run_limited({"frame", "--scene", scene_, "--t", "2.5"}, true), "frame");
    if (!first_view()) return;
    const std::string gif = (dir_ / "out.gif").string();
    expect_fine(run_limited({"export", "--scene", scene_, "-o", gif, "--to", "10", "--size", "640x360"}, true), "export");
    EXPECT_TRUE(fs::exists(gif));
    if (std::getenv("DISPLAY") == nullptr) {
        std::printf("  %-48s app    skipped: no display (run under xvfb-run)\n", GetParam().name.c_str());
        return;
    }
    const LimitedRun app = run_limited({"--scene", scene_, "--bench-frames", "40", "--size", "1280x720"}, false);
    expect_fine(app, "app");
    std::smatch m;
    const std::regex median("frame_ms median=([0-9.]+) p95=([0-9.]+)");
    ASSERT_TRUE(std::regex_search(app.output, m, median)) << app.output;
    std::printf("  %-48s app    frame median %s ms, p95 %s ms\n", GetParam().name.c_str(), m[1].str().c_str(),
                m[2].str().c_str());
}

INSTANTIATE_TEST_SUITE_P(AtTheLimits, ExtremeBinary, ::testing::ValuesIn(testing::extreme_scenes()),
                         testing::ExtremeName());

}  // namespace
}  // namespace convviz
