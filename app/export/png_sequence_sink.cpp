#include "app/export/png_sequence_sink.hpp"

#include <stb/stb_image_write.h>

#include "app/export/pending_output.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

class PngSequenceSink final : public FrameSink {
public:
    PngSequenceSink(PendingSequence files, std::vector<std::string> names)
        : files_(std::move(files)), names_(std::move(names)) {}

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

    std::optional<std::string> finish() override { return files_.commit(); }

private:
    PendingSequence files_;
    std::vector<std::string> names_;
};

}  // namespace

Result<std::unique_ptr<FrameSink>> make_png_sequence_sink(const SinkParams& params) {
    std::vector<std::string> names = sequence_names(params.path, params.frames);
    Result<PendingSequence> files = PendingSequence::create(names, params.replace);
    if (!files) return Error{files.error()};
    return std::unique_ptr<FrameSink>(std::make_unique<PngSequenceSink>(std::move(files).value(), std::move(names)));
}

}  // namespace convviz
