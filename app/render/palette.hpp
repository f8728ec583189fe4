// The three themes' colours for a Frame: each Role's fill, border and number colour, the page, the
// text kinds and the marked formula term. Pure data, no GL: the renderer, the ImGui style and the
// exporter read the same palette, so the screen and a GIF agree. The light theme takes the
// conv_arithmetic palette (input #268BD2, output #2AA198, grid #002B36, kernel window #073642 at 40 %).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/frame/frame.hpp"

namespace convviz {

struct Colour {
    float r = 0.0f;
    float g = 0.0f;
    float b = 0.0f;
    float a = 1.0f;
    Colour with_alpha(float alpha) const { return {r, g, b, alpha}; }
};
Colour hex(uint32_t rgb, float alpha = 1.0f);  // 0xRRGGBB
Colour mix(const Colour& a, const Colour& b, float t);

struct RoleStyle {
    Colour fill;
    Colour border;
    Colour number;  // the value printed in the cell
};

// contrast: the projector's high-contrast light theme.
enum class ThemeKind { light, dark, contrast };
const char* name(ThemeKind theme);
std::optional<ThemeKind> parse_theme(std::string_view text);
bool is_light(ThemeKind theme);  // a white page

inline constexpr size_t kRoleCount = 9;  // every Role

struct Palette {
    ThemeKind kind = ThemeKind::light;
    Colour page;                 // behind everything
    Colour canvas_edge;          // the frame's edge on the canvas
    std::array<RoleStyle, kRoleCount> roles;
    Colour window_fill;          // inside a kernel outline
    Colour title;
    Colour label;
    Colour formula;
    Colour caption;
    Colour mark;                 // the formula term or the caption term being animated
    Colour source_link;          // hover: what the hovered cell depends on
    Colour dependent_link;       // hover: what depends on the hovered cell
    // The canvas' notes over the frame: a refused edit (its border `mark`) and a scene being
    // computed.
    Colour alert_fill;
    Colour alert_text;
    Colour note_fill;
    Colour note_text;
    // The panels around the canvas (the ImGui style): their background and the menu bar's; for the
    // light themes an input field's fill and outline (ImGui's own white field vanished on them) and,
    // for the projector's, the text (ImGui's own is a dark grey).
    Colour panel;
    Colour menu_bar;
    Colour field;
    Colour field_border;
    Colour panel_text;
    // Presentation mode, alike in every theme: the blanked screen, the progress strip (its band,
    // text and bar) and the pointer's highlight while the mouse moves.
    Colour blank;
    Colour strip;
    Colour strip_text;
    Colour strip_progress;
    Colour pointer;
    // A kernel cell's own colour (FrameCell::tint), cycled when a kernel has more cells; numbers
    // on a tint are `tint_number`.
    std::array<Colour, 10> tints;
    Colour tint_number;

    const RoleStyle& role(Role r) const { return roles[static_cast<size_t>(r)]; }
    const Colour& tint(uint16_t k) const { return tints[static_cast<size_t>(k - 1) % tints.size()]; }  // k > 0
};

const Palette& palette(ThemeKind theme);

}  // namespace convviz
