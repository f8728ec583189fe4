// The monkey's frames: each planned step resolved against the screen of its frame, and the
// lines it prints (what it did each frame, and the counts at the end).
#include <algorithm>
#include <cstdio>
#include <iterator>

#include "app/gui/dev/monkey.hpp"

namespace convviz {

namespace {

// The region's rectangle on this screen; the whole window when it is not shown.
MonkeyRect rect_of(Monkey::Region region, const MonkeyScreen& s) {
    using Region = Monkey::Region;
    const MonkeyRect window{0.0f, 0.0f, s.width, s.height};
    const auto or_window = [&](const MonkeyRect& r) { return r.empty() ? window : r; };
    switch (region) {
        case Region::stay:
        case Region::window: return window;
        case Region::menu_bar: return s.menu_bar.empty() ? MonkeyRect{0.0f, 0.0f, s.width, 20.0f} : s.menu_bar;
        case Region::menu_titles: {
            // The titles sit at the bar's left: File, Presets, Lesson, View.
            MonkeyRect bar = s.menu_bar.empty() ? MonkeyRect{0.0f, 0.0f, s.width, 20.0f} : s.menu_bar;
            bar.w = std::min(bar.w, std::max(s.width * 0.3f, 200.0f));
            return bar;
        }
        case Region::setup: return or_window(s.setup);
        case Region::explain: return or_window(s.explain);
        case Region::playback: return or_window(s.playback);
        case Region::canvas: return or_window(s.canvas);
        case Region::front: return or_window(s.front);
        case Region::front_bottom: {
            // A dialog's buttons: its last lines, on the left.
            MonkeyRect r = or_window(s.front);
            const float h = std::min(r.h, std::max(r.h * 0.18f, 30.0f));
            return MonkeyRect{r.x, r.y + r.h - h, r.w * 0.7f, h};
        }
        case Region::front_close: {
            // A dialog's title bar, at its right end: its close button.
            const MonkeyRect r = or_window(s.front);
            return MonkeyRect{r.x + r.w - 22.0f, r.y + 2.0f, 18.0f, 16.0f};
        }
    }
    return window;
}

}  // namespace

MonkeyInput Monkey::next(const MonkeyScreen& screen) {
    ++counts_.frames;
    if (steps_.empty()) plan(screen);
    MonkeyInput in;
    const float max_x = std::max(screen.width - 1.0f, 0.0f);
    const float max_y = std::max(screen.height - 1.0f, 0.0f);
    const auto move_to = [&](float x, float y) {
        mouse_x_ = std::clamp(x, 0.0f, max_x);
        mouse_y_ = std::clamp(y, 0.0f, max_y);
    };
    const auto aim_point = [&](const Aim& aim) {
        const MonkeyRect r = rect_of(aim.region, screen);
        move_to(r.x + aim.fx * r.w, r.y + aim.fy * r.h);
        last_region_ = aim.region;
    };
    Step step = steps_.front();
    if (step.on_item && !screen.over_item && retries_ < 3) {
        // Nothing to press here: look again in the same place (the step waits).
        ++retries_;
        aim_point(aim_at(last_region_));
        in.ctrl = step.ctrl;
    } else {
        steps_.pop_front();
        retries_ = 0;
        if (step.aim.region != Region::stay) aim_point(step.aim);
        move_to(mouse_x_ + step.dx, mouse_y_ + step.dy);
        std::copy(std::begin(step.down), std::end(step.down), std::begin(in.mouse_down));
        in.wheel = step.wheel;
        in.key = step.key;
        in.key_pressed = step.key_pressed;
        in.ctrl = step.ctrl;
        in.shift = step.shift;
        in.alt = step.alt;
        in.text = std::move(step.text);
        in.request = step.request;
        in.pick = step.pick;
    }
    in.mouse_x = mouse_x_;
    in.mouse_y = mouse_y_;
    return in;
}

std::string describe(const MonkeyInput& in) {
    constexpr const char* kRequests[] = {"",        "preset",      "view",         "language",     "theme",
                                         "predict", "name_export", "start_export", "cancel_export", "resize"};
    constexpr const char* kButtons[] = {"left", "right", "middle"};
    std::string out;
    const auto add = [&](const std::string& words) { out += (out.empty() ? "" : ", ") + words; };
    char place[64];
    std::snprintf(place, sizeof place, " %.0f,%.0f", static_cast<double>(in.mouse_x), static_cast<double>(in.mouse_y));
    for (int i = 0; i < 3; ++i) {
        if (in.mouse_down[i]) add(std::string("down ") + kButtons[i] + place);
    }
    if (in.wheel != 0.0f) add("wheel " + std::to_string(static_cast<int>(in.wheel)) + place);
    if (in.key_pressed) add("key " + std::to_string(in.key));
    if (!out.empty() && in.ctrl) out += " ctrl";
    if (!out.empty() && in.shift) out += " shift";
    if (!in.text.empty()) add("type \"" + in.text + "\"");
    if (in.request != MonkeyRequest::none) {
        add(std::string("request ") + kRequests[static_cast<int>(in.request)] + " " + std::to_string(in.pick));
    }
    return out;
}

std::string summary(const MonkeyCounts& c, double median_frame_ms, double max_frame_ms) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "monkey: frames=%lld clicks=%lld drags=%lld wheels=%lld keys=%lld typed=%lld menus=%lld "
                  "exports_started=%lld exports_cancelled=%lld presets=%lld views=%lld quits_refused=%lld "
                  "frame_ms median=%.2f max=%.1f",
                  static_cast<long long>(c.frames), static_cast<long long>(c.clicks), static_cast<long long>(c.drags),
                  static_cast<long long>(c.wheels), static_cast<long long>(c.keys), static_cast<long long>(c.typed),
                  static_cast<long long>(c.menus), static_cast<long long>(c.exports_started),
                  static_cast<long long>(c.exports_cancelled), static_cast<long long>(c.presets),
                  static_cast<long long>(c.views), static_cast<long long>(c.quits_refused), median_frame_ms,
                  max_frame_ms);
    return line;
}

}  // namespace convviz
