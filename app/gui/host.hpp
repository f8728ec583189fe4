// What the app's commands ask of the platform: the window's theme, full screen, font size and
// close, and the fonts a language needs. The seam between the actions and the window, so that the
// commands run in a test with no window (a fake Host) as in the app (the App, over GLFW).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/render/palette.hpp"
#include "core/i18n/lang.hpp"

namespace convviz {

class Host {
public:
    virtual ~Host() = default;
    virtual void show_theme(ThemeKind theme) = 0;  // the panels' colours
    virtual void set_fullscreen(bool on) = 0;
    virtual float font_scale() const = 0;
    virtual void set_font_scale(float scale) = 0;
    virtual void request_close() = 0;
    virtual void cancel_close() = 0;  // a close the user is asked to confirm first
    // The fonts for `lang` (the UI's and the canvas'); the warning when a font is missing, and then
    // nothing changed.
    virtual std::optional<std::string> use_lang(Lang lang) = 0;
    virtual std::vector<std::string> take_dropped() = 0;  // files dropped on the window since asked
};

}  // namespace convviz
