// The pooling views: MaxPool2d / AvgPool2d windows stepping over the (padded) input with the
// winner or the divisor, and MaxPool2d → MaxUnpool2d: the windows' winners and their indices,
// then each value going back to its index in a zero output.
#include <algorithm>

#include "core/frame/formulas.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/ops/extent.hpp"
#include "core/ops/pooling.hpp"
#include "core/text.hpp"
#include "core/trace/pool_trace.hpp"

namespace convviz {

namespace {

// The pooled input as drawn: from −padding on, wide enough for every window. With ceil_mode the
// last window may reach past the padding; that overhang is drawn as padding too.
struct PoolExtent {
    Pair padding{0, 0};
    Pair size{0, 0};  // rows and columns of the grid
};

PoolExtent pool_extent(const Shape& input, const Shape& output, Pair padding, Pair kernel, Pair stride, Pair dilation) {
    PoolExtent e{padding, {}};
    for (int axis : kAxes) {
        const int64_t reach = (spatial(output, axis) - 1) * stride[axis] + dilated_extent(kernel[axis], dilation[axis]);
        e.size[axis] = std::max(spatial(input, axis) + 2 * padding[axis], reach);
    }
    return e;
}

// Planes of a pooled input with its padding ring, dashed; max pooling's padding never wins, so it
// shows no value.
std::vector<size_t> add_padded_input(Frame& frame, int32_t first_grid, const Tensor& input, int64_t n,
                                     const PoolExtent& extent, bool padding_values) {
    std::vector<size_t> planes;
    for (int64_t c = 0; c < input.dim(1); ++c) {
        planes.push_back(frame.cells.size());
        for (int64_t row = 0; row < extent.size.h; ++row) {
            for (int64_t col = 0; col < extent.size.w; ++col) {
                const int64_t y = row - extent.padding.h;
                const int64_t x = col - extent.padding.w;
                const bool inside = y >= 0 && x >= 0 && y < input.dim(2) && x < input.dim(3);
                FrameCell cell = grid_cell(frame, first_grid + static_cast<int32_t>(c), row, col,
                                           inside ? input.at(n, c, y, x) : 0.0, inside ? Role::input : Role::padding);
                if (!inside) {
                    cell.border = BorderStyle::dashed;
                    cell.show_value = padding_values;
                }
                frame.cells.push_back(cell);
            }
        }
    }
    return planes;
}

// The input's and the output's grids; `output_name` is already in the frame's language.
std::vector<BlockSpec> pooling_blocks(const Tensor& input, const PoolExtent& extent, const Shape& output,
                                      const std::string& output_name, Lang lang) {
    std::vector<BlockSpec> blocks(2);
    const Pair p = extent.padding;
    const std::string input_name = tr(lang, "frame2.input");
    for (int64_t c = 0; c < input.dim(1); ++c) {
        const std::string plane = plane_label(input_name, c, input.shape());
        const std::string label =
            p.h || p.w ? tr(lang, "pool.label.padded", plane, p.h == p.w ? cat(p.h) : cat(p.h, "×", p.w)) : plane;
        blocks[0].grids.push_back({label, extent.size.h, extent.size.w, Role::input});
    }
    for (int64_t c = 0; c < output[1]; ++c) {
        blocks[1].grids.push_back({plane_label(output_name, c, output), output[2], output[3], Role::output});
    }
    return blocks;
}

// The pooling window of output cell `out` over its plane, gliding toward `next`'s.
void add_pool_window(Frame& frame, const FrameGrid& grid, const Cell& out, const Cell& next, double glide,
                     Pair stride, Pair dilation, Pair kernel) {
    const bool glides = next.n == out.n && next.c == out.c;
    const double y = static_cast<double>(out.y * stride.h) + (glides ? glide * static_cast<double>((next.y - out.y) * stride.h) : 0.0);
    const double x = static_cast<double>(out.x * stride.w) + (glides ? glide * static_cast<double>((next.x - out.x) * stride.w) : 0.0);
    frame.outlines.push_back({span_box(grid, y, x, static_cast<double>(dilated_extent(kernel.h, dilation.h)),
                                       static_cast<double>(dilated_extent(kernel.w, dilation.w))),
                              Role::kernel, BorderStyle::solid, 1.0f});
}

// Lights a window's cells; `winner` (or every cell when none) emphasised once the sweep is done.
void light_window(Frame& frame, size_t plane, const PoolExtent& extent, const std::vector<WindowCell>& window,
                  size_t active, int64_t winner) {
    for (size_t i = 0; i < window.size(); ++i) {
        const WindowCell& w = window[i];
        FrameCell& cell = frame.cells[plane + static_cast<size_t>((w.y + extent.padding.h) * extent.size.w + w.x +
                                                                  extent.padding.w)];
        if (!w.padding) cell.role = Role::active;
        cell.highlight = i == active;
        if (winner >= 0 && static_cast<int64_t>(i) == winner && active == kNoTerm) {
            cell.role = Role::result;
            cell.highlight = true;
        }
    }
}

// A window's cells (padding and ceil_mode's overhang included) feed `to`: a max depends on every
// candidate, a mean on every term.
void link_window(LinkSink& sink, int32_t grid, const PoolExtent& extent, const std::vector<WindowCell>& window,
                 const CellRef& to) {
    for (const WindowCell& w : window) sink.edge(cell_ref(grid, w.y + extent.padding.h, w.x + extent.padding.w), to);
}

MarkedText max_text(std::string_view lhs, const MaxPoolStep& step, size_t active, Lang lang) {
    MarkedText text;
    text.add(cat(lhs, " = max("));
    const size_t marked = active == kNoTerm ? static_cast<size_t>(step.winner) : active;
    const std::string pad = tr(lang, "pool.pad_term");
    add_terms(text, step.window.size(),
              [&](size_t i) { return step.window[i].padding ? pad : display_number(step.window[i].value); },
              marked, ", ");
    text.add(cat(") = ", display_number(step.result)));
    return text;
}

// [SECTION] MaxPool2d and AvgPool2d

class PoolView final : public ViewComposer {
public:
    PoolView(const Scene& scene, std::optional<MaxPoolTrace> max, std::optional<AvgPoolTrace> avg, Tensor output,
             const FrameStyle& style)
        : max_(std::move(max)), avg_(std::move(avg)), input_(scene.tensors.input), output_(std::move(output)) {
        if (max_) {
            const MaxPool2dParams& p = max_->params();
            padding_ = p.padding;
            kernel_ = p.kernel_size;
            stride_ = stride_or_kernel(p.stride, p.kernel_size);
            dilation_ = p.dilation;
            formula_ = pool_size_formula(input_.shape(), kernel_, padding_, stride_, dilation_, p.ceil_mode, output_.shape());
        } else {
            const AvgPool2dParams& p = avg_->params();
            padding_ = p.padding;
            kernel_ = p.kernel_size;
            stride_ = stride_or_kernel(p.stride, p.kernel_size);
            formula_ = pool_size_formula(input_.shape(), kernel_, padding_, stride_, dilation_, p.ceil_mode, output_.shape());
        }
        extent_ = pool_extent(input_.shape(), output_.shape(), padding_, kernel_, stride_, dilation_);
        stage_ = Stage(pooling_blocks(input_, extent_, output_.shape(), tr(style.lang, "frame2.output"), style.lang), style,
                       scene.title);
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const int64_t size = element_count(output_.shape());
        const int64_t k = std::min(at.step, size - 1);
        const Cell out = cell_at(k, output_.dim(1), output_.dim(2), output_.dim(3));
        const std::vector<size_t> planes = add_padded_input(frame, stage_.grid(0), input_, out.n, extent_, !max_);
        const Lang lang = stage_.style.lang;
        const std::string output_name = cell_name(tr(lang, "frame2.output"), out, output_.shape());
        MarkedText caption;
        StepProgress progress;
        if (max_) {
            const MaxPoolStep step = max_->step(k);
            progress = step_progress(at.tween, at.holding, step.window.size(), k + 1 < size);
            const size_t active = progress.sweep < 1.0 ? progress.active : kNoTerm;
            if (!at.holding) light_window(frame, planes[static_cast<size_t>(out.c)], extent_, step.window, active, step.winner);
            caption = max_text(output_name, step, active, lang);
        } else {
            const AvgPoolStep step = avg_->step(k);
            progress = step_progress(at.tween, at.holding, step.window.size(), k + 1 < size);
            if (!at.holding) light_window(frame, planes[static_cast<size_t>(out.c)], extent_, step.window, progress.active, -1);
            caption.add(cat(output_name, " = ("));
            add_terms(caption, step.window.size(), [&](size_t i) { return display_number(step.window[i].value); },
                      progress.active, " + ");
            caption.add(cat(") / ", step.divisor, " = ", display_number(step.result)));
        }
        if (!at.holding) {
            const Cell next = k + 1 < size ? cell_at(k + 1, output_.dim(1), output_.dim(2), output_.dim(3)) : out;
            add_pool_window(frame, frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(out.c)))], out,
                            next, progress.glide, stride_, dilation_, kernel_);
        }
        add_filling_output(frame, stage_.grid(1), output_, out.n, k, at.holding, progress.sweep);
        add_formula(frame, stage_.style, formula_);
        add_caption(frame, stage_.style, std::move(caption));
    }

    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = cell_at(std::min(at.step, output_.size() - 1), output_.dim(1), output_.dim(2), output_.dim(3));
        const StepRange steps = batch_steps(output_.shape(), shown.n);
        auto walk = [&](const auto& trace, auto& step) {
            for (int64_t k = steps.begin; k < steps.end; ++k) {
                trace.step(k, step);
                const Cell& out = step.output;
                link_window(sink, stage_.grid(0, static_cast<size_t>(out.c)), extent_, step.window,
                            cell_ref(stage_.grid(1, static_cast<size_t>(out.c)), out.y, out.x));
            }
        };
        if (max_) {
            MaxPoolStep step;
            walk(*max_, step);
        } else {
            AvgPoolStep step;
            walk(*avg_, step);
        }
    }

