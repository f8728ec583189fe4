#include "app/gui/dev/monkey.hpp"

#include <imgui.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace convviz {

// -----------------------------------------------------------------------------------------------
// [SECTION] Index
// - Choices: the random draws (own arithmetic over mt19937's words, so a seed means the same
//   run with any standard library)
// - Actions: what a frame-by-frame plan of each kind of action looks like
// - Frames: resolving a step against the screen of its frame
// -----------------------------------------------------------------------------------------------

namespace {

// A key with how often the monkey presses it, and what it types when pressed without Ctrl.
struct KeyChoice {
    int key;
    float weight;
    bool ctrl = false;
    bool shift = false;
    char typed = 0;
};

// The app's shortcuts and clicker keys first, then what a user presses in a dialog or a field.
constexpr KeyChoice kKeys[] = {
    {GLFW_KEY_SPACE, 8, false, false, ' '},
    {GLFW_KEY_RIGHT, 8},
    {GLFW_KEY_LEFT, 6},
    {GLFW_KEY_UP, 2},
    {GLFW_KEY_DOWN, 2},
    {GLFW_KEY_HOME, 3},
    {GLFW_KEY_END, 3},
    {GLFW_KEY_PAGE_UP, 3},
    {GLFW_KEY_PAGE_DOWN, 4},
    {GLFW_KEY_F5, 3},
    {GLFW_KEY_P, 2, false, false, 'p'},
    {GLFW_KEY_B, 2, false, false, 'b'},
    {GLFW_KEY_PERIOD, 1, false, false, '.'},
    {GLFW_KEY_ESCAPE, 6},
    {GLFW_KEY_TAB, 4},
    {GLFW_KEY_ENTER, 4},
    {GLFW_KEY_KP_ENTER, 1},
    {GLFW_KEY_0, 0.5f, false, false, '0'},
    {GLFW_KEY_1, 0.5f, false, false, '1'},
    {GLFW_KEY_2, 0.5f, false, false, '2'},
    {GLFW_KEY_3, 0.5f, false, false, '3'},
    {GLFW_KEY_4, 0.5f, false, false, '4'},
    {GLFW_KEY_5, 0.5f, false, false, '5'},
    {GLFW_KEY_6, 0.5f, false, false, '6'},
    {GLFW_KEY_7, 0.5f, false, false, '7'},
    {GLFW_KEY_8, 0.5f, false, false, '8'},
    {GLFW_KEY_9, 0.5f, false, false, '9'},
    {GLFW_KEY_EQUAL, 1, false, false, '='},
    {GLFW_KEY_MINUS, 1, false, false, '-'},
    {GLFW_KEY_O, 1.5f, true},
    {GLFW_KEY_S, 1.5f, true},
    {GLFW_KEY_S, 1, true, true},
    {GLFW_KEY_E, 2, true},
    {GLFW_KEY_Q, 1, true},
    {GLFW_KEY_EQUAL, 1, true},
    {GLFW_KEY_MINUS, 1, true},
    {GLFW_KEY_A, 1, true},
    {GLFW_KEY_Z, 0.5f, true},
};

// What goes into a value cell: mostly digits, then signs, points, exponents and the odd letter.
constexpr char kDigits[] = "0123456789";
constexpr char kOthers[] = "-.-.e+xaz,";

}  // namespace

// -----------------------------------------------------------------------------------------------
// [SECTION] Choices
// -----------------------------------------------------------------------------------------------

Monkey::Monkey(const MonkeyParams& params) : rng_(params.seed) {}

float Monkey::uniform(float lo, float hi) {
    const float unit = static_cast<float>(rng_() >> 8) * (1.0f / 16777216.0f);  // [0, 1), 24 bits
    return lo + (hi - lo) * unit;
}

int Monkey::between(int lo, int hi) {
    const uint32_t span = static_cast<uint32_t>(hi - lo) + 1u;
    return lo + static_cast<int>(rng_() % span);
}

bool Monkey::chance(double p) { return uniform(0.0f, 1.0f) < static_cast<float>(p); }

Monkey::Aim Monkey::aim_at(Region region) { return Aim{region, uniform(0.0f, 1.0f), uniform(0.0f, 1.0f)}; }

// Where a click goes: mostly the panels with widgets, sometimes the canvas and the menu bar, and
// the front dialog when there is one.
Monkey::Region Monkey::panel_for_clicks(const MonkeyScreen& screen) {
    if (!screen.front.empty() && chance(screen.modal ? 0.9 : 0.35)) {
        const float f = uniform(0.0f, 1.0f);
        return f < 0.6f ? Region::front : f < 0.94f ? Region::front_bottom : Region::front_close;
    }
    const float r = uniform(0.0f, 1.0f);
    if (r < 0.40f) return Region::setup;
    if (r < 0.62f) return Region::playback;
    if (r < 0.75f) return Region::explain;
    if (r < 0.92f) return Region::canvas;
    return Region::menu_bar;
}

