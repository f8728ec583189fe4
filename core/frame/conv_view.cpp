// The Conv2d view: the input with its padding ring (dashed, the mode's values in it), the kernel
// window stepping by the stride, the kernel, and the output filling in cell by cell. Within a
// step the products light up one by one, then the window glides to its next place.
#include <algorithm>

#include "core/frame/formulas.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/ops/extent.hpp"
#include "core/text.hpp"
#include "core/trace/conv2d_trace.hpp"

namespace convviz {

namespace {

class ConvView final : public ViewComposer {
public:
    ConvView(const Scene& scene, Conv2dTrace trace, Tensor output, const FrameStyle& style)
        : trace_(std::move(trace)), input_(scene.tensors.input), weight_(*scene.tensors.weight),
          output_(std::move(output)) {
        const Padding4& pad = trace_.padding();
        rows_ = padded_axis(input_.dim(2), pad.top, pad.bottom, trace_.params().padding_mode);
        cols_ = padded_axis(input_.dim(3), pad.left, pad.right, trace_.params().padding_mode);
        const Lang lang = style.lang;
        const Shape& in = input_.shape();
        const bool padded = pad.top || pad.bottom || pad.left || pad.right;
        std::vector<BlockSpec> blocks(3);
        for (int64_t c = 0; c < in[1]; ++c) {
            const std::string plane = plane_label("input", c, in, lang);
            const std::string label =
                padded ? tr(lang, "conv.input_padded", plane, name(trace_.params().padding_mode)) : plane;
            blocks[0].grids.push_back({label, rows_.size(), cols_.size(), Role::input});
        }
        const Pair d = trace_.params().dilation;
        const bool dilated = d.h > 1 || d.w > 1;
        for (int64_t c = 0; c < weight_.dim(1); ++c) {
            const int64_t kh = weight_.dim(2);
            const int64_t kw = weight_.dim(3);
            const std::string label =
                weight_.dim(1) == 1 && weight_.dim(0) == 1
                    ? (dilated ? tr(lang, "conv.kernel_dilated", kh, kw, d.h == d.w ? cat(d.h) : cat(d.h, "×", d.w))
                               : tr(lang, "frame.kernel", kh, kw))
                    : tr(lang, "conv.kernel_slice", c, kh, kw);
            blocks[1].grids.push_back({label, weight_.dim(2), weight_.dim(3), Role::kernel});
        }
        for (int64_t c = 0; c < output_.dim(1); ++c) {
            blocks[2].grids.push_back({plane_label("output", c, output_.shape(), lang), output_.dim(2), output_.dim(3),
                                       Role::output});
        }
        stage_ = Stage(blocks, style, scene.title);
        formula_ = conv_size_formula(in, pad, weight_.shape(), trace_.params().stride, d, output_.shape());
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const int64_t k = std::min(at.step, trace_.size() - 1);
        Conv2dStep step;
        trace_.step(k, step);
        const Cell& out = step.output;
        const StepProgress progress =
            step_progress(at.tween, at.holding, step.taps.size() + (step.bias ? 1 : 0), k + 1 < trace_.size());
        const size_t active = progress.active;

        // Input planes of batch element n, padding ring included.
        const int64_t in_channels = input_.dim(1);
        std::vector<size_t> plane_start(static_cast<size_t>(in_channels));
        for (int64_t c = 0; c < in_channels; ++c) {
            plane_start[static_cast<size_t>(c)] = frame.cells.size();
            const int32_t grid = stage_.grid(0, static_cast<size_t>(c));
            for (int64_t py = 0; py < rows_.size(); ++py) {
                const int64_t sy = rows_.source[static_cast<size_t>(py)];
                for (int64_t px = 0; px < cols_.size(); ++px) {
                    const int64_t sx = cols_.source[static_cast<size_t>(px)];
                    const bool input_cell = inside(py, px);
                    const double value = sy >= 0 && sx >= 0 ? input_.at(out.n, c, sy, sx) : 0.0;
                    FrameCell cell = grid_cell(frame, grid, py, px, value, input_cell ? Role::input : Role::padding);
                    if (!input_cell) cell.border = BorderStyle::dashed;
                    frame.cells.push_back(cell);
                }
            }
        }
        // The taps: read cells lit, the current term's cell and kernel cell emphasised.
        const int64_t group_in = weight_.dim(1);
        const int64_t group = out.c / (weight_.dim(0) / trace_.params().groups);
        for (size_t i = 0; i < step.taps.size(); ++i) {
            const Conv2dTap& tap = step.taps[i];
            const int64_t c = group * group_in + tap.kernel.in_channel;
            FrameCell& cell = frame.cells[plane_start[static_cast<size_t>(c)] +
                                          static_cast<size_t>(tap.padded_y * cols_.size() + tap.padded_x)];
            if (!tap.padding) cell.role = Role::active;
            cell.highlight = cell.highlight || i == active;
        }
        // The kernel window over each input plane of the group, gliding to the next step's place.
        const Pair s = trace_.params().stride;
        const Pair d = trace_.params().dilation;
        const double glide = progress.glide;
        const Cell next = k + 1 < trace_.size() ? trace_.step(k + 1).output : out;
        const bool same_plane = next.n == out.n && next.c == out.c;
        const double y0 = static_cast<double>(out.y * s.h);
        const double x0 = static_cast<double>(out.x * s.w);
        const double y = same_plane ? y0 + glide * static_cast<double>(next.y * s.h - out.y * s.h) : y0;
        const double x = same_plane ? x0 + glide * static_cast<double>(next.x * s.w - out.x * s.w) : x0;
        const double reach_h = static_cast<double>(dilated_extent(weight_.dim(2), d.h));
        const double reach_w = static_cast<double>(dilated_extent(weight_.dim(3), d.w));
        for (int64_t ci = 0; ci < group_in; ++ci) {
            const FrameGrid& grid = frame.grids[static_cast<size_t>(stage_.grid(0, static_cast<size_t>(group * group_in + ci)))];
            frame.outlines.push_back({span_box(grid, y, x, reach_h, reach_w), Role::kernel, BorderStyle::solid, 1.0f});
        }
        // The kernel of this output channel.
        for (int64_t ci = 0; ci < group_in; ++ci) {
            const size_t first = add_plane(frame, stage_.grid(1, static_cast<size_t>(ci)), weight_, out.c, ci, Role::kernel);
            if (active < step.taps.size() && step.taps[active].kernel.in_channel == ci) {
                const KernelCell& kc = step.taps[active].kernel;
                frame.cells[first + static_cast<size_t>(kc.y * weight_.dim(3) + kc.x)].highlight = true;
            }
        }
        add_filling_output(frame, stage_.grid(2), output_, out.n, k, at.holding, progress.sweep);
        add_formula(frame, stage_.style, formula_);
        add_caption(frame, stage_.style, tap_sum_text(step, output_.shape(), active, stage_.style.lang));
    }

