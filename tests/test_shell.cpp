// The app's shell as a new user meets it (issue 19), without a window: the canvas' room and the
// side panels' widths, the Presets menu (grouped, and never chosen by the press that opens it),
// Esc closing menus and combos, predict mode's empty guess for each scene, and the light theme's
// checkboxes. ImGui runs in a context of its own here, fed the mouse frame by frame as a hand
// would move it; nothing is drawn to a screen.
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "app/gui/layout.hpp"

namespace convviz {
namespace {

// ---- The canvas' room ---------------------------------------------------------------------------

LayoutParams window_of(float width, float height) {
    return {.width = width, .height = height, .top = 23.0f, .bottom = 48.0f, .em = 16.0f};
}

TEST(Layout, TheDefaultLeavesTheCanvasMoreThanHalfTheWidth) {
    for (const auto& [w, h] : {std::pair{1280.0f, 720.0f}, std::pair{1440.0f, 860.0f}, std::pair{1920.0f, 1080.0f}}) {
        const PanelLayout layout = layout_panels(window_of(w, h));
        EXPECT_GE(layout.canvas.width, 0.55f * w) << w << "×" << h;
        EXPECT_FLOAT_EQ(layout.left.width + layout.canvas.width + layout.right.width, w);
        EXPECT_FLOAT_EQ(layout.canvas.x, layout.left.width);
        EXPECT_FLOAT_EQ(layout.right.x, layout.canvas.x + layout.canvas.width);
        EXPECT_FLOAT_EQ(layout.canvas.y, 23.0f);
        EXPECT_FLOAT_EQ(layout.canvas.height, h - 23.0f - 48.0f);
    }
    // What the Values tab is made to fit: 280 pixels at the 16-pixel font.
    EXPECT_FLOAT_EQ(layout_panels(window_of(1280, 720)).left.width, 280.0f);
}

TEST(Layout, HiddenPanelsGiveTheCanvasTheWholeWidth) {
    LayoutParams params = window_of(1280, 720);
    params.panels_shown = false;
    const PanelLayout layout = layout_panels(params);
    EXPECT_FLOAT_EQ(layout.canvas.x, 0.0f);
    EXPECT_FLOAT_EQ(layout.canvas.width, 1280.0f);
    EXPECT_FLOAT_EQ(layout.left.width, 0.0f);
    EXPECT_FLOAT_EQ(layout.right.width, 0.0f);
}

TEST(Layout, DraggingAnEdgeFollowsThePointerWithinLimits) {
    const float em = 16.0f, w = 1280.0f;
    // The left panel's edge 40 pixels right: 40 pixels wider; the right panel's: 40 narrower.
    EXPECT_FLOAT_EQ(panel_pixels(dragged_left_em(kDefaultLeftPanelEm, 40.0f, em, w), em, w), 320.0f);
    EXPECT_FLOAT_EQ(panel_pixels(dragged_right_em(kDefaultRightPanelEm, 40.0f, em, w), em, w), 240.0f);
    // Never narrower than 10 em nor wider than 30 % of the window, however far the drag goes; and
    // the stored width is what is drawn, so a drag back starts from the edge where it is.
    const float wide = dragged_left_em(kDefaultLeftPanelEm, 5000.0f, em, w);
    EXPECT_FLOAT_EQ(panel_pixels(wide, em, w), 0.3f * w);
    EXPECT_FLOAT_EQ(panel_pixels(dragged_left_em(wide, -10.0f, em, w), em, w), 0.3f * w - 10.0f);
    EXPECT_FLOAT_EQ(dragged_right_em(kDefaultRightPanelEm, 5000.0f, em, w), kMinPanelEm);
}

TEST(Layout, OpenSectionsShareTheHeightShortOnesFirst) {
    // About wants 80, Arithmetic 500, Code as much as there is (0): About gets its 80, the other
    // two split the rest evenly.
    const std::vector<float> given = share_height(600.0f, {80.0f, 500.0f, 0.0f});
    ASSERT_EQ(given.size(), 3u);
    EXPECT_FLOAT_EQ(given[0], 80.0f);
    EXPECT_FLOAT_EQ(given[1], 260.0f);
    EXPECT_FLOAT_EQ(given[2], 260.0f);
    // All short: each its own; all long: even shares; no room: nothing.
    EXPECT_EQ(share_height(600.0f, {100.0f, 50.0f}), (std::vector<float>{100.0f, 50.0f}));
    EXPECT_EQ(share_height(300.0f, {900.0f, 0.0f, 700.0f}), (std::vector<float>{100.0f, 100.0f, 100.0f}));
    EXPECT_EQ(share_height(-5.0f, {10.0f}), (std::vector<float>{0.0f}));
}

}  // namespace
}  // namespace convviz
