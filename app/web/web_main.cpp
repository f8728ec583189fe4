// The browser's entry point: opens the App, then gives App::frame() to the page's animation loop.
// The page (app/web/index.html) reaches the App through the functions below, each handed the
// App's address, which main() gives the page: an upload or a dropped file, a paste, a command, the
// settings to keep, and a small JSON state for the page's tests.
#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "app/gui/app.hpp"
#include "app/gui/commands.hpp"
#include "core/op.hpp"

namespace {

using convviz::App;

// clang-format off
EM_JS(void, page_started, (int app), { window.convvizPage.started(app); });
EM_JS(void, page_failed, (const char* message), { window.convvizPage.failed(UTF8ToString(message)); });
// clang-format on

App& app_at(int address) { return *reinterpret_cast<App*>(static_cast<uintptr_t>(address)); }

void frame(void* app) { static_cast<App*>(app)->frame(); }

// What the page's tests read: the scene, its output's shape, where the animation is, and what the
// interface shows.
std::string state_json(App& app) {
    using namespace convviz;
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
    state["status"] = ws.status;
    state["message"] = ws.message;
    state["missing_glyphs"] = app.window().missing_glyphs(ws.state.lang());
    int width = 0, height = 0;
    app.window().framebuffer_size(width, height);
    state["framebuffer"] = {width, height};
    state["canvas"] = {ws.canvas.placed.x, ws.canvas.placed.y, ws.canvas.placed.width, ws.canvas.placed.height};
    return state.dump();
}

}  // namespace

extern "C" {

// The page reads the string and frees it.
EMSCRIPTEN_KEEPALIVE char* convviz_state(int app) {
    const std::string text = state_json(app_at(app));
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy != nullptr) std::memcpy(copy, text.c_str(), text.size() + 1);
    return copy;
}

// A file the page uploaded (File → Open…) into the memory file system: opened as a dropped one.
EMSCRIPTEN_KEEPALIVE void convviz_open_file(int app, const char* path) { app_at(app).window().drop(path); }

EMSCRIPTEN_KEEPALIVE void convviz_paste(int app, const char* text) { app_at(app).window().paste(text); }

// A command by its id (app/gui/app_commands.cpp), as its menu item runs it; 0 when there is none
// or it is disabled.
EMSCRIPTEN_KEEPALIVE int convviz_run_command(int app, const char* id) {
    return app_at(app).workspace().commands.run(id) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void convviz_save_settings(int app) {
    App& a = app_at(app);
    a.save_session(a.settings_path(), std::cerr);
}

}  // extern "C"

int main() {
    convviz::Result<std::unique_ptr<App>> opened = convviz::App::open({}, {}, std::cerr);
    if (!opened) {
        std::cerr << "convviz: " << opened.error() << "\n";
        page_failed(opened.error().c_str());
        return 1;
    }
    // The page owns the App from here on: the browser calls frame() at the screen's pace for as
    // long as the page is open, and main() never returns.
    App* app = opened.value().release();
    page_started(static_cast<int>(reinterpret_cast<uintptr_t>(app)));
    emscripten_set_main_loop_arg(frame, app, 0, true);
    return 0;
}