private:
    std::optional<MaxPoolTrace> max_;
    std::optional<AvgPoolTrace> avg_;
    Tensor input_;
    Tensor output_;
    Pair padding_{0, 0};
    Pair kernel_{1, 1};
    Pair stride_{1, 1};
    Pair dilation_{1, 1};
    PoolExtent extent_;
    Stage stage_;
    MarkedText formula_;
};

// [SECTION] MaxPool2d → MaxUnpool2d

class UnpoolView final : public ViewComposer {
public:
    UnpoolView(const Scene& scene, MaxPoolTrace pool, UnpoolTrace unpool, MaxPoolResult pooled, Tensor output,
               const FrameStyle& style)
        : pool_(std::move(pool)), unpool_(std::move(unpool)), input_(scene.tensors.input),
          pooled_(std::move(pooled.values)), indices_(pooled.indices.shape(), 0.0), output_(std::move(output)) {
        // Indices shown as numbers in cells, like any other plane.
        for (int64_t i = 0; i < indices_.size(); ++i) indices_[i] = static_cast<double>(pooled.indices[i]);
        first_landing_.assign(static_cast<size_t>(output_.size()), -1);
        const int64_t plane_size = output_.dim(2) * output_.dim(3);
        for (int64_t j = unpool_.size() - 1; j >= 0; --j) {
            const UnpoolStep landing = unpool_.step(j);
            const Cell& o = landing.output;
            first_landing_[static_cast<size_t>((o.n * output_.dim(1) + o.c) * plane_size + o.y * output_.dim(3) + o.x)] = j;
        }
        const MaxPool2dParams& p = pool_.params();
        extent_ = pool_extent(input_.shape(), pooled_.shape(), p.padding, p.kernel_size,
                              stride_or_kernel(p.stride, p.kernel_size), p.dilation);
        const Lang lang = style.lang;
        std::vector<BlockSpec> blocks = pooling_blocks(input_, extent_, pooled_.shape(), tr(lang, "unpool.pooled"), lang);
        BlockSpec indices;
        BlockSpec outputs;
        for (int64_t c = 0; c < pooled_.dim(1); ++c) {
            indices.grids.push_back({plane_label(tr(lang, "unpool.indices"), c, pooled_.shape()), pooled_.dim(2),
                                     pooled_.dim(3), Role::kernel});
        }
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            outputs.grids.push_back({plane_label(tr(lang, "unpool.unpooled"), c, output_.shape()), output_.dim(2),
                                     output_.dim(3), Role::output});
        }
        blocks.push_back(std::move(indices));
        blocks.push_back(std::move(outputs));
        stage_ = Stage(blocks, style, scene.title);
        formula_.add(tr(lang, "unpool.formula", output_.dim(2), output_.dim(3)));
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const MaxPool2dParams& p = pool_.params();
        const int64_t size = pool_.size();
        const int64_t k = std::min(at.step, size - 1);
        const bool pooling = at.phase == Phase::pool;
        const Lang lang = stage_.style.lang;
        const std::string pooled_name = tr(lang, "unpool.pooled");
        const Cell cell = cell_at(k, pooled_.dim(1), pooled_.dim(2), pooled_.dim(3));
        const std::vector<size_t> planes = add_padded_input(frame, stage_.grid(0), input_, cell.n, extent_, false);
        const MaxPoolStep step = pool_.step(k);
        const StepProgress progress = step_progress(at.tween, at.holding, step.window.size(), k + 1 < size);
        MarkedText caption;
        if (pooling) {
            const size_t active = progress.sweep < 1.0 ? progress.active : kNoTerm;
            light_window(frame, planes[static_cast<size_t>(cell.c)], extent_, step.window, active, step.winner);
            const Cell next = k + 1 < size ? cell_at(k + 1, pooled_.dim(1), pooled_.dim(2), pooled_.dim(3)) : cell;
            add_pool_window(frame, frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(cell.c)))], cell,
                            next, progress.glide, stride_or_kernel(p.stride, p.kernel_size), p.dilation, p.kernel_size);
            caption = max_text(cell_name(pooled_name, cell, pooled_.shape()), step, active, lang);
            caption.add(tr(lang, "unpool.at_index", step.index));
        } else if (!at.holding && step.winner >= 0) {
            // Where the value came from, for the eye to compare with where it lands.
            const WindowCell& won = step.window[static_cast<size_t>(step.winner)];
            FrameCell& origin = frame.cells[planes[static_cast<size_t>(cell.c)] +
                                            static_cast<size_t>((won.y + extent_.padding.h) * extent_.size.w + won.x +
                                                                extent_.padding.w)];
            origin.role = Role::active;
            origin.highlight = true;
        }
        // Pooled values and indices fill in during pooling; in unpooling each one is read in turn.
        for (const auto& [block, tensor] : {std::pair{1, &pooled_}, std::pair{2, &indices_}}) {
            const size_t first = frame.cells.size();
            add_filling_output(frame, stage_.grid(static_cast<size_t>(block)), *tensor, cell.n, pooling ? k : size,
                               pooling && at.holding, pooling ? progress.sweep : 1.0);
            if (!pooling && !at.holding) {
                FrameCell& read = frame.cells[first + static_cast<size_t>((cell.c * pooled_.dim(2) + cell.y) * pooled_.dim(3) + cell.x)];
                read.role = Role::active;
                read.highlight = true;
            }
        }
        add_unpooled(frame, cell, k, pooling, at.holding, progress.sweep);
        if (!pooling) {
            const UnpoolStep landing = unpool_.step(k);
            if (!at.holding) {
                caption.add(tr(lang, "unpool.goes_back", cell_name(pooled_name, landing.input, pooled_.shape()),
                               display_number(landing.value), landing.index,
                               cell_name(tr(lang, "unpool.unpooled"), landing.output, output_.shape())));
            } else {
                caption.add(tr(lang, "unpool.all_back"));
            }
        }
        add_formula(frame, stage_.style, at.holding ? formula_ : index_text(step, pooling));
        add_caption(frame, stage_.style, std::move(caption));
    }

    // Pooled values and their indices from their windows; an unpooled cell from each pooled value
    // that lands on it and from that value's index, which says where it lands.
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = cell_at(std::min(at.step, pool_.size() - 1), pooled_.dim(1), pooled_.dim(2), pooled_.dim(3));
        const StepRange steps = batch_steps(pooled_.shape(), shown.n);
        MaxPoolStep step;
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            pool_.step(k, step);
            const Cell& out = step.output;
            const CellRef pooled = cell_ref(stage_.grid(1, static_cast<size_t>(out.c)), out.y, out.x);
            const CellRef index = cell_ref(stage_.grid(2, static_cast<size_t>(out.c)), out.y, out.x);
            const int32_t input = stage_.grid(0, static_cast<size_t>(out.c));
            link_window(sink, input, extent_, step.window, pooled);
            link_window(sink, input, extent_, step.window, index);
            const UnpoolStep landing = unpool_.step(k);
            const CellRef to = cell_ref(stage_.grid(3, static_cast<size_t>(landing.output.c)), landing.output.y,
                                        landing.output.x);
            sink.edge(cell_ref(stage_.grid(1, static_cast<size_t>(landing.input.c)), landing.input.y, landing.input.x), to);
            sink.edge(cell_ref(stage_.grid(2, static_cast<size_t>(landing.input.c)), landing.input.y, landing.input.x), to);
        }
    }

