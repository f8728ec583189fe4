#include "app/export/png_sequence_sink.hpp"

#include <stb/stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "app/export/pending_output.hpp"
#include "core/text.hpp"

namespace convviz {

namespace fs = std::filesystem;

namespace {

class PngSequenceSink final : public FrameSink {
public:
    PngSequenceSink(std::string path, PendingSequence files, std::vector<std::string> names)
        : path_(std::move(path)), files_(std::move(files)), names_(std::move(names)), sorted_(names_) {
        std::sort(sorted_.begin(), sorted_.end());
    }

    bool ordered() const override { return false; }

    std::optional<std::string> add(int64_t index, const Image& image, double) override {
        if (index < 0 || static_cast<size_t>(index) >= names_.size()) return cat("frame ", index, " is not in the sequence");
        std::string encoded;
        const auto append = [](void* context, void* data, int size) {
            static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<size_t>(size));
        };
        if (stbi_write_png_to_func(append, &encoded, image.width, image.height, 4, image.rgba.data(), image.width * 4) == 0) {
            return cat("cannot encode ", names_[static_cast<size_t>(index)]);
        }
        return files_.write(static_cast<size_t>(index), encoded);
    }

    bool discard() override { return files_.discard(); }

    std::optional<std::string> finish() override {
        if (std::optional<std::string> e = files_.commit()) return e;
        // Only now, with the new frames in place: a failed export leaves the earlier sequence whole.
        for (const std::string& earlier : sequence_files(path_)) {
            if (std::binary_search(sorted_.begin(), sorted_.end(), earlier)) continue;
            if (::unlink(earlier.c_str()) != 0 && errno != ENOENT) {
                return cat("the new sequence is in place, but ", earlier, " of an earlier one could not be removed: ",
                           std::strerror(errno));
            }
        }
        return std::nullopt;
    }

private:
    std::string path_;  // "dir/out.png", the sequence's name
    PendingSequence files_;
    std::vector<std::string> names_;
    std::vector<std::string> sorted_;  // names_, for the search among the folder's files
};

}  // namespace

std::vector<std::string> sequence_files(const std::string& path) {
    const fs::path p(path);
    const std::string prefix = p.stem().string() + "_";
    const std::string extension = p.extension().string();
    std::vector<std::string> found;
    std::error_code ec;
    for (fs::directory_iterator it(p.parent_path().empty() ? fs::path(".") : p.parent_path(), ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() < prefix.size() + 4 + extension.size() || !name.starts_with(prefix) || !name.ends_with(extension)) continue;
        const std::string_view digits = std::string_view(name).substr(prefix.size(), name.size() - prefix.size() - extension.size());
        if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
        std::error_code kind;
        if (it->is_directory(kind)) continue;
        found.push_back((p.parent_path() / name).string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::optional<std::string> check_sequence_destination(const std::string& path, int64_t frames, bool replace) {
    const std::vector<std::string> names = sequence_names(path, frames);
    if (names.empty()) return "a sequence of no files cannot be written";
    for (const std::string& name : names) {
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(name, ec))) {
            return cat("cannot write ", name, ": it is a symbolic link, and a PNG sequence's frames are files of their "
                       "own; remove the link");
        }
        if (!replace && fs::exists(name, ec)) return cat(name, " already exists; replacing it must be asked for (--force)");
    }
    if (!replace) {
        if (const std::vector<std::string> earlier = sequence_files(path); !earlier.empty()) {
            return cat(earlier.front(), " of an earlier sequence already exists; replacing that sequence must be asked for (--force)");
        }
    }
    return check_destination(names.front(), true);
}

Result<std::unique_ptr<FrameSink>> make_png_sequence_sink(const SinkParams& params) {
    if (std::optional<std::string> e = check_sequence_destination(params.path, params.frames, params.replace)) return Error{*e};
    std::vector<std::string> names = sequence_names(params.path, params.frames);
    Result<PendingSequence> files = PendingSequence::create(names, params.replace);
    if (!files) return Error{files.error()};
    return std::unique_ptr<FrameSink>(std::make_unique<PngSequenceSink>(params.path, std::move(files).value(), std::move(names)));
}

}  // namespace convviz
