#include "app/gui/theme.hpp"

#include <imgui.h>

namespace convviz {

namespace {

ImVec4 vec(const Colour& c, float alpha) { return {c.r, c.g, c.b, alpha}; }

}  // namespace

void apply_imgui_theme(ThemeKind theme, float scale) {
    ImGuiStyle style;
    if (is_light(theme)) {
        ImGui::StyleColorsLight(&style);
    } else {
        ImGui::StyleColorsDark(&style);
    }
    const Palette& p = palette(theme);
    const Colour accent = p.role(Role::input).fill;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = vec(theme == ThemeKind::contrast ? hex(0xFFFFFF) : theme == ThemeKind::light ? hex(0xFBFBF8) : hex(0x1B2026), 1.0f);
    c[ImGuiCol_ChildBg] = vec(p.page, 0.0f);
    c[ImGuiCol_MenuBarBg] = vec(is_light(theme) ? hex(0xEEF1F3) : hex(0x14181C), 1.0f);
    c[ImGuiCol_Button] = vec(accent, 0.30f);
    c[ImGuiCol_ButtonHovered] = vec(accent, 0.55f);
    c[ImGuiCol_ButtonActive] = vec(accent, 0.80f);
    c[ImGuiCol_Header] = vec(accent, 0.28f);
    c[ImGuiCol_HeaderHovered] = vec(accent, 0.45f);
    c[ImGuiCol_HeaderActive] = vec(accent, 0.65f);
    c[ImGuiCol_SliderGrab] = vec(accent, 0.85f);
    c[ImGuiCol_SliderGrabActive] = vec(accent, 1.0f);
    c[ImGuiCol_CheckMark] = vec(accent, 1.0f);
    c[ImGuiCol_Tab] = vec(accent, 0.22f);
    c[ImGuiCol_TabHovered] = vec(accent, 0.55f);
    c[ImGuiCol_TabActive] = vec(accent, 0.70f);
    c[ImGuiCol_PlotHistogram] = vec(p.role(Role::output).fill, 1.0f);
    if (is_light(theme)) {
        // ImGui's light style draws a field white on our off-white panels: an unticked checkbox or
        // radio button vanished. A grey field with an outline shows every box, ticked or not.
        c[ImGuiCol_FrameBg] = vec(hex(0xE8EBEE), 1.0f);
        c[ImGuiCol_FrameBgHovered] = vec(accent, 0.25f);
        c[ImGuiCol_FrameBgActive] = vec(accent, 0.40f);
        c[ImGuiCol_Border] = vec(hex(0x6B7780), 0.85f);
        style.FrameBorderSize = 1.0f;
    }
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowBorderSize = 1.0f;
    style.FramePadding = ImVec2(6.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    if (theme == ThemeKind::contrast) {
        c[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_Border] = ImVec4(0, 0, 0, 0.6f);
    }
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace convviz
