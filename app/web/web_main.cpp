// The browser's entry point: opens the App, then gives App::frame() to the page's animation loop.
// The page (app/web/page.js) reaches the App through the functions below, each handed the address
// of the Page that main() gives it: an upload or a dropped file, a paste, a command, the settings
// to keep, and a small JSON state (with the frames' times) for the page's tests.
#include <emscripten.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/gui/actions.hpp"
#include "app/gui/app.hpp"
#include "app/gui/commands.hpp"
#include "core/limits.hpp"
#include "core/op.hpp"

namespace {

using convviz::App;
using Clock = std::chrono::steady_clock;

// The frames' times kept for the state: the last few seconds' worth.
constexpr size_t kTimedFrames = 240;
// How often the address bar is brought up to date with the scene, in frames.
constexpr size_t kAddressEvery = 15;
// The longest link the address bar is given: browsers take about this much and more, and a scene
// whose values make it longer (a picture's) keeps a bare address; File → Copy link still copies
// the whole link.
constexpr size_t kLongestAddressFragment = 64 * 1024;

// What the address bar was last brought up to date with: a new scene, or a new moment while paused.
struct AddressKey {
    int64_t revision = -1;
    double t = -1.0;  // −1: playing (the link has no moment)
    bool operator==(const AddressKey&) const = default;
};

struct Page {
    std::unique_ptr<App> app;
    std::vector<double> frame_ms;  // App::frame()'s own time, the newest last
    size_t frames = 0;
    std::string fragment;          // the scene's link, as the address bar shows it
    AddressKey shown;
};

std::string take_string(char* text) {
    std::string copy = text != nullptr ? text : "";
    std::free(text);
    return copy;
}

// clang-format off
EM_JS(void, page_started, (int page, double file_bytes), { window.convvizPage.started(page, file_bytes); });
// One of the page's strings, by the name of its function: "address", its address without the
// fragment (the base of the links File → Copy link makes), or "fragment", the part after '#'.
EM_JS(char*, page_string, (const char* name), {
    const value = window.convvizPage[UTF8ToString(name)]();
    const size = lengthBytesUTF8(value) + 1;
    const text = _malloc(size);
    stringToUTF8(value, text, size);
    return text;
});
// The address bar follows the scene, so that it can be copied as a link at any moment.
EM_JS(void, page_show_fragment, (const char* fragment), {
    window.convvizPage.showFragment(UTF8ToString(fragment));
});
EM_JS(void, page_first_frame, (), { window.convvizPage.firstFrame(); });
EM_JS(void, page_failed, (const char* message), { window.convvizPage.failed(UTF8ToString(message)); });
// clang-format on

Page& page_at(int address) { return *reinterpret_cast<Page*>(static_cast<uintptr_t>(address)); }
App& app_at(int address) { return *page_at(address).app; }

void frame(void* address) {
    Page& page = *static_cast<Page*>(address);
    const Clock::time_point begin = Clock::now();
    page.app->frame();
    if (page.frame_ms.empty()) page_first_frame();
    const convviz::AppState& state = page.app->workspace().state;
    const AddressKey key{state.revision(), state.playback().playing ? -1.0 : state.playback().t};
    if (page.frames++ % kAddressEvery == 0 && key != page.shown) {
        page.shown = key;
        const std::string link = convviz::scene_address(page.app->workspace());
        std::string fragment = link.substr(link.find('#') + 1);
        if (fragment.size() > kLongestAddressFragment) fragment.clear();
        if (fragment != page.fragment) {
            page_show_fragment(fragment.c_str());
            page.fragment = fragment;
        }
    }
    if (page.frame_ms.size() == kTimedFrames) page.frame_ms.erase(page.frame_ms.begin());
    page.frame_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
}

double median(std::vector<double> values) {
    if (values.empty()) return 0.0;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// What the page's tests read: the scene, its output's shape, where the animation is, and what the
// interface shows.
std::string state_json(Page& page) {
    using namespace convviz;
    App& app = *page.app;
    Workspace& ws = app.workspace();
    const Scene& scene = ws.state.scene();
    nlohmann::json state;
    state["op"] = op_name(scene.params);
    state["input"] = scene.tensors.input.shape();
    Result<OpInputs> inputs = op_inputs(scene);
    if (inputs && !validate(scene.params, shapes_of(inputs.value()))) {
        state["output"] = output_shape(scene.params, shapes_of(inputs.value()));
    }
    state["view"] = name(scene.view.kind);
    state["t"] = ws.state.playback().t;
    state["playing"] = ws.state.playback().playing;
    state["lang"] = code(ws.state.lang());
    state["theme"] = name(shown_theme(ws));
    state["presenting"] = ws.present.on;
    state["lesson_scene"] = ws.lesson.lesson ? static_cast<int64_t>(ws.lesson.at) + 1 : 0;
    state["pending"] = ws.state.pending();
    state["exporting"] = ws.exporting.running();
    state["export_dialog"] = ws.exporting.visible();
    state["unsaved"] = ws.doc.dirty(ws.state);
    state["paste_text"] = ws.paste.text;
    state["status"] = ws.status;
    state["message"] = ws.message;
    state["missing_glyphs"] = app.window().missing_glyphs(ws.state.lang());
    int width = 0, height = 0;
    app.window().framebuffer_size(width, height);
    state["framebuffer"] = {width, height};
    state["canvas"] = {ws.canvas.placed.x, ws.canvas.placed.y, ws.canvas.placed.width, ws.canvas.placed.height};
    state["frame_ms_median"] = median(page.frame_ms);
    state["frames_timed"] = page.frame_ms.size();
    return state.dump();
}

}  // namespace

extern "C" {

// The page reads the string and frees it.
EMSCRIPTEN_KEEPALIVE char* convviz_state(int page) {
    const std::string text = state_json(page_at(page));
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy != nullptr) std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}

// A file the page uploaded (File → Open…) into the memory file system: opened as a dropped one.
EMSCRIPTEN_KEEPALIVE void convviz_open_file(int page, const char* path) { app_at(page).window().drop(path); }

EMSCRIPTEN_KEEPALIVE void convviz_paste(int page, const char* text) { app_at(page).window().paste(text); }

// A command by its id (app/gui/app_commands.cpp), as its menu item runs it; 0 when there is none
// or it is disabled.
EMSCRIPTEN_KEEPALIVE int convviz_run_command(int page, const char* id) {
    return app_at(page).workspace().commands.run(id) ? 1 : 0;
}

// The address's fragment changed (a link pasted into the address bar, Back): its scene opens as a new
// document, or the message says why it cannot.
EMSCRIPTEN_KEEPALIVE void convviz_open_link(int page, const char* text) {
    Page& p = page_at(page);
    if (text == p.fragment) return;  // the page's own update of the address bar
    p.fragment = text;
    convviz::open_link(p.app->workspace(), text);
}

// File → Open link's text, once the browser let the page read the clipboard.
EMSCRIPTEN_KEEPALIVE void convviz_open_copied_link(int page, const char* text) {
    convviz::open_link(app_at(page).workspace(), text);
}

EMSCRIPTEN_KEEPALIVE void convviz_save_settings(int page) {
    App& a = app_at(page);
    a.save_session(a.settings_path(), std::cerr);
}

}  // extern "C"

int main() {
    // A link in the page's address opens its scene; a damaged or newer one the default scene, with
    // the message, as on the desktop's command line.
    convviz::AppOptions options;
    options.link = take_string(page_string("fragment"));
    convviz::Result<std::unique_ptr<App>> opened = convviz::App::open(options, {}, std::cerr);
    if (!opened) {
        std::cerr << "convviz: " << opened.error() << "\n";
        page_failed(opened.error().c_str());
        return 1;
    }
    // The page owns the App from here on: the browser calls frame() at the screen's pace for as
    // long as the page is open, and main() never returns.
    Page* page = new Page{.app = std::move(opened).value()};
    page->app->workspace().site_url = take_string(page_string("address"));
    page_started(static_cast<int>(reinterpret_cast<uintptr_t>(page)),
                 static_cast<double>(convviz::text_limits.file_bytes));
    emscripten_set_main_loop_arg(frame, page, 0, true);
    return 0;
}