// -----------------------------------------------------------------------------------------------
// [SECTION] Actions
// -----------------------------------------------------------------------------------------------

void Monkey::click(const Aim& aim, bool on_item, bool ctrl, int count) {
    const int button = chance(0.04) ? 1 : 0;  // now and then the right button
    Step hover;
    hover.aim = aim;
    hover.ctrl = ctrl;
    steps_.push_back(hover);
    for (int i = 0; i < count; ++i) {
        Step down;
        down.down[button] = true;
        down.on_item = on_item && i == 0;
        down.ctrl = ctrl;
        steps_.push_back(down);
        Step up;
        up.ctrl = ctrl;
        steps_.push_back(up);
        ++counts_.clicks;
    }
}

void Monkey::drag(const MonkeyScreen& screen) {
    const float r = uniform(0.0f, 1.0f);
    Region region = r < 0.40f   ? Region::playback
                    : r < 0.65f ? Region::canvas
                    : r < 0.85f ? Region::setup
                                : Region::explain;
    if (!screen.front.empty() && chance(0.3)) region = Region::front;
    Step hover;
    hover.aim = aim_at(region);
    steps_.push_back(hover);
    Step down;
    down.down[0] = true;
    down.on_item = region != Region::canvas;
    steps_.push_back(down);
    const int frames = between(3, 12);
    const float total_x = uniform(-0.4f, 0.4f) * screen.width;
    const float total_y = region == Region::canvas ? uniform(-0.3f, 0.3f) * screen.height : uniform(-40.0f, 40.0f);
    for (int i = 0; i < frames; ++i) {
        Step move;
        move.down[0] = true;
        move.dx = total_x / static_cast<float>(frames);
        move.dy = total_y / static_cast<float>(frames);
        steps_.push_back(move);
    }
    steps_.push_back(Step{});  // released
    ++counts_.drags;
}

void Monkey::press(int key, bool ctrl, bool shift) {
    Step down;
    down.key = key;
    down.ctrl = ctrl;
    down.shift = shift;
    for (const KeyChoice& k : kKeys) {
        if (k.key == key && !ctrl && k.typed != 0) {
            down.text = std::string(1, k.typed);  // a printable key also types, as a keyboard does
            break;
        }
    }
    down.key_pressed = true;
    steps_.push_back(down);
    if (chance(0.1)) {
        // Held down, long enough for the keyboard's repeat to start now and then.
        down.key_pressed = false;
        down.text.clear();
        for (int i = between(4, 40); i > 0; --i) steps_.push_back(down);
    }
    steps_.push_back(Step{});
    ++counts_.keys;
}

// Click a field (a plain click for a number field, Ctrl+click or a double-click for a slider's
// text), type a few characters, then Enter — or Tab, Escape, or a click elsewhere.
void Monkey::type_into_cell(const MonkeyScreen& screen) {
    if (!screen.typing || chance(0.3)) {
        const float r = uniform(0.0f, 1.0f);
        Region region = r < 0.6f ? Region::setup : r < 0.85f ? Region::playback : Region::explain;
        if (!screen.front.empty() && chance(screen.modal ? 0.95 : 0.3)) region = Region::front;
        const float how = uniform(0.0f, 1.0f);
        click(aim_at(region), /*on_item=*/true, /*ctrl=*/how < 0.4f, how > 0.8f ? 2 : 1);
    }
    std::string text;
    if (chance(0.1)) {
        for (int i = between(8, 24); i > 0; --i) text += kDigits[between(0, 9)];  // a number far too large
    } else {
        for (int i = between(1, 6); i > 0; --i) {
            text += chance(0.75) ? kDigits[between(0, 9)] : kOthers[between(0, static_cast<int>(sizeof kOthers) - 2)];
        }
    }
    for (size_t at = 0; at < text.size();) {
        Step typing;
        const size_t n = std::min<size_t>(text.size() - at, static_cast<size_t>(between(1, 3)));
        typing.text = text.substr(at, n);
        steps_.push_back(typing);
        at += n;
    }
    counts_.typed += static_cast<int64_t>(text.size());
    const float end = uniform(0.0f, 1.0f);
    if (end < 0.65f) {
        press(GLFW_KEY_ENTER);
    } else if (end < 0.72f) {
        press(GLFW_KEY_KP_ENTER);
    } else if (end < 0.82f) {
        press(GLFW_KEY_TAB);
    } else if (end < 0.92f) {
        press(GLFW_KEY_ESCAPE);
    } else {
        click(aim_at(panel_for_clicks(screen)), false);
    }
}

