// The monkey test's generator without a window: a seed replays the same input, another seed gives
// other input, every position stays inside the window, and a run does every kind of thing.
#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cmath>
#include <set>
#include <tuple>
#include <vector>

#include "app/gui/dev/monkey.hpp"

namespace convviz {
namespace {

// A screen laid out as the app lays out 960×600, with a dialog, a modal, a text field and a
// hovered widget coming and going, as they do in a run.
MonkeyScreen screen_at(int64_t frame) {
    MonkeyScreen s;
    s.width = 960.0f;
    s.height = 600.0f;
    s.menu_bar = {0, 0, 960, 22};
    s.setup = {8, 30, 270, 400};
    s.explain = {690, 30, 262, 300};
    s.playback = {8, 560, 940, 32};
    s.canvas = {288, 22, 384, 530};
    if (frame % 300 > 200) s.front = {300, 150, 360, 300};
    s.modal = frame % 900 > 800;
    s.over_item = frame % 3 != 0;
    s.typing = frame % 250 > 230;
    return s;
}

auto fields(const MonkeyInput& in) {
    return std::tuple(in.mouse_x, in.mouse_y, in.mouse_down[0], in.mouse_down[1], in.mouse_down[2], in.wheel, in.key,
                      in.key_pressed, in.ctrl, in.shift, in.alt, in.text, in.request, in.pick);
}

std::vector<MonkeyInput> run(uint32_t seed, int64_t frames) {
    Monkey monkey(MonkeyParams{.seed = seed});
    std::vector<MonkeyInput> inputs;
    for (int64_t f = 0; f < frames; ++f) inputs.push_back(monkey.next(screen_at(f)));
    return inputs;
}

TEST(Monkey, TheSameSeedGivesTheSameInput) {
    const std::vector<MonkeyInput> a = run(20261122, 5000);
    const std::vector<MonkeyInput> b = run(20261122, 5000);
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); ++i) ASSERT_EQ(fields(a[i]), fields(b[i])) << "frame " << i;
}

TEST(Monkey, AnotherSeedGivesOtherInput) {
    const std::vector<MonkeyInput> a = run(1, 300);
    const std::vector<MonkeyInput> b = run(2, 300);
    size_t differing = 0;
    for (size_t i = 0; i < a.size(); ++i) differing += fields(a[i]) != fields(b[i]) ? 1u : 0u;
    EXPECT_GT(differing, a.size() / 2);
}

TEST(Monkey, EveryPositionStaysInsideTheWindowAndEveryKeyIsAKey) {
    for (uint32_t seed : {0u, 1u, 7u, 20261122u, 0xFFFFFFFFu}) {
        SCOPED_TRACE(seed);
        for (const MonkeyInput& in : run(seed, 4000)) {
            ASSERT_GE(in.mouse_x, 0.0f);
            ASSERT_LT(in.mouse_x, 960.0f);
            ASSERT_GE(in.mouse_y, 0.0f);
            ASSERT_LT(in.mouse_y, 600.0f);
            ASSERT_TRUE(in.key == -1 || (in.key >= GLFW_KEY_SPACE && in.key <= GLFW_KEY_LAST)) << in.key;
            ASSERT_TRUE(!in.key_pressed || in.key >= 0);
            for (char c : in.text) ASSERT_TRUE(c >= ' ' && c <= '~') << static_cast<int>(c);
        }
    }
}

TEST(Monkey, ARunDoesEveryKindOfThing) {
    Monkey monkey(MonkeyParams{.seed = 5});
    std::set<MonkeyRequest> requests;
    std::set<int> keys;
    bool ctrl_key = false;
    int64_t held = 0;  // frames a key stayed down after its press
    bool dragged = false;
    bool previous_down = false;
    float pressed_at_x = 0.0f;
    for (int64_t f = 0; f < 20000; ++f) {
        const MonkeyInput in = monkey.next(screen_at(f));
        requests.insert(in.request);
        if (in.key >= 0) keys.insert(in.key);
        ctrl_key = ctrl_key || (in.ctrl && in.key >= 0);
        held += in.key >= 0 && !in.key_pressed ? 1 : 0;
        if (in.mouse_down[0] && !previous_down) pressed_at_x = in.mouse_x;
        dragged = dragged || (in.mouse_down[0] && previous_down && std::abs(in.mouse_x - pressed_at_x) > 50.0f);
        previous_down = in.mouse_down[0];
    }
    const MonkeyCounts& c = monkey.counts();
    EXPECT_EQ(c.frames, 20000);
    EXPECT_GT(c.clicks, 500);
    EXPECT_GT(c.drags, 50);
    EXPECT_GT(c.wheels, 20);
    EXPECT_GT(c.keys, 200);
    EXPECT_GT(c.typed, 300);
    EXPECT_GT(c.menus, 20);
    EXPECT_TRUE(dragged);
    EXPECT_TRUE(ctrl_key);
    EXPECT_GT(held, 100);
    for (int key : {GLFW_KEY_SPACE, GLFW_KEY_RIGHT, GLFW_KEY_HOME, GLFW_KEY_END, GLFW_KEY_PAGE_DOWN, GLFW_KEY_F5,
                    GLFW_KEY_ESCAPE, GLFW_KEY_ENTER, GLFW_KEY_TAB, GLFW_KEY_E}) {
        EXPECT_TRUE(keys.count(key)) << key;
    }
    for (MonkeyRequest r : {MonkeyRequest::preset, MonkeyRequest::view, MonkeyRequest::language, MonkeyRequest::theme,
                            MonkeyRequest::predict, MonkeyRequest::name_export, MonkeyRequest::start_export,
                            MonkeyRequest::cancel_export, MonkeyRequest::resize}) {
        EXPECT_TRUE(requests.count(r)) << static_cast<int>(r);
    }
    MonkeyInput ctrl_click;
    ctrl_click.mouse_x = 310.4f;
    ctrl_click.mouse_y = 42.0f;
    ctrl_click.mouse_down[0] = true;
    ctrl_click.ctrl = true;
    EXPECT_EQ(describe(ctrl_click), "down left 310,42 ctrl");
    EXPECT_EQ(describe(MonkeyInput{.mouse_x = 5.0f, .text = "1.5"}), "type \"1.5\"");
    EXPECT_EQ(describe(MonkeyInput{.request = MonkeyRequest::view, .pick = 7}), "request view 7");
    EXPECT_EQ(describe(MonkeyInput{.mouse_x = 9.0f}), "");
    const std::string line = summary(c, 12.5, 80.0);
    EXPECT_NE(line.find("monkey: frames=20000 clicks="), std::string::npos) << line;
    EXPECT_NE(line.find("frame_ms median=12.50 max=80.0"), std::string::npos) << line;
}

}  // namespace
}  // namespace convviz
