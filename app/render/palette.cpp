#include "app/render/palette.hpp"

namespace convviz {

Colour hex(uint32_t rgb, float alpha) {
    return {static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
            static_cast<float>(rgb & 0xFF) / 255.0f, alpha};
}

Colour mix(const Colour& a, const Colour& b, float t) {
    return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t};
}

const char* name(ThemeKind theme) {
    switch (theme) {
        case ThemeKind::light: return "light";
        case ThemeKind::dark: return "dark";
        case ThemeKind::contrast: return "contrast";
    }
    return "light";
}

std::optional<ThemeKind> parse_theme(std::string_view text) {
    for (ThemeKind theme : {ThemeKind::light, ThemeKind::dark, ThemeKind::contrast}) {
        if (text == name(theme)) return theme;
    }
    return std::nullopt;
}

bool is_light(ThemeKind theme) { return theme != ThemeKind::dark; }

namespace {

// Presentation mode's colours (Palette::blank … pointer), the same in every theme: the strip in the
// output's teal, the pointer a bright orange on any slide.
void set_presentation_colours(Palette& p) {
    p.blank = hex(0x000000);
    p.strip = hex(0x000000, 150.0f / 255.0f);
    p.strip_text = hex(0xFFFFFF, 235.0f / 255.0f);
    p.strip_progress = hex(0x2AA198);
    p.pointer = hex(0xFF5000);
}

// Ten hues apart from the roles' blues and teals and from the hover pink and gold, dark enough for
// white numbers: orange, purple, green, red, brown, steel blue, olive, plum, slate, ochre.
const std::array<Colour, 10> kTints = {hex(0xE8710A), hex(0x7B5EA7), hex(0x4E9A06), hex(0xC0392B), hex(0x8F5B2E),
                                       hex(0x2E6F9E), hex(0x7F8C1A), hex(0xA23B72), hex(0x5D6D7E), hex(0xB7791F)};

// Role order as declared in core/frame/frame.hpp: input, output, kernel, padding, inserted_zero,
// cropped, active, result, empty.
Palette make_light() {
    const Colour white = hex(0xFFFFFF);
    const Colour grid = hex(0x002B36);
    Palette p;
    p.kind = ThemeKind::light;
    p.page = white;
    p.canvas_edge = hex(0xD0D7DC);
    p.roles = {{
        {hex(0x268BD2), grid, white},                          // input
        {hex(0x2AA198), grid, white},                          // output
        {hex(0x073642, 0.85f), grid, white},                   // kernel
        {white.with_alpha(0.0f), hex(0x586E75), hex(0x586E75)},   // padding: dashed, unfilled
        {white.with_alpha(0.0f), hex(0x93A1A1), hex(0x93A1A1)},   // inserted zero: dashed, unfilled
        {hex(0xEEE8D5), hex(0xC9B9A0), hex(0xA08C72)},         // cropped away
        {mix(hex(0x268BD2), hex(0x073642), 0.4f), grid, white},  // read by this step: under the window
        {hex(0x1F7A73), grid, white},                          // written by this step
        {hex(0xF4F6F7), hex(0xC5CED3), hex(0x93A1A1)},         // not yet written / a zero entry
    }};
    p.window_fill = hex(0x073642, 0.40f);
    p.title = grid;
    p.label = hex(0x073642);
    p.formula = grid;
    p.caption = hex(0x073642);
    p.alert_fill = hex(0xFFF6F0, 0.96f);
    p.alert_text = hex(0x581E0A);
    p.note_fill = hex(0xEEF4FA, 0.94f);
    p.note_text = hex(0x143250);
    p.panel = hex(0xFBFBF8);
    p.menu_bar = hex(0xEEF1F3);
    p.field = hex(0xE8EBEE);
    p.field_border = hex(0x6B7780, 0.85f);
    p.panel_text = hex(0x000000);
    p.mark = hex(0xCB4B16);
    p.source_link = hex(0xD33682);
    p.dependent_link = hex(0xB58900);
    p.tints = kTints;
    p.tint_number = white;
    set_presentation_colours(p);
    return p;
}

Palette make_dark() {
    const Colour page = hex(0x15191E);
    const Colour ink = hex(0xE4E8EB);
    Palette p;
    p.kind = ThemeKind::dark;
    p.page = page;
    p.canvas_edge = hex(0x2C333A);
    p.roles = {{
        {hex(0x2374B0), hex(0x7FB8E6), ink},                   // input
        {hex(0x1F8A82), hex(0x7ED6CC), ink},                   // output
        {hex(0x8A6A12), hex(0xE0B84C), ink},                   // kernel
        {page.with_alpha(0.0f), hex(0x8C99A3), hex(0xA9B4BC)},  // padding
        {page.with_alpha(0.0f), hex(0x66727C), hex(0x8C99A3)},  // inserted zero
        {hex(0x3A2F2A), hex(0x6E5A4C), hex(0xA08C72)},         // cropped away
        {hex(0x3D5FA8), hex(0xE0B84C), ink},                   // read by this step
        {hex(0x2FB3A6), hex(0xFFFFFF), hex(0x0B1F1D)},         // written by this step
        {hex(0x20262C), hex(0x37414A), hex(0x66727C)},         // not yet written / a zero entry
    }};
    p.window_fill = hex(0xE0B84C, 0.22f);
    p.title = ink;
    p.label = hex(0xB8C2C9);
    p.formula = ink;
    p.caption = hex(0xCDD5DB);
    p.alert_fill = hex(0x3C1E1C, 0.96f);
    p.alert_text = hex(0xFFDCCD);
    p.note_fill = hex(0x1E2834, 0.94f);
    p.note_text = hex(0xD2E1F0);
    p.panel = hex(0x1B2026);
    p.menu_bar = hex(0x14181C);
    p.mark = hex(0xF08A4B);
    p.source_link = hex(0xF06292);
    p.dependent_link = hex(0xFFD54F);
    p.tints = kTints;
    for (Colour& c : p.tints) c = mix(c, page, 0.15f);
    p.tint_number = ink;
    set_presentation_colours(p);
    return p;
}

// For a projector in a lit room: a white page, black ink, deeper fills, so that a washed-out
// image still separates input, kernel and output, and the text is black.
Palette make_contrast() {
    const Colour white = hex(0xFFFFFF);
    const Colour black = hex(0x000000);
    Palette p = make_light();
    p.kind = ThemeKind::contrast;
    p.canvas_edge = hex(0x808080);
    p.roles = {{
        {hex(0x0B5FA5), black, white},                         // input
        {hex(0x00695C), black, white},                         // output
        {hex(0x000000, 0.88f), black, white},                  // kernel
        {white.with_alpha(0.0f), hex(0x202020), hex(0x202020)},   // padding
        {white.with_alpha(0.0f), hex(0x606060), hex(0x404040)},   // inserted zero
        {hex(0xE0D6BE), hex(0x8C7A5B), hex(0x5C4A2E)},         // cropped away
        {hex(0x08305A), black, white},                         // read by this step
        {hex(0x004D40), black, white},                         // written by this step
        {hex(0xF2F2F2), hex(0x8A8A8A), hex(0x505050)},         // not yet written / a zero entry
    }};
    p.window_fill = hex(0x000000, 0.45f);
    p.title = black;
    p.label = black;
    p.formula = black;
    p.caption = black;
    p.panel = white;
    p.field_border = hex(0x000000, 0.6f);
    p.mark = hex(0xC62800);
    p.source_link = hex(0xC2185B);
    p.dependent_link = hex(0x9A6B00);
    return p;
}

}  // namespace

const Palette& palette(ThemeKind theme) {
    // Constant tables, built once: no state that changes.
    static const Palette light = make_light();
    static const Palette dark = make_dark();
    static const Palette contrast = make_contrast();
    return theme == ThemeKind::light ? light : theme == ThemeKind::dark ? dark : contrast;
}

}  // namespace convviz
