// The Lesson tab: the open lesson's scenes in order, each with its title and note, and the
// buttons a teacher builds a lesson with (add the scene on screen, move, rename, remove, replace),
// open, save and present. It edits the lesson in place and asks the App for everything that
// changes the scene on screen or touches a file.
#pragma once

#include <cstddef>

#include "app/gui/app_state.hpp"
#include "app/gui/document.hpp"

namespace convviz {

struct LessonRequest {
    // stored: the scene on screen was put in the lesson (added, or replacing a scene)
    enum class Kind { none, show, stored, create, builtin, open, save, save_as, present };
    Kind kind = Kind::none;
    size_t index = 0;  // for show and present: the scene
};

class LessonPanel {
public:
    LessonRequest draw(LessonDocument& doc, const AppState& state);

private:
    bool editing_note_ = false;
};

}  // namespace convviz
