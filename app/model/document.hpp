// The files behind what is on screen: the scene's file (or none) and the lesson's, each with the
// text it was last opened or saved as, so "unsaved changes" is a comparison rather than a flag
// every edit must remember to set. Opening reads a whole file or changes nothing. No ImGui.
#pragma once

#include <optional>
#include <string>

#include "app/model/app_state.hpp"
#include "core/i18n/lang.hpp"
#include "core/lesson.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"

namespace convviz {

enum class FileKind { scene, lesson };
FileKind kind_of_file(const std::string& path);  // by its name: *.convviz-lesson is a lesson

// The most numbers a scene may hold to be kept whole for the next start (scene_to_restore()).
inline constexpr int64_t kMostRestoredCells = 65'536;

struct SceneDocument {
    std::string path;      // empty: not saved to a file yet (a preset, a lesson's scene, the default)
    // The scene as last opened or saved, by its fingerprint: a scene at the size limits holds
    // 4 million numbers, and a copy would be one more of them in memory (its JSON, ten).
    std::optional<uint64_t> baseline;
    std::optional<Scene> restorable;  // that scene itself, when it has at most kMostRestoredCells numbers
    mutable int64_t checked_change_ = -1;  // the AppState::scene_changes() dirty_ is about
    mutable bool dirty_ = false;
    void reset(const Scene& scene, std::string file = {});  // a scene shown anew
    bool dirty(const Scene& scene) const { return !baseline || scene_fingerprint(scene) != *baseline; }
    // The same for the scene on screen, compared once per change of it (the menu bar asks every
    // frame, and a large scene's fingerprint takes a while). A scene still computed aside counts.
    bool dirty(const AppState& state) const;
    // Writes atomically; on success the scene is the file's and not dirty.
    std::optional<std::string> save(const Scene& scene, const std::string& to, Lang lang = Lang::en);
};

struct LessonDocument {
    std::optional<Lesson> lesson;  // none: no lesson open
    std::string path;
    std::string baseline;          // lesson_json() as last opened or saved
    size_t at = 0;                 // the scene on screen
    bool builtin = false;          // the built-in lesson, unchanged: it follows the language
    void reset(Lesson opened, std::string file, bool is_builtin);
    bool dirty() const { return lesson && lesson_json(*lesson) != baseline; }
    std::optional<std::string> save(const std::string& to, Lang lang = Lang::en);
    bool has_next() const { return lesson && at + 1 < lesson->scenes.size(); }
    bool has_previous() const { return lesson && at > 0 && at <= lesson->scenes.size(); }
};

// The scene the next start restores (the settings' last scene): `on_screen` as its file or preset
// last had it. Unsaved changes were discarded when the app quit — the quit asks about them — so
// they are not brought back. None (empty) for a scene of more than kMostRestoredCells numbers: the
// settings file stays small, and such a scene has its own file.
std::string scene_to_restore(const SceneDocument& doc, const Scene& on_screen);

// Appends `scene` to the lesson under its title in `lang` and makes it the lesson's current scene;
// nothing when the lesson is full (kMaxLessonScenes) or none is open.
bool add_to_lesson(LessonDocument& doc, const Scene& scene, Lang lang);

// A title for the window's menu bar: the file's name (or the scene's title) and a dot when unsaved.
std::string document_title(const SceneDocument& doc, const std::string& scene_title, bool dirty);

}  // namespace convviz
