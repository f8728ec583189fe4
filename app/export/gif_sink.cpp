#include "app/export/gif_sink.hpp"

#include <gif_lib.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "app/export/gif_palette.hpp"
#include "app/export/pending_output.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

struct Box {
    int x = 0, y = 0, w = 0, h = 0;
};

// Pixel (x, y)'s place among an image's pixels: the one place its coordinates become an index.
size_t pixel_index(const Image& image, int x, int y) {
    return static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x);
}

uint32_t pixel(const std::vector<uint8_t>& rgba, size_t i) {
    uint32_t p = 0;
    std::memcpy(&p, rgba.data() + 4 * i, 4);
    return p;
}

// The smallest box holding every pixel that differs between a and b (same size); none if equal.
std::optional<Box> changed_box(const Image& a, const Image& b) {
    const size_t row = static_cast<size_t>(a.width) * 4;
    int top = -1, bottom = -1;
    for (int y = 0; y < a.height; ++y) {
        const size_t first = 4 * pixel_index(a, 0, y);
        if (std::memcmp(a.rgba.data() + first, b.rgba.data() + first, row) != 0) {
            if (top < 0) top = y;
            bottom = y;
        }
    }
    if (top < 0) return std::nullopt;
    int left = a.width, right = -1;
    for (int y = top; y <= bottom; ++y) {
        for (int x = 0; x < left; ++x) {
            if (pixel(a.rgba, pixel_index(a, x, y)) != pixel(b.rgba, pixel_index(a, x, y))) {
                left = x;
                break;
            }
        }
        for (int x = a.width - 1; x > right; --x) {
            if (pixel(a.rgba, pixel_index(a, x, y)) != pixel(b.rgba, pixel_index(a, x, y))) {
                right = x;
                break;
            }
        }
    }
    return Box{left, top, right - left + 1, bottom - top + 1};
}

class GifSink final : public FrameSink {
public:
    GifSink(PendingFile file, const SinkParams& params) : file_(std::move(file)), params_(params) {}

    ~GifSink() override {
        if (gif_ != nullptr) EGifCloseFile(gif_, nullptr);
    }

    std::optional<std::string> open() {
        int error = 0;
        gif_ = EGifOpen(this, &GifSink::output, &error);
        if (gif_ == nullptr) return cat("cannot start the GIF ", params_.path, ": ", GifErrorString(error));
        EGifSetGifVersion(gif_, true);
        if (EGifPutScreenDesc(gif_, params_.width, params_.height, 8, 0, nullptr) == GIF_ERROR) return failure();
        // NETSCAPE2.0 repeats the animation after its first play: 0 for ever, n for n + 1 plays in
        // all. One play in all is no block at all.
        if (params_.loop != 1) {
            const int repeats = params_.loop == 0 ? 0 : std::min(params_.loop - 1, 65535);
            const GifByteType loop[3] = {1, static_cast<GifByteType>(repeats & 0xFF), static_cast<GifByteType>(repeats >> 8)};
            if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
                EGifPutExtensionBlock(gif_, 11, "NETSCAPE2.0") == GIF_ERROR ||
                EGifPutExtensionBlock(gif_, 3, loop) == GIF_ERROR || EGifPutExtensionTrailer(gif_) == GIF_ERROR) {
                return failure();
            }
        }
        return std::nullopt;
    }

    bool ordered() const override { return true; }

    std::optional<std::string> add(int64_t, const Image& image, double seconds) override {
        elapsed_ += seconds;
        const int64_t end = std::llround(elapsed_ * 100.0);
        const int delay = static_cast<int>(end - scheduled_);
        scheduled_ = end;
        if (pending_ && !params_.transparent && pending_->rgba == image.rgba) {
            pending_delay_ += delay;
            return std::nullopt;
        }
        if (std::optional<std::string> e = flush()) return e;
        pending_ = image;
        pending_delay_ = delay;
        return std::nullopt;
    }

    bool discard() override { return file_.discard(); }

    std::optional<std::string> finish() override {
        if (std::optional<std::string> e = flush()) return e;
        int error = 0;
        const int closed = EGifCloseFile(gif_, &error);
        gif_ = nullptr;
        if (closed == GIF_ERROR) return write_error_.value_or(cat("cannot finish the GIF ", params_.path, ": ", GifErrorString(error)));
        return file_.commit();
    }

