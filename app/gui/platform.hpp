// What differs between the desktop and the browser, and nothing else: the window's context and
// pixels, full screen, the clipboard, threads, and where files come from and go to. Each side
// implements it in a file of its own: app/gui/platform_desktop.cpp (GLFW 3.3, the file system,
// threads) and app/web/platform_web.cpp (emscripten's GLFW, the page, uploads and downloads).
// Nothing else in app/ asks which side it is on.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"

struct GLFWwindow;

namespace convviz {

class FileDialog;
struct Placement;

namespace platform {

// The window.
void window_hints(bool fixed_size);         // before glfwCreateWindow: the GL context asked for
const char* imgui_glsl_version();            // for ImGui's OpenGL3 backend
float content_scale(GLFWwindow* window);     // device pixels per unit of the window's size
// The browser's canvas follows the page's size and device pixel ratio (called once a frame).
void follow_page(GLFWwindow* window);
// Full screen and back; `windowed` keeps the window's place while it is full screen.
void set_fullscreen(GLFWwindow* window, bool on, Placement& windowed);
// Whether the screen is still full screen: the browser leaves it on Esc by itself.
bool still_fullscreen(GLFWwindow* window, bool asked);
void configure_imgui();  // ImGui's copy and paste reach the system's clipboard; its cursors show
// File → Open link reads the system clipboard. The desktop reads it at once: false, and the caller
// opens `now` (ImGui's clipboard). The browser may only ask for it: true, and the page opens the
// text when the browser gives it (`now` if it will not).
bool open_clipboard_link_later(const char* now);

// The frame's pace: the desktop sleeps until input comes or the next frame is due; in the browser
// both return at once (the page calls each frame at the screen's pace, and must never block).
void wait_for_input(double timeout_seconds);
void sleep_until(std::chrono::steady_clock::time_point due);
// Files stay where they were opened from, for Open recent: on the desktop; a page's are uploads.
bool keeps_files();
// The app can end itself (File → Quit): a desktop app; a page is closed by its browser.
bool can_quit();
// Programs can be started (MP4 export runs ffmpeg): on the desktop.
bool can_start_programs();
// The fonts `lang` needs are at hand. The browser loads the Chinese font only when Chinese is
// chosen: it answers false and starts loading it, then runs the language's command again.
bool fonts_ready(Lang lang);

// Files. What the user is asked for: a file to open (it arrives as a dropped file does, through
// the Host) or a name to save under.
struct FileRequest {
    bool saving = false;
    std::string title;
    std::vector<std::string> extensions;  // the first is a saved file's
    std::string start;                    // a file or folder to start from; for a save, its name
};
// The desktop opens `dialog`; the browser opens its own file picker, or for a save answers at
// once with a path in its memory file system, which written() then hands to the user.
std::optional<std::string> ask_for_file(const FileRequest& request, FileDialog& dialog);
// Where files are written when the user names none (an export's first name): the working folder;
// in the browser, the folder its downloads are made from.
std::string files_folder();
// A file the user asked for was written at `path`: the browser downloads it (a folder of files
// as one .zip). The desktop has nothing to do: the file is where the user put it.
void written(const std::string& path);
// The settings file was written: the browser keeps it in the page's storage.
void settings_written(const std::string& path);

}  // namespace platform
}  // namespace convviz
