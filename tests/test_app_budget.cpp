// The app's side of the bound (issue 20): AppState computes an op past kComputeAside on a thread
// of its own, draws the last frame meanwhile, shows the newest edit when it is done, and refuses a
// refused edit at once.
#include <gtest/gtest.h>

#include <chrono>

#include "app/model/app_state.hpp"
#include "core/presets.hpp"
#include "tests/extreme_scenes.hpp"

namespace convviz {
namespace {

TEST(Budget, TheAppComputesALongOpAsideAndShowsTheNewestScene) {
    AppState state;
    ASSERT_TRUE(state.show(*find_preset("no_padding_no_strides"))) << state.error();
    ASSERT_FALSE(state.pending());
    const size_t small_cells = state.frame().cells.size();
    // 629 million multiply-adds: seconds of work, far over kComputeAside.
    const Scene heavy = testing::extreme_scene("heavy", Conv2dParams{}, {1, 32, 64, 64}, Shape{32, 32, 16, 16});
    const auto begin = std::chrono::steady_clock::now();
    ASSERT_TRUE(state.show(heavy));
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    EXPECT_TRUE(state.pending()) << "show() took " << took << " s";
    EXPECT_EQ(state.scene().title, "heavy");             // the edit is taken
    EXPECT_EQ(state.frame().cells.size(), small_cells);  // the last frame stays meanwhile
    state.compose();                                     // a frame while it computes
    // A newer edit while it computes: the newest wins.
    Scene newer = heavy;
    newer.title = "newer";
    ASSERT_TRUE(state.show(newer));
    state.finish_pending();
    EXPECT_FALSE(state.pending());
    EXPECT_EQ(state.scene().title, "newer");
    EXPECT_TRUE(state.composer().overview());
    bool newest = false;
    for (const FrameText& t : state.frame().texts) newest = newest || t.text == "newer";
    EXPECT_TRUE(newest);
    // A refused edit is refused at once, whatever its size.
    Scene refused = heavy;
    std::get<Conv2dParams>(refused.params).stride = {0, 0};
    EXPECT_FALSE(state.show(refused));
    EXPECT_FALSE(state.pending());
    EXPECT_FALSE(state.error().empty());
}

}  // namespace
}  // namespace convviz