private:
    // How the step's index is made (pooling) or read (unpooling), with its numbers. An index is
    // a place in a plane as wide as the input, read back in a plane as wide as the output: when
    // output_size or the unpool's own arithmetic makes those widths differ, it lands elsewhere.
    MarkedText index_text(const MaxPoolStep& step, bool pooling) const {
        MarkedText text;
        if (step.winner < 0) return formula_;
        const WindowCell& won = step.window[static_cast<size_t>(step.winner)];
        const int64_t in_w = input_.dim(3);
        if (pooling) {
            text.add(cat("index = y·W + x = ", won.y, "·", in_w, " + ", won.x, " = ", step.index));
            return text;
        }
        const int64_t out_w = output_.dim(3);
        const Lang lang = stage_.style.lang;
        text.add(tr(lang, "unpool.index_read", step.index, out_w, step.index / out_w, step.index % out_w));
        if (out_w != in_w) text.add(tr(lang, "unpool.index_was", in_w, won.y, won.x), true);
        return text;
    }

    // The unpooled planes: zeros until the unpool phase brings each value to its index. Windows
    // may share a winner, and then its value lands twice at one index: a cell shows from its
    // first landing on, with no replay of the steps before.
    void add_unpooled(Frame& frame, const Cell& cell, int64_t k, bool pooling, bool holding, double sweep) const {
        const int64_t landed_before = pooling ? 0 : holding ? k + 1 : k;
        const size_t first = frame.cells.size();
        const int64_t plane_size = output_.dim(2) * output_.dim(3);
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            const size_t plane = add_plane(frame, stage_.grid(3, static_cast<size_t>(c)), output_, cell.n, c, Role::output);
            for (int64_t i = 0; i < plane_size; ++i) {
                FrameCell& target = frame.cells[plane + static_cast<size_t>(i)];
                const int64_t landing = first_landing_[static_cast<size_t>((cell.n * output_.dim(1) + c) * plane_size + i)];
                if (landing >= 0 && landing < landed_before) continue;
                target.role = Role::empty;
                target.show_value = holding && !pooling;
            }
        }
        if (pooling || holding) return;
        const UnpoolStep landing = unpool_.step(k);
        FrameCell& target = frame.cells[first + static_cast<size_t>(landing.output.c * plane_size +
                                                                    landing.output.y * output_.dim(3) + landing.output.x)];
        target.value = landing.value;
        target.show_value = true;
        target.role = Role::result;
        target.highlight = true;
        target.opacity = static_cast<float>(0.35 + 0.65 * sweep);
        const FrameGrid& from_grid = frame.grids[static_cast<size_t>(stage_.grid(1, static_cast<size_t>(landing.input.c)))];
        const Rect from = cell_box(from_grid, static_cast<double>(landing.input.y), static_cast<double>(landing.input.x));
        frame.lines.push_back(arrow_between(from, {target.x, target.y, target.size, target.size}));
    }

    MaxPoolTrace pool_;
    UnpoolTrace unpool_;
    Tensor input_;
    Tensor pooled_;
    Tensor indices_;
    Tensor output_;
    std::vector<int64_t> first_landing_;  // per output cell: the first unpool step to write it, or −1
    PoolExtent extent_;
    Stage stage_;
    MarkedText formula_;
};

}  // namespace

