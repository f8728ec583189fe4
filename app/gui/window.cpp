#include "app/gui/window.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "app/gui/platform.hpp"
#include "app/gui/theme.hpp"
#include "app/render/glyph_atlas.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

void report_glfw_error(int code, const char* description) {
    std::fprintf(stderr, "convviz: GLFW error %d: %s\n", code, description);
}

constexpr float kBaseFontPixels = 16.0f;
constexpr float kImGuiFontPixels = 13.0f;  // ImGui's own font, when DejaVu Sans is missing
constexpr const char* kNoCjkFont = "no Chinese font found: install fonts-wqy-microhei";

Window* window_of(GLFWwindow* window) { return static_cast<Window*>(glfwGetWindowUserPointer(window)); }

void remember_drop(GLFWwindow* window, int count, const char** paths) {
    Window* w = window_of(window);
    if (w == nullptr) return;
    for (int i = 0; i < count; ++i) w->drop(paths[i]);
}

}  // namespace

Result<std::unique_ptr<Window>> Window::open(const WindowParams& params) {
    glfwSetErrorCallback(report_glfw_error);
    if (glfwInit() == GLFW_FALSE) {
        return Error{"cannot open a window: GLFW could not start (is there a display? try xvfb-run)"};
    }
    platform::window_hints(params.fixed_size);

    std::unique_ptr<Window> w(new Window());
    w->window_ = glfwCreateWindow(params.width, params.height, "ConvViz", nullptr, nullptr);
    if (w->window_ == nullptr) {
        glfwTerminate();
        return Error{"cannot open an OpenGL window (the driver refused the context)"};
    }
    if (params.x >= 0 && params.y >= 0 && !params.fixed_size) glfwSetWindowPos(w->window_, params.x, params.y);
    glfwShowWindow(w->window_);
    glfwMakeContextCurrent(w->window_);
    glfwSwapInterval(params.fixed_size ? 0 : 1);
    w->fixed_size_ = params.fixed_size;
    glfwSetWindowUserPointer(w->window_, w.get());
    glfwSetDropCallback(w->window_, remember_drop);

    w->content_scale_ = params.fixed_size ? 1.0f : std::clamp(platform::content_scale(w->window_), 1.0f, 4.0f);
    w->font_scale_ = params.font_scale;
    w->lang_ = params.lang;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // our own settings file holds what persists
    ImGui_ImplGlfw_InitForOpenGL(w->window_, true);
    // In front of the backend's key callback: see Window::on_key.
    w->imgui_key_ = glfwSetKeyCallback(w->window_, [](GLFWwindow* window, int key, int scancode, int action, int mods) {
        if (Window* self = window_of(window)) self->on_key(key, scancode, action, mods);
    });
    ImGui_ImplOpenGL3_Init(platform::imgui_glsl_version());
    platform::configure_imgui();
    w->imgui_ready_ = true;
    w->load_fonts();
    w->theme_ = params.theme;
    apply_imgui_theme(params.theme, w->content_scale_ * w->font_scale_);
    return w;
}

Window::~Window() {
    if (imgui_ready_) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (window_ != nullptr) glfwDestroyWindow(window_);
    glfwTerminate();
}

void Window::load_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    font_warning_.clear();
    const float pixels = std::round(kBaseFontPixels * content_scale_ * font_scale_);
    const std::string path = find_canvas_font();
    ImFont* font = nullptr;
    if (!path.empty()) {
        glyph_ranges_.clear();
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
        builder.AddText("·−×²³ᵀ⌊⌋⌈⌉→←↔≤≥≠…°Σσ∑√∞–—•▶‖");
        for (const StringEntry& entry : string_table(Lang::en)) builder.AddText(entry.text.data(), entry.text.data() + entry.text.size());
        static constexpr ImWchar kGreek[] = {0x0370, 0x03FF, 0};  // constant table, not state
        builder.AddRanges(kGreek);
        builder.BuildRanges(&glyph_ranges_);
        font = io.Fonts->AddFontFromFileTTF(path.c_str(), pixels, nullptr, glyph_ranges_.Data);
    }
    if (font == nullptr) {
        font_warning_ = "DejaVu Sans not found (install fonts-dejavu-core); using ImGui's built-in font";
        ImFontConfig config;
        config.SizePixels = std::round(kImGuiFontPixels * content_scale_ * font_scale_);
        io.Fonts->AddFontDefault(&config);
    }
    // The CJK font merged in: the Chinese table's characters in Chinese, and in every language the
    // language menu's names (简体中文), which would otherwise show as "????" in English.
    const std::string cjk = find_cjk_font();
    const auto warn = [&](const std::string& warning) {
        // The warning stays in English: it is shown exactly when Chinese cannot be drawn.
        if (lang_ == Lang::zh) font_warning_ += (font_warning_.empty() ? "" : "; ") + warning;
    };
    if (cjk.empty()) {
        warn(kNoCjkFont);
    } else {
        cjk_ranges_.clear();
        ImFontGlyphRangesBuilder builder;
        for (Lang named : kLanguages) builder.AddText(native_name(named));
        if (lang_ == Lang::zh) {
            for (const StringEntry& entry : string_table(Lang::zh)) {
                builder.AddText(entry.text.data(), entry.text.data() + entry.text.size());
            }
        }
        builder.BuildRanges(&cjk_ranges_);
        ImFontConfig config;
        config.MergeMode = true;  // into the font above; the glyphs it has stay its own
        config.FontNo = chinese_face(cjk);  // of a .ttc, the Simplified Chinese face
        config.OversampleH = 1;   // hundreds of characters: a smaller texture (ImGui's advice for CJK)
        config.PixelSnapH = true;
        const float size = font != nullptr ? pixels : std::round(kImGuiFontPixels * content_scale_ * font_scale_);
        if (io.Fonts->AddFontFromFileTTF(cjk.c_str(), size, &config, cjk_ranges_.Data) == nullptr) {
            warn("cannot read the Chinese font " + cjk);
        }
    }
    fonts_dirty_ = false;
}

