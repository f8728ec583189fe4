// The three views of ConvTranspose2d:
// - scatter: each input cell scales the kernel and stamps it into the full output at stride
//   spacing; the sums grow term by term, and the ring padding will crop is drawn cut away;
// - gather: the input spreads apart (stride − 1 zeros between cells), gets its border, the kernel
//   flips, and the flipped kernel slides over it with stride 1;
// - crop: the full output, `padding` cut from each side, output_padding given back at the bottom
//   and right.
#include <algorithm>

#include "core/frame/formulas.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/ops/extent.hpp"
#include "core/text.hpp"
#include "core/trace/conv_transpose2d_trace.hpp"

namespace convviz {

namespace {

// "kernel 3×3", "kernel[1] 3×3"; ", flipped" after it once the gather has turned it.
std::string kernel_label(Lang lang, const Tensor& weight, int64_t c, bool flipped) {
    const std::string label = weight.dim(0) == 1 && weight.dim(1) == 1
                                  ? tr(lang, "frame.kernel", weight.dim(2), weight.dim(3))
                                  : tr(lang, "frame.kernel_c", c, weight.dim(2), weight.dim(3));
    return flipped ? tr(lang, "gather.flipped", label) : label;
}

// "full output 5×5", "full output[c=1] 5×5"
std::string full_output_label(Lang lang, const Shape& full, int64_t c) {
    return full[1] == 1 ? tr(lang, "frame.full_output", full[2], full[3])
                        : tr(lang, "frame.full_output_c", c, full[2], full[3]);
}

// "2" when both axes agree, "2×1" when not.
std::string pair_text(Pair p) { return p.h == p.w ? cat(p.h) : cat(p.h, "×", p.w); }

// Rows and columns the full-output grids need: the full output, and past it the output_padding
// that padding does not cover.
Pair full_grid_size(const ScatterTrace& trace) {
    const Shape& full = trace.full_shape();
    const Shape& out = trace.output_shape();
    const Pair p = trace.params().padding;
    return {std::max(full[2], p.h + out[2]), std::max(full[3], p.w + out[3])};
}

// [SECTION] Scatter

class ScatterView final : public ViewComposer {
public:
    ScatterView(const Scene& scene, ScatterTrace trace, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input), weight_(*scene.tensors.weight),
          bias_(scene.tensors.bias) {
        grid_ = full_grid_size(trace_);
        const Shape& full = trace_.full_shape();
        const Pair p = trace_.params().padding;
        const Lang lang = style.lang;
        std::vector<BlockSpec> blocks(3);
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            blocks[0].grids.push_back({plane_label("input", c, input_.shape(), lang), input_.dim(2), input_.dim(3),
                                       Role::input});
        }
        for (int64_t c = 0; c < weight_.dim(1); ++c) {
            blocks[1].grids.push_back({kernel_label(lang, weight_, c, false), weight_.dim(2), weight_.dim(3), Role::kernel});
        }
        for (int64_t c = 0; c < full[1]; ++c) {
            const std::string label = full_output_label(lang, full, c);
            blocks[2].grids.push_back({p.h || p.w ? tr(lang, "scatter.full_output_crops", label, pair_text(p)) : label,
                                       grid_.h, grid_.w, Role::output});
        }
        stage_ = Stage(blocks, style, scene.title);
        formula_ = transpose_size_formula(input_.shape(), weight_.shape(), trace_.params(), trace_.output_shape(),
                                          TransposeTerm::spread);
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const int64_t k = std::min(at.step, trace_.size() - 1);
        ScatterStep step;
        trace_.step(k, step);
        const Cell& in = step.input;
        const StepProgress progress = step_progress(at.tween, at.holding, step.taps.size(), k + 1 < trace_.size());

