// The views of the layers that move or blend values without a kernel: Upsample (each output
// cell's source point in the input, its neighbours and their weights) and PixelShuffle /
// PixelUnshuffle (each output cell's source channel and offset, with an arrow from where it comes).
#include <algorithm>

#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/text.hpp"
#include "core/trace/resample_trace.hpp"

namespace convviz {

namespace {

std::vector<BlockSpec> two_blocks(const Shape& input, const Shape& output) {
    std::vector<BlockSpec> blocks(2);
    for (int64_t c = 0; c < input[1]; ++c) blocks[0].grids.push_back({plane_label("input", c, input), input[2], input[3], Role::input});
    for (int64_t c = 0; c < output[1]; ++c) {
        blocks[1].grids.push_back({plane_label("output", c, output), output[2], output[3], Role::output});
    }
    return blocks;
}

std::vector<size_t> add_planes(Frame& frame, int32_t first_grid, const Tensor& tensor, int64_t n, Role role) {
    std::vector<size_t> planes;
    for (int64_t c = 0; c < tensor.dim(1); ++c) {
        planes.push_back(add_plane(frame, first_grid + static_cast<int32_t>(c), tensor, n, c, role));
    }
    return planes;
}

// [SECTION] Upsample

std::string rule_text(const UpsampleParams& p) {
    switch (p.mode) {
        case UpsampleMode::nearest: return "nearest: source = ⌊out · in_size / out_size⌋";
        case UpsampleMode::nearest_exact: return "nearest-exact: source = ⌊(out + 0.5) · in_size / out_size⌋";
        case UpsampleMode::bilinear:
        case UpsampleMode::bicubic:
            return cat(name(p.mode), p.align_corners.value_or(false)
                                         ? ", align_corners=True: source = out · (in_size − 1) / (out_size − 1)"
                                         : ", align_corners=False: source = (out + 0.5) · in_size / out_size − 0.5");
    }
    return "";
}

class UpsampleView final : public ViewComposer {
public:
    UpsampleView(const Scene& scene, UpsampleTrace trace, Tensor output, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input), output_(std::move(output)) {
        stage_ = Stage(two_blocks(input_.shape(), output_.shape()), style, scene.title);
        formula_.add(rule_text(trace_.params()));
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const int64_t k = std::min(at.step, trace_.size() - 1);
        UpsampleStep step;
        trace_.step(k, step);
        const Cell& out = step.output;
        const StepProgress progress = step_progress(at.tween, at.holding, step.neighbours.size(), k + 1 < trace_.size());
        const std::vector<size_t> planes = add_planes(frame, stage_.grid(0), input_, out.n, Role::input);
        const FrameGrid& grid = frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(out.c)))];
        if (!at.holding) {
            for (size_t i = 0; i < step.neighbours.size(); ++i) {
                const UpsampleNeighbour& nb = step.neighbours[i];
                FrameCell& cell = frame.cells[planes[static_cast<size_t>(out.c)] + static_cast<size_t>(nb.y * input_.dim(3) + nb.x)];
                if (nb.weight() != 0.0) cell.role = Role::active;
                cell.highlight = cell.highlight || i == progress.active;
            }
            // The source point, a small cross, and an arrow from it to the output cell.
            const float px = grid.box.x + static_cast<float>(step.source_x + 0.5) * grid.cell;
            const float py = grid.box.y + static_cast<float>(step.source_y + 0.5) * grid.cell;
            const float arm = 0.18f * grid.cell;
            frame.lines.push_back({px - arm, py - arm, px + arm, py + arm, Role::result, false, 1.0f});
            frame.lines.push_back({px - arm, py + arm, px + arm, py - arm, Role::result, false, 1.0f});
            const FrameGrid& target = frame.grids[static_cast<size_t>(stage_.grid(1, static_cast<size_t>(out.c)))];
            frame.lines.push_back(arrow_between({px, py, 0.0f, 0.0f}, cell_box(target, static_cast<double>(out.y),
                                                                                static_cast<double>(out.x))));
        }
        add_filling_output(frame, stage_.grid(1), output_, out.n, k, at.holding, progress.sweep);
        add_formula(frame, stage_.style, formula_);
        const std::string lhs = cat(cell_name("output", out, output_.shape()), " ← input(", display_number(step.source_y),
                                    ", ", display_number(step.source_x), ")");
        add_caption(frame, stage_.style,
                    sum_text(lhs, step.neighbours.size(),
                             [&](size_t i) { return product_text(step.neighbours[i].weight(), step.neighbours[i].value); },
                             progress.active, display_number(step.result)));
    }

    // Each output cell from the neighbours whose weight is not zero: a neighbour read with weight
    // 0 (a source point exactly on a cell) does not change the value.
    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = trace_.step(std::min(at.step, trace_.size() - 1)).output;
        const StepRange steps = batch_steps(output_.shape(), shown.n);
        UpsampleStep step;
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            trace_.step(k, step);
            const Cell& out = step.output;
            const CellRef to = cell_ref(stage_.grid(1, static_cast<size_t>(out.c)), out.y, out.x);
            for (const UpsampleNeighbour& nb : step.neighbours) {
                if (nb.weight() != 0.0) sink.edge(cell_ref(stage_.grid(0, static_cast<size_t>(out.c)), nb.y, nb.x), to);
            }
        }
    }

