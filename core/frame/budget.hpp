// What one composed view may hold, so that every scene the size limits accept composes in bounded
// memory and time. The bound is the work, not each parameter: a view whose grids would hold more
// cells than `cells` is drawn as an overview (heat maps and shapes) that says why, and the hover
// links stop walking the trace after `link_edges` edges. Numbers measured, not guessed: see
// README's size limits and tests/extreme_configs.sh.
#pragma once

#include <cstdint>

namespace convviz {

struct ViewBudget {
    // Cells of every grid in one frame. On a 2-core machine with Mesa's software renderer an app
    // frame took 36 ms for the `large` preset's 34,324 (scatter view), 48 ms for its 65,558
    // (gather) and 51 ms for 66,564 (a 256² input padded by 1): 66,000 is where it reaches 50 ms.
    int64_t cells = 66'000;
    // Bins of an overview's heat maps, all planes together: a few milliseconds a frame.
    int64_t overview_cells = 16'384;
    // Edges one hover may walk to find a cell's sources and dependents (about 20 ms).
    int64_t link_edges = 1 << 21;
};

inline constexpr ViewBudget view_budget{};

}  // namespace convviz
