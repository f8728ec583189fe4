// File → Open / Save As: a modal dialog listing a folder (folders first, then the files of the
// kinds asked for), a path line to type into, and the buttons. ImGui has no file dialog of its own,
// and a desktop one would need a toolkit; this one works the same under Xvfb. The listing is a
// plain function, tested without a window.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/i18n/lang.hpp"
#include "core/result.hpp"

namespace convviz {

struct FolderEntry {
    std::string name;
    bool folder = false;
};

// `folder`'s folders, then its files whose names end in one of `extensions` (all files when
// empty), each group sorted by name; hidden entries (a leading dot) left out.
Result<std::vector<FolderEntry>> list_folder(const std::string& folder, const std::vector<std::string>& extensions,
                                             Lang lang = Lang::en);

// What the path line holds when the user presses Open/Save: a typed name joined to the folder,
// `extension` added to a saved name that has none of `extensions`.
std::string chosen_path(const std::string& folder, const std::string& typed, bool saving,
                        const std::vector<std::string>& extensions);

class FileDialog {
public:
    enum class Mode { open, save };
    // `start`: a file (its folder is listed, its name typed for a save) or a folder; empty: the
    // working folder.
    void open(Mode mode, std::string title, std::vector<std::string> extensions, const std::string& start);
    // Draws the dialog while it is open; returns the chosen path on the frame it is chosen.
    std::optional<std::string> draw(Lang lang);
    bool is_open() const { return open_ || pending_; }
    // Keeps the dialog within `folder` and the folders inside it: the monkey test clicks Up and
    // types names at random, and must write nowhere but where it runs.
    void confine_to(const std::string& folder);

private:
    void enter(const std::string& folder, Lang lang);
    bool allowed(const std::string& folder) const;

    Mode mode_ = Mode::open;
    std::string title_;
    std::vector<std::string> extensions_;
    std::string folder_;
    std::vector<FolderEntry> entries_;
    std::string error_;
    char name_[1024] = {};
    bool open_ = false;
    bool pending_ = false;  // OpenPopup is due on the next draw
    std::string root_;      // non-empty: the folder the dialog stays within
};

}  // namespace convviz