        for (int64_t c = 0; c < input_.dim(1); ++c) {
            const size_t first = add_plane(frame, stage_.grid(0, static_cast<size_t>(c)), input_, in.n, c, Role::input);
            if (c == in.c && !at.holding) {
                FrameCell& cell = frame.cells[first + static_cast<size_t>(in.y * input_.dim(3) + in.x)];
                cell.role = Role::active;
                cell.highlight = true;
            }
        }
        const size_t kernel_first = frame.cells.size();
        for (int64_t c = 0; c < weight_.dim(1); ++c) {
            add_plane(frame, stage_.grid(1, static_cast<size_t>(c)), weight_, in.c, c, Role::kernel);
        }
        if (progress.active < step.taps.size()) {
            const KernelCell& kc = step.taps[progress.active].kernel;
            frame.cells[kernel_first + static_cast<size_t>((kc.in_channel * weight_.dim(2) + kc.y) * weight_.dim(3) + kc.x)]
                .highlight = true;
        }
        const size_t full_first = add_full_output(frame, in.n, at.holding ? trace_.size() - 1 : k - 1);
        if (!at.holding) {
            // This step's stamp: each term lands when the sweep reaches it.
            for (size_t i = 0; i < step.taps.size(); ++i) {
                const ScatterTap& tap = step.taps[i];
                FrameCell& cell = frame.cells[full_first + static_cast<size_t>((tap.full.c * grid_.h + tap.full.y) * grid_.w + tap.full.x)];
                if (i <= progress.active) cell.value += tap.contribution;
                if (!tap.cropped) cell.role = Role::active;
                cell.highlight = cell.highlight || i == progress.active;
            }
            add_stamp_outlines(frame, step, k, progress.glide);
        }
        add_formula(frame, stage_.style, formula_);
        add_caption(frame, stage_.style, caption(step, progress.active, at.holding));
    }

    // Full-output cells from every input cell that stamps into them and, for the input channel
    // whose kernel slices are on screen, from the kernel cells those stamps use.
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = cell_at(std::min(at.step, trace_.size() - 1), input_.dim(1), input_.dim(2), input_.dim(3));
        const StepRange steps = batch_steps(input_.shape(), shown.n);
        ScatterStep step;
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            trace_.step(k, step);
            const Cell& in = step.input;
            const CellRef from = cell_ref(stage_.grid(0, static_cast<size_t>(in.c)), in.y, in.x);
            for (const ScatterTap& tap : step.taps) {
                const CellRef to = cell_ref(stage_.grid(2, static_cast<size_t>(tap.full.c)), tap.full.y, tap.full.x);
                sink.edge(from, to);
                if (in.c == shown.c) {
                    sink.edge(cell_ref(stage_.grid(1, static_cast<size_t>(tap.kernel.in_channel)), tap.kernel.y, tap.kernel.x), to);
                }
            }
        }
    }

