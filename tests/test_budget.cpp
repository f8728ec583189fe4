// The bound is the work: every view of every preset and of the extreme scenes composes within
// the budget (core/frame/budget.hpp), a view past it becomes the overview that says why, and hover
// links stop at their budget with a note. The app computing a long op aside: test_app_budget.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "core/frame/budget.hpp"
#include "core/frame/compose.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"
#include "tests/extreme_scenes.hpp"

namespace convviz {
namespace {

using testing::ExtremeScene;

// The cells of frames at the start, in the middle and at the end.
int64_t most_cells(const Composer& composer) {
    const double end = composer.timeline().duration();
    size_t most = 0;
    Frame frame;
    for (double t : {0.0, 0.37 * end, 0.5 * end, end - 1e-6}) {
        composer.compose(t, frame);
        most = std::max(most, frame.cells.size());
    }
    return static_cast<int64_t>(most);
}

TEST(Budget, EveryPresetViewDrawsWhatItPlannedAndOnlyLargeOnesAreOverviews) {
    int views = 0;
    for (const Scene& preset : builtin_presets()) {
        for (ViewKind view : views_for(preset.params)) {
            Scene scene = preset;
            scene.view.kind = view;
            auto composer = Composer::make(scene);
            ASSERT_TRUE(composer) << preset.id << " " << name(view) << ": " << composer.error();
            // cells() is what the budget weighs before the first frame: never less than drawn.
            EXPECT_GE(composer.value().cells(), most_cells(composer.value())) << preset.id << " " << name(view);
            // The large preset's matrix view (172,076 cells); its gather view (65,558) just fits.
            const bool expected = preset.id == "large" && view == ViewKind::matrix;
            EXPECT_EQ(composer.value().overview(), expected) << preset.id << " " << name(view) << " plans "
                                                             << composer.value().cells() << " cells";
            ++views;
        }
    }
    EXPECT_GE(views, 90);
}

class ExtremeScenes : public ::testing::TestWithParam<ExtremeScene> {};

TEST_P(ExtremeScenes, ComposeWithinTheBudget) {
    const Scene scene = GetParam().scene();
    auto composer = Composer::make(scene);
    ASSERT_TRUE(composer) << composer.error();
    const Composer& c = composer.value();
    const int64_t drawn = most_cells(c);
    EXPECT_LE(drawn, std::max(view_budget.cells, view_budget.overview_cells)) << "planned " << c.cells();
    Frame frame = c.compose(0.5);
    if (c.overview()) {
        // It says why, in numbers the reader can check.
        bool says_why = false;
        for (const FrameText& t : frame.texts) says_why = says_why || t.text.find("Too large") != std::string::npos;
        EXPECT_TRUE(says_why);
        // Hovering a square gives its rows, columns and values.
        const FrameGrid& g = frame.grids.front();
        EXPECT_NE(c.describe(0.5, {0, 0, 0}).find("mean"), std::string::npos) << g.label;
    }
    // Hovering anything costs a bounded walk.
    const auto begin = std::chrono::steady_clock::now();
    for (int32_t grid = 0; grid < static_cast<int32_t>(frame.grids.size()); ++grid) c.inspect(0.5, {grid, 0, 0});
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    RecordProperty("hover_seconds", std::to_string(seconds));
}

INSTANTIATE_TEST_SUITE_P(AtTheLimits, ExtremeScenes, ::testing::ValuesIn(testing::extreme_scenes()),
                         testing::ExtremeName());

TEST(Budget, TheExtremeGridReachesEveryLimitAndEveryViewKind) {
    std::vector<ViewKind> seen;
    for (const ExtremeScene& e : testing::extreme_scenes()) {
        const Scene scene = e.scene();
        ASSERT_FALSE(validate(scene)) << e.name << ": " << *validate(scene);
        seen.push_back(scene.view.kind);
    }
    for (ViewKind view : {ViewKind::conv, ViewKind::scatter, ViewKind::gather, ViewKind::crop, ViewKind::matrix,
                          ViewKind::pool, ViewKind::unpool, ViewKind::upsample, ViewKind::shuffle, ViewKind::compare}) {
        EXPECT_NE(std::find(seen.begin(), seen.end(), view), seen.end()) << name(view);
    }
}

TEST(Budget, HoverLinksStopAtTheirBudgetAndSaySo) {
    // 64 channels of 16×16 through a 5×5 kernel: few cells (about 43,000) but every output reads
    // 1,600 inputs: walking all of it would be 52 million edges.
    Conv2dParams p;
    Scene scene = testing::extreme_scene("links", p, {1, 64, 20, 20}, Shape{64, 64, 5, 5});
    auto composer = Composer::make(scene);
    ASSERT_TRUE(composer) << composer.error();
    ASSERT_FALSE(composer.value().overview());
    const Frame frame = composer.value().compose(0.5);
    const Inspection seen = composer.value().inspect(0.5, {0, 3, 3});
    EXPECT_TRUE(seen.links.empty());
    EXPECT_NE(seen.text.find("not drawn"), std::string::npos) << seen.text;
    EXPECT_NE(seen.text.find(grouped(view_budget.link_edges)), std::string::npos) << seen.text;
    // A small scene still links.
    const Scene small = *find_preset("no_padding_no_strides");
    auto plain = Composer::make(small);
    ASSERT_TRUE(plain);
    const Frame shown = plain.value().compose(0.5);
    const int32_t output = static_cast<int32_t>(shown.grids.size()) - 1;
    EXPECT_FALSE(plain.value().inspect(0.5, {output, 0, 0}).links.empty());
}

TEST(Budget, GroupedCounts) {
    EXPECT_EQ(grouped(0), "0");
    EXPECT_EQ(grouped(999), "999");
    EXPECT_EQ(grouped(1000), "1,000");
    EXPECT_EQ(grouped(4012027), "4,012,027");
    EXPECT_EQ(grouped(-1234567), "-1,234,567");
}

}  // namespace
}  // namespace convviz
