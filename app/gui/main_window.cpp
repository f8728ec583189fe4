#include "app/gui/main_window.hpp"

#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <utility>

#include "app/gui/actions.hpp"
#include "app/gui/app_commands.hpp"
#include "app/gui/dialogs.hpp"
#include "app/gui/escape.hpp"
#include "app/gui/menu_bar.hpp"
#include "app/gui/panel_edge.hpp"
#include "app/gui/theme.hpp"
#include "app/model/layout.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                         ImGuiWindowFlags_NoBringToFrontOnFocus;
constexpr ImGuiWindowFlags kCanvasFlags =
    kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

void place(const PanelRect& rect) {
    ImGui::SetNextWindowPos(ImVec2(rect.x, rect.y), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(std::max(rect.width, 1.0f), std::max(rect.height, 1.0f)), ImGuiCond_Always);
}

// The lesson tab's and the Lesson menu's requests, as commands.
void run_lesson_request(Workspace& ws, const LessonRequest& request) {
    switch (request.kind) {
        case LessonRequest::Kind::none: return;
        case LessonRequest::Kind::stored: stored_in_lesson(ws); return;
        case LessonRequest::Kind::show: ws.commands.run("lesson.show", static_cast<int64_t>(request.index)); return;
        case LessonRequest::Kind::create: ws.commands.run("lesson.new"); return;
        case LessonRequest::Kind::builtin: ws.commands.run("lesson.builtin"); return;
        case LessonRequest::Kind::open: ws.commands.run("file.open"); return;
        case LessonRequest::Kind::save: ws.commands.run("lesson.save"); return;
        case LessonRequest::Kind::save_as: ws.commands.run("lesson.save_as"); return;
        case LessonRequest::Kind::present: ws.commands.run("lesson.present", static_cast<int64_t>(request.index)); return;
    }
}

void draw_presentation(Workspace& ws, RenderTarget& target, double now) {
    const ImGuiIO& io = ImGui::GetIO();
    place({0.0f, 0.0f, io.DisplaySize.x, io.DisplaySize.y});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    // A pointer left resting over the canvas hovers nothing: no ring, no tooltip on the projector.
    ws.pointer.see(io.MousePos.x, io.MousePos.y, now);
    ws.canvas.pointer_resting = !ws.pointer.moving(now);
    if (ImGui::Begin("Canvas", nullptr, kCanvasFlags)) ws.canvas.draw(ws.state, *ws.renderer, target);
    ImGui::End();
    ImGui::PopStyleVar();
    ws.canvas.pointer_resting = false;
    // The system cursor hidden (the GLFW backend applies ImGui's cursor every frame); the overlay
    // draws a large highlight while the mouse moves.
    ImGui::SetMouseCursor(ImGuiMouseCursor_None);
    draw_presentation_overlay(ws.present, ws.state, ws.lesson, ws.pointer, now);
}