private:
    // The full output of batch element n after steps 0..last, cropped ring and given-back rows marked.
    size_t add_full_output(Frame& frame, int64_t n, int64_t last) const {
        const Tensor full = trace_.partial_full_output(last);
        const Shape& out = trace_.output_shape();
        const Pair p = trace_.params().padding;
        const size_t first = frame.cells.size();
        for (int64_t c = 0; c < full.dim(1); ++c) {
            const int32_t grid = stage_.grid(2, static_cast<size_t>(c));
            const double bias = bias_ ? (*bias_)[c] : 0.0;
            for (int64_t y = 0; y < grid_.h; ++y) {
                for (int64_t x = 0; x < grid_.w; ++x) {
                    const bool beyond = y >= full.dim(2) || x >= full.dim(3);
                    const bool kept = y >= p.h && y < p.h + out[2] && x >= p.w && x < p.w + out[3];
                    FrameCell cell = grid_cell(frame, grid, y, x, beyond ? bias : full.at(n, c, y, x),
                                               kept ? Role::output : Role::cropped);
                    if (!kept || beyond) cell.border = BorderStyle::dashed;
                    if (!kept) cell.opacity = 0.55f;
                    frame.cells.push_back(cell);
                }
            }
        }
        return first;
    }

    // The stamp's place on each output plane it writes, gliding toward the next step's.
    void add_stamp_outlines(Frame& frame, const ScatterStep& step, int64_t k, double glide) const {
        const Pair s = trace_.params().stride;
        const Pair d = trace_.params().dilation;
        const Cell& in = step.input;
        const Cell next = k + 1 < trace_.size() ? cell_at(k + 1, input_.dim(1), input_.dim(2), input_.dim(3)) : in;
        const bool glides = next.n == in.n && next.c == in.c;
        const double y = static_cast<double>(in.y * s.h) + (glides ? glide * static_cast<double>((next.y - in.y) * s.h) : 0.0);
        const double x = static_cast<double>(in.x * s.w) + (glides ? glide * static_cast<double>((next.x - in.x) * s.w) : 0.0);
        const double reach_h = static_cast<double>(dilated_extent(weight_.dim(2), d.h));
        const double reach_w = static_cast<double>(dilated_extent(weight_.dim(3), d.w));
        const int64_t group = in.c / (input_.dim(1) / trace_.params().groups);
        const FrameGrid& source = frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(in.c)))];
        const Rect from = cell_box(source, static_cast<double>(in.y), static_cast<double>(in.x));
        for (int64_t c = 0; c < weight_.dim(1); ++c) {
            const int32_t g = stage_.grid(2, static_cast<size_t>(group * weight_.dim(1) + c));
            const Rect box = span_box(frame.grids[static_cast<size_t>(g)], y, x, reach_h, reach_w);
            frame.outlines.push_back({box, Role::kernel, BorderStyle::solid, 1.0f});
            if (c == 0) {
                frame.lines.push_back(arrow_between(from, box));
            }
        }
    }

    MarkedText caption(const ScatterStep& step, size_t active, bool holding) const {
        const Lang lang = stage_.style.lang;
        MarkedText text;
        if (holding) {
            const Pair p = trace_.params().padding;
            const bool one = trace_.size() == 1;
            text.add(p.h || p.w ? tr(lang, one ? "scatter.one_stamped_cropped" : "scatter.all_stamped_cropped",
                                     trace_.size(), trace_.output_shape()[2], trace_.output_shape()[3])
                                : tr(lang, one ? "scatter.one_stamped" : "scatter.all_stamped", trace_.size()));
            return text;
        }
        const std::string value = display_number(step.value);
        text.add(tr(lang, "scatter.stamps", cell_name("input", step.input, input_.shape(), lang), value));
        add_terms(text, step.taps.size(), [&](size_t i) { return product_text(step.value, step.taps[i].weight); },
                  active, ", ");
        return text;
    }

    ScatterTrace trace_;
    Tensor input_;
    Tensor weight_;
    std::optional<Tensor> bias_;
    Pair grid_;
    Stage stage_;
    MarkedText formula_;
};

// [SECTION] Gather

