// The canvas: the frame rendered offscreen by app/render and shown as an image in the ImGui window, with the
// mouse's zoom (wheel, about the cursor), pan (drag), fit (double-click) and hover (the dependency
// links). An invalid configuration's message is shown here, over the dimmed last valid frame.
#pragma once

#include <optional>

#include "app/model/app_state.hpp"
#include "app/render/canvas_view.hpp"
#include "app/render/frame_renderer.hpp"
#include "app/render/render_target.hpp"

namespace convviz {

struct CanvasPanel {
    RenderOptions options;       // theme, labels, value threshold
    CanvasView view;
    bool fitted = true;          // follow the window's size until the user zooms or pans
    float layout_key = -1.0f;    // the grids' places the view was fitted to: a new layout refits
    bool follow_mouse = true;       // off for screenshots and benchmarks: the pointer's place is chance
    bool pointer_resting = false;   // presenting, the mouse still: no hover ring, no tooltip
    std::optional<CellRef> pinned;  // hovered whatever the mouse does (screenshots of the links)
    struct Rect {
        int x = 0, y = 0, width = 0, height = 0;
    };
    Rect placed;                    // where it was drawn last, in window pixels

    // Draws inside the current ImGui window's remaining space.
    void draw(AppState& state, FrameRenderer& renderer, RenderTarget& target);
};

}  // namespace convviz
