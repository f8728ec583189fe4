// The views of the layers that move or blend values without a kernel: Upsample (each output
// cell's source point in the input, its neighbours and their weights) and PixelShuffle /
// PixelUnshuffle (each output cell's source channel and offset, with an arrow from where it comes).
#include <algorithm>

#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/text.hpp"
#include "core/trace/resample_trace.hpp"

namespace convviz {

namespace {

std::vector<BlockSpec> two_blocks(const Shape& input, const Shape& output, Lang lang) {
    std::vector<BlockSpec> blocks(2);
    const std::string input_name = tr(lang, "frame2.input");
    const std::string output_name = tr(lang, "frame2.output");
    for (int64_t c = 0; c < input[1]; ++c) {
        blocks[0].grids.push_back({plane_label(input_name, c, input), input[2], input[3], Role::input});
    }
    for (int64_t c = 0; c < output[1]; ++c) {
        blocks[1].grids.push_back({plane_label(output_name, c, output), output[2], output[3], Role::output});
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

bool interpolating(UpsampleMode mode) { return mode == UpsampleMode::bilinear || mode == UpsampleMode::bicubic; }

// How an output index d becomes a source coordinate, in words a formula line can hold. The scale
// is 1/scale_factor when one is given, else in/out (align_corners: (in − 1)/(out − 1)).
std::string rule_text(const UpsampleParams& p, bool align_corners) {
    const char* scale = p.scale_factor ? "/scale_factor" : "·in/out";
    switch (p.mode) {
        case UpsampleMode::nearest: return cat("nearest: src = ⌊d", scale, "⌋");
        case UpsampleMode::nearest_exact: return cat("nearest-exact: src = ⌊(d + 0.5)", scale, "⌋");
        case UpsampleMode::bilinear:
        case UpsampleMode::bicubic: break;
    }
    return align_corners ? "align_corners=True: src = d·(in − 1)/(out − 1)"
                         : cat("align_corners=False: src = (d + 0.5)", scale, " − 0.5");
}

// One axis of the mapping with the step's numbers: "(3 + 0.5)·2/4 − 0.5 = 1.25".
std::string axis_text(const UpsampleParams& p, const UpsampleAxis& along, int64_t d, const UpsampleTaps& taps,
                      Lang lang) {
    const int axis = along.axis;
    const int64_t in = along.in_size;
    const int64_t out = along.out_size;
    // A one-channel input takes PyTorch's channels-last kernel, which copies or halves these.
    if (nearest_shortcut(p, along)) {
        return out == in ? tr(lang, "upsample.copied", d) : cat("⌊", d, "/2⌋ = ", display_number(taps.source));
    }
    const bool align = p.align_corners.value_or(false);
    std::string scale;
    if (interpolating(p.mode) && align) {
        scale = cat("(", in - 1, "/", out - 1, ")");
    } else if (p.scale_factor) {
        scale = cat("(1/", display_number((*p.scale_factor)[axis]), ")");
    } else {
        scale = cat("(", in, "/", out, ")");
    }
    const std::string src = display_number(taps.source);
    switch (p.mode) {
        case UpsampleMode::nearest: return cat("⌊", d, "·", scale, "⌋ = ", src);
        case UpsampleMode::nearest_exact: return cat("⌊(", d, " + 0.5)·", scale, "⌋ = ", src);
        case UpsampleMode::bilinear:
        case UpsampleMode::bicubic: break;
    }
    if (p.mode == UpsampleMode::bilinear && in == out) return tr(lang, "upsample.copied", d);
    if (align && out == 1) return "out = 1: src = 0";  // PyTorch's scale is 0, not (in − 1)/0
    if (align) return cat(d, "·", scale, " = ", src);
    const std::string raw = cat("(", d, " + 0.5)·", scale, " − 0.5");
    // Bilinear clamps a point before the first cell's centre to it; bicubic does not.
    if (taps.point < 0.0 && p.mode == UpsampleMode::bilinear) return cat("max(", raw, ", 0) = ", src);
    return cat(raw, " = ", src);
}

// The weights as a grid: 1×1 for nearest, 2×2 for bilinear, 4×4 for bicubic.
int64_t taps_per_axis(UpsampleMode mode) {
    return mode == UpsampleMode::bicubic ? 4 : interpolating(mode) ? 2 : 1;
}

class UpsampleView final : public ViewComposer {
public:
    UpsampleView(const Scene& scene, UpsampleTrace trace, std::optional<UpsampleTrace> other, Tensor output,
                 const FrameStyle& style)
        : trace_(std::move(trace)), other_(std::move(other)), input_(scene.tensors.input), output_(std::move(output)) {
        const UpsampleParams& p = trace_.params();
        const int64_t taps = taps_per_axis(p.mode);
        const std::vector<BlockSpec> blocks = two_blocks(input_.shape(), output_.shape(), style.lang);
        // Input, weights and output each in a band of their own, so that the input is as large as
        // its band allows whatever the output's size: the sampling points need the room.
        const Rect area = content_area(style);
        const float weight_share = taps == 4 ? 0.28f : 0.16f;  // sixteen weights need room to be read
        const float side_share = 0.5f * (1.0f - weight_share);
        const std::vector<Rect> bands =
            split_area(area, {side_share, weight_share, side_share}, area.w >= area.h, style.margin());
        FrameStyle large = style;
        large.cell_scale = 2.0f;  // the sampling points need room inside the input's cells
        Layout layout = lay_out({blocks[0]}, large, bands[0]);
        append(layout, lay_out({BlockSpec{{{tr(style.lang, "upsample.weights", taps), taps, taps, Role::kernel}}}}, style, bands[1]));
        append(layout, lay_out({blocks[1]}, style, bands[2]));
        stage_ = Stage(std::move(layout), style, scene.title);
        const bool align = p.align_corners.value_or(false);
        if (other_) {
            sampling_formula_.add(cat(rule_text(p, !align), "  →  "));
            sampling_formula_.add(rule_text(p, align), true);
        } else {
            sampling_formula_.add(rule_text(p, align), true);
        }
        sampling_caption_.add(sampling_words(p, style.lang));
        // Before the points move they stand where the other convention puts them: say so.
        if (other_) {
            sampling_start_caption_.add(tr(style.lang, "upsample.sampling.from_other", align ? "False" : "True",
                                           align ? "True" : "False"));
        }
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const bool sampling = at.phase == Phase::sampling;
        const int64_t k = sampling ? 0 : std::min(at.step, trace_.size() - 1);
        UpsampleStep step;
        trace_.step(k, step);
        const Cell& out = step.output;
        const StepProgress progress = step_progress(at.tween, at.holding, step.neighbours.size(), k + 1 < trace_.size());
        const std::vector<size_t> planes = add_planes(frame, stage_.grid(0), input_, out.n, Role::input);
        const FrameGrid& grid = frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(out.c)))];
        add_sampling_grid(frame, grid, sampling ? ease(at.tween) : 1.0f, sampling ? 1.0f : 0.3f);
        const size_t weights = add_weights(frame, sampling || at.holding ? nullptr : &step);
        if (sampling) {
            add_filling_output(frame, stage_.grid(2), output_, out.n, -1, false, 0.0);
            add_formula(frame, stage_.style, sampling_formula_);
            add_caption(frame, stage_.style, other_ && at.tween <= 0.0 ? sampling_start_caption_ : sampling_caption_);
            return;
        }
        if (!at.holding) {
            for (size_t i = 0; i < step.neighbours.size(); ++i) {
                const UpsampleNeighbour& nb = step.neighbours[i];
                FrameCell& cell = frame.cells[planes[static_cast<size_t>(out.c)] + static_cast<size_t>(nb.y * input_.dim(3) + nb.x)];
                // A neighbour and its weight share a colour; a weight of 0 leaves its cell as it was.
                if (nb.weight() != 0.0) cell.tint = static_cast<uint16_t>(i + 1);
                cell.highlight = cell.highlight || i == progress.active;
                frame.cells[weights + i].highlight = i == progress.active;
            }
            const float px = grid.box.x + static_cast<float>(step.point_x + 0.5) * grid.cell;
            const float py = grid.box.y + static_cast<float>(step.point_y + 0.5) * grid.cell;
            add_cross(frame, px, py, 0.2f * grid.cell, 1.0f);
            const FrameGrid& target = frame.grids[static_cast<size_t>(stage_.grid(2, static_cast<size_t>(out.c)))];
            frame.lines.push_back(arrow_between({px, py, 0.0f, 0.0f}, cell_box(target, static_cast<double>(out.y),
                                                                                static_cast<double>(out.x))));
        }
        add_filling_output(frame, stage_.grid(2), output_, out.n, k, at.holding, progress.sweep);
        const UpsampleParams& p = trace_.params();
        const Lang lang = stage_.style.lang;
        MarkedText formula;
        const UpsampleTaps& row = trace_.row_taps()[static_cast<size_t>(out.y)];
        const UpsampleTaps& col = trace_.col_taps()[static_cast<size_t>(out.x)];
        formula.add(cat("y: ", axis_text(p, upsample_axis(p, input_.shape(), 0), out.y, row, lang),
                        "    x: ", axis_text(p, upsample_axis(p, input_.shape(), 1), out.x, col, lang)));
        add_formula(frame, stage_.style, std::move(formula));
        const std::string lhs = tr(lang, "upsample.source", cell_name(tr(lang, "frame2.output"), out, output_.shape()),
                                   display_number(step.source_y), display_number(step.source_x));
        add_caption(frame, stage_.style,
                    sum_text(lhs, step.neighbours.size(),
                             [&](size_t i) { return product_text(step.neighbours[i].weight(), step.neighbours[i].value); },
                             progress.active, display_number(step.result)));
    }

