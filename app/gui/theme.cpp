#include "app/gui/theme.hpp"

#include <imgui.h>

namespace convviz {

namespace {

ImVec4 vec(const Colour& c, float alpha) { return {c.r, c.g, c.b, alpha}; }

}  // namespace

const Palette& ui_palette() {
    const void* current = ImGui::GetIO().UserData;
    return current != nullptr ? *static_cast<const Palette*>(current) : palette(ThemeKind::light);
}

ImVec4 ui_colour(const Colour& colour, float alpha) { return vec(colour, colour.a * alpha); }

ImU32 ui_colour32(const Colour& colour, float alpha) { return ImGui::ColorConvertFloat4ToU32(ui_colour(colour, alpha)); }

ImVec4 warning_colour() { return ui_colour(ui_palette().mark); }

void apply_imgui_theme(ThemeKind theme, float scale) {
    // ImGui's slot for the app's own data: the palette the panels' own colours come from, kept
    // with the context it styles.
    ImGui::GetIO().UserData = const_cast<Palette*>(&palette(theme));
    ImGuiStyle style;
    if (is_light(theme)) {
        ImGui::StyleColorsLight(&style);
    } else {
        ImGui::StyleColorsDark(&style);
    }
    const Palette& p = palette(theme);
    const Colour accent = p.role(Role::input).fill;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = vec(p.panel, 1.0f);
    c[ImGuiCol_ChildBg] = vec(p.page, 0.0f);
    c[ImGuiCol_MenuBarBg] = vec(p.menu_bar, 1.0f);
    // The accent, at the strength each part of a widget takes it.
    const struct {
        ImGuiCol slot;
        float alpha;
    } accented[] = {{ImGuiCol_Button, 0.30f},      {ImGuiCol_ButtonHovered, 0.55f}, {ImGuiCol_ButtonActive, 0.80f},
                    {ImGuiCol_Header, 0.28f},      {ImGuiCol_HeaderHovered, 0.45f}, {ImGuiCol_HeaderActive, 0.65f},
                    {ImGuiCol_SliderGrab, 0.85f},  {ImGuiCol_SliderGrabActive, 1.0f}, {ImGuiCol_CheckMark, 1.0f},
                    {ImGuiCol_Tab, 0.22f},         {ImGuiCol_TabHovered, 0.55f},    {ImGuiCol_TabActive, 0.70f}};
    for (const auto& [slot, alpha] : accented) c[slot] = vec(accent, alpha);
    c[ImGuiCol_PlotHistogram] = vec(p.role(Role::output).fill, 1.0f);
    if (is_light(theme)) {
        // ImGui's light style draws a field white on our off-white panels: an unticked checkbox or
        // radio button vanished. A grey field with an outline shows every box, ticked or not.
        c[ImGuiCol_FrameBg] = vec(p.field, 1.0f);
        c[ImGuiCol_FrameBgHovered] = vec(accent, 0.25f);
        c[ImGuiCol_FrameBgActive] = vec(accent, 0.40f);
        c[ImGuiCol_Border] = vec(p.field_border, p.field_border.a);
        style.FrameBorderSize = 1.0f;
    }
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowBorderSize = 1.0f;
    style.FramePadding = ImVec2(6.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    if (theme == ThemeKind::contrast) c[ImGuiCol_Text] = vec(p.panel_text, 1.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace convviz
