// The monkey's eyes and hands in ImGui: where the app's windows are, from ImGui's own records of
// the last frame, and the monkey's input written into ImGui's.
#include "app/gui/dev/monkey.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // here only: where ImGui's windows are, what is hovered
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iterator>

namespace convviz {

namespace {

MonkeyRect to_rect(const ImRect& r) { return MonkeyRect{r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()}; }

bool shown(const ImGuiWindow* window) { return window != nullptr && window->Active && !window->Hidden; }

// The part of a window its widgets reached last frame, within what is visible of it.
MonkeyRect content_of(const ImGuiWindow* window) {
    if (!shown(window)) return {};
    ImRect content(window->DC.CursorStartPos, window->DC.CursorMaxPos);
    content.Max.y += window->WindowPadding.y;  // the last line's lower edge
    content.ClipWithFull(window->InnerClipRect);
    if (content.GetWidth() < 1.0f || content.GetHeight() < 1.0f) return to_rect(window->Rect());
    return to_rect(content);
}

}  // namespace

MonkeyScreen read_screen(const PanelNames& names) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    MonkeyScreen s;
    s.width = g.IO.DisplaySize.x;
    s.height = g.IO.DisplaySize.y;
    const ImGuiWindow* bar = ImGui::FindWindowByName("##MainMenuBar");
    if (shown(bar)) s.menu_bar = to_rect(bar->Rect());
    s.setup = content_of(ImGui::FindWindowByName(names.setup));
    s.explain = content_of(ImGui::FindWindowByName(names.explain));
    s.playback = content_of(ImGui::FindWindowByName(names.playback));
    const ImGuiWindow* canvas = ImGui::FindWindowByName(names.canvas);
    if (shown(canvas)) s.canvas = to_rect(canvas->Rect());
    // The newest open popup (a menu, a submenu, a modal), else the floating dialog.
    for (int i = g.OpenPopupStack.Size - 1; i >= 0 && s.front.empty(); --i) {
        const ImGuiWindow* popup = g.OpenPopupStack[i].Window;
        if (!shown(popup)) continue;
        s.front = to_rect(popup->Rect());
        s.modal = (popup->Flags & ImGuiWindowFlags_Modal) != 0;
    }
    for (const char* name : names.dialogs) {
        if (const ImGuiWindow* dialog = ImGui::FindWindowByName(name); s.front.empty() && shown(dialog)) {
            s.front = to_rect(dialog->Rect());
        }
    }
    s.over_item = g.HoveredId != 0;
    s.typing = g.IO.WantTextInput;
    return s;
}

void feed_imgui(const MonkeyInput& in, ImGuiIO& io) {
    io.MousePos = ImVec2(in.mouse_x, in.mouse_y);
    for (int i = 0; i < 3; ++i) io.MouseDown[i] = in.mouse_down[i];
    io.MouseWheel += in.wheel;
    // The monkey has the whole keyboard: nothing stays down from a frame before.
    std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
    if (in.key >= 0 && in.key < static_cast<int>(std::size(io.KeysDown))) io.KeysDown[in.key] = true;
    io.KeysDown[GLFW_KEY_LEFT_CONTROL] = in.ctrl;
    io.KeysDown[GLFW_KEY_LEFT_SHIFT] = in.shift;
    io.KeysDown[GLFW_KEY_LEFT_ALT] = in.alt;
    io.KeyCtrl = in.ctrl;
    io.KeyShift = in.shift;
    io.KeyAlt = in.alt;
    io.KeySuper = false;
    // ImGui's clock (double-clicks, key repeat, tooltips) by frames, so that a seed replays a run.
    io.DeltaTime = 1.0f / 60.0f;
    for (char c : in.text) io.AddInputCharacter(static_cast<unsigned int>(static_cast<unsigned char>(c)));
}

}  // namespace convviz
