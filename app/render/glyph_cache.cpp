#include "app/render/glyph_cache.hpp"

#include <algorithm>
#include <cmath>

namespace convviz {

GlyphCache::GlyphCache(int side) : side_(side), pixels_(static_cast<size_t>(side) * static_cast<size_t>(side), 0) {}

void GlyphCache::clear() {
    entries_.clear();
    std::fill(pixels_.begin(), pixels_.end(), uint8_t{0});
    pen_x_ = 1;
    pen_y_ = 1;
    shelf_ = 0;
    dirty_first_ = 0;
    dirty_last_ = side_;
}

void GlyphCache::begin_frame() {
    if (pen_y_ > side_ * 3 / 4) clear();
}

const GlyphCache::Entry* GlyphCache::find_or_add(const GlyphAtlas& atlas, char32_t code, float size, int phase) {
    const auto eighths = static_cast<uint64_t>(std::lround(std::clamp(size, 0.0f, 8000.0f) * 8.0f));
    const uint64_t key = (static_cast<uint64_t>(code) << 24) | (eighths << 2) | static_cast<uint64_t>(phase & (kPhases - 1));
    if (const auto it = entries_.find(key); it != entries_.end()) return &it->second;

    const GlyphBitmap bitmap =
        atlas.rasterize(code, static_cast<float>(eighths) / 8.0f, static_cast<float>(phase) / static_cast<float>(kPhases));
    Entry entry;
    if (!bitmap.pixels.empty()) {
        if (bitmap.width + 2 > side_) return nullptr;
        if (pen_x_ + bitmap.width + 1 > side_) {  // next shelf
            pen_x_ = 1;
            pen_y_ += shelf_ + 1;
            shelf_ = 0;
        }
        if (pen_y_ + bitmap.height + 1 > side_) return nullptr;
        for (int row = 0; row < bitmap.height; ++row) {
            std::copy_n(bitmap.pixels.begin() + static_cast<std::ptrdiff_t>(row) * bitmap.width, bitmap.width,
                        pixels_.begin() + static_cast<std::ptrdiff_t>(pen_y_ + row) * side_ + pen_x_);
        }
        const float inv = 1.0f / static_cast<float>(side_);
        entry = {static_cast<float>(pen_x_) * inv,
                 static_cast<float>(pen_y_) * inv,
                 static_cast<float>(pen_x_ + bitmap.width) * inv,
                 static_cast<float>(pen_y_ + bitmap.height) * inv,
                 bitmap.x,
                 bitmap.y,
                 bitmap.width,
                 bitmap.height};
        if (dirty_first_ == dirty_last_) {
            dirty_first_ = pen_y_;
            dirty_last_ = pen_y_ + bitmap.height;
        } else {
            dirty_first_ = std::min(dirty_first_, pen_y_);
            dirty_last_ = std::max(dirty_last_, pen_y_ + bitmap.height);
        }
        pen_x_ += bitmap.width + 1;
        shelf_ = std::max(shelf_, bitmap.height);
    }
    return &entries_.emplace(key, entry).first->second;
}

std::pair<int, int> GlyphCache::take_dirty_rows() {
    const std::pair<int, int> rows{dirty_first_, dirty_last_};
    dirty_first_ = dirty_last_ = 0;
    return rows;
}

}  // namespace convviz
