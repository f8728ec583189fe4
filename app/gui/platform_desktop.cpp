// The desktop's side of app/gui/platform.hpp: GLFW 3.3 with an OpenGL 3.3 core context, the
// monitor's content scale and video mode, the file system through the app's own file dialog.
#include "app/gui/platform.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "app/gui/file_dialog.hpp"
#include "app/gui/window.hpp"

namespace convviz::platform {

namespace {

// The monitor holding the window's centre; the primary one when none does.
GLFWmonitor* monitor_of(GLFWwindow* window) {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetWindowPos(window, &x, &y);
    glfwGetWindowSize(window, &w, &h);
    const int cx = x + w / 2, cy = y + h / 2;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (mode != nullptr && cx >= mx && cx < mx + mode->width && cy >= my && cy < my + mode->height) {
            return monitors[i];
        }
    }
    return glfwGetPrimaryMonitor();
}

}  // namespace

void window_hints(bool fixed_size) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, fixed_size ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, fixed_size ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
}

const char* imgui_glsl_version() { return "#version 330 core"; }

float content_scale(GLFWwindow* window) {
    float sx = 1.0f, sy = 1.0f;
    glfwGetWindowContentScale(window, &sx, &sy);
    return std::max(sx, sy);
}

void follow_page(GLFWwindow*) {}  // a desktop window has the size its user gives it

void set_fullscreen(GLFWwindow* window, bool on, Placement& windowed) {
    if (on) {
        glfwGetWindowPos(window, &windowed.x, &windowed.y);
        glfwGetWindowSize(window, &windowed.width, &windowed.height);
        GLFWmonitor* monitor = monitor_of(window);
        const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
        if (mode != nullptr) glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window, nullptr, windowed.x, windowed.y, windowed.width, windowed.height, 0);
    }
}

bool still_fullscreen(GLFWwindow*, bool asked) { return asked; }  // only the app leaves it

void configure_imgui() {}  // ImGui's GLFW backend does it all: clipboard, cursors

void wait_for_input(double timeout_seconds) { glfwWaitEventsTimeout(timeout_seconds); }
void sleep_until(std::chrono::steady_clock::time_point due) { std::this_thread::sleep_until(due); }
bool keeps_files() { return true; }
bool can_quit() { return true; }
bool open_clipboard_link_later(const char*) { return false; }
bool can_start_programs() { return true; }
bool fonts_ready(Lang) { return true; }  // the system's fonts, or a warning that one is missing

std::optional<std::string> ask_for_file(const FileRequest& request, FileDialog& dialog) {
    dialog.open(request.saving ? FileDialog::Mode::save : FileDialog::Mode::open, request.title, request.extensions,
                request.start);
    return std::nullopt;
}

std::string files_folder() {
    std::error_code error;
    return std::filesystem::current_path(error).string();
}

void written(const std::string&) {}
void settings_written(const std::string&) {}

}  // namespace convviz::platform