    // Each output cell from the neighbours whose weight is not zero: a neighbour read with weight
    // 0 (a source point exactly on a cell) does not change the value.
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = trace_.step(std::min(at.step, trace_.size() - 1)).output;
        const StepRange steps = batch_steps(output_.shape(), shown.n);
        UpsampleStep step;
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            trace_.step(k, step);
            const Cell& out = step.output;
            const CellRef to = cell_ref(stage_.grid(2, static_cast<size_t>(out.c)), out.y, out.x);
            for (const UpsampleNeighbour& nb : step.neighbours) {
                if (nb.weight() != 0.0) sink.edge(cell_ref(stage_.grid(0, static_cast<size_t>(out.c)), nb.y, nb.x), to);
            }
        }
    }

private:
    static std::string sampling_words(const UpsampleParams& p, Lang lang) {
        switch (p.mode) {
            case UpsampleMode::nearest: return tr(lang, "upsample.sampling.nearest");
            case UpsampleMode::nearest_exact: return tr(lang, "upsample.sampling.nearest_exact");
            case UpsampleMode::bilinear:
            case UpsampleMode::bicubic: break;
        }
        const int neighbours = p.mode == UpsampleMode::bilinear ? 4 : 16;
        return p.align_corners.value_or(false) ? tr(lang, "upsample.sampling.align_true", neighbours)
                                               : tr(lang, "upsample.sampling.align_false", neighbours);
    }

    // One small cross per output cell of a plane at its sampling point, gliding there from the
    // other align_corners convention's point as `arrive` goes 0 → 1 (nearest modes fade in).
    void add_sampling_grid(Frame& frame, const FrameGrid& grid, float arrive, float opacity) const {
        const auto& rows = trace_.row_taps();
        const auto& cols = trace_.col_taps();
        if (static_cast<int64_t>(rows.size() * cols.size()) > kMostSamplingPoints) return;
        const float arm = (opacity < 1.0f ? 0.05f : 0.07f) * grid.cell;
        for (size_t r = 0; r < rows.size(); ++r) {
            for (size_t c = 0; c < cols.size(); ++c) {
                double y = rows[r].point;
                double x = cols[c].point;
                float shown = opacity;
                if (other_) {
                    y = lerp(static_cast<float>(other_->row_taps()[r].point), static_cast<float>(y), arrive);
                    x = lerp(static_cast<float>(other_->col_taps()[c].point), static_cast<float>(x), arrive);
                } else {
                    shown *= arrive;
                }
                add_cross(frame, grid.box.x + static_cast<float>(x + 0.5) * grid.cell,
                          grid.box.y + static_cast<float>(y + 0.5) * grid.cell, arm, shown);
            }
        }
    }

    static void add_cross(Frame& frame, float x, float y, float arm, float opacity) {
        frame.lines.push_back({x - arm, y - arm, x + arm, y + arm, Role::result, false, opacity});
        frame.lines.push_back({x - arm, y + arm, x + arm, y - arm, Role::result, false, opacity});
    }

    // The weights grid: the step's weights, each in its neighbour's colour; empty between steps.
    size_t add_weights(Frame& frame, const UpsampleStep* step) const {
        const int32_t grid = stage_.grid(1);
        const int64_t side = frame.grids[static_cast<size_t>(grid)].cols;
        const size_t first = frame.cells.size();
        for (int64_t i = 0; i < side * side; ++i) {
            FrameCell cell = grid_cell(frame, grid, i / side, i % side, 0.0, Role::kernel);
            if (step) {
                cell.value = step->neighbours[static_cast<size_t>(i)].weight();
                cell.tint = cell.value != 0.0 ? static_cast<uint16_t>(i + 1) : 0;
            } else {
                cell.role = Role::empty;
                cell.show_value = false;
            }
            frame.cells.push_back(cell);
        }
        return first;
    }

    static constexpr int64_t kMostSamplingPoints = 4096;  // more would be a grey blur of crosses

    UpsampleTrace trace_;
    std::optional<UpsampleTrace> other_;  // the other align_corners convention, for the sampling phase
    Tensor input_;
    Tensor output_;
    Stage stage_;
    MarkedText sampling_formula_;
    MarkedText sampling_caption_;
    MarkedText sampling_start_caption_;  // at the sampling's start, the points still at the other's places
};