size_t Window::missing_glyphs(Lang lang) const {
    const ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    if (font == nullptr) return table_code_points(lang).size();
    size_t missing = 0;
    const auto count = [&](char32_t c) {
        if (c > 0xFFFF || font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) ++missing;
    };
    for (char32_t c : table_code_points(lang)) count(c);
    // The language menu names every language in its own script, whatever the interface's.
    for (Lang named : kLanguages) {
        const std::string_view label = native_name(named);
        for (size_t pos = 0; pos < label.size();) count(next_code_point(label, pos));
    }
    return missing;
}

std::optional<std::string> Window::set_lang(Lang lang) {
    if (lang == lang_) return std::nullopt;
    lang_ = lang;
    fonts_dirty_ = true;
    if (lang == Lang::zh && find_cjk_font().empty()) return std::string(kNoCjkFont);
    return std::nullopt;
}

bool Window::should_close() const { return glfwWindowShouldClose(window_) != 0; }
void Window::request_close() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }
void Window::cancel_close() { glfwSetWindowShouldClose(window_, GLFW_FALSE); }

void Window::set_fullscreen(bool on) {
    if (on == fullscreen_) return;
    fullscreen_ = on;
    if (fixed_size_) return;
    platform::set_fullscreen(window_, on, windowed_);
}

bool Window::left_fullscreen() {
    if (!fullscreen_ || platform::still_fullscreen(window_, fullscreen_)) return false;
    fullscreen_ = false;
    return true;
}

std::vector<std::string> Window::take_dropped() { return std::exchange(dropped_, {}); }
void Window::paste(const std::string& text) { glfwSetClipboardString(window_, text.c_str()); }
void Window::on_key(int key, int scancode, int action, int mods) {
    if (action == GLFW_PRESS) {
        pressed_.push_back(key);
        // Down again before its release was shown: it stays down.
        std::erase_if(held_, [key](const HeldKey& k) { return k.key == key; });
    }
    // A key pressed since the last frame began is released after the next frame has seen it,
    // and so is every key released after it: Ctrl+Shift+V typed between two frames keeps Ctrl
    // and Shift down while V is. The browser delivers keys between frames, the desktop inside
    // poll_events(): both before begin_frame().
    const bool unseen = std::find(pressed_.begin(), pressed_.end(), key) != pressed_.end();
    if (action == GLFW_RELEASE && (unseen || !held_.empty())) {
        held_.push_back({key, scancode, mods});
        return;
    }
    if (imgui_key_ != nullptr) imgui_key_(window_, key, scancode, action, mods);
}

void Window::release_held_keys() {
    for (const HeldKey& k : std::exchange(held_, {})) {
        if (imgui_key_ != nullptr) imgui_key_(window_, k.key, k.scancode, GLFW_RELEASE, k.mods);
    }
}

void Window::poll_events() { glfwPollEvents(); }

void Window::wait_events(double timeout_seconds) { platform::wait_for_input(timeout_seconds); }

void Window::begin_frame(const std::function<void()>& feed_input) {
    platform::follow_page(window_);
    if (!fixed_size_) {
        const float scale = std::clamp(platform::content_scale(window_), 1.0f, 4.0f);
        if (scale != content_scale_) {  // the window moved to another screen, or the page was zoomed
            content_scale_ = scale;
            fonts_dirty_ = true;
        }
    }
    if (fonts_dirty_) {
        load_fonts();
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        apply_imgui_theme(theme_, content_scale_ * font_scale_);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (feed_input) feed_input();
    ImGui::NewFrame();
    pressed_.clear();  // this frame has seen them
}

void Window::render() {
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    release_held_keys();  // seen down by this frame: up for the next
}

void Window::swap() { glfwSwapBuffers(window_); }

void Window::set_theme(ThemeKind theme) {
    if (theme == theme_) return;  // the App shows its theme every frame
    theme_ = theme;
    apply_imgui_theme(theme, content_scale_ * font_scale_);
}

void Window::set_font_scale(float scale) {
    if (scale == font_scale_) return;
    font_scale_ = scale;
    fonts_dirty_ = true;
}

void Window::resize(int width, int height) { glfwSetWindowSize(window_, width, height); }

Placement Window::placement() const {
    Placement p = windowed_;  // full screen: the window's own place, not the monitor's
    if (!fullscreen_ || fixed_size_) {
        glfwGetWindowPos(window_, &p.x, &p.y);
        glfwGetWindowSize(window_, &p.width, &p.height);
    }
    // GLFW_SCALE_TO_MONITOR scales the size asked for at start-up: keep it unscaled, or the
    // window would grow by the content scale at every launch.
    p.width = static_cast<int>(std::lround(static_cast<float>(p.width) / content_scale_));
    p.height = static_cast<int>(std::lround(static_cast<float>(p.height) / content_scale_));
    return p;
}

void Window::framebuffer_size(int& width, int& height) const { glfwGetFramebufferSize(window_, &width, &height); }

}  // namespace convviz
