// GlyphCache: the glyphs of small text as the font itself rasterizes them at the size they are
// drawn (GlyphAtlas::rasterize), packed into one coverage texture's pixels. A distance field
// sampled far below its bake size thins strokes and rounds curves ("2" read as "7", a minus sign
// vanished); the font's own bitmap at the drawn size is the reference every glyph is tested against.
// Entries are keyed by glyph, size (1/8 px) and the pen's sub-pixel phase (1/4 px). Pure CPU: the
// renderer uploads the rows that changed.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "app/render/glyph_atlas.hpp"

namespace convviz {

class GlyphCache {
public:
    static constexpr int kPhases = 4;  // sub-pixel pen positions per pixel

    struct Entry {
        float u0 = 0.0f, v0 = 0.0f, u1 = 0.0f, v1 = 0.0f;  // in the texture, 0..1
        int x = 0;                                      // top-left, whole pixels from the pen
        int y = 0;
        int width = 0;                                  // 0: a glyph with no ink
        int height = 0;
    };

    explicit GlyphCache(int side = 1024);

    // Called once per frame before any glyph: a cache more than three quarters full starts over
    // then, never in the middle of a frame (whose glyphs already point into it).
    void begin_frame();
    // The glyph at `size` pixels with the pen `phase` / kPhases of a pixel right of a whole pixel;
    // nullptr when the texture has no room left this frame (draw it another way).
    const Entry* find_or_add(const GlyphAtlas& atlas, char32_t code, float size, int phase);
    // Forget everything: the atlas (its fonts) changed.
    void clear();

    int side() const { return side_; }
    const std::vector<uint8_t>& pixels() const { return pixels_; }
    // Rows [first, last) written since the last call (first == last: none), then forgets them.
    std::pair<int, int> take_dirty_rows();
    size_t size() const { return entries_.size(); }

private:
    int side_;
    std::vector<uint8_t> pixels_;
    std::unordered_map<uint64_t, Entry> entries_;
    int pen_x_ = 1;   // shelf packing: the next place on the current shelf
    int pen_y_ = 1;
    int shelf_ = 0;   // the current shelf's height
    int dirty_first_ = 0;
    int dirty_last_ = 0;
};

}  // namespace convviz
