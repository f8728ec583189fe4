#include "app/gui/menu_bar.hpp"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "app/gui/actions.hpp"
#include "app/gui/app_commands.hpp"
#include "app/gui/platform.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

// A command's menu item; `label`: words other than the command's own name.
void item(Workspace& ws, std::string_view id, const std::string& label = {}, const std::string& shortcut = {}) {
    const Commands& c = ws.commands;
    const std::string text = label.empty() ? c.name(id, ws.state.lang()) : label;
    const std::string keys = shortcut.empty() ? c.shortcut_text(id) : shortcut;
    if (ImGui::MenuItem(text.c_str(), keys.empty() ? nullptr : keys.c_str(), c.checked(id), c.enabled(id))) {
        ws.commands.run(id);
    }
}

void file_menu(Workspace& ws) {
    const Lang lang = ws.state.lang();
    item(ws, "file.open");
    // A page's files are uploads, gone with the page: nothing a later visit could open again.
    if (platform::keeps_files() && ImGui::BeginMenu(tr(lang, "menu.recent").c_str(), !ws.settings.recent_files.empty())) {
        for (const std::string& path : std::vector<std::string>(ws.settings.recent_files)) {
            if (ImGui::MenuItem(path.c_str())) open_path(ws, path);
        }
        ImGui::Separator();
        item(ws, "file.clear_recent");
        ImGui::EndMenu();
    }
    item(ws, "file.save");
    item(ws, "file.save_as");
    ImGui::Separator();
    item(ws, "file.copy_link");
    item(ws, "file.open_link");
    ImGui::Separator();
    item(ws, "file.export");
    ImGui::Separator();
    if (platform::can_quit()) item(ws, "file.quit");  // a page is closed by the browser
}

void edit_menu(Workspace& ws) {
    const Lang lang = ws.state.lang();
    const std::string undo = ws.history.undo_name(lang);
    const std::string redo = ws.history.redo_name(lang);
    item(ws, "edit.undo", undo.empty() ? std::string() : tr(lang, "menu.undo", undo));
    item(ws, "edit.redo", redo.empty() ? std::string() : tr(lang, "menu.redo", redo));
    ImGui::Separator();
    item(ws, "edit.paste_torch");
}

void presets_menu(Workspace& ws) {
    if (const Scene* preset = ws.preset_menu.items(ws.state, ws.presets)) ws.commands.run(preset_command(*preset));
}

void lesson_menu(Workspace& ws) {
    item(ws, "lesson.new");
    item(ws, "lesson.builtin");
    item(ws, "lesson.save");
    item(ws, "lesson.save_as");
    ImGui::Separator();
    item(ws, "lesson.add");
    item(ws, "present.start");  // what is on screen
}

void view_menu(Workspace& ws) {
    const Lang lang = ws.state.lang();
    for (ThemeKind theme : {ThemeKind::light, ThemeKind::dark, ThemeKind::contrast}) item(ws, theme_command(theme));
    if (ImGui::BeginMenu(tr(lang, "menu.language").c_str())) {
        for (Lang l : kLanguages) item(ws, lang_command(l));
        ImGui::EndMenu();
    }
    ImGui::Separator();
    item(ws, "view.larger");
    item(ws, "view.smaller");
    item(ws, "view.labels");
    item(ws, "view.fit", {}, tr(lang, "menu.fit_key"));
    item(ws, "view.panels");
    ImGui::Separator();
    item(ws, "view.predict");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(lang, "menu.predict_tip").c_str());
    ImGui::Separator();
    item(ws, "present.start");
    item(ws, "present.strip_default");
    item(ws, "present.contrast");
}

}  // namespace

void draw_menu_bar(Workspace& ws) {
    if (!ImGui::BeginMainMenuBar()) return;
    const Lang lang = ws.state.lang();
    const struct {
        const char* words;
        void (*draw)(Workspace&);
    } menus[] = {{"menu.file", file_menu},
                 {"menu.edit", edit_menu},
                 {"menu.presets", presets_menu},
                 {"menu.lesson", lesson_menu},
                 {"menu.view", view_menu}};
    for (const auto& menu : menus) {
        if (ImGui::BeginMenu(tr(lang, menu.words).c_str())) {
            menu.draw(ws);
            ImGui::EndMenu();
        }
    }
    const bool dirty = ws.doc.dirty(ws.state);
    ImGui::TextDisabled("  %s", document_title(ws.doc, scene_title(ws.state.scene(), lang), dirty).c_str());
    if (dirty && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(lang, "status.unsaved").c_str());
    ImGui::EndMainMenuBar();
}

}  // namespace convviz
