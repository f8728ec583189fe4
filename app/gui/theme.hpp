// The ImGui colours of each theme: ImGui's own light or dark style, accented with the canvas
// palette so the panels and the pictures belong together, and the palette itself for the colours
// ImGui's style has no slot for. Style only; the canvas is the renderer's.
#pragma once

#include <imgui.h>

#include "app/render/palette.hpp"

namespace convviz {

// Also makes `theme`'s palette the one ui_palette() gives, for this ImGui context.
void apply_imgui_theme(ThemeKind theme, float scale);

// The palette of the theme the panels are drawn in (the light one before any is applied).
const Palette& ui_palette();
ImVec4 ui_colour(const Colour& colour, float alpha = 1.0f);
ImU32 ui_colour32(const Colour& colour, float alpha = 1.0f);
// Words that need the eye: a refusal, a failed save, the status line, the term a formula animates.
ImVec4 warning_colour();

}  // namespace convviz
