// Everything the app's window shows and its commands act on, kept together: the scene's state and
// its history, the documents, the panels, the dialogs' state, presentation mode, the settings and
// the theme. Plain data; the actions on it are in actions.hpp, its drawing in main_window.hpp.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "app/gui/canvas_panel.hpp"
#include "app/gui/commands.hpp"
#include "app/gui/explain_panel.hpp"
#include "app/gui/export_panel.hpp"
#include "app/gui/file_dialog.hpp"
#include "app/gui/lesson_panel.hpp"
#include "app/gui/params_panel.hpp"
#include "app/gui/playback_panel.hpp"
#include "app/gui/predict_panel.hpp"
#include "app/gui/preset_menu.hpp"
#include "app/gui/present_overlay.hpp"
#include "app/gui/presentation.hpp"
#include "app/gui/values_panel.hpp"
#include "app/model/app_state.hpp"
#include "app/model/document.hpp"
#include "app/model/history.hpp"
#include "app/model/settings.hpp"
#include "core/presets.hpp"

namespace convviz {

// What a file dialog's choice is for.
enum class FilePurpose { open, save_scene, save_lesson };

// What an action replaces: the scene on screen, the open lesson, or both.
struct Loses {
    bool scene = true;
    bool lesson = false;
};

// The unsaved-changes prompt: what waits on "Save / Discard / Cancel", which documents it would
// lose, and whether a Save As the prompt opened is under way.
struct Prompt {
    std::function<void()> after;
    Loses loses;
    bool due = false;
    bool saving = false;
};

// Edit → Paste PyTorch's text box.
struct PasteBox {
    bool due = false;   // open it on the next frame
    std::string text;
    std::string error;  // why the last line could not be read; the scene did not change
};

struct Workspace {
    AppState state;
    History history;
    SceneDocument doc;
    LessonDocument lesson;
    Settings settings;
    SettingsFile settings_file = SettingsFile::absent;  // what was found at start: may it be written over
    ThemeKind theme = ThemeKind::light;  // the user's; presentation mode may show another (shown_theme())
    Commands commands;
    FrameRenderer* renderer = nullptr;  // the App's: the canvas and the Export dialog draw with it

    ParamsPanel params;
    ValuesPanel values;
    PlaybackPanel playback;
    ExplainPanel explain;
    CanvasPanel canvas;
    ExportPanel exporting;
    LessonPanel lesson_panel;
    PredictPanel predict;
    FileDialog files;
    FilePurpose file_purpose = FilePurpose::open;
    PresetMenu preset_menu;
    std::vector<Scene> presets = builtin_presets();
    Presentation present;
    Pointer pointer;

    // What File → Copy link puts before '#': CONVVIZ_SITE_URL (CMake) on the desktop, empty by
    // default; the page's own address on the web.
    std::string site_url;
    std::string status;   // one line at the bottom: the last thing that happened
    std::string message;  // a failed open or save, in a modal until dismissed
    Prompt prompt;
    PasteBox paste;
    bool quitting = false;        // the user confirmed quitting with unsaved changes
    bool show_lesson_tab = false; // a lesson was opened: bring its tab to the front once
    int injected_key = -1;        // a key pressed for this frame by a development mode, as if on the keyboard
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

// The theme on screen: the user's, or presentation mode's high contrast when chosen.
ThemeKind shown_theme(const Workspace& ws);

}  // namespace convviz
