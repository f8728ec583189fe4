// Links: for a hovered cell of a frame, the cells its value is computed from (sources) and the
// cells computed from it (dependents) — the GUI's dependency highlight. Direct dependencies only,
// one step of the computation (an output does not list what its padding copies); nothing here
// decides how the links are drawn.
//
// How it works: each view names every edge of its frame's computation, from → to ("to is
// computed from from"), to a LinkSink, which keeps the edges that touch the hovered cell. Both
// directions come from the same edges, so A is a source of B exactly when B is a dependent of A.
// Composer::links() then keeps only cells the frame at t shows. Where a grid shows one slice at a
// time (the kernel of the output channel being computed, one batch element), only what that slice
// computes is linked: an output of another channel gets no kernel cells, as its weights are not
// on screen.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "core/frame/frame.hpp"
#include "core/tensor.hpp"

namespace convviz {

// A cell by its place in a Frame: grid index into Frame::grids, row and column in that grid.
struct CellRef {
    int32_t grid = 0;
    int32_t row = 0;
    int32_t col = 0;
    bool operator==(const CellRef&) const = default;
    auto operator<=>(const CellRef&) const = default;  // for sorting and de-duplicating
};

// Frame places are int32 (FrameCell); views index with int64.
inline CellRef cell_ref(int32_t grid, int64_t row, int64_t col) {
    return {grid, static_cast<int32_t>(row), static_cast<int32_t>(col)};
}

struct Links {
    std::vector<CellRef> sources;     // what the hovered cell's value is computed from
    std::vector<CellRef> dependents;  // what is computed from the hovered cell's value
    bool empty() const { return sources.empty() && dependents.empty(); }
};

// The steps of a trace walking an N×C×H×W shape row-major (one step per cell) that belong to batch
// element n: [begin, end). A frame shows one batch element, so a view's links walk only these.
struct StepRange {
    int64_t begin = 0;
    int64_t end = 0;
};
inline StepRange batch_steps(const Shape& shape, int64_t n) {
    const int64_t per_element = shape[1] * shape[2] * shape[3];
    return {n * per_element, (n + 1) * per_element};
}

// Keeps the edges that touch one cell. Edges may repeat; finish_links() removes repeats.
// A walk is bounded: past `most_edges` edges the sink throws LinksOverBudget, so that hovering a
// cell of a view with a long trace costs a bounded time (core/frame/budget.hpp); the caller says
// that the links are not drawn.
struct LinksOverBudget {
    int64_t most_edges = 0;
};

class LinkSink {
public:
    explicit LinkSink(const CellRef& hovered, int64_t most_edges = std::numeric_limits<int64_t>::max())
        : hovered_(hovered), most_edges_(most_edges) {}

    void edge(const CellRef& from, const CellRef& to) {  // `to` is computed from `from`
        if (++edges_ > most_edges_) throw LinksOverBudget{most_edges_};
        if (to == hovered_) links_.sources.push_back(from);
        if (from == hovered_) links_.dependents.push_back(to);
    }
    Links take() { return std::move(links_); }

private:
    CellRef hovered_;
    int64_t most_edges_;
    int64_t edges_ = 0;
    Links links_;
};

// The visible cell (opacity > 0) the frame shows at `ref`, the topmost when cells overlap during a
// tween; null when the place is outside its grid or nothing visible sits there.
const FrameCell* shown_cell(const Frame& frame, const CellRef& ref);

// `links` of `hovered` cut down to what `frame` shows: sorted, each cell once, the hovered cell
// itself left out, cells the frame does not show (out of range, invisible, absent) dropped.
// Empty when the frame does not show the hovered cell.
Links finish_links(Links links, const CellRef& hovered, const Frame& frame);

}  // namespace convviz
