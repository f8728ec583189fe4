// The overview: what a view shows instead when drawing it cell by cell would pass the budget
// (core/frame/budget.hpp). Each plane of the input, the kernel and the output is a heat map of the
// means of square blocks of its cells, so that the picture keeps its shape whatever its size; the
// caption says what could not be drawn and why, the formula line gives the shapes, and as the
// animation plays the output fills in and the block of the step on screen is ringed. A block
// hovered gives its rows, columns, mean, least and greatest value.
#include <algorithm>
#include <cmath>

#include "core/frame/budget.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

constexpr int64_t kMostPlanes = 4;  // per tensor: with more, the labels would leave the maps no room

// One plane of a tensor as blocks of `block`×`block` cells.
struct BlockStats {
    double mean = 0.0;
    double least = 0.0;
    double most = 0.0;
};

struct Plane {
    const Tensor* tensor = nullptr;
    std::string name;  // "input", "kernel", "output", in the frame's language
    int64_t n = 0;
    int64_t c = 0;
    int64_t block = 1;
    std::vector<BlockStats> stats;  // per block, row-major: worked out once, not per frame
    int64_t rows() const { return (tensor->dim(2) + block - 1) / block; }
    int64_t cols() const { return (tensor->dim(3) + block - 1) / block; }
};

BlockStats block_stats(const Plane& p, int64_t row, int64_t col) {
    const int64_t y0 = row * p.block;
    const int64_t x0 = col * p.block;
    const int64_t y1 = std::min(y0 + p.block, p.tensor->dim(2));
    const int64_t x1 = std::min(x0 + p.block, p.tensor->dim(3));
    BlockStats s{0.0, INFINITY, -INFINITY};
    for (int64_t y = y0; y < y1; ++y) {
        for (int64_t x = x0; x < x1; ++x) {
            const double v = p.tensor->at(p.n, p.c, y, x);
            s.mean += v;
            s.least = std::min(s.least, v);
            s.most = std::max(s.most, v);
        }
    }
    s.mean /= static_cast<double>((y1 - y0) * (x1 - x0));
    return s;
}

class OverviewView final : public ViewComposer {
public:
    OverviewView(const Scene& scene, const OpInputs& inputs, Tensor output, std::vector<PhaseSpan> phases,
                 int64_t view_cells, const FrameStyle& style)
        : input_(inputs.input), output_(std::move(output)), phases_(std::move(phases)), lang_(style.lang) {
        if (inputs.weight) weight_ = *inputs.weight;
        add_planes(input_, tr(lang_, "frame2.input"), input_.dim(1));
        if (weight_) add_planes(*weight_, tr(lang_, "overview.kernel"), weight_->dim(1));
        output_first_ = planes_.size();
        add_planes(output_, tr(lang_, "frame2.output"), output_.dim(1));
        // Blocks as small as the budget allows, one size per tensor so that its planes match.
        const int64_t per_plane = view_budget.overview_cells / static_cast<int64_t>(planes_.size());
        const int64_t side = std::max<int64_t>(1, static_cast<int64_t>(std::sqrt(static_cast<double>(per_plane))));
        std::vector<BlockSpec> blocks;
        const Tensor* last = nullptr;
        for (Plane& p : planes_) {
            const int64_t longest = std::max(p.tensor->dim(2), p.tensor->dim(3));
            p.block = (longest + side - 1) / side;
            if (p.tensor != last) blocks.emplace_back();
            last = p.tensor;
            most_block_ = std::max(most_block_, p.block);
            for (int64_t r = 0; r < p.rows(); ++r) {
                for (int64_t c = 0; c < p.cols(); ++c) p.stats.push_back(block_stats(p, r, c));
            }
            blocks.back().grids.push_back({plane_text(p), p.rows(), p.cols(), role_of(p)});
        }
        stage_ = Stage(blocks, style, scene.title);
        formula_.add(tr(lang_, "overview.shapes", bracketed(input_.shape()), bracketed(output_.shape())));
        caption_ = tr(lang_, "overview.why", grouped(view_cells), grouped(view_budget.cells), most_block_);
        if (input_.dim(1) > kMostPlanes || output_.dim(1) > kMostPlanes || (weight_ && weight_->dim(1) > kMostPlanes)) {
            caption_ += tr(lang_, "overview.first_planes", kMostPlanes - 1);
        }
        // Least and greatest value of each tensor, for the heat map's shades.
        for (const Tensor* t : {&input_, weight_ ? &*weight_ : nullptr, &output_}) {
            if (!t || t->size() == 0) continue;
            const auto [lo, hi] = std::minmax_element(t->data().begin(), t->data().end());
            ranges_.push_back({t, *lo, *hi});
        }
    }

