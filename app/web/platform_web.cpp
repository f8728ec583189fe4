// The browser's side of app/gui/platform.hpp: emscripten's GLFW over a WebGL 2 canvas that covers
// the page, the page's full screen and clipboard, files uploaded through the page's file picker and
// downloaded through a link, the settings in the page's localStorage. The JavaScript it calls is
// the page's own (app/web/index.html, window.convvizPage); this file is the only C++ that knows it.
#include "app/gui/platform.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <filesystem>

#include "app/gui/window.hpp"

namespace convviz::platform {

namespace {

// clang-format off
EM_JS(void, page_fullscreen, (int on), { window.convvizPage.fullscreen(on !== 0); });
EM_JS(int, page_left_fullscreen, (), { return window.convvizPage.leftFullscreen() ? 1 : 0; });
EM_JS(void, page_copy, (const char* text), { window.convvizPage.copy(UTF8ToString(text)); });
EM_JS(void, page_pick_file, (const char* accept), { window.convvizPage.pickFile(UTF8ToString(accept)); });
EM_JS(void, page_download, (const char* path), { window.convvizPage.download(UTF8ToString(path)); });
EM_JS(void, page_open_clipboard_link, (const char* now), { window.convvizPage.openLinkFromClipboard(UTF8ToString(now)); });
EM_JS(int, page_fonts_ready, (const char* lang), { return window.convvizPage.fontsReady(UTF8ToString(lang)) ? 1 : 0; });
// emscripten's glfwSetWindowSize leaves full screen for any size but the screen's: the canvas'
// drawing buffer and GLFW's idea of the window are set here instead.
EM_JS(void, size_canvas, (int width, int height), {
    Module.canvas.width = width;
    Module.canvas.height = height;
    if (GLFW.active) {
        GLFW.active.width = width;
        GLFW.active.height = height;
    }
});
EM_JS(void, show_cursor, (const char* css), { Module.canvas.style.cursor = UTF8ToString(css); });
EM_JS(void, page_keep_settings, (const char* path), { window.convvizPage.keepSettings(UTF8ToString(path)); });
// clang-format on

// Where a saved or exported file is written before the page hands it to the user.
constexpr const char* kDownloads = "/downloads/";

}  // namespace

void window_hints(bool) {
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
}

const char* imgui_glsl_version() { return "#version 300 es"; }

float content_scale(GLFWwindow*) { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

void follow_page(GLFWwindow* window) {
    // The page's stylesheet sizes the canvas to the page in CSS pixels; its drawing buffer is that
    // times the device pixel ratio, so that text is sharp on a HiDPI screen.
    double css_width = 0.0, css_height = 0.0;
    if (emscripten_get_element_css_size("#canvas", &css_width, &css_height) != EMSCRIPTEN_RESULT_SUCCESS) return;
    const double ratio = emscripten_get_device_pixel_ratio();
    const int width = std::max(1, static_cast<int>(std::lround(css_width * ratio)));
    const int height = std::max(1, static_cast<int>(std::lround(css_height * ratio)));
    int now_width = 0, now_height = 0;
    glfwGetWindowSize(window, &now_width, &now_height);
    if (width != now_width || height != now_height) size_canvas(width, height);
    // ImGui's cursor as the page's (emscripten's GLFW has no cursor shapes; ImGui is told not to ask).
    const char* css = "default";
    switch (ImGui::GetMouseCursor()) {
        case ImGuiMouseCursor_None: css = "none"; break;
        case ImGuiMouseCursor_TextInput: css = "text"; break;
        case ImGuiMouseCursor_Hand: css = "pointer"; break;
        case ImGuiMouseCursor_ResizeAll: css = "move"; break;
        case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
        case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
        case ImGuiMouseCursor_ResizeNESW: css = "nesw-resize"; break;
        case ImGuiMouseCursor_ResizeNWSE: css = "nwse-resize"; break;
        case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
        default: break;
    }
    show_cursor(css);
}

void set_fullscreen(GLFWwindow*, bool on, Placement&) { page_fullscreen(on ? 1 : 0); }

bool still_fullscreen(GLFWwindow*, bool asked) {
    // Only a full screen the page had and lost ends the presentation: one the browser refused (no
    // key or click just before) leaves it presenting in the page.
    return asked && page_left_fullscreen() == 0;
}

void configure_imgui() {
    // ImGui's copy goes to the system clipboard through the page. Its paste reads what the page's
    // paste event last brought (Window::paste), since a page may not read the clipboard unasked.
    // The cursor's shape is the page's (follow_page), never GLFW's.
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.SetClipboardTextFn = [](void* window, const char* text) {
        glfwSetClipboardString(static_cast<GLFWwindow*>(window), text);  // for ImGui's own paste
        page_copy(text);
    };
}

void wait_for_input(double) {}
void sleep_until(std::chrono::steady_clock::time_point) {}

bool keeps_files() { return false; }
bool can_quit() { return false; }
bool open_clipboard_link_later(const char* now) {
    page_open_clipboard_link(now);
    return true;
}
bool can_start_programs() { return false; }

bool fonts_ready(Lang lang) { return page_fonts_ready(code(lang)) != 0; }

std::optional<std::string> ask_for_file(const FileRequest& request, FileDialog&) {
    if (!request.saving) {
        std::string accept;
        for (const std::string& extension : request.extensions) accept += (accept.empty() ? "" : ",") + extension;
        page_pick_file(accept.c_str());
        return std::nullopt;  // the upload arrives as a dropped file
    }
    std::error_code error;
    std::filesystem::create_directories(kDownloads, error);
    std::string name = std::filesystem::path(request.start).filename().string();
    if (name.empty()) name = "convviz" + (request.extensions.empty() ? std::string() : request.extensions.front());
    return kDownloads + name;
}

std::string files_folder() {
    std::error_code error;
    std::filesystem::create_directories(kDownloads, error);
    return kDownloads;
}

void written(const std::string& path) { page_download(path.c_str()); }

void settings_written(const std::string& path) { page_keep_settings(path.c_str()); }

}  // namespace convviz::platform