private:
    UpsampleTrace trace_;
    Tensor input_;
    Tensor output_;
    Stage stage_;
    MarkedText formula_;
};

// [SECTION] PixelShuffle and PixelUnshuffle

class ShuffleView final : public ViewComposer {
public:
    ShuffleView(const Scene& scene, ShuffleTrace trace, Tensor output, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input), output_(std::move(output)) {
        stage_ = Stage(two_blocks(input_.shape(), output_.shape()), style, scene.title);
        const int64_t r = trace_.factor();
        const Shape& in = input_.shape();
        if (trace_.upscale()) {
            formula_.add(cat("C_out = ", in[1], " / ", r, "² = ", output_.dim(1), ",  H_out = ", in[2], "·", r, " = ",
                             output_.dim(2), ",  W_out = ", in[3], "·", r, " = ", output_.dim(3)));
        } else {
            formula_.add(cat("C_out = ", in[1], "·", r, "² = ", output_.dim(1), ",  H_out = ", in[2], " / ", r, " = ",
                             output_.dim(2), ",  W_out = ", in[3], " / ", r, " = ", output_.dim(3)));
        }
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const int64_t k = std::min(at.step, trace_.size() - 1);
        const ShuffleStep step = trace_.step(k);
        const StepProgress progress = step_progress(at.tween, at.holding, 1, k + 1 < trace_.size());
        const std::vector<size_t> planes = add_planes(frame, stage_.grid(0), input_, step.output.n, Role::input);
        if (!at.holding) {
            FrameCell& source = frame.cells[planes[static_cast<size_t>(step.source.c)] +
                                            static_cast<size_t>(step.source.y * input_.dim(3) + step.source.x)];
            source.role = Role::active;
            source.highlight = true;
            const FrameGrid& target = frame.grids[static_cast<size_t>(stage_.grid(1, static_cast<size_t>(step.output.c)))];
            frame.lines.push_back(arrow_between({source.x, source.y, source.size, source.size},
                                                cell_box(target, static_cast<double>(step.output.y),
                                                         static_cast<double>(step.output.x))));
        }
        add_filling_output(frame, stage_.grid(1), output_, step.output.n, k, at.holding, progress.sweep);
        add_formula(frame, stage_.style, formula_);
        MarkedText caption;
        const int64_t r = trace_.factor();
        caption.add(cat(cell_name("output", step.output, output_.shape()), " = ",
                        cell_name("input", step.source, input_.shape()), " = ", display_number(step.value)));
        caption.add(cat("   (offset ", step.offset_y, ", ", step.offset_x, trace_.upscale() ? " of a " : " into a ", r,
                        "×", r, " block)"));
        add_caption(frame, stage_.style, std::move(caption));
    }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = trace_.step(std::min(at.step, trace_.size() - 1)).output;
        const StepRange steps = batch_steps(output_.shape(), shown.n);
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            const ShuffleStep step = trace_.step(k);
            sink.edge(cell_ref(stage_.grid(0, static_cast<size_t>(step.source.c)), step.source.y, step.source.x),
                      cell_ref(stage_.grid(1, static_cast<size_t>(step.output.c)), step.output.y, step.output.x));
        }
    }

private:
    ShuffleTrace trace_;
    Tensor input_;
    Tensor output_;
    Stage stage_;
    MarkedText formula_;
};

}  // namespace

Result<ViewPtr> make_upsample_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& params = std::get<UpsampleParams>(scene.params);
    auto trace = UpsampleTrace::make(inputs.input, params);
    if (!trace) return Error{trace.error()};
    auto output = upsample(inputs.input, params);
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<UpsampleView>(scene, std::move(trace.value()), std::move(output.value()), style));
}

Result<ViewPtr> make_shuffle_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    Result<ShuffleTrace> trace = Error{""};
    Result<Tensor> output = Error{""};
    if (const auto* up = std::get_if<PixelShuffleParams>(&scene.params)) {
        trace = ShuffleTrace::make(inputs.input, *up);
        output = pixel_shuffle(inputs.input, *up);
    } else {
        const auto& down = std::get<PixelUnshuffleParams>(scene.params);
        trace = ShuffleTrace::make(inputs.input, down);
        output = pixel_unshuffle(inputs.input, down);
    }
    if (!trace) return Error{trace.error()};
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<ShuffleView>(scene, std::move(trace.value()), std::move(output.value()), style));
}

}  // namespace convviz