// [SECTION] PixelShuffle and PixelUnshuffle

class ShuffleView final : public ViewComposer {
public:
    ShuffleView(const Scene& scene, ShuffleTrace trace, Tensor output, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input), output_(std::move(output)) {
        const Lang lang = style.lang;
        std::vector<BlockSpec> blocks = two_blocks(input_.shape(), output_.shape(), lang);
        const int64_t r = trace_.factor();
        blocks[0].grids.back().note = trace_.upscale() ? tr(lang, "shuffle.channels", input_.dim(1), output_.dim(1), r)
                                                       : tr(lang, "shuffle.cut", r);
        blocks[1].grids.back().note = trace_.upscale() ? tr(lang, "shuffle.takes", r)
                                                       : tr(lang, "shuffle.channels", output_.dim(1), input_.dim(1), r);
        stage_ = Stage(blocks, style, scene.title);
        // Each output cell's colour: the channel of the stacked side it belongs to.
        for (int64_t k = 0; k < trace_.size(); ++k) {
            const ShuffleStep step = trace_.step(k);
            output_tints_.push_back(tint_of(trace_.upscale() ? step.source.c : step.output.c));
        }
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const int64_t k = std::min(at.step, trace_.size() - 1);
        const ShuffleStep step = trace_.step(k);
        const StepProgress progress = step_progress(at.tween, at.holding, 1, k + 1 < trace_.size());
        const std::vector<size_t> planes = add_planes(frame, stage_.grid(0), input_, step.output.n, Role::input);
        const int64_t r = trace_.factor();
        // Colour by the channel of the stacked side, so that its interleaving shows in the plane.
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            for (int64_t y = 0; y < input_.dim(2); ++y) {
                for (int64_t x = 0; x < input_.dim(3); ++x) {
                    const int64_t channel = trace_.upscale() ? c : c * r * r + (y % r) * r + x % r;
                    frame.cells[planes[static_cast<size_t>(c)] + static_cast<size_t>(y * input_.dim(3) + x)].tint =
                        tint_of(channel);
                }
            }
        }
        const size_t outputs = frame.cells.size();
        add_filling_output(frame, stage_.grid(1), output_, step.output.n, k, at.holding, progress.sweep);
        const size_t batch_start = static_cast<size_t>(step.output.n * output_.dim(1) * output_.dim(2) * output_.dim(3));
        for (size_t i = outputs; i < frame.cells.size(); ++i) {
            if (frame.cells[i].role != Role::empty) frame.cells[i].tint = output_tints_[batch_start + i - outputs];
        }
        if (!at.holding) {
            FrameCell& source = frame.cells[planes[static_cast<size_t>(step.source.c)] +
                                            static_cast<size_t>(step.source.y * input_.dim(3) + step.source.x)];
            source.highlight = true;
            const FrameGrid& target_grid = frame.grids[static_cast<size_t>(stage_.grid(1, static_cast<size_t>(step.output.c)))];
            const Rect target = cell_box(target_grid, static_cast<double>(step.output.y), static_cast<double>(step.output.x));
            frame.lines.push_back(arrow_between({source.x, source.y, source.size, source.size}, target));
            // The value itself travels from its channel to its place: a frame and its number,
            // between the grids (a cell stays inside its grid).
            const float travel = ease(progress.sweep);
            const Rect moving{lerp(source.x, target.x, travel), lerp(source.y, target.y, travel),
                              lerp(source.size, target.w, travel), lerp(source.size, target.h, travel)};
            frame.outlines.push_back({moving, Role::result, BorderStyle::solid, 1.0f});
            FrameText value;
            value.kind = TextKind::note;
            value.anchor = Anchor::centre;
            value.size = 0.4f * moving.h;
            value.opacity = value.size >= kMinTextSize ? 1.0f : 0.0f;  // too small to read: the frame alone
            value.x = moving.x + 0.5f * moving.w;
            value.y = moving.y + 0.5f * moving.h - 0.6f * value.size;
            value.text = display_number(step.value);
            value.role = Role::result;
            frame.texts.push_back(std::move(value));
        }
        MarkedText formula;
        if (trace_.upscale()) {
            formula.add(cat("c_in = ", step.output.c, "·", r * r, " + (", step.output.y, " mod ", r, ")·", r, " + (",
                            step.output.x, " mod ", r, ") = ", step.source.c, ",  y_in = ⌊", step.output.y, "/", r,
                            "⌋ = ", step.source.y, ",  x_in = ⌊", step.output.x, "/", r, "⌋ = ", step.source.x));
        } else {
            formula.add(cat("c_in = ⌊", step.output.c, "/", r * r, "⌋ = ", step.source.c, ",  y_in = ", step.output.y,
                            "·", r, " + ", step.offset_y, " = ", step.source.y, ",  x_in = ", step.output.x, "·", r,
                            " + ", step.offset_x, " = ", step.source.x));
        }
        add_formula(frame, stage_.style, std::move(formula));
        const Lang lang = stage_.style.lang;
        MarkedText caption;
        caption.add(cat(cell_name(tr(lang, "frame2.output"), step.output, output_.shape()), " = ",
                        cell_name(tr(lang, "frame2.input"), step.source, input_.shape()), " = ", display_number(step.value)));
        caption.add(trace_.upscale() ? tr(lang, "shuffle.offset_of", step.offset_y, step.offset_x, r)
                                     : tr(lang, "shuffle.offset_into", step.offset_y, step.offset_x, r));
        add_caption(frame, stage_.style, std::move(caption));
    }

    int64_t cells() const override { return stage_.cells(); }

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
    static uint16_t tint_of(int64_t channel) { return static_cast<uint16_t>(channel % 10000 + 1); }

    ShuffleTrace trace_;
    Tensor input_;
    Tensor output_;
    Stage stage_;
    std::vector<uint16_t> output_tints_;  // per output cell, in flat order
};

}  // namespace

Result<ViewPtr> make_upsample_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& params = std::get<UpsampleParams>(scene.params);
    auto trace = UpsampleTrace::make(inputs.input, params);
    if (!trace) return Error{trace.error()};
    auto output = upsample(inputs.input, params);
    if (!output) return Error{output.error()};
    std::optional<UpsampleTrace> other;
    if (interpolating(params.mode)) {
        UpsampleParams flipped = params;
        flipped.align_corners = !params.align_corners.value_or(false);
        auto made = UpsampleTrace::make(inputs.input, flipped);
        if (!made) return Error{made.error()};
        other = std::move(made.value());
    }
    return ViewPtr(std::make_unique<UpsampleView>(scene, std::move(trace.value()), std::move(other),
                                                  std::move(output.value()), style));
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
