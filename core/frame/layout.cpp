#include "core/frame/layout.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace convviz {

namespace {

enum class Direction { across, down };  // blocks left to right, or top to bottom

struct Arrangement {
    Direction direction = Direction::across;
    size_t tile = 1;  // grids per tile row in each block
};

struct Slot {
    float w = 0.0f;  // the grid or its label, whichever is wider
    float h = 0.0f;  // label band and cells
};

struct Sizes {
    std::vector<std::vector<Slot>> slots;   // [block][grid]
    std::vector<std::vector<float>> col_w;  // [block][tile column]
    std::vector<std::vector<float>> row_h;  // [block][tile row]
    std::vector<Slot> blocks;
    float w = 0.0f;
    float h = 0.0f;
};

float label_band(const FrameStyle& style) { return 1.35f * style.label_size(); }
float inner_gap(const FrameStyle& style, float cell) { return 0.4f * cell + 0.6f * style.label_size(); }
float outer_gap(const FrameStyle& style, float cell) { return cell + 1.5f * style.label_size(); }

size_t tiles_across(const BlockSpec& block, const Arrangement& arrangement) {
    return std::max<size_t>(1, std::min(arrangement.tile, block.grids.size()));
}

// How wide a grid's label may be before it wraps: its share of the area's width, so that the
// labels alone can always fit (they keep their size; a label that shrank would be unreadable).
float label_room(const std::vector<BlockSpec>& blocks, const BlockSpec& block, const Arrangement& arrangement,
                 const Rect& area) {
    const float share = arrangement.direction == Direction::across ? 1.0f / static_cast<float>(blocks.size()) : 1.0f;
    return 0.9f * area.w * share / static_cast<float>(tiles_across(block, arrangement));
}

float widest(const std::vector<std::string>& lines, const FrameStyle& style) {
    float w = 0.0f;
    for (const std::string& line : lines) w = std::max(w, estimated_text_width(line, style.label_size()));
    return w;
}

Sizes measure(const std::vector<BlockSpec>& blocks, const Arrangement& arrangement, float cell, const FrameStyle& style,
              const Rect& area) {
    Sizes sizes;
    const float gap = inner_gap(style, cell);
    for (const BlockSpec& block : blocks) {
        const size_t across = tiles_across(block, arrangement);
        const size_t down = (block.grids.size() + across - 1) / across;
        const float room = label_room(blocks, block, arrangement, area);
        std::vector<Slot> slots;
        std::vector<float> col_w(across, 0.0f);
        std::vector<float> row_h(down, 0.0f);
        for (size_t i = 0; i < block.grids.size(); ++i) {
            const GridSpec& grid = block.grids[i];
            const std::vector<std::string> label = label_lines(grid.label, style, room);
            const std::vector<std::string> note = label_lines(grid.note, style, room);
            Slot slot;
            slot.w = std::max({static_cast<float>(grid.cols) * cell, widest(label, style), widest(note, style)});
            slot.h = label_band(style) * static_cast<float>(std::max<size_t>(label.size(), 1) + note.size()) +
                     static_cast<float>(grid.rows) * cell;
            col_w[i % across] = std::max(col_w[i % across], slot.w);
            row_h[i / across] = std::max(row_h[i / across], slot.h);
            slots.push_back(slot);
        }
        Slot total;
        for (float w : col_w) total.w += w;
        for (float h : row_h) total.h += h;
        total.w += gap * static_cast<float>(across - 1);
        total.h += gap * static_cast<float>(down - 1);
        sizes.slots.push_back(std::move(slots));
        sizes.col_w.push_back(std::move(col_w));
        sizes.row_h.push_back(std::move(row_h));
        sizes.blocks.push_back(total);
    }
    const float between = outer_gap(style, cell) * static_cast<float>(blocks.size() - 1);
    for (const Slot& b : sizes.blocks) {
        if (arrangement.direction == Direction::across) {
            sizes.w += b.w;
            sizes.h = std::max(sizes.h, b.h);
        } else {
            sizes.w = std::max(sizes.w, b.w);
            sizes.h += b.h;
        }
    }
    (arrangement.direction == Direction::across ? sizes.w : sizes.h) += between;
    return sizes;
}

bool fits(const Sizes& sizes, const Rect& area) { return sizes.w <= area.w && sizes.h <= area.h; }

// The largest cell that fits this arrangement (feasibility only shrinks as cells grow).
float largest_cell(const std::vector<BlockSpec>& blocks, const Arrangement& arrangement, const FrameStyle& style,
                   const Rect& area) {
    float lo = 0.0f;
    float hi = style.max_cell();
    if (fits(measure(blocks, arrangement, hi, style, area), area)) return hi;
    for (int i = 0; i < 40; ++i) {
        const float mid = 0.5f * (lo + hi);
        (fits(measure(blocks, arrangement, mid, style, area), area) ? lo : hi) = mid;
    }
    return lo;
}

Layout arrange(const std::vector<BlockSpec>& blocks, const FrameStyle& style, const Rect& area) {
    Layout layout;
    size_t most = 1;
    for (const BlockSpec& b : blocks) most = std::max(most, b.grids.size());
    Arrangement best;
    float best_cell = -1.0f;
    for (Direction direction : {Direction::across, Direction::down}) {
        for (size_t tile : {1u, 2u, 3u, 4u, 6u, 8u, 12u, 16u}) {
            if (tile > 1 && tile >= most * 2) break;  // wider tiles change nothing
            const Arrangement candidate{direction, tile};
            const float cell = largest_cell(blocks, candidate, style, area);
            if (cell > best_cell * 1.001f) {
                best_cell = cell;
                best = candidate;
            }
        }
    }
    layout.cell = best_cell;
    const Sizes sizes = measure(blocks, best, best_cell, style, area);
    const float gap = inner_gap(style, best_cell);
    float block_x = area.x + 0.5f * (area.w - sizes.w);
    float block_y = area.y + 0.5f * (area.h - sizes.h);
    for (size_t b = 0; b < blocks.size(); ++b) {
        const Slot& block = sizes.blocks[b];
        // Centre each block across the other direction.
        const float x0 = best.direction == Direction::across ? block_x : area.x + 0.5f * (area.w - block.w);
        const float y0 = best.direction == Direction::across ? area.y + 0.5f * (area.h - block.h) : block_y;
        const size_t across = sizes.col_w[b].size();
        std::vector<FrameGrid> grids;
        std::vector<LabelLines> spans;
        float row_y = y0;
        for (size_t i = 0; i < blocks[b].grids.size(); ++i) {
            const size_t col = i % across;
            const size_t row = i / across;
            if (col == 0 && row > 0) row_y += sizes.row_h[b][row - 1] + gap;
            float col_x = x0;
            for (size_t c = 0; c < col; ++c) col_x += sizes.col_w[b][c] + gap;
            const GridSpec& spec = blocks[b].grids[i];
            FrameGrid grid;
            grid.label = spec.label;
            grid.rows = spec.rows;
            grid.cols = spec.cols;
            grid.role = spec.role;
            grid.cell = best_cell;
            grid.box.w = static_cast<float>(spec.cols) * best_cell;
            grid.box.h = static_cast<float>(spec.rows) * best_cell;
            grid.box.x = col_x + 0.5f * (sizes.col_w[b][col] - grid.box.w);
            const float room = label_room(blocks, blocks[b], best, area);
            std::vector<std::string> label_text = label_lines(spec.label, style, room);
            if (label_text.empty()) label_text.emplace_back();  // a place for a label set later
            const std::vector<std::string> note_text = label_lines(spec.note, style, room);
            grid.box.y = row_y + label_band(style) * static_cast<float>(label_text.size());
            FrameText label;
            label.kind = TextKind::label;
            label.size = style.label_size();
            label.anchor = Anchor::centre;
            label.x = grid.box.x + 0.5f * grid.box.w;
            label.role = spec.role;
            for (size_t line = 0; line < note_text.size(); ++line) {
                FrameText t = label;
                t.y = grid.box.bottom() + 0.3f * style.label_size() + label_band(style) * static_cast<float>(line);
                t.text = note_text[line];
                t.role = Role::input;
                layout.labels.push_back(std::move(t));
            }
            spans.push_back({layout.labels.size(), label_text.size(), room});
            for (size_t line = 0; line < label_text.size(); ++line) {
                FrameText t = label;
                t.y = grid.box.y - label_band(style) * static_cast<float>(label_text.size() - line);
                t.text = label_text[line];
                layout.labels.push_back(std::move(t));
            }
            grids.push_back(std::move(grid));
        }
        layout.grids.push_back(std::move(grids));
        layout.label_lines.push_back(std::move(spans));
        const float between = outer_gap(style, best_cell);
        if (best.direction == Direction::across) {
            block_x += block.w + between;
        } else {
            block_y += block.h + between;
        }
    }
    return layout;
}

}  // namespace