    // Output cells from their windows' cells (padding included) and, for the output channel whose
    // kernel is on screen, from the kernel cells; padding cells from the input cell their mode copies.
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Cell shown = trace_.step(std::min(at.step, trace_.size() - 1)).output;
        for (int64_t c = 0; c < input_.dim(1); ++c) {
            const int32_t grid = stage_.grid(0, static_cast<size_t>(c));
            for (int64_t py = 0; py < rows_.size(); ++py) {
                for (int64_t px = 0; px < cols_.size(); ++px) {
                    const int64_t sy = rows_.source[static_cast<size_t>(py)];
                    const int64_t sx = cols_.source[static_cast<size_t>(px)];
                    if (inside(py, px) || sy < 0 || sx < 0) continue;
                    sink.edge(cell_ref(grid, trace_.padding().top + sy, trace_.padding().left + sx), cell_ref(grid, py, px));
                }
            }
        }
        const int64_t group_in = weight_.dim(1);
        const StepRange steps = batch_steps(output_.shape(), shown.n);
        Conv2dStep step;
        for (int64_t k = steps.begin; k < steps.end; ++k) {
            trace_.step(k, step);
            const Cell& out = step.output;
            const CellRef to = cell_ref(stage_.grid(2, static_cast<size_t>(out.c)), out.y, out.x);
            const int64_t group = out.c / (weight_.dim(0) / trace_.params().groups);
            for (const Conv2dTap& tap : step.taps) {
                const size_t c = static_cast<size_t>(group * group_in + tap.kernel.in_channel);
                sink.edge(cell_ref(stage_.grid(0, c), tap.padded_y, tap.padded_x), to);
                if (out.c == shown.c) {
                    sink.edge(cell_ref(stage_.grid(1, static_cast<size_t>(tap.kernel.in_channel)), tap.kernel.y, tap.kernel.x), to);
                }
            }
        }
    }

private:
    // (py, px) of the padded grid is an input cell, not padding.
    bool inside(int64_t py, int64_t px) const {
        const Padding4& pad = trace_.padding();
        return py >= pad.top && py < pad.top + input_.dim(2) && px >= pad.left && px < pad.left + input_.dim(3);
    }

    Conv2dTrace trace_;
    Tensor input_;
    Tensor weight_;
    Tensor output_;
    AxisMap rows_;
    AxisMap cols_;
    Stage stage_;
    MarkedText formula_;
};

}  // namespace

Result<ViewPtr> make_conv_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    const auto& params = std::get<Conv2dParams>(scene.params);
    const Tensor* bias = inputs.bias ? &*inputs.bias : nullptr;
    auto trace = Conv2dTrace::make(inputs.input, *inputs.weight, bias, params);
    if (!trace) return Error{trace.error()};
    auto output = conv2d(inputs.input, *inputs.weight, bias, params);
    if (!output) return Error{output.error()};
    return ViewPtr(std::make_unique<ConvView>(scene, std::move(trace.value()), std::move(output.value()), style));
}

}  // namespace convviz