class GatherView final : public ViewComposer {
public:
    GatherView(const Scene& scene, GatherTrace trace, Tensor output, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input), weight_(*scene.tensors.weight),
          output_(std::move(output)) {
        const SpreadAxis& rows = trace_.rows();
        const SpreadAxis& cols = trace_.cols();
        const int64_t group_in = input_.dim(1) / trace_.params().groups;
        const Lang lang = style.lang;
        std::vector<BlockSpec> blocks(3);
        // Laid out with the label of the finished input, the longest; compose() names each moment's.
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            blocks[0].grids.push_back({input_label(c, true, true, lang), rows.total(), cols.total(), Role::input});
        }
        // Laid out with the longer, flipped label; compose() shortens it until the flip.
        for (int64_t c = 0; c < group_in; ++c) {
            blocks[1].grids.push_back({kernel_label(lang, weight_, c, true), weight_.dim(2), weight_.dim(3), Role::kernel});
        }
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            blocks[2].grids.push_back({plane_label("output", c, output_.shape(), lang), output_.dim(2), output_.dim(3),
                                       Role::output});
        }
        stage_ = Stage(blocks, style, scene.title);
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const bool sliding = at.phase == Phase::slide;
        const double spread_t = at.phase == Phase::spread ? ease(at.tween) : 1.0;
        const double pad_t = at.phase == Phase::spread ? 0.0 : at.phase == Phase::pad ? ease(at.tween) : 1.0;
        const double flip_t = flip_of(at);
        GatherStep step;
        const int64_t k = std::min(at.step, trace_.size() - 1);
        if (sliding) trace_.step(k, step);
        const Cell out = sliding ? step.output : Cell{};
        const StepProgress progress = sliding ? step_progress(at.tween, at.holding, step.taps.size() + (step.bias ? 1 : 0),
                                                              k + 1 < trace_.size())
                                              : StepProgress{0.0, kNoTerm, 0.0};

        const std::vector<size_t> planes = add_spread_input(frame, out.n, spread_t, pad_t);
        const int64_t group_in = input_.dim(1) / trace_.params().groups;
        const int64_t group = out.c / weight_.dim(1);
        const size_t kernel_first = add_kernel(frame, group * group_in, out.c % weight_.dim(1), flip_t);
        if (sliding) {
            for (size_t i = 0; i < step.taps.size(); ++i) {
                const GatherTap& tap = step.taps[i];
                const int64_t c = tap.kernel.out_channel;  // the input channel, weight's first index
                FrameCell& cell = frame.cells[planes[static_cast<size_t>(c)] +
                                              static_cast<size_t>(tap.spread_y * trace_.cols().total() + tap.spread_x)];
                if (tap.kind == SpreadCell::input) cell.role = Role::active;
                if (i == progress.active) {
                    cell.highlight = true;
                    frame.cells[kernel_first + static_cast<size_t>(((c - group * group_in) * weight_.dim(2) + tap.flipped_y) *
                                                                       weight_.dim(3) + tap.flipped_x)]
                        .highlight = true;
                }
            }
            add_window(frame, step, k, group * group_in, group_in, progress.glide);
        }
        for (int64_t c = 0; c < group_in; ++c) {
            stage_.set_label(frame, stage_.grid(1, static_cast<size_t>(c)),
                             kernel_label(stage_.style.lang, weight_, group * group_in + c, flip_t >= 1.0));
        }
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            stage_.set_label(frame, stage_.grid(0, static_cast<size_t>(c)),
                             input_label(c, spread_t >= 1.0, pad_t >= 1.0, stage_.style.lang));
        }
        add_filling_output(frame, stage_.grid(2), output_, out.n, sliding ? k : -1, at.holding, progress.sweep);
        const TransposeTerm term = at.phase == Phase::spread ? TransposeTerm::spread
                                   : at.phase == Phase::pad  ? TransposeTerm::kernel
                                                             : TransposeTerm::none;
        add_formula(frame, stage_.style,
                    transpose_size_formula(input_.shape(), weight_.shape(), trace_.params(), output_.shape(), term));
        add_caption(frame, stage_.style,
                    sliding ? tap_sum_text(step, output_.shape(), progress.active, stage_.style.lang) : phase_caption(at));
    }

    // Output cells from the spread cells under the flipped kernel (zeros and border included)
    // and, for the output channel whose kernel slices are on screen, from the kernel cells —
    // at their flipped places once the flip is done, as compose() puts them.
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const bool sliding = at.phase == Phase::slide;
        const Cell shown = sliding ? cell_at(std::min(at.step, trace_.size() - 1), output_.dim(1), output_.dim(2),
                                             output_.dim(3))
                                   : Cell{};
        const bool flipped = flip_of(at) >= 1.0;
        const int64_t group_in = input_.dim(1) / trace_.params().groups;
        const StepRange steps = batch_steps(output_.shape(), shown.n);
        GatherStep step;
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            trace_.step(k, step);
            const Cell& out = step.output;
            const CellRef to = cell_ref(stage_.grid(2, static_cast<size_t>(out.c)), out.y, out.x);
            const int64_t first_in = out.c / weight_.dim(1) * group_in;
            for (const GatherTap& tap : step.taps) {
                const int64_t c = tap.kernel.out_channel;  // the input channel, weight's first index
                sink.edge(cell_ref(stage_.grid(0, static_cast<size_t>(c)), tap.spread_y, tap.spread_x), to);
                if (out.c != shown.c) continue;
                const int32_t kernel = stage_.grid(1, static_cast<size_t>(c - first_in));
                sink.edge(flipped ? cell_ref(kernel, tap.flipped_y, tap.flipped_x) : cell_ref(kernel, tap.kernel.y, tap.kernel.x),
                          to);
            }
        }
    }