void setup_panel(Workspace& ws, const PanelRect& rect) {
    const Lang lang = ws.state.lang();
    LessonRequest request;
    place(rect);
    if (ImGui::Begin("Setup", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar) && ImGui::BeginTabBar("setup")) {
        if (ImGui::BeginTabItem((tr(lang, "tab.parameters") + "###parameters").c_str())) {
            if (const std::optional<ViewKind> view = ws.params.draw(ws.state)) ws.commands.run(view_command(*view));
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem((tr(lang, "tab.values") + "###values").c_str())) {
            if (const Scene* preset = ws.values.draw(ws.state, ws.presets)) ws.commands.run(preset_command(*preset));
            ImGui::EndTabItem();
        }
        const ImGuiTabItemFlags select = std::exchange(ws.show_lesson_tab, false) ? ImGuiTabItemFlags_SetSelected : 0;
        if (ImGui::BeginTabItem((tr(lang, "tab.lesson") + "###lesson").c_str(), nullptr, select)) {
            request = ws.lesson_panel.draw(ws.lesson, ws.state);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
    run_lesson_request(ws, request);
}

// The window's panels around the canvas, the canvas, the predict card and the dialogs.
void draw_panels(Workspace& ws, RenderTarget& target, bool covered) {
    const ImGuiIO& io = ImGui::GetIO();
    const float em = ImGui::GetFontSize();
    const float bottom = ImGui::GetFrameHeightWithSpacing() + 2.0f * ImGui::GetStyle().WindowPadding.y +
                         (ws.status.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing());
    const PanelLayout layout = layout_panels({.width = io.DisplaySize.x,
                                              .height = io.DisplaySize.y,
                                              .top = ImGui::GetFrameHeight(),
                                              .bottom = bottom,
                                              .em = em,
                                              .left_em = ws.settings.left_panel_em,
                                              .right_em = ws.settings.right_panel_em,
                                              .panels_shown = ws.settings.panels_shown});
    if (ws.settings.panels_shown) {
        setup_panel(ws, layout.left);
        place(layout.right);
        if (ImGui::Begin("Explain", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) ws.explain.draw(ws.state, covered);
        ImGui::End();
    }

    place({0.0f, io.DisplaySize.y - bottom, io.DisplaySize.x, bottom});
    if (ImGui::Begin("Playback", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar)) {
        if (covered) ImGui::BeginDisabled();
        ws.playback.draw(ws.state);
        if (covered) ImGui::EndDisabled();
        if (!ws.status.empty()) ImGui::TextColored(warning_colour(), "%s", ws.status.c_str());
    }
    ImGui::End();

    const PanelRect& middle = layout.canvas;
    place(middle);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    if (ImGui::Begin("Canvas", nullptr, kCanvasFlags)) {
        // The panels' edges first: where they overlap the canvas, the mouse is theirs.
        if (ws.settings.panels_shown) {
            panel_edge("##left_edge", ws.settings.left_panel_em, layout.left, true, em, io.DisplaySize.x);
            panel_edge("##right_edge", ws.settings.right_panel_em, layout.right, false, em, io.DisplaySize.x);
        }
        if (!covered) ws.canvas.draw(ws.state, *ws.renderer, target);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ws.predict.draw(ws.state, ImVec2(middle.x, middle.y), ImVec2(middle.width, middle.height));
    ws.exporting.draw(ws.state, *ws.renderer);
    draw_dialogs(ws);
}

}  // namespace

KeyPress read_keys(const Workspace& ws, int injected_key) {
    const ImGuiIO& io = ImGui::GetIO();
    KeyPress keys;
    keys.pressed = [injected_key](int key, bool repeat) { return key == injected_key || ImGui::IsKeyPressed(key, repeat); };
    for (ImWchar c : io.InputQueueCharacters) {
        if (c < 128) keys.typed.push_back(static_cast<char>(c));
    }
    keys.ctrl = io.KeyCtrl;
    keys.shift = io.KeyShift;
    keys.text_field = io.WantTextInput;
    keys.widget = io.WantCaptureKeyboard;
    keys.modal = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    keys.presenting = ws.present.on;
    return keys;
}

void draw_ui(Workspace& ws, Host& host, RenderTarget& target, double now) {
    const KeyPress keys = read_keys(ws, ws.injected_key);
    if (ws.present.on) {
        // Leaving (Esc, F5) takes effect from the next frame: the same F5 must not enter again.
        ws.commands.run_shortcuts(keys);
        if (ws.present.on) draw_presentation(ws, target, now);
        return;
    }
    if (keys.pressed(GLFW_KEY_ESCAPE, false)) close_menus_on_escape();
    // While a dialog or the prompt is open, the shortcuts and dropped files wait: they would
    // replace what the dialog is about.
    if (!keys.modal) {
        for (const std::string& path : host.take_dropped()) open_path(ws, path);
    }
    const bool covered = ws.predict.covering(ws.state);
    ws.commands.run_shortcuts(keys);
    draw_menu_bar(ws);
    draw_panels(ws, target, covered);
}

}  // namespace convviz
