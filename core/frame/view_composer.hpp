// The interface each view's composer implements, the Stage every view starts a frame from (its
// laid-out grids, their labels, the title), and the factories compose() chooses among. A view
// composer is built once per scene (traces, layout) and then composes any time point cheaply.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/frame/frame.hpp"
#include "core/frame/layout.hpp"
#include "core/frame/links.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"
#include "core/timeline.hpp"

namespace convviz {

class ViewComposer {
public:
    virtual ~ViewComposer() = default;
    virtual void compose(const TimePoint& at, Frame& into) const = 0;
    // Names every edge (from → to: `to` is computed from `from`) between cells of the frame
    // compose(at) makes, in that frame's grid places. Brute force over the trace is fine: it runs
    // when the hovered cell changes, not per frame. Cells the frame does not show are dropped later.
    virtual void links(const TimePoint& at, LinkSink& sink) const = 0;
    // What the view can say about a cell beyond its grid, place and value (a matrix entry's kernel
    // cell); empty: nothing more. Lines are separated by '\n'.
    virtual std::string describe(const TimePoint& /*at*/, const CellRef& /*cell*/) const { return {}; }
    // The most cells compose() puts in one frame: what the budget (core/frame/budget.hpp) weighs
    // before the first frame is composed. Building a view allocates its tensors only (each within
    // the size limits); the cells, lines and texts of a frame are what can grow past them.
    virtual int64_t cells() const = 0;
};

// What stays put in every frame of a view: the grids laid out once, their labels, the title.
struct Stage {
    FrameStyle style;
    std::string title;
    std::vector<FrameGrid> grids;     // all blocks' grids, flattened in block order
    std::vector<int32_t> block_start; // index of each block's first grid
    std::vector<FrameText> labels;
    std::vector<LabelLines> label_lines;  // per grid: its label's lines in `labels`

    Stage() = default;
    Stage(const std::vector<BlockSpec>& blocks, const FrameStyle& style, std::string title);
    Stage(Layout layout, const FrameStyle& style, std::string title);  // grids laid out already
    int32_t grid(size_t block, size_t index = 0) const {
        return block_start[block] + static_cast<int32_t>(index);
    }
    void begin(Frame& frame) const;  // clears the frame and puts the stage in
    // Another text for a grid's label in a frame begun from this stage, wrapped as the layout
    // wrapped the first, in the lowest of the lines it made room for (lines beyond them join the
    // last).
    void set_label(Frame& frame, int32_t grid, const std::string& text) const;
    // Its label's lines centred over the grid where the frame has moved it.
    void centre_label(Frame& frame, int32_t grid) const;
    int64_t cells() const;  // the places of every grid
};

using ViewPtr = std::unique_ptr<const ViewComposer>;

// Each takes a valid scene and the tensors its op reads (op_inputs()).
Result<ViewPtr> make_conv_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_scatter_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_gather_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_crop_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_matrix_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_pool_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_unpool_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_upsample_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_shuffle_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
Result<ViewPtr> make_compare_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style);
// What a view whose cells() pass the budget shows instead: heat maps, shapes and why.
Result<ViewPtr> make_overview_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style,
                                   std::vector<PhaseSpan> phases, int64_t view_cells);

}  // namespace convviz
