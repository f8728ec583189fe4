// Layout: where a view's grids go. Blocks (one per tensor) sit side by side or one above another,
// each block a tile of grids (one per channel) with a label above each grid (and a note below
// one that has it), all at one cell size,
// the largest that fits between the frame's title band and its text band. Geometry only: what
// the cells hold is the views' business.
#pragma once

#include <string>
#include <vector>

#include "core/frame/frame.hpp"
#include "core/i18n/lang.hpp"

namespace convviz {

// Sizes of a frame's text and margins, in proportion to its shorter side, and never below
// kMinTextSize: on a small frame the text keeps its size and the cells get what room is left.
struct FrameStyle {
    float width = 1280.0f;
    float height = 720.0f;
    float base() const { return width < height ? width : height; }
    float margin() const { return 0.03f * base(); }
    float text_scale = 1.0f;   // type for the back row of a lecture hall: every text larger
    float title_size() const { return at_least(0.04f * base(), 1.25f * kMinTextSize); }
    float label_size() const { return at_least(0.028f * base(), kMinTextSize); }
    float text_size() const { return at_least(0.032f * base(), 1.1f * kMinTextSize); }
    float title_band() const { return margin() + 1.6f * title_size(); }
    // The formula's line, then two for the caption: a caption too long for one line wraps.
    float text_band() const { return margin() + 1.5f * text_size() + 2 * kCaptionLeading * text_size(); }
    static constexpr float kCaptionLeading = 1.25f;  // a wrapped line's height, in its size
    float cell_scale = 1.0f;   // a view that wants one part drawn larger raises its cap
    float max_cell() const { return 0.12f * base() * cell_scale; }
    Lang lang = Lang::en;      // the language of every label, caption and formula

private:
    float at_least(float size, float least) const { return (size > least ? size : least) * text_scale; }
};

struct GridSpec {
    std::string label;
    int64_t rows = 1;
    int64_t cols = 1;
    Role role = Role::input;
    std::string note;  // a line under the grid, saying what it holds; empty: none
};

struct BlockSpec {
    std::vector<GridSpec> grids;  // a tensor's channels, tiled in reading order
};

// Which texts of Layout::labels are one grid's label: `count` lines from `first` (a label wider than
// its room wraps), and that room, to wrap a new text for the same place.
struct LabelLines {
    size_t first = 0;
    size_t count = 0;
    float room = 0.0f;
};

struct Layout {
    float cell = 0.0f;
    std::vector<std::vector<FrameGrid>> grids;         // [block][grid], boxes placed, labels set
    std::vector<FrameText> labels;                     // the lines above each grid, and notes below
    std::vector<std::vector<LabelLines>> label_lines;  // [block][grid]: its label's lines in `labels`
};

// `text` as the lines of a label wrapped within `room`, at the style's label size.
std::vector<std::string> label_lines(const std::string& text, const FrameStyle& style, float room);

Layout lay_out(const std::vector<BlockSpec>& blocks, const FrameStyle& style);
// The same inside `area` (frame units) instead of the frame's band between title and text: for a
// view that puts its own geometry beside the grids.
Layout lay_out(const std::vector<BlockSpec>& blocks, const FrameStyle& style, const Rect& area);
// The band between the title and the text that lay_out() fills.
Rect content_area(const FrameStyle& style);
// `area` cut into bands side by side (across) or one above another, `shares` of it each (they sum
// to 1), with `gap` between neighbours: for a view that lays out parts of itself apart.
std::vector<Rect> split_area(const Rect& area, const std::vector<float>& shares, bool across, float gap);
// `part`'s blocks and labels after `into`'s: one layout from parts laid out in areas of their own.
void append(Layout& into, Layout part);

}  // namespace convviz
