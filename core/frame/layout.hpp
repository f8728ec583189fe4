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

// Sizes of a frame's text and margins, in proportion to its shorter side.
struct FrameStyle {
    float width = 1280.0f;
    float height = 720.0f;
    float label_scale = 1.0f;  // the layout shrinks labels that would not fit otherwise
    float base() const { return width < height ? width : height; }
    float margin() const { return 0.03f * base(); }
    float text_scale = 1.0f;   // type for the back row of a lecture hall: every text larger
    float title_size() const { return 0.04f * base() * text_scale; }
    float label_size() const { return 0.028f * base() * label_scale * text_scale; }
    float text_size() const { return 0.032f * base() * text_scale; }
    float title_band() const { return margin() + 1.6f * title_size(); }
    float text_band() const { return margin() + 2 * 1.5f * text_size(); }  // formula, caption
    float cell_scale = 1.0f;   // a view that wants one part drawn larger raises its cap
    float max_cell() const { return 0.12f * base() * cell_scale; }
    Lang lang = Lang::en;      // the language of every label, caption and formula
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

struct Layout {
    float cell = 0.0f;
    std::vector<std::vector<FrameGrid>> grids;  // [block][grid], boxes placed, labels set
    std::vector<FrameText> labels;              // one above each grid
};

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