private:
    // How far the kernel has turned: 0 before the flip, 1 from the slide on.
    static double flip_of(const TimePoint& at) {
        return at.phase == Phase::slide ? 1.0 : at.phase == Phase::flip ? at.tween : 0.0;
    }

    // Every plane of batch element n as the bordered spread; returns each plane's first cell.
    std::vector<size_t> add_spread_input(Frame& frame, int64_t n, double spread_t, double pad_t) const {
        const SpreadAxis& rows = trace_.rows();
        const SpreadAxis& cols = trace_.cols();
        const Pair s = trace_.params().stride;
        std::vector<size_t> planes;
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            planes.push_back(frame.cells.size());
            const int32_t grid = stage_.grid(0, static_cast<size_t>(c));
            const FrameGrid& g = frame.grids[static_cast<size_t>(grid)];
            for (int64_t y = 0; y < rows.total(); ++y) {
                for (int64_t x = 0; x < cols.total(); ++x) {
                    FrameCell cell = grid_cell(frame, grid, y, x, 0.0, Role::padding);
                    switch (trace_.kind(y, x)) {
                        case SpreadCell::input: {
                            const int64_t iy = (y - rows.border_before) / s.h;
                            const int64_t ix = (x - cols.border_before) / s.w;
                            cell.value = input_.at(n, c, iy, ix);
                            cell.role = Role::input;
                            // From side by side to stride apart.
                            const double y0 = std::clamp<double>(static_cast<double>(rows.border_before + iy), 0.0,
                                                                 static_cast<double>(rows.total() - 1));
                            const double x0 = std::clamp<double>(static_cast<double>(cols.border_before + ix), 0.0,
                                                                 static_cast<double>(cols.total() - 1));
                            const Rect box = cell_box(g, y0 + spread_t * (static_cast<double>(y) - y0),
                                                      x0 + spread_t * (static_cast<double>(x) - x0));
                            cell.x = box.x;
                            cell.y = box.y;
                            break;
                        }
                        case SpreadCell::inserted_zero:
                            cell.role = Role::inserted_zero;
                            cell.border = BorderStyle::dashed;
                            cell.opacity = static_cast<float>(spread_t);
                            break;
                        case SpreadCell::border:
                        case SpreadCell::output_padding:
                            cell.border = BorderStyle::dashed;
                            cell.opacity = static_cast<float>(pad_t);
                            break;
                    }
                    frame.cells.push_back(cell);
                }
            }
        }
        return planes;
    }

    // The kernel slices of out channel `local` for input channels first_in.., flipping: rows turn
    // over in the first half of the flip, columns in the second.
    size_t add_kernel(Frame& frame, int64_t first_in, int64_t local, double flip_t) const {
        const size_t first = frame.cells.size();
        const int64_t kh = weight_.dim(2);
        const int64_t kw = weight_.dim(3);
        const double turn_rows = ease(std::min(2.0 * flip_t, 1.0));
        const double turn_cols = ease(std::max(2.0 * flip_t - 1.0, 0.0));
        const int64_t group_in = input_.dim(1) / trace_.params().groups;
        for (int64_t c = 0; c < group_in; ++c) {
            const int32_t grid = stage_.grid(1, static_cast<size_t>(c));
            const FrameGrid& g = frame.grids[static_cast<size_t>(grid)];
            // Cells in the flipped kernel's order, so a tap's flipped place indexes them.
            for (int64_t fy = 0; fy < kh; ++fy) {
                for (int64_t fx = 0; fx < kw; ++fx) {
                    const int64_t y = kh - 1 - fy;
                    const int64_t x = kw - 1 - fx;
                    FrameCell cell = grid_cell(frame, grid, fy, fx, weight_.at(first_in + c, local, y, x), Role::kernel);
                    const Rect box = cell_box(g, static_cast<double>(y) + turn_rows * static_cast<double>(fy - y),
                                              static_cast<double>(x) + turn_cols * static_cast<double>(fx - x));
                    cell.x = box.x;
                    cell.y = box.y;
                    if (flip_t < 1.0) {
                        cell.row = static_cast<int32_t>(y);
                        cell.col = static_cast<int32_t>(x);
                    }
                    frame.cells.push_back(cell);
                }
            }
        }
        return first;
    }

    void add_window(Frame& frame, const GatherStep& step, int64_t k, int64_t first_in, int64_t group_in,
                    double glide) const {
        const Pair d = trace_.params().dilation;
        const Cell& out = step.output;
        const Cell next = k + 1 < trace_.size() ? cell_at(k + 1, output_.dim(1), output_.dim(2), output_.dim(3)) : out;
        const bool glides = next.n == out.n && next.c == out.c;
        const double y = static_cast<double>(out.y) + (glides ? glide * static_cast<double>(next.y - out.y) : 0.0);
        const double x = static_cast<double>(out.x) + (glides ? glide * static_cast<double>(next.x - out.x) : 0.0);
        for (int64_t c = 0; c < group_in; ++c) {
            const FrameGrid& g = frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(first_in + c)))];
            frame.outlines.push_back({span_box(g, y, x, static_cast<double>(dilated_extent(weight_.dim(2), d.h)),
                                               static_cast<double>(dilated_extent(weight_.dim(3), d.w))),
                                      Role::kernel, BorderStyle::solid, 1.0f});
        }
    }

    // The input as it stands: spread once the spread is done, bordered once the border is there
    // (each only when it changes the grid), never ahead of the picture.
    std::string input_label(int64_t c, bool spread_done, bool border_done, Lang lang) const {
        const SpreadAxis& rows = trace_.rows();
        const SpreadAxis& cols = trace_.cols();
        const bool spreads = spread_done && (rows.spread != input_.dim(2) || cols.spread != input_.dim(3));
        const bool borders = border_done && (rows.total() != rows.spread || cols.total() != cols.spread);
        const std::string plane = plane_label("input", c, input_.shape(), lang);
        if (spreads && borders) return tr(lang, "gather.input_spread", plane, rows.total(), cols.total());
        if (spreads) return tr(lang, "gather.input_spread_only", plane, rows.spread, cols.spread);
        if (borders) return tr(lang, "gather.input_bordered", plane, rows.total(), cols.total());
        return plane;
    }

    MarkedText phase_caption(const TimePoint& at) const {
        const ConvTranspose2dParams& p = trace_.params();
        const SpreadAxis& rows = trace_.rows();
        const SpreadAxis& cols = trace_.cols();
        const Lang lang = stage_.style.lang;
        MarkedText text;
        switch (at.phase) {
            case Phase::spread: {
                const Pair zeros{p.stride.h - 1, p.stride.w - 1};
                if (zeros.h == 0 && zeros.w == 0) {
                    text.add(tr(lang, "gather.spread_none", pair_text(p.stride), input_.dim(2), input_.dim(3)));
                    break;
                }
                // Before it moves (the figure's first picture) the spread is still to come.
                const bool one = zeros.h == 1 && zeros.w == 1;
                const char* key = at.tween > 0.0 ? (one ? "gather.spread_one" : "gather.spread")
                                                 : (one ? "gather.spread_next_one" : "gather.spread_next");
                text.add(tr(lang, key, pair_text(p.stride), pair_text(zeros), input_.dim(2), input_.dim(3), rows.spread,
                            cols.spread));
                break;
            }
            case Phase::pad: {
                const Pair border{rows.border_before, cols.border_before};
                text.add(p.output_padding.h || p.output_padding.w
                             ? tr(lang, "gather.border_output_padding", pair_text(border), pair_text(p.output_padding),
                                  rows.total(), cols.total())
                             : tr(lang, "gather.border", pair_text(border), rows.total(), cols.total()));
                break;
            }
            case Phase::flip:
                text.add(tr(lang, "gather.flip", weight_.dim(2) - 1, weight_.dim(3) - 1));
                break;
            default: break;
        }
        return text;
    }

    GatherTrace trace_;
    Tensor input_;
    Tensor weight_;
    Tensor output_;
    Stage stage_;
};