    int64_t cells() const override { return view_budget.overview_cells; }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        // How far the steps have come: the output fills in as the animation plays.
        const double done = progress(at);
        const int64_t filled = static_cast<int64_t>(std::floor(done * static_cast<double>(output_.size())));
        for (size_t i = 0; i < planes_.size(); ++i) {
            const Plane& p = planes_[i];
            const int32_t grid = static_cast<int32_t>(i);
            const Range range = range_of(p.tensor);
            for (int64_t r = 0; r < p.rows(); ++r) {
                for (int64_t c = 0; c < p.cols(); ++c) {
                    const BlockStats& s = p.stats[static_cast<size_t>(r * p.cols() + c)];
                    FrameCell cell = grid_cell(frame, grid, r, c, s.mean, role_of(p));
                    cell.show_value = p.block == 1;
                    // A shade of the role's colour: the least value faint, the greatest full.
                    const double span = range.most - range.least;
                    const double shade = span > 0.0 && std::isfinite(span) ? (s.mean - range.least) / span : 1.0;
                    cell.opacity = static_cast<float>(0.2 + 0.8 * std::clamp(std::isfinite(shade) ? shade : 1.0, 0.0, 1.0));
                    if (p.tensor == &output_ && first_flat(p, r, c) >= filled && done < 1.0) {
                        cell.role = Role::empty;
                        cell.show_value = false;
                        cell.opacity = 1.0f;
                    }
                    frame.cells.push_back(cell);
                }
            }
        }
        // The step on screen: its output cell's block ringed.
        if (done < 1.0 && output_.size() > 0) {
            const int64_t flat = std::clamp<int64_t>(filled, 0, output_.size() - 1);
            const Cell cell = cell_at(flat, output_.dim(1), output_.dim(2), output_.dim(3));
            const size_t index = output_first_ + static_cast<size_t>(cell.c);
            if (cell.n == 0 && index < planes_.size()) {
                const Plane& p = planes_[index];
                const FrameGrid& g = frame.grids[index];
                frame.outlines.push_back({cell_box(g, static_cast<double>(cell.y / p.block), static_cast<double>(cell.x / p.block)),
                                          Role::result, BorderStyle::solid, 1.0f});
            }
        }
        add_formula(frame, stage_.style, formula_);
        MarkedText caption;
        caption.add(caption_);
        add_caption(frame, stage_.style, std::move(caption));
    }

    void links(const TimePoint& /*at*/, LinkSink& /*sink*/) const override {}

    std::string describe(const TimePoint& /*at*/, const CellRef& ref) const override {
        if (ref.grid < 0 || static_cast<size_t>(ref.grid) >= planes_.size()) return {};
        const Plane& p = planes_[static_cast<size_t>(ref.grid)];
        if (ref.row < 0 || ref.col < 0 || ref.row >= p.rows() || ref.col >= p.cols()) return {};
        const BlockStats& s = p.stats[static_cast<size_t>(ref.row * p.cols() + ref.col)];
        const int64_t y0 = ref.row * p.block;
        const int64_t x0 = ref.col * p.block;
        const int64_t y1 = std::min(y0 + p.block, p.tensor->dim(2)) - 1;
        const int64_t x1 = std::min(x0 + p.block, p.tensor->dim(3)) - 1;
        return tr(lang_, "overview.hover", plane_text(p), y0, y1, x0, x1, exact_number(s.mean), exact_number(s.least),
                  exact_number(s.most));
    }

private:
    struct Range {
        const Tensor* tensor = nullptr;
        double least = 0.0;
        double most = 0.0;
    };

    void add_planes(const Tensor& tensor, const std::string& name, int64_t channels) {
        for (int64_t c = 0; c < std::min(channels, kMostPlanes); ++c) planes_.push_back({&tensor, name, 0, c, 1});
    }

    static std::string plane_text(const Plane& p) { return plane_label(p.name, p.c, p.tensor->shape()); }

    Role role_of(const Plane& p) const {
        if (p.tensor == &input_) return Role::input;
        if (p.tensor == &output_) return Role::output;
        return Role::kernel;
    }

    Range range_of(const Tensor* t) const {
        for (const Range& r : ranges_) {
            if (r.tensor == t) return r;
        }
        return {t, 0.0, 0.0};
    }

    // The flat index (n = 0) of a block's first cell in the output's row-major order.
    int64_t first_flat(const Plane& p, int64_t row, int64_t col) const {
        return (p.c * output_.dim(2) + row * p.block) * output_.dim(3) + col * p.block;
    }

    // The share of the animation's steps done at `at`: phases before it count whole.
    double progress(const TimePoint& at) const {
        if (at.holding) return 1.0;
        double steps = 0.0;
        double done = 0.0;
        for (size_t i = 0; i < phases_.size(); ++i) {
            const double count = static_cast<double>(phases_[i].steps);
            steps += count;
            if (static_cast<int>(i) < at.phase_index) done += count;
            if (static_cast<int>(i) == at.phase_index) done += static_cast<double>(at.step) + std::clamp(at.tween, 0.0, 1.0);
        }
        return steps > 0.0 ? std::clamp(done / steps, 0.0, 1.0) : 1.0;
    }

    Tensor input_;
    std::optional<Tensor> weight_;
    Tensor output_;
    std::vector<PhaseSpan> phases_;
    Lang lang_;
    std::vector<Plane> planes_;
    size_t output_first_ = 0;
    int64_t most_block_ = 1;
    std::vector<Range> ranges_;
    Stage stage_;
    MarkedText formula_;
    std::string caption_;
};

}  // namespace

Result<ViewPtr> make_overview_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style,
                                   std::vector<PhaseSpan> phases, int64_t view_cells) {
    auto output = run(scene.params, inputs, style.lang);
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<OverviewView>(scene, inputs, std::move(output.value().values), std::move(phases),
                                                  view_cells, style));
}

}  // namespace convviz
