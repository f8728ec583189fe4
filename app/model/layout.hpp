// Where the window's panels go: the side panels' widths (the user's, dragged at their inner edges,
// or hidden so the canvas has the whole width), the canvas between them, and how the right-hand
// panel's open sections share its height. Arithmetic on rectangles only: no ImGui, no window.
#pragma once

#include <vector>

namespace convviz {

// Side panels, in em (the UI font's size), so a larger font keeps their proportions. At
// 1280 × 720 with the 16-pixel font they leave the canvas 56 % of the width.
inline constexpr float kDefaultLeftPanelEm = 17.5f;
inline constexpr float kDefaultRightPanelEm = 17.5f;
inline constexpr float kMinPanelEm = 10.0f;      // narrower and the Parameters tab's fields clip
inline constexpr float kMaxPanelShare = 0.3f;    // of the window's width, each: the canvas keeps 40 %

struct LayoutParams {
    float width = 0.0f;    // the window, in pixels
    float height = 0.0f;
    float top = 0.0f;      // the menu bar's height
    float bottom = 0.0f;   // the playback bar's height
    float em = 16.0f;      // the UI font's size in pixels
    float left_em = kDefaultLeftPanelEm;
    float right_em = kDefaultRightPanelEm;
    bool panels_shown = true;
};

struct PanelRect {
    float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
};

struct PanelLayout {
    PanelRect left;    // empty when hidden
    PanelRect right;
    PanelRect canvas;  // between them, from the menu bar to the playback bar
};

// A side panel's width in pixels: the user's, within [kMinPanelEm, kMaxPanelShare of the window].
float panel_pixels(float panel_em, float em, float window_width);
PanelLayout layout_panels(const LayoutParams& params);

// The width in em after the user dragged a panel's inner edge `dx` pixels (rightwards positive):
// the left panel grows with dx, the right one shrinks. Kept within what panel_pixels() draws, so
// the edge stays under the pointer.
float dragged_left_em(float left_em, float dx, float em, float window_width);
float dragged_right_em(float right_em, float dx, float em, float window_width);

// Heights for stacked sections sharing `total` pixels: a section wanting less than an even share
// gets what it wants, the rest share what is left evenly (each then scrolls within its share).
// Wants of 0 or less count as "as much as there is" (not yet measured).
std::vector<float> share_height(float total, const std::vector<float>& wanted);

}  // namespace convviz
