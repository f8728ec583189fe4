#include "app/render/canvas_view.hpp"

#include <algorithm>

namespace convviz {

CanvasView fit_view(float frame_width, float frame_height, float width, float height) {
    CanvasView view;
    if (frame_width <= 0.0f || frame_height <= 0.0f || width <= 0.0f || height <= 0.0f) return view;
    view.scale = std::min(width / frame_width, height / frame_height);
    view.offset_x = (width - frame_width * view.scale) * 0.5f;
    view.offset_y = (height - frame_height * view.scale) * 0.5f;
    return view;
}

CanvasView zoom_about(const CanvasView& view, float factor, float pixel_x, float pixel_y, float fit_scale) {
    const float scale = std::clamp(view.scale * factor, fit_scale * 0.1f, fit_scale * 50.0f);
    const float frame_x = view.to_frame_x(pixel_x);
    const float frame_y = view.to_frame_y(pixel_y);
    CanvasView zoomed = view;
    zoomed.scale = scale;
    zoomed.offset_x = pixel_x - frame_x * scale;
    zoomed.offset_y = pixel_y - frame_y * scale;
    return zoomed;
}

CanvasView pan(const CanvasView& view, float dx, float dy) {
    CanvasView moved = view;
    moved.offset_x += dx;
    moved.offset_y += dy;
    return moved;
}

std::optional<CellRef> cell_at(const Frame& frame, const CanvasView& view, float pixel_x, float pixel_y) {
    const float x = view.to_frame_x(pixel_x);
    const float y = view.to_frame_y(pixel_y);
    for (auto it = frame.cells.rbegin(); it != frame.cells.rend(); ++it) {
        if (it->opacity <= 0.0f) continue;
        if (x >= it->x && x < it->x + it->size && y >= it->y && y < it->y + it->size) {
            return CellRef{it->grid, it->row, it->col};
        }
    }
    return std::nullopt;
}

}  // namespace convviz