// [SECTION] Crop

class CropView final : public ViewComposer {
public:
    CropView(const Scene& scene, const ScatterTrace& trace, const FrameStyle& style)
        : input_shape_(scene.tensors.input.shape()), weight_shape_(scene.tensors.weight->shape()),
          params_(trace.params()), full_(trace.partial_full_output(trace.size() - 1)),
          output_(trace.partial_output(trace.size() - 1)), bias_(scene.tensors.bias), grid_(full_grid_size(trace)) {
        const Lang lang = style.lang;
        std::vector<BlockSpec> blocks(2);
        for (int64_t c = 0; c < full_.dim(1); ++c) {
            blocks[0].grids.push_back({full_output_label(lang, full_.shape(), c), grid_.h, grid_.w, Role::output});
        }
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            blocks[1].grids.push_back({plane_label("output", c, output_.shape(), lang), output_.dim(2), output_.dim(3),
                                       Role::output});
        }
        stage_ = Stage(blocks, style, scene.title);
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const double crop_t = at.phase == Phase::full ? 0.0 : at.phase == Phase::crop ? ease(at.tween) : 1.0;
        const double give_t = at.phase == Phase::give_back ? ease(at.tween) : 0.0;
        const Pair p = params_.padding;
        const Pair op = params_.output_padding;
        const int64_t out_h = output_.dim(2);
        const int64_t out_w = output_.dim(3);
        for (int64_t c = 0; c < full_.dim(1); ++c) {
            const int32_t grid = stage_.grid(0, static_cast<size_t>(c));
            for (int64_t y = 0; y < grid_.h; ++y) {
                for (int64_t x = 0; x < grid_.w; ++x) {
                    const bool beyond = y >= full_.dim(2) || x >= full_.dim(3);
                    const bool ring = y < p.h || y >= full_.dim(2) - p.h || x < p.w || x >= full_.dim(3) - p.w;
                    const bool kept = y >= p.h && x >= p.w && y < p.h + out_h && x < p.w + out_w;
                    const bool given = kept && ring;
                    const double value = beyond ? (bias_ ? (*bias_)[c] : 0.0) : full_.at(0, c, y, x);
                    FrameCell cell = grid_cell(frame, grid, y, x, value, Role::output);
                    if (beyond) {
                        // Past the full output: output_padding's bias (or zero) cells, which only
                        // the give-back brings, and corners no output ever has.
                        cell.border = BorderStyle::dashed;
                        cell.opacity = kept ? static_cast<float>(give_t) : 0.0f;
                        cell.role = kept ? Role::result : Role::cropped;
                        cell.show_value = kept;
                    } else if (ring && (!given || give_t < 0.5)) {
                        cell.role = crop_t > 0.0 ? Role::cropped : Role::output;
                        cell.border = crop_t > 0.0 ? BorderStyle::dashed : BorderStyle::solid;
                        cell.opacity = static_cast<float>(1.0 - 0.65 * crop_t);
                    } else if (given) {
                        cell.role = Role::result;
                        cell.highlight = true;
                    }
                    frame.cells.push_back(cell);
                }
            }
            if (crop_t > 0.0) {
                // The kept region, growing by output_padding in the give-back.
                const FrameGrid& g = frame.grids[static_cast<size_t>(grid)];
                frame.outlines.push_back({span_box(g, static_cast<double>(p.h), static_cast<double>(p.w),
                                                   static_cast<double>(out_h - op.h) + give_t * static_cast<double>(op.h),
                                                   static_cast<double>(out_w - op.w) + give_t * static_cast<double>(op.w)),
                                          Role::result, BorderStyle::solid, static_cast<float>(crop_t)});
            }
        }
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            const size_t first = add_plane(frame, stage_.grid(1, static_cast<size_t>(c)), output_, 0, c, Role::output);
            for (int64_t y = 0; y < out_h; ++y) {
                for (int64_t x = 0; x < out_w; ++x) {
                    FrameCell& cell = frame.cells[first + static_cast<size_t>(y * out_w + x)];
                    const bool given = y >= out_h - op.h || x >= out_w - op.w;
                    const double shown = given ? give_t : crop_t;
                    if (given && give_t > 0.0) cell.role = Role::result;
                    if (shown <= 0.0) {
                        cell.role = Role::empty;
                        cell.show_value = false;
                    }
                    cell.opacity = static_cast<float>(0.2 + 0.8 * shown);
                }
            }
        }
        const TransposeTerm term = at.phase == Phase::full  ? TransposeTerm::full
                                   : at.phase == Phase::crop ? TransposeTerm::crop
                                                             : TransposeTerm::give_back;
        add_formula(frame, stage_.style, transpose_size_formula(input_shape_, weight_shape_, params_, output_.shape(), term));
        add_caption(frame, stage_.style, caption(at.phase));
    }

    // Each output cell is the full-output cell `padding` further down and right (output_padding's
    // cells past the full output included: they hold the bias).
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint&, LinkSink& sink) const override {
        const Pair p = params_.padding;
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            for (int64_t y = 0; y < output_.dim(2); ++y) {
                for (int64_t x = 0; x < output_.dim(3); ++x) {
                    sink.edge(cell_ref(stage_.grid(0, static_cast<size_t>(c)), y + p.h, x + p.w),
                              cell_ref(stage_.grid(1, static_cast<size_t>(c)), y, x));
                }
            }
        }
    }

