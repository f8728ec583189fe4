#include "app/gui/file_dialog.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

#include "app/gui/theme.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

namespace fs = std::filesystem;

namespace {

bool ends_with_one_of(const std::string& name, const std::vector<std::string>& extensions) {
    if (extensions.empty()) return true;
    return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& e) {
        return name.size() >= e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0;
    });
}

}  // namespace

Result<std::vector<FolderEntry>> list_folder(const std::string& folder, const std::vector<std::string>& extensions,
                                             Lang lang) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) return Error{tr(lang, "file.cannot_list", folder, error.message())};
    std::vector<FolderEntry> folders, files;
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) return Error{tr(lang, "file.cannot_list", folder, error.message())};
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code kind;
        if (it->is_directory(kind)) {
            folders.push_back({name, true});
        } else if (ends_with_one_of(name, extensions)) {
            files.push_back({name, false});
        }
    }
    const auto by_name = [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; };
    std::sort(folders.begin(), folders.end(), by_name);
    std::sort(files.begin(), files.end(), by_name);
    folders.insert(folders.end(), files.begin(), files.end());
    return folders;
}

std::string chosen_path(const std::string& folder, const std::string& typed, bool saving,
                        const std::vector<std::string>& extensions) {
    fs::path path(typed);
    if (path.is_relative()) path = fs::path(folder) / path;
    std::string out = path.lexically_normal().string();
    if (saving && !extensions.empty() && !ends_with_one_of(out, extensions)) out += extensions.front();
    return out;
}

void FileDialog::open(Mode mode, std::string title, std::vector<std::string> extensions, const std::string& start) {
    mode_ = mode;
    title_ = std::move(title);
    extensions_ = std::move(extensions);
    std::error_code error;
    std::string folder = start;
    std::string name;
    if (!start.empty() && !fs::is_directory(start, error)) {
        folder = fs::path(start).parent_path().string();
        name = fs::path(start).filename().string();
    }
    if (folder.empty()) folder = fs::current_path(error).string();
    if (!allowed(folder)) folder = root_;
    std::snprintf(name_, sizeof name_, "%s", mode == Mode::save ? name.c_str() : "");
    folder_ = folder;
    entries_.clear();
    error_.clear();
    pending_ = true;
}

void FileDialog::confine_to(const std::string& folder) {
    std::error_code error;
    root_ = fs::absolute(folder, error).lexically_normal().string();
}

bool FileDialog::allowed(const std::string& folder) const {
    if (root_.empty()) return true;
    std::error_code error;
    const fs::path relative = fs::absolute(folder, error).lexically_normal().lexically_relative(root_);
    return !error && !relative.empty() && *relative.begin() != "..";
}

void FileDialog::enter(const std::string& folder, Lang lang) {
    if (!allowed(folder)) return;
    Result<std::vector<FolderEntry>> listed = list_folder(folder, extensions_, lang);
    if (!listed) {
        error_ = listed.error();
        return;
    }
    folder_ = fs::path(folder).lexically_normal().string();
    entries_ = std::move(listed).value();
    error_.clear();
}

std::optional<std::string> FileDialog::draw(Lang lang) {
    const std::string id = title_ + "###file_dialog";
    if (pending_) {
        ImGui::OpenPopup(id.c_str());
        enter(folder_, lang);
        pending_ = false;
        open_ = true;
    }
    if (!open_) return std::nullopt;
    const ImGuiViewport* view = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(view->Size.x * 0.55f, view->Size.y * 0.65f), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(view->Pos.x + view->Size.x * 0.5f, view->Pos.y + view->Size.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    std::optional<std::string> chosen;
    if (!ImGui::BeginPopupModal(id.c_str(), &open_)) {
        open_ = false;
        return std::nullopt;
    }
    if (ImGui::Button(tr(lang, "file.up").c_str())) enter(fs::path(folder_).parent_path().string(), lang);
    ImGui::SameLine();
    ImGui::TextUnformatted(folder_.c_str());
    const float footer = ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("entries", ImVec2(0, -footer), true);
    std::string into;
    for (const FolderEntry& entry : entries_) {
        const std::string label = (entry.folder ? "[+] " : "    ") + entry.name;
        const bool picked = !entry.folder && entry.name == name_;
        if (ImGui::Selectable(label.c_str(), picked, ImGuiSelectableFlags_AllowDoubleClick)) {
            if (entry.folder) {
                into = (fs::path(folder_) / entry.name).string();
            } else {
                std::snprintf(name_, sizeof name_, "%s", entry.name.c_str());
                if (ImGui::IsMouseDoubleClicked(0)) chosen = chosen_path(folder_, name_, mode_ == Mode::save, extensions_);
            }
        }
    }
    ImGui::EndChild();
    if (!into.empty()) enter(into, lang);
    ImGui::SetNextItemWidth(-1);
    const bool typed_enter = ImGui::InputText("##name", name_, sizeof name_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!error_.empty()) {
        ImGui::TextColored(warning_colour(), "%s", error_.c_str());
    } else {
        std::string kinds;
        for (const std::string& e : extensions_) kinds += (kinds.empty() ? "*" : ", *") + e;
        ImGui::TextDisabled("%s", tr(lang, "file.kinds", kinds.empty() ? "*" : kinds).c_str());
    }
    const bool has_name = name_[0] != '\0';
    if (!has_name) ImGui::BeginDisabled();
    const std::string action = tr(lang, mode_ == Mode::save ? "file.save" : "file.open");
    if ((ImGui::Button(action.c_str()) || typed_enter) && has_name) {
        const std::string path = chosen_path(folder_, name_, mode_ == Mode::save, extensions_);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            enter(path, lang);
            name_[0] = '\0';
        } else {
            chosen = path;
        }
    }
    if (!has_name) ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "file.cancel").c_str())) open_ = false;
    if (chosen) open_ = false;
    if (!open_) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return chosen;
}

}  // namespace convviz