Result<ViewPtr> make_pool_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    if (const auto* max = std::get_if<MaxPool2dParams>(&scene.params)) {
        auto trace = MaxPoolTrace::make(inputs.input, *max);
        if (!trace) return Error{trace.error()};
        auto output = max_pool2d(inputs.input, *max);
        if (!output) return Error{output.error()};
        return ViewPtr(std::make_unique<PoolView>(scene, std::move(trace.value()), std::nullopt,
                                                  std::move(output.value().values), style));
    }
    const auto& avg = std::get<AvgPool2dParams>(scene.params);
    auto trace = AvgPoolTrace::make(inputs.input, avg);
    if (!trace) return Error{trace.error()};
    auto output = avg_pool2d(inputs.input, avg);
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<PoolView>(scene, std::nullopt, std::move(trace.value()), std::move(output.value()), style));
}

Result<ViewPtr> make_unpool_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& unpool = std::get<MaxUnpool2dParams>(scene.params);
    const MaxPool2dParams before = pooling_before(unpool, scene.pooling);
    auto pool = MaxPoolTrace::make(scene.tensors.input, before);
    if (!pool) return Error{pool.error()};
    auto pooled = max_pool2d(scene.tensors.input, before);
    if (!pooled) return Error{pooled.error()};
    auto trace = UnpoolTrace::make(inputs.input, *inputs.indices, unpool);
    if (!trace) return Error{trace.error()};
    auto output = max_unpool2d(inputs.input, *inputs.indices, unpool);
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<UnpoolView>(scene, std::move(pool.value()), std::move(trace.value()),
                                                std::move(pooled.value()), std::move(output.value()), style));
}

}  // namespace convviz