private:
    MarkedText caption(Phase phase) const {
        const Pair p = params_.padding;
        const Pair op = params_.output_padding;
        const Lang lang = stage_.style.lang;
        MarkedText text;
        if (phase == Phase::full) {
            text.add(tr(lang, "crop.full", full_.dim(2), full_.dim(3)));
        } else if (phase == Phase::crop) {
            text.add(tr(lang, "crop.cut", pair_text(p), full_.dim(2), full_.dim(3), full_.dim(2) - 2 * p.h,
                        full_.dim(3) - 2 * p.w));
        } else {
            const std::string rows = op.h == 1 ? tr(lang, "crop.rows_one", op.h) : tr(lang, "crop.rows_many", op.h);
            const std::string columns =
                op.w == 1 ? tr(lang, "crop.columns_one", op.w) : tr(lang, "crop.columns_many", op.w);
            text.add(tr(lang, "crop.give_back", pair_text(op), rows, columns, output_.dim(2), output_.dim(3)));
        }
        return text;
    }

    Shape input_shape_;
    Shape weight_shape_;
    ConvTranspose2dParams params_;
    Tensor full_;
    Tensor output_;
    std::optional<Tensor> bias_;
    Pair grid_;
    Stage stage_;
};

}  // namespace

Result<ViewPtr> make_scatter_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& params = std::get<ConvTranspose2dParams>(scene.params);
    auto trace = ScatterTrace::make(inputs.input, *inputs.weight, inputs.bias ? &*inputs.bias : nullptr, params);
    if (!trace) return Error{trace.error()};
    return ViewPtr(std::make_unique<ScatterView>(scene, std::move(trace.value()), style));
}

Result<ViewPtr> make_gather_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& params = std::get<ConvTranspose2dParams>(scene.params);
    const Tensor* bias = inputs.bias ? &*inputs.bias : nullptr;
    auto trace = GatherTrace::make(inputs.input, *inputs.weight, bias, params);
    if (!trace) return Error{trace.error()};
    auto output = conv_transpose2d_scatter(inputs.input, *inputs.weight, bias, params);
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<GatherView>(scene, std::move(trace.value()), std::move(output.value()), style));
}

Result<ViewPtr> make_crop_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& params = std::get<ConvTranspose2dParams>(scene.params);
    auto trace = ScatterTrace::make(inputs.input, *inputs.weight, inputs.bias ? &*inputs.bias : nullptr, params);
    if (!trace) return Error{trace.error()};
    return ViewPtr(std::make_unique<CropView>(scene, trace.value(), style));
}

}  // namespace convviz