Rect content_area(const FrameStyle& style) {
    const float m = style.margin();
    return {m, style.title_band(), style.width - 2 * m, style.height - style.title_band() - style.text_band()};
}

std::vector<Rect> split_area(const Rect& area, const std::vector<float>& shares, bool across, float gap) {
    std::vector<Rect> bands;
    const float length = (across ? area.w : area.h) - gap * static_cast<float>(shares.size() - 1);
    float at = across ? area.x : area.y;
    for (float share : shares) {
        const float size = share * length;
        bands.push_back(across ? Rect{at, area.y, size, area.h} : Rect{area.x, at, area.w, size});
        at += size + gap;
    }
    return bands;
}

std::vector<std::string> label_lines(const std::string& text, const FrameStyle& style, float room) {
    std::vector<std::string> lines;
    for (const TextLine& line : wrap_text(text, style.label_size(), room)) {
        lines.push_back(text.substr(line.begin, line.end - line.begin));
    }
    return lines;
}

void append(Layout& into, Layout part) {
    for (auto& block : part.label_lines) {
        for (LabelLines& lines : block) lines.first += into.labels.size();
        into.label_lines.push_back(std::move(block));
    }
    for (auto& block : part.grids) into.grids.push_back(std::move(block));
    for (auto& label : part.labels) into.labels.push_back(std::move(label));
}

Layout lay_out(const std::vector<BlockSpec>& blocks, const FrameStyle& style) {
    return lay_out(blocks, style, content_area(style));
}

Layout lay_out(const std::vector<BlockSpec>& blocks, const FrameStyle& style, const Rect& area) {
    if (blocks.empty()) return {};
    // Labels keep their size (never below kMinTextSize); the cells get the room that is left.
    return arrange(blocks, style, area);
}

}  // namespace convviz
