// The Lesson tab: the open lesson's scenes in order, each with its title and note, and the
// buttons a teacher builds a lesson with (add the scene on screen, move, rename, remove, replace),
// open, save and present. It edits the lesson in place and asks the App for everything that
// changes the scene on screen or touches a file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/model/app_state.hpp"
#include "app/model/document.hpp"
#include "app/model/panel_text.hpp"

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
    // The note as read: wrapped to the panel and drawn only where it shows, so a note of any
    // accepted length is a few short draw calls (ImGui 1.86's 16-bit indices hold one text of at
    // most 16,383 characters, and the whole note in one call aborted the app).
    void draw_note(const std::string& note);

    bool editing_note_ = false;
    std::string wrapped_note_;  // the note and width `note_lines_` were wrapped for
    float wrapped_width_ = -1.0f;
    std::vector<WrappedLine> note_lines_;
};

}  // namespace convviz
