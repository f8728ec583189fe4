// The monkey test's hand (convviz --monkey SEED): a seeded generator of random but valid-looking
// input, one frame at a time — clicks aimed at the panels, the menu bar, the playback bar and the
// canvas, slider drags over several frames, the wheel, the app's shortcut keys, typing into value
// cells, menus opened and items chosen, export dialogs started and cancelled half-way.
// It knows rectangles on screen, not the app: the app says where things are (MonkeyScreen, which
// read_screen() takes from ImGui) and carries out the few requests that have no place on screen
// (MonkeyRequest). feed_imgui() writes a frame's input into ImGui's legacy input arrays (1.86).
// The generator itself needs no ImGui context and no display, so its tests run anywhere.
//
// Use, once a frame, after the GLFW backend's NewFrame and before ImGui::NewFrame:
//     MonkeyInput input = monkey.next(read_screen(names));
//     feed_imgui(input, ImGui::GetIO());
//     ...the app presses input.key through its own shortcut handling, runs input.request
#pragma once

#include <cstdint>
#include <deque>
#include <random>
#include <string>

struct ImGuiIO;

namespace convviz {

struct MonkeyRect {
    float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f;
    bool empty() const { return w <= 0.0f || h <= 0.0f; }
};

// Where things are, as the last frame left them. An empty rectangle: not on screen.
struct MonkeyScreen {
    float width = 1280.0f;       // the window
    float height = 720.0f;
    MonkeyRect menu_bar;         // the app's panels (their content, where the widgets are)
    MonkeyRect setup;
    MonkeyRect explain;
    MonkeyRect playback;
    MonkeyRect canvas;
    MonkeyRect front;            // the front-most dialog, popup or open menu; empty: none
    bool modal = false;          // `front` is a modal: nothing behind it takes a click
    bool over_item = false;      // the mouse was over a widget
    bool typing = false;         // a text field has the keyboard
};

// What the app does for the monkey where no click would do it reliably.
enum class MonkeyRequest {
    none,
    preset,        // open preset number `pick` (modulo their count), as the Presets menu does
    view,          // show view number `pick` of the scene's views, as the view combo does
    language,      // language number `pick`, as View → Language does
    theme,         // theme number `pick`, as the View menu does
    predict,       // predict mode on or off, as the View menu does
    resize,        // the window to a size from `pick`, as a hand drags its edge
    name_export,   // a new file name (its extension: the format) and a size in the Export dialog
    start_export,  // the Export dialog's Export button
    cancel_export, // the Export dialog's Cancel button
};

// One frame's input, in window pixels and GLFW key codes.
struct MonkeyInput {
    float mouse_x = 0.0f;
    float mouse_y = 0.0f;
    bool mouse_down[3] = {};     // left, right, middle
    float wheel = 0.0f;          // notches, + away from the user
    int key = -1;                // a GLFW key held down this frame; −1: none
    bool key_pressed = false;    // `key` went down this frame (held on, it repeats as ImGui sees fit)
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
    std::string text;            // characters typed this frame (ASCII)
    MonkeyRequest request = MonkeyRequest::none;
    uint32_t pick = 0;           // for a request that chooses: which preset, view, size, ...
};

// What happened during a run: the generator's own actions, and what the app saw (the app adds
// the counts after `typed`).
struct MonkeyCounts {
    int64_t frames = 0;
    int64_t clicks = 0;
    int64_t drags = 0;
    int64_t wheels = 0;
    int64_t keys = 0;
    int64_t typed = 0;              // characters
    int64_t menus = 0;              // menus opened from the menu bar
    int64_t exports_started = 0;
    int64_t exports_cancelled = 0;
    int64_t presets = 0;            // preset switches, by any route
    int64_t views = 0;              // view switches, by any route
    int64_t quits_refused = 0;
};

// What a frame's input does, in a few words ("down left 310,42 ctrl", "key 262", "type \"1.5\"",
// "request preset 93417"); empty when it only moves the mouse or lets go. A run logs these, so
// that the last lines before a crash say what led to it.
std::string describe(const MonkeyInput& input);

// The counts and the median and longest frame times in one line, for the end of a run.
std::string summary(const MonkeyCounts& counts, double median_frame_ms, double max_frame_ms);

struct MonkeyParams {
    uint32_t seed = 20261122;
};

class Monkey {
public:
    explicit Monkey(const MonkeyParams& params = {});
    MonkeyInput next(const MonkeyScreen& screen);  // this frame's input; counts it
    const MonkeyCounts& counts() const { return counts_; }
    MonkeyCounts& counts() { return counts_; }      // the app adds what it saw

    // Where on screen an aim points: a panel (or the front dialog) and a place within it, as
    // fractions of its width and height. Resolved when its frame comes, against that frame's
    // screen, so a menu's items are aimed at once the menu is open.
    enum class Region {
        stay, window, menu_bar, menu_titles, setup, explain, playback, canvas, front, front_bottom, front_close
    };
    struct Aim {
        Region region = Region::stay;
        float fx = 0.5f;
        float fy = 0.5f;
    };

private:
    struct Step {
        Aim aim;
        float dx = 0.0f, dy = 0.0f;  // then moved by this much (a drag's stride)
        bool down[3] = {};
        bool on_item = false;        // press only over a widget: until then, aim again (a few times)
        float wheel = 0.0f;
        int key = -1;
        bool key_pressed = false;
        bool ctrl = false, shift = false, alt = false;
        std::string text;
        MonkeyRequest request = MonkeyRequest::none;
        uint32_t pick = 0;
    };

    void plan(const MonkeyScreen& screen);  // queues the frames of the next action
    float uniform(float lo, float hi);
    int between(int lo, int hi);            // inclusive
    bool chance(double p);
    Aim aim_at(Region region);
    Region panel_for_clicks(const MonkeyScreen& screen);
    void click(const Aim& aim, bool on_item, bool ctrl = false, int count = 1);
    void drag(const MonkeyScreen& screen);
    void press(int key, bool ctrl = false, bool shift = false);
    void type_into_cell(const MonkeyScreen& screen);
    void open_menu();
    void export_half_way();

    std::mt19937 rng_;
    std::deque<Step> steps_;
    Region last_region_ = Region::window;
    int retries_ = 0;
    float mouse_x_ = 0.0f;
    float mouse_y_ = 0.0f;
    MonkeyCounts counts_;
};

// Where the app's windows are, from ImGui's own records (imgui_internal.h) of the last frame.
// Call between the backend's NewFrame and ImGui::NewFrame. The names are the panels' ImGui
// window names.
struct PanelNames {
    const char* setup = "Setup";
    const char* explain = "Explain";
    const char* playback = "Playback";
    const char* canvas = "Canvas";
    const char* dialogs[2] = {"###Export", "###predict"};  // windows over the others, not popups; front first
};
MonkeyScreen read_screen(const PanelNames& names = {});

// Writes `input` into ImGui's input (mouse, buttons, wheel, keys and modifiers, characters).
void feed_imgui(const MonkeyInput& input, ImGuiIO& io);

}  // namespace convviz
