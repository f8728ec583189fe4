#include "app/gui/canvas_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/gui/theme.hpp"
#include "app/model/panel_text.hpp"

namespace convviz {

namespace {

constexpr float kNoteRounding = 6.0f;  // the corners of the notes over the canvas, in pixels
constexpr float kWheelZoom = 1.15f;    // one wheel notch zooms by this factor

// The message of a rejected edit, in a framed box centred on the canvas.
void draw_error(Lang lang, const std::string& message, ImVec2 origin, ImVec2 size, ThemeKind theme) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float wrap = std::min(size.x * 0.8f, ImGui::GetFontSize() * 34.0f);
    const std::string text = invalid_configuration(lang, message);
    const ImVec2 extent = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const float pad = ImGui::GetFontSize();
    const ImVec2 a(origin.x + (size.x - extent.x) * 0.5f - pad, origin.y + (size.y - extent.y) * 0.5f - pad);
    const ImVec2 b(a.x + extent.x + 2 * pad, a.y + extent.y + 2 * pad);
    const Palette& p = palette(theme);
    draw->AddRectFilled(a, b, ui_colour32(p.alert_fill), kNoteRounding);
    draw->AddRect(a, b, ui_colour32(p.mark), kNoteRounding, 0, 2.0f);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + pad, a.y + pad), ui_colour32(p.alert_text),
                  text.c_str(), nullptr, wrap);
}

// While a long op is computed aside: a note at the top of the canvas, over the last scene's frame.
void draw_pending(Lang lang, ImVec2 origin, ImVec2 size, ThemeKind theme) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::string text = tr(lang, "canvas.computing");
    const ImVec2 extent = ImGui::CalcTextSize(text.c_str());
    const float pad = 0.5f * ImGui::GetFontSize();
    const ImVec2 a(origin.x + std::max(0.0f, (size.x - extent.x) * 0.5f - pad), origin.y + pad);
    const ImVec2 b(a.x + extent.x + 2 * pad, a.y + extent.y + 2 * pad);
    const Palette& p = palette(theme);
    draw->AddRectFilled(a, b, ui_colour32(p.note_fill), kNoteRounding);
    draw->AddText(ImVec2(a.x + pad, a.y + pad), ui_colour32(p.note_text), text.c_str());
}

}  // namespace

void CanvasPanel::draw(AppState& state, FrameRenderer& renderer, RenderTarget& target) {
    // Whole pixels: the texture maps 1:1 onto the screen, unblurred.
    const ImVec2 cursor = ImGui::GetCursorScreenPos();
    const ImVec2 origin(std::round(cursor.x), std::round(cursor.y));
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const ImVec2 avail(std::floor(room.x - (origin.x - cursor.x)), std::floor(room.y - (origin.y - cursor.y)));
    const int width = std::max(1, static_cast<int>(avail.x));
    const int height = std::max(1, static_cast<int>(avail.y));
    placed = {static_cast<int>(origin.x), static_cast<int>(origin.y), width, height};
    if (target.width() != width || target.height() != height) {
        if (std::optional<std::string> error = target.resize(width, height)) {
            ImGui::TextWrapped("%s", error->c_str());
            return;
        }
    }
    state.set_frame_size(static_cast<float>(width), static_cast<float>(height));
    state.compose();  // the panels drawn before may have moved the time
    const Frame& frame = state.frame();
    float key = static_cast<float>(frame.grids.size());
    for (const FrameGrid& grid : frame.grids) key += grid.box.x * 3.0f + grid.box.y * 7.0f + grid.box.w * 11.0f;
    const CanvasView fit = fit_view(frame.width, frame.height, static_cast<float>(width), static_cast<float>(height));
    if (fitted || key != layout_key) {
        view = fit;
        fitted = true;
        layout_key = key;
    }

    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("canvas", avail, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    const float mouse_x = io.MousePos.x - origin.x;
    const float mouse_y = io.MousePos.y - origin.y;
    if (hovered && io.MouseWheel != 0.0f) {
        view = zoom_about(view, std::pow(kWheelZoom, io.MouseWheel), mouse_x, mouse_y, fit.scale);
        fitted = false;
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        view = pan(view, io.MouseDelta.x, io.MouseDelta.y);
        fitted = false;
    }
    if (hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        view = fit;
        fitted = true;
    }
    if (pinned) {
        state.hover(pinned);
    } else {
        state.hover(follow_mouse && !pointer_resting && hovered && state.error().empty() ? cell_at(frame, view, mouse_x, mouse_y) : std::nullopt);
    }

    RenderOptions drawn = options;
    drawn.hovered = state.hovered();
    drawn.links = &state.links();
    drawn.dim = state.error().empty() ? 0.0f : 0.78f;
    target.bind();
    renderer.draw(frame, view, width, height, drawn);
    RenderTarget::unbind();

    // GL's rows run bottom-up: flip the texture's v.
    ImGui::GetWindowDrawList()->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(target.texture())),  // NOLINT
                                         origin, ImVec2(origin.x + avail.x, origin.y + avail.y), ImVec2(0, 1),
                                         ImVec2(1, 0));
    if (state.hovered() && !state.hover_text().empty() && state.error().empty()) {
        // Beside the hovered cell where it is drawn (it may be moving), so that a pinned hover (a
        // screenshot) shows it too.
        if (const FrameCell* cell = shown_cell(frame, *state.hovered())) {
            ImGui::SetNextWindowPos(ImVec2(origin.x + view.offset_x + (cell->x + 1.2f * cell->size) * view.scale + 8.0f,
                                           origin.y + view.offset_y + (cell->y + 1.2f * cell->size) * view.scale + 8.0f));
            ImGui::BeginTooltip();
            ImGui::TextUnformatted(state.hover_text().c_str());
            ImGui::EndTooltip();
        }
    }
    if (!state.error().empty()) draw_error(state.lang(), state.error(), origin, avail, options.theme);
    if (state.pending()) draw_pending(state.lang(), origin, avail, options.theme);
    if (!renderer.text_error().empty()) {
        ImGui::GetWindowDrawList()->AddText(ImVec2(origin.x + 8, origin.y + 8), ui_colour32(ui_palette().mark),
                                            renderer.text_error().c_str());
    }
}

}  // namespace convviz
