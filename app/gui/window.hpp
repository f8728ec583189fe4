// Window: the GLFW window with its OpenGL context (app/gui/platform.hpp: 3.3 core on the desktop,
// ES 3 in the browser) and Dear ImGui (GLFW + OpenGL3
// backends), the UI font (DejaVu Sans at the monitor's content scale, ImGui's own font when the
// file is missing; a CJK font merged in for the language menu's names and, in Chinese, for the
// Chinese table's characters), the
// theme, full screen, the cursor and files dropped on the window. It knows nothing of scenes or
// panels; the App drives it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "app/render/palette.hpp"
#include "core/i18n/lang.hpp"
#include "core/result.hpp"

struct GLFWwindow;

namespace convviz {

struct WindowParams {
    int x = -1;  // −1: where the window system puts it
    int y = -1;
    int width = 1440;
    int height = 860;
    bool fixed_size = false;  // screenshots: exactly width × height, whatever the monitor
    float font_scale = 1.0f;
    ThemeKind theme = ThemeKind::light;
    Lang lang = Lang::en;     // the UI font's glyphs: Chinese merges in a CJK font
};

struct Placement {
    int x = 0, y = 0, width = 0, height = 0;
};

class Window {
public:
    static Result<std::unique_ptr<Window>> open(const WindowParams& params);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    bool should_close() const;
    void request_close();
    void cancel_close();                       // a close the user is asked to confirm first
    void poll_events();
    void wait_events(double timeout_seconds);  // sleeps until input arrives or the timeout passes
    // Applies a pending font change and starts an ImGui frame. `feed_input`, when given, runs
    // between the backends' NewFrame and ImGui's, where the monkey test writes ImGui's input.
    void begin_frame(const std::function<void()>& feed_input = nullptr);
    void render();                             // ImGui's draw data into the back buffer
    void swap();

    void set_theme(ThemeKind theme);
    void set_font_scale(float scale);          // takes effect at the next begin_frame()
    float font_scale() const { return font_scale_; }
    // Chinese merges the CJK font (find_cjk_font()) into the UI font for exactly the characters of
    // the Chinese table; every language merges the language names' (简体中文). Takes effect at the next
    // begin_frame(). Returns the warning when there is no CJK font (Chinese then shows as '?').
    std::optional<std::string> set_lang(Lang lang);
    // How many characters of `lang`'s string table and of the language names the UI font would
    // draw as '?': 0 when the interface can show every word of that language.
    size_t missing_glyphs(Lang lang) const;
    const std::string& font_warning() const { return font_warning_; }  // after open() or begin_frame()

    // Full screen on the monitor the window is mostly on, and back to the window it was. A window
    // of fixed size (screenshots) keeps its size, so a presentation's screenshot is comparable.
    void set_fullscreen(bool on);
    bool fullscreen() const { return fullscreen_; }
    // True once when the screen left full screen by itself (the browser does on Esc).
    bool left_fullscreen();
    std::vector<std::string> take_dropped();   // files dropped on the window since the last call
    void drop(std::string path) { dropped_.push_back(std::move(path)); }  // as dropped: the browser's uploads
    void paste(const std::string& text);       // what the system's paste brought, for ImGui's paste
    // From GLFW, in front of ImGui's backend. ImGui 1.86 reads the keyboard as a state, once a
    // frame: a key pressed and released between two frames (a quick tap during a slow frame, as in
    // a software-rendered browser) would never be seen down. Its release, and every release after
    // it, waits until a frame has seen the key down.
    void on_key(int key, int scancode, int action, int mods);

    void resize(int width, int height);        // as a hand drags the window's edge (the monkey test)
    Placement placement() const;               // in screen coordinates, for the settings (full screen: the window's)
    void framebuffer_size(int& width, int& height) const;
    GLFWwindow* handle() const { return window_; }

private:
    Window() = default;
    void load_fonts();

    GLFWwindow* window_ = nullptr;
    bool imgui_ready_ = false;
    float content_scale_ = 1.0f;
    float font_scale_ = 1.0f;
    ThemeKind theme_ = ThemeKind::light;
    bool fonts_dirty_ = false;
    Lang lang_ = Lang::en;
    ImVector<ImWchar> glyph_ranges_;  // must outlive the font atlas build
    ImVector<ImWchar> cjk_ranges_;    // the same, for the merged CJK font
    std::string font_warning_;
    bool fixed_size_ = false;
    bool fullscreen_ = false;
    Placement windowed_;                       // where the window was before full screen
    std::vector<std::string> dropped_;
    struct HeldKey {
        int key = 0, scancode = 0, mods = 0;
    };
    void release_held_keys();
    void (*imgui_key_)(GLFWwindow*, int, int, int, int) = nullptr;  // the backend's key callback
    std::vector<int> pressed_;     // keys pressed since the last ImGui::NewFrame()
    std::vector<HeldKey> held_;    // releases kept until a frame has seen their keys down
};

}  // namespace convviz
