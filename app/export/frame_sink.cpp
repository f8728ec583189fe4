#include "app/export/frame_sink.hpp"

#include <algorithm>
#include <filesystem>

#include "app/export/gif_sink.hpp"
#include "app/export/mp4_sink.hpp"
#include "app/export/png_sequence_sink.hpp"

namespace convviz {

const char* name(ExportFormat format) {
    switch (format) {
        case ExportFormat::gif: return "gif";
        case ExportFormat::png: return "png";
        case ExportFormat::mp4: return "mp4";
    }
    return "gif";
}

std::optional<ExportFormat> format_of(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".gif") return ExportFormat::gif;
    if (extension == ".png") return ExportFormat::png;
    if (extension == ".mp4") return ExportFormat::mp4;
    return std::nullopt;
}

std::vector<std::string> sequence_names(const std::string& path, int64_t frames) {
    const std::filesystem::path p(path);
    int digits = 4;
    for (int64_t limit = 10'000; frames > limit; limit *= 10) ++digits;
    std::vector<std::string> names;
    names.reserve(static_cast<size_t>(std::max<int64_t>(frames, 0)));
    for (int64_t i = 0; i < frames; ++i) {
        std::string number = std::to_string(i);
        number.insert(0, static_cast<size_t>(std::max<int>(0, digits - static_cast<int>(number.size()))), '0');
        names.push_back((p.parent_path() / (p.stem().string() + "_" + number + p.extension().string())).string());
    }
    return names;
}

Result<std::unique_ptr<FrameSink>> make_sink(ExportFormat format, const SinkParams& params, double frame_rate) {
    switch (format) {
        case ExportFormat::gif: return make_gif_sink(params);
        case ExportFormat::png: return make_png_sequence_sink(params);
        case ExportFormat::mp4: return make_mp4_sink(params, frame_rate);
    }
    return Error{"unknown export format"};
}

}  // namespace convviz