private:
    static int output(GifFileType* gif, const GifByteType* bytes, int size) {
        auto* self = static_cast<GifSink*>(gif->UserData);
        if (std::optional<std::string> e = self->file_.write(bytes, static_cast<size_t>(size))) {
            self->write_error_ = e;
            return 0;
        }
        return size;
    }

    std::string failure() const {
        return write_error_.value_or(cat("cannot write the GIF ", params_.path, ": ", GifErrorString(gif_->Error)));
    }

    // The pending frame's colour, 0xRRGGBB, or none when it is see-through.
    std::optional<uint32_t> colour(uint32_t p) const {
        const uint32_t r = p & 0xFF, g = (p >> 8) & 0xFF, b = (p >> 16) & 0xFF, a = p >> 24;
        if (a == 255) return (r << 16) | (g << 8) | b;
        if (params_.transparent && a < 128) return std::nullopt;
        // Edges half covered: onto the page's colour, as the frame would be seen on its page.
        const auto over = [&](uint32_t c, int shift) { return (c * a + ((params_.page >> shift) & 0xFF) * (255 - a) + 127) / 255; };
        return (over(r, 16) << 16) | (over(g, 8) << 8) | over(b, 0);
    }

    std::optional<std::string> flush() {
        if (!pending_) return std::nullopt;
        const Image& frame = *pending_;
        const bool diffed = shown_.has_value() && !params_.transparent;
        Box box{0, 0, frame.width, frame.height};
        if (diffed) box = changed_box(frame, *shown_).value_or(Box{0, 0, 1, 1});
        // Inside the box, pixels that did not change keep showing the previous frame.
        const auto unchanged = [&](size_t i) { return diffed && pixel(frame.rgba, i) == pixel(shown_->rgba, i); };

        std::vector<uint32_t> colours;
        colours.reserve(static_cast<size_t>(box.w) * static_cast<size_t>(box.h));
        bool see_through = false;
        for (int y = box.y; y < box.y + box.h; ++y) {
            for (int x = box.x; x < box.x + box.w; ++x) {
                const size_t i = pixel_index(frame, x, y);
                const std::optional<uint32_t> c = unchanged(i) ? std::nullopt : colour(pixel(frame.rgba, i));
                if (c) {
                    colours.push_back(*c);
                } else {
                    see_through = true;
                }
            }
        }
        GifPalette palette(colours, params_.exact, see_through ? 255 : 256);
        const int entries = static_cast<int>(palette.entries().size()) + (see_through ? 1 : 0);
        const int bits = std::max(1, GifBitSize(entries));
        ColorMapObject* map = GifMakeMapObject(1 << bits, nullptr);
        if (map == nullptr) return cat("cannot write the GIF ", params_.path, ": out of memory");
        for (size_t e = 0; e < palette.entries().size(); ++e) {
            const uint32_t rgb = palette.entries()[e];
            map->Colors[e] = {static_cast<GifByteType>(rgb >> 16), static_cast<GifByteType>(rgb >> 8), static_cast<GifByteType>(rgb)};
        }
        const int clear = see_through ? static_cast<int>(palette.entries().size()) : NO_TRANSPARENT_COLOR;

        GraphicsControlBlock control{};
        control.DisposalMode = params_.transparent ? DISPOSE_BACKGROUND : DISPOSE_DO_NOT;
        control.UserInputFlag = false;
        control.DelayTime = std::max(pending_delay_, 0);
        control.TransparentColor = clear;
        GifByteType extension[4];
        const size_t length = EGifGCBToExtension(&control, extension);
        bool ok = EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) != GIF_ERROR &&
                  EGifPutImageDesc(gif_, box.x, box.y, box.w, box.h, false, map) != GIF_ERROR;
        GifFreeMapObject(map);
        std::vector<GifPixelType> line(static_cast<size_t>(box.w));
        size_t next = 0;  // into colours, in the order they were gathered
        for (int y = box.y; ok && y < box.y + box.h; ++y) {
            uint32_t last_rgb = 0xFFFFFFFFu;
            uint8_t last_index = 0;
            for (int x = box.x; x < box.x + box.w; ++x) {
                const size_t i = pixel_index(frame, x, y);
                const bool drawn = !unchanged(i) && colour(pixel(frame.rgba, i)).has_value();
                if (!drawn) {
                    line[static_cast<size_t>(x - box.x)] = static_cast<GifPixelType>(clear);
                    continue;
                }
                const uint32_t rgb = colours[next++];
                if (rgb != last_rgb) {
                    last_rgb = rgb;
                    last_index = palette.index(rgb);
                }
                line[static_cast<size_t>(x - box.x)] = last_index;
            }
            ok = EGifPutLine(gif_, line.data(), box.w) != GIF_ERROR;
        }
        if (!ok) return failure();
        shown_ = std::move(pending_);
        pending_.reset();
        return std::nullopt;
    }

    PendingFile file_;
    SinkParams params_;
    GifFileType* gif_ = nullptr;
    std::optional<std::string> write_error_;
    double elapsed_ = 0.0;          // seconds of the frames added so far
    int64_t scheduled_ = 0;         // hundredths of a second given out as delays so far
    std::optional<Image> pending_;  // the frame not yet written: the next may lengthen it
    int pending_delay_ = 0;
    std::optional<Image> shown_;    // the last frame written: what the next is compared with
};

}  // namespace

Result<std::unique_ptr<FrameSink>> make_gif_sink(const SinkParams& params) {
    if (params.width > 65535 || params.height > 65535) {
        return Error{cat("a GIF is at most 65535 pixels a side, but ", params.width, "×", params.height, " was asked")};
    }
    Result<PendingFile> file = PendingFile::create(params.path, params.replace);
    if (!file) return Error{file.error()};
    auto sink = std::make_unique<GifSink>(std::move(file).value(), params);
    if (std::optional<std::string> e = sink->open()) return Error{*e};
    return std::unique_ptr<FrameSink>(std::move(sink));
}

}  // namespace convviz
