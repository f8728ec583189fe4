// CanvasView: where a Frame sits on a render target — pixels per frame unit and the pixel position
// of the frame's origin — and the zoom/pan arithmetic on it. Pure arithmetic, no GL: the GUI's
// mouse handling, the renderer and hit-testing share it.
#pragma once

#include <optional>

#include "core/frame/frame.hpp"
#include "core/frame/links.hpp"

namespace convviz {

struct CanvasView {
    float scale = 1.0f;     // pixels per frame unit
    float offset_x = 0.0f;  // pixel position of the frame's (0, 0)
    float offset_y = 0.0f;

    float to_frame_x(float pixel_x) const { return (pixel_x - offset_x) / scale; }
    float to_frame_y(float pixel_y) const { return (pixel_y - offset_y) / scale; }
};

// The whole frame, centred, as large as fits in width × height pixels.
CanvasView fit_view(float frame_width, float frame_height, float width, float height);

// Zoom by `factor` keeping the frame point under (pixel_x, pixel_y) where it is. The scale stays
// between a tenth and fifty times `fit_scale`.
CanvasView zoom_about(const CanvasView& view, float factor, float pixel_x, float pixel_y, float fit_scale);

CanvasView pan(const CanvasView& view, float dx, float dy);

// The visible cell under a pixel, if any (the topmost when cells overlap during a tween).
std::optional<CellRef> cell_at(const Frame& frame, const CanvasView& view, float pixel_x, float pixel_y);

}  // namespace convviz
