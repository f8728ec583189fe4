// The colour table of one GIF frame and the mapping of its pixels onto it. The frame's own
// colours go in exactly, the theme's first (flat fills, text and the page make up most of a
// frame), then the most frequent of the rest; rarer ones (antialiased edges) take the nearest
// entry. A theme colour is therefore never shifted, and the table fits what the frame shows.
// No giflib here.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace convviz {

class GifPalette {
public:
    // `pixels`: the 0xRRGGBB colours of the pixels to be coded, repeats included; `exact`: the
    // theme's colours; at most `slots` (1..256) entries.
    GifPalette(const std::vector<uint32_t>& pixels, const std::vector<uint32_t>& exact, int slots);

    // The entry for `rgb`: its own when it has one, else the nearest.
    uint8_t index(uint32_t rgb);
    const std::vector<uint32_t>& entries() const { return entries_; }

private:
    int nearest(uint32_t rgb) const;

    std::vector<uint32_t> entries_;
    std::vector<uint32_t> exact_keys_;   // open addressing: entries_ by colour, kEmpty where free
    std::vector<uint8_t> exact_index_;
    std::array<int16_t, 1 << 15> near_{};  // by 5-5-5 colour: the nearest entry, −1 until asked
};

}  // namespace convviz
