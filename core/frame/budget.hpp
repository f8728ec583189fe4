// What one composed view may hold, so that every scene the size limits accept composes in bounded
// memory and time. The bound is the work, not each parameter: a view whose grids would hold more
// cells than `cells` is drawn as an overview (heat maps and shapes) that says why, and the hover
// links stop walking the trace after `link_edges` edges. Numbers measured, not guessed: see
// README's size limits and tests/extreme_configs.sh.
#pragma once

#include <cstdint>

namespace convviz {

struct ViewBudget {
    // Cells of every grid in one frame. On a 2-core machine with Mesa's software renderer the app
    // draws the `large` preset's 34,000 (scatter) in about 30 ms and its 65,000 (gather) in
    // about 45: the budget's 50 ms a frame.
    int64_t cells = 70'000;
    // Bins of an overview's heat maps, all planes together: a few milliseconds a frame.
    int64_t overview_cells = 16'384;
    // Edges one hover may walk to find a cell's sources and dependents (about 20 ms).
    int64_t link_edges = 1 << 21;
};

inline constexpr ViewBudget view_budget{};

}  // namespace convviz
