#include "app/export/gif_palette.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace convviz {

namespace {

constexpr uint32_t kEmpty = 0xFFFFFFFFu;  // no 0xRRGGBB colour has its top byte set

uint32_t hash(uint32_t rgb) { return rgb * 2654435761u; }

// Counts of each colour, in a table sized for them (frames hold a few thousand distinct colours).
std::vector<std::pair<uint32_t, int64_t>> histogram(const std::vector<uint32_t>& pixels) {
    size_t capacity = 1024;
    std::vector<uint32_t> keys(capacity, kEmpty);
    std::vector<int64_t> counts(capacity, 0);
    size_t used = 0;
    auto insert = [&](uint32_t rgb, int64_t n) {
        size_t i = hash(rgb) & (capacity - 1);
        while (keys[i] != kEmpty && keys[i] != rgb) i = (i + 1) & (capacity - 1);
        if (keys[i] == kEmpty) {
            keys[i] = rgb;
            ++used;
        }
        counts[i] += n;
    };
    // Runs of one colour are the rule (fills, the page): count each run once.
    for (size_t i = 0; i < pixels.size();) {
        size_t j = i + 1;
        while (j < pixels.size() && pixels[j] == pixels[i]) ++j;
        if (2 * (used + 1) > capacity) {
            std::vector<uint32_t> old_keys(capacity * 2, kEmpty);
            std::vector<int64_t> old_counts(capacity * 2, 0);
            std::swap(old_keys, keys);
            std::swap(old_counts, counts);
            capacity *= 2;
            used = 0;
            for (size_t k = 0; k < old_keys.size(); ++k) {
                if (old_keys[k] != kEmpty) insert(old_keys[k], old_counts[k]);
            }
        }
        insert(pixels[i], static_cast<int64_t>(j - i));
        i = j;
    }
    std::vector<std::pair<uint32_t, int64_t>> out;
    out.reserve(used);
    for (size_t k = 0; k < capacity; ++k) {
        if (keys[k] != kEmpty) out.emplace_back(keys[k], counts[k]);
    }
    return out;
}

int distance(uint32_t a, uint32_t b) {
    const int dr = static_cast<int>((a >> 16) & 0xFF) - static_cast<int>((b >> 16) & 0xFF);
    const int dg = static_cast<int>((a >> 8) & 0xFF) - static_cast<int>((b >> 8) & 0xFF);
    const int db = static_cast<int>(a & 0xFF) - static_cast<int>(b & 0xFF);
    // The eye is most sensitive to green, least to blue.
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

}  // namespace

GifPalette::GifPalette(const std::vector<uint32_t>& pixels, const std::vector<uint32_t>& exact, int slots) {
    slots = std::clamp(slots, 1, 256);
    struct Candidate {
        bool theme;
        int64_t count;
        uint32_t rgb;
    };
    std::vector<Candidate> candidates;
    for (const auto& [rgb, count] : histogram(pixels)) {
        candidates.push_back({std::find(exact.begin(), exact.end(), rgb) != exact.end(), count, rgb});
    }
    // Theme colours first, then by frequency; ties by colour so that the table is reproducible.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.theme != b.theme) return a.theme;
        if (a.count != b.count) return a.count > b.count;
        return a.rgb < b.rgb;
    });
    for (size_t i = 0; i < candidates.size() && entries_.size() < static_cast<size_t>(slots); ++i) {
        entries_.push_back(candidates[i].rgb);
    }
    if (entries_.empty()) entries_.push_back(0);
    exact_keys_.assign(1024, kEmpty);
    exact_index_.assign(1024, 0);
    for (size_t e = 0; e < entries_.size(); ++e) {
        size_t i = hash(entries_[e]) & 1023;
        while (exact_keys_[i] != kEmpty) i = (i + 1) & 1023;
        exact_keys_[i] = entries_[e];
        exact_index_[i] = static_cast<uint8_t>(e);
    }
    near_.fill(-1);
}

int GifPalette::nearest(uint32_t rgb) const {
    int best = 0;
    int best_distance = std::numeric_limits<int>::max();
    for (size_t e = 0; e < entries_.size(); ++e) {
        const int d = distance(rgb, entries_[e]);
        if (d < best_distance) {
            best_distance = d;
            best = static_cast<int>(e);
        }
    }
    return best;
}

uint8_t GifPalette::index(uint32_t rgb) {
    for (size_t i = hash(rgb) & 1023; exact_keys_[i] != kEmpty; i = (i + 1) & 1023) {
        if (exact_keys_[i] == rgb) return exact_index_[i];
    }
    // Rare colours share the nearest entry of their 5-5-5 cell's centre.
    const size_t cell = ((rgb >> 9) & 0x7C00) | ((rgb >> 6) & 0x3E0) | ((rgb >> 3) & 0x1F);
    if (near_[cell] < 0) {
        const uint32_t centre = ((rgb & 0xF8F8F8u) | 0x040404u);
        near_[cell] = static_cast<int16_t>(nearest(centre));
    }
    return static_cast<uint8_t>(near_[cell]);
}

}  // namespace convviz
