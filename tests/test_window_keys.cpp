// The window's keyboard in front of ImGui 1.86, which reads keys as a state once a frame: a
// shortcut typed entirely between two frames (a fast hand, a slow software-rendered frame in the
// browser) must still be seen whole at the next frame, its modifiers down with its key, and every
// key up the frame after. A real GLFW window (the ctest run's Xvfb); keys fed as GLFW delivers them.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <memory>

#include "app/gui/window.hpp"

namespace convviz::testing {
namespace {

struct Keys {
    bool ctrl = false, shift = false, v = false;
};

// One frame of the window, and what ImGui saw down in it. `type` runs where GLFW delivers the
// keys, inside the window's event poll.
Keys frame(Window& window, const std::function<void()>& type = [] {}) {
    window.poll_events();
    type();
    window.begin_frame();
    const ImGuiIO& io = ImGui::GetIO();
    const Keys seen{io.KeyCtrl, io.KeyShift, io.KeysDown[GLFW_KEY_V]};
    window.render();
    return seen;
}

// Ctrl+Shift+V as a quick hand types it: Ctrl and Shift down in one frame; V tapped and all
// three let go before the next.
void press_modifiers(Window& window) {
    window.on_key(GLFW_KEY_LEFT_CONTROL, 0, GLFW_PRESS, GLFW_MOD_CONTROL);
    window.on_key(GLFW_KEY_LEFT_SHIFT, 0, GLFW_PRESS, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT);
}
void tap_v_and_let_go(Window& window) {
    window.on_key(GLFW_KEY_V, 0, GLFW_PRESS, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT);
    window.on_key(GLFW_KEY_V, 0, GLFW_RELEASE, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT);
    window.on_key(GLFW_KEY_LEFT_SHIFT, 0, GLFW_RELEASE, GLFW_MOD_CONTROL);
    window.on_key(GLFW_KEY_LEFT_CONTROL, 0, GLFW_RELEASE, 0);
}

std::unique_ptr<Window> open_window() {
    Result<std::unique_ptr<Window>> opened = Window::open({.width = 320, .height = 240, .fixed_size = true});
    EXPECT_TRUE(opened.ok()) << opened.error();
    if (!opened.ok()) return nullptr;
    // Other tests' windows on the same X server take the focus, which ImGui answers by letting
    // every key go: this window does not hear of focus, so that only the keys fed here count.
    glfwSetWindowFocusCallback(opened.value()->handle(), nullptr);
    return std::move(opened).value();
}

// The desktop: GLFW delivers the keys inside the window's event poll.
TEST(WindowKeys, AShortcutTypedWithinOnePollIsSeenWholeAtTheNextFrame) {
    const std::unique_ptr<Window> window = open_window();
    ASSERT_NE(window, nullptr);
    frame(*window, [&] { press_modifiers(*window); });
    const Keys down = frame(*window, [&] { tap_v_and_let_go(*window); });
    EXPECT_TRUE(down.ctrl && down.shift && down.v) << "ctrl " << down.ctrl << ", shift " << down.shift << ", V " << down.v;
    const Keys up = frame(*window);
    EXPECT_FALSE(up.ctrl || up.shift || up.v) << "ctrl " << up.ctrl << ", shift " << up.shift << ", V " << up.v;
}

// The browser: the page delivers the keys between two frames, before the next one polls.
TEST(WindowKeys, AShortcutTypedBetweenTwoFramesIsSeenWholeAtTheNext) {
    const std::unique_ptr<Window> window = open_window();
    ASSERT_NE(window, nullptr);
    press_modifiers(*window);
    frame(*window);
    tap_v_and_let_go(*window);
    const Keys down = frame(*window);
    EXPECT_TRUE(down.ctrl && down.shift && down.v) << "ctrl " << down.ctrl << ", shift " << down.shift << ", V " << down.v;
    const Keys up = frame(*window);
    EXPECT_FALSE(up.ctrl || up.shift || up.v) << "ctrl " << up.ctrl << ", shift " << up.shift << ", V " << up.v;
}

// Tapped and pressed again between two frames, and still held: down, and down the frame after.
TEST(WindowKeys, AKeyPressedAgainBeforeAFrameStaysDown) {
    const std::unique_ptr<Window> window = open_window();
    ASSERT_NE(window, nullptr);
    frame(*window);
    window->on_key(GLFW_KEY_V, 0, GLFW_PRESS, 0);
    window->on_key(GLFW_KEY_V, 0, GLFW_RELEASE, 0);
    window->on_key(GLFW_KEY_V, 0, GLFW_PRESS, 0);
    EXPECT_TRUE(frame(*window).v);
    EXPECT_TRUE(frame(*window).v);
    window->on_key(GLFW_KEY_V, 0, GLFW_RELEASE, 0);
    EXPECT_FALSE(frame(*window).v);
}

// Modifiers held down across frames are let go at once when no key was tapped meanwhile.
TEST(WindowKeys, AModifierHeldAcrossFramesIsReleasedInTheFrameItIsLetGo) {
    const std::unique_ptr<Window> opened = open_window();
    ASSERT_NE(opened, nullptr);
    Window& window = *opened;
    EXPECT_TRUE(frame(window, [&] { window.on_key(GLFW_KEY_LEFT_CONTROL, 0, GLFW_PRESS, GLFW_MOD_CONTROL); }).ctrl);
    EXPECT_TRUE(frame(window).ctrl);
    EXPECT_FALSE(frame(window, [&] { window.on_key(GLFW_KEY_LEFT_CONTROL, 0, GLFW_RELEASE, 0); }).ctrl);
}

}  // namespace
}  // namespace convviz::testing