// A title of the menu bar, then an item of the menu that opens (a submenu's, now and then).
void Monkey::open_menu() {
    click(aim_at(Region::menu_titles), false);
    for (int i = between(1, 3); i > 0; --i) {
        Step hover;
        hover.aim = aim_at(Region::front);
        steps_.push_back(hover);
    }
    if (chance(0.3)) {
        for (int i = between(1, 2); i > 0; --i) {
            Step hover;
            hover.aim = aim_at(Region::front);
            hover.dx = 40.0f;
            steps_.push_back(hover);
        }
    }
    if (chance(0.85)) {
        click(Aim{}, /*on_item=*/true);
    } else {
        press(GLFW_KEY_ESCAPE);
    }
    ++counts_.menus;
}

// File → Export… (Ctrl+E), Export, and Cancel a few frames later, while the mouse wanders.
void Monkey::export_half_way() {
    press(GLFW_KEY_E, /*ctrl=*/true);
    Step name;
    name.request = MonkeyRequest::name_export;
    name.pick = static_cast<uint32_t>(rng_());
    steps_.push_back(name);
    Step start;
    start.request = MonkeyRequest::start_export;
    start.aim = aim_at(Region::front);
    steps_.push_back(start);
    for (int i = between(2, 30); i > 0; --i) {
        Step wait;
        if (chance(0.3)) wait.aim = aim_at(Region::window);
        steps_.push_back(wait);
    }
    Step cancel;
    cancel.request = MonkeyRequest::cancel_export;
    steps_.push_back(cancel);
    if (chance(0.5)) click(aim_at(chance(0.5) ? Region::front_close : Region::front_bottom), false);  // closed, perhaps
}

void Monkey::plan(const MonkeyScreen& screen) {
    if (screen.typing && chance(0.4)) {
        type_into_cell(screen);
        return;
    }
    // Weights of the kinds of action; a modal dialog takes most of them to itself.
    enum Kind {
        kClick, kDouble, kDrag, kWheel, kKey, kType, kMenu, kPreset, kView, kSetting, kExport, kResize, kWander, kIdle,
        kCount
    };
    float weights[kCount] = {28, 4, 12, 6, 16, 14, 8, 2, 2.5f, 1.5f, 2, 0.7f, 4, 1.5f};
    if (screen.modal) {
        const float modal[kCount] = {45, 10, 3, 5, 20, 20, 0, 0, 0, 0, 0, 0.5f, 2, 1};
        std::copy(std::begin(modal), std::end(modal), std::begin(weights));
    }
    float total = 0.0f;
    for (float w : weights) total += w;
    float r = uniform(0.0f, total);
    int kind = 0;
    while (kind < kCount - 1 && r >= weights[kind]) r -= weights[kind++];

    switch (kind) {
        case kClick: click(aim_at(panel_for_clicks(screen)), chance(0.8)); break;
        case kDouble: click(aim_at(panel_for_clicks(screen)), true, false, 2); break;
        case kDrag: drag(screen); break;
        case kWheel: {
            const float w = uniform(0.0f, 1.0f);
            Region region = w < 0.5f ? Region::canvas : w < 0.7f ? Region::setup : Region::explain;
            if (!screen.front.empty() && chance(0.3)) region = Region::front;
            Step hover;
            hover.aim = aim_at(region);
            steps_.push_back(hover);
            for (int i = between(1, 3); i > 0; --i) {
                Step turn;
                turn.wheel = static_cast<float>(between(1, 3)) * (chance(0.5) ? 1.0f : -1.0f);
                steps_.push_back(turn);
            }
            ++counts_.wheels;
            break;
        }
        case kKey: {
            float sum = 0.0f;
            for (const KeyChoice& k : kKeys) sum += k.weight;
            float pick = uniform(0.0f, sum);
            const KeyChoice* chosen = &kKeys[0];
            for (const KeyChoice& k : kKeys) {
                chosen = &k;
                if (pick < k.weight) break;
                pick -= k.weight;
            }
            press(chosen->key, chosen->ctrl, chosen->shift);
            break;
        }
        case kType: type_into_cell(screen); break;
        case kMenu: open_menu(); break;
        case kResize: {
            Step resize;
            resize.request = MonkeyRequest::resize;
            resize.pick = static_cast<uint32_t>(rng_());
            steps_.push_back(resize);
            break;
        }
        case kPreset:
        case kView:
        case kSetting: {
            Step ask;
            const float which = uniform(0.0f, 1.0f);
            ask.request = kind == kPreset  ? MonkeyRequest::preset
                          : kind == kView  ? MonkeyRequest::view
                          : which < 0.3f   ? MonkeyRequest::language
                          : which < 0.6f   ? MonkeyRequest::theme
                                           : MonkeyRequest::predict;
            ask.pick = static_cast<uint32_t>(rng_());
            steps_.push_back(ask);
            break;
        }
        case kExport: export_half_way(); break;
        case kWander:
            for (int i = between(1, 5); i > 0; --i) {
                Step hover;
                hover.aim = aim_at(chance(0.6) ? Region::canvas : panel_for_clicks(screen));
                steps_.push_back(hover);
            }
            break;
        default:
            for (int i = between(1, 3); i > 0; --i) steps_.push_back(Step{});
            break;
    }
}

}  // namespace convviz
