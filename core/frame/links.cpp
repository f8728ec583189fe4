#include "core/frame/links.hpp"

#include <algorithm>

namespace convviz {

namespace {

bool in_range(const Frame& frame, const CellRef& ref) {
    if (ref.grid < 0 || static_cast<size_t>(ref.grid) >= frame.grids.size()) return false;
    const FrameGrid& grid = frame.grids[static_cast<size_t>(ref.grid)];
    return ref.row >= 0 && ref.col >= 0 && ref.row < grid.rows && ref.col < grid.cols;
}

// A cell faded out to nothing (a border before it appears, a corner no output has) is not shown.
bool visible(const FrameCell& cell) { return cell.opacity > 0.0f; }

CellRef ref_of(const FrameCell& cell) { return {cell.grid, cell.row, cell.col}; }

void sort_unique(std::vector<CellRef>& refs) {
    std::sort(refs.begin(), refs.end());
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
}

}  // namespace

const FrameCell* shown_cell(const Frame& frame, const CellRef& ref) {
    if (!in_range(frame, ref)) return nullptr;
    const auto found = std::find_if(frame.cells.rbegin(), frame.cells.rend(),
                                    [&](const FrameCell& cell) { return visible(cell) && ref_of(cell) == ref; });
    return found == frame.cells.rend() ? nullptr : &*found;
}

Links finish_links(Links links, const CellRef& hovered, const Frame& frame) {
    if (!in_range(frame, hovered)) return {};
    // Every place named (and the hovered one), sorted once: one pass over the frame's cells then
    // marks which of them the frame shows, whatever the frame's size.
    std::vector<CellRef> named = links.sources;
    named.insert(named.end(), links.dependents.begin(), links.dependents.end());
    named.push_back(hovered);
    sort_unique(named);
    std::vector<uint8_t> shown(named.size(), 0);
    auto index_of = [&](const CellRef& ref) {
        return static_cast<size_t>(std::lower_bound(named.begin(), named.end(), ref) - named.begin());
    };
    for (const FrameCell& cell : frame.cells) {
        if (!visible(cell)) continue;
        const size_t i = index_of(ref_of(cell));
        if (i < named.size() && named[i] == ref_of(cell)) shown[i] = 1;
    }
    if (!shown[index_of(hovered)]) return {};
    auto keep_shown = [&](std::vector<CellRef>& refs) {
        sort_unique(refs);
        std::erase_if(refs, [&](const CellRef& ref) { return ref == hovered || !in_range(frame, ref) || !shown[index_of(ref)]; });
    };
    keep_shown(links.sources);
    keep_shown(links.dependents);
    return links;
}

}  // namespace convviz
