// The checks of tests/test_platform.hpp say "yes" on the desktop, so that no core test there is
// ever skipped for a platform reason: only the WebAssembly build under node may lack processes
// and FIFOs.
#include "tests/test_platform.hpp"

#include <gtest/gtest.h>

namespace convviz::testing {
namespace {

TEST(Platform, TheDesktopBuildCanStartProcessesAndMakeFifos) {
    if (kWebAssembly) {
        GTEST_SKIP() << "compiled to WebAssembly: processes " << (can_start_processes() ? "work" : "do not work")
                     << ", FIFOs " << (can_make_fifos() ? "work" : "do not work")
                     << "; the tests that need them say so as they skip";
    }
    EXPECT_TRUE(can_start_processes());
    EXPECT_TRUE(can_make_fifos());
}

}  // namespace
}  // namespace convviz::testing
