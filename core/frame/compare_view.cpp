// The compare view: a map max-pooled, then brought back to the pool's input size four ways —
// ConvTranspose2d with a fixed kernel, MaxUnpool2d, Upsample nearest and Upsample bilinear — one
// output cell per step in all four at once, with the pooled cells each of them reads lit.
#include <algorithm>
#include <array>

#include "core/compare.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/text.hpp"
#include "core/trace/pool_trace.hpp"
#include "core/trace/resample_trace.hpp"

namespace convviz {

namespace {

enum Way : size_t { convt, unpool, nearest, bilinear, kWays };

// The four ways' names in the frame's language (the layers' own names stay as PyTorch spells them).
std::array<std::string, kWays> way_names(Lang lang) {
    return {tr(lang, "compare.way.convt"), tr(lang, "compare.way.unpool"), tr(lang, "compare.way.nearest"),
            tr(lang, "compare.way.bilinear")};
}

std::string per_axis_text(Pair pair) { return pair.h == pair.w ? cat(pair.h) : cat(pair.h, "×", pair.w); }

// The grids show one channel at a time: the step's.
std::string plane_name(std::string_view name, const Shape& shape) {
    return cat(name, " ", shape[2], "×", shape[3]);
}

class CompareView final : public ViewComposer {
public:
    CompareView(const Scene& scene, CompareSetup setup, Tensor pooled, IndexTensor indices,
                std::array<Tensor, kWays> results, UpsampleTrace nearest_trace, UpsampleTrace bilinear_trace,
                const FrameStyle& style)
        : setup_(std::move(setup)), before_(scene.tensors.input), pooled_(std::move(pooled)), indices_(std::move(indices)),
          results_(std::move(results)), nearest_(std::move(nearest_trace)), bilinear_(std::move(bilinear_trace)),
          way_names_(way_names(style.lang)) {
        const Lang lang = style.lang;
        const Shape& out = results_[0].shape();
        const Tensor& w = setup_.convt_weight;
        const bool ones = scene.view.compare_kernel == CompareKernel::ones;
        const ConvTranspose2dParams& t = setup_.convt;
        std::vector<BlockSpec> inputs(3);
        inputs[0].grids.push_back({plane_name(tr(lang, "compare.before"), before_.shape()), before_.dim(2), before_.dim(3),
                                   Role::input, tr(lang, "compare.before.note")});
        inputs[1].grids.push_back({plane_name(tr(lang, "compare.pooled"), pooled_.shape()), pooled_.dim(2), pooled_.dim(3),
                                   Role::input, tr(lang, "compare.pooled.note")});
        inputs[2].grids.push_back({ones ? tr(lang, "compare.kernel.ones", w.dim(2), w.dim(3))
                                        : tr(lang, "compare.kernel.bilinear", w.dim(2), w.dim(3)),
                                   w.dim(2), w.dim(3), Role::kernel, tr(lang, "compare.kernel.note", per_axis_text(t.stride))});
        const std::string notes[kWays] = {
            ones ? tr(lang, "compare.note.convt_ones") : tr(lang, "compare.note.convt_bilinear"),
            tr(lang, "compare.note.unpool"), tr(lang, "compare.note.nearest"), tr(lang, "compare.note.bilinear")};
        BlockSpec ways;
        for (size_t way = 0; way < kWays; ++way) {
            ways.grids.push_back({plane_name(way_names_[way], out), out[2], out[3], Role::output, notes[way]});
        }
        // The inputs in a column on the left, the four results in a square on the right.
        const std::vector<Rect> bands = split_area(content_area(style), {0.34f, 0.66f}, true, style.margin());
        Layout layout = lay_out(inputs, style, bands[0]);
        append(layout, lay_out({ways}, style, bands[1]));
        stage_ = Stage(std::move(layout), style, scene.title);
        formula_.add(tr(lang, "compare.formula", pooled_.dim(2), pooled_.dim(3), out[2], out[3]));
        // Where each pooled value lands when unpooled (the last one to land wins, as in the op).
        const int64_t plane = out[2] * out[3];
        landing_.assign(static_cast<size_t>(out[0] * out[1] * plane), -1);
        for (int64_t i = 0; i < indices_.size(); ++i) {
            const int64_t nc = i / (pooled_.dim(2) * pooled_.dim(3));
            landing_[static_cast<size_t>(nc * plane + indices_[i])] = i;
        }
    }

    void compose(const TimePoint& at, Frame& frame) const override {
        stage_.begin(frame);
        const Shape& out = results_[0].shape();
        const int64_t size = element_count(out);
        const int64_t k = std::min(at.step, size - 1);
        const Cell cell = cell_at(k, out[1], out[2], out[3]);
        const StepProgress progress = step_progress(at.tween, at.holding, 1, k + 1 < size);

        const size_t before = add_plane(frame, stage_.grid(0), before_, cell.n, cell.c, Role::input);
        const int64_t pooled_plane = pooled_.dim(2) * pooled_.dim(3);
        for (int64_t i = 0; i < pooled_plane; ++i) {
            const int64_t index = indices_[(cell.n * pooled_.dim(1) + cell.c) * pooled_plane + i];
            frame.cells[before + static_cast<size_t>(index)].highlight = true;
        }
        const size_t pooled = add_plane(frame, stage_.grid(1), pooled_, cell.n, cell.c, Role::input);
        add_plane(frame, stage_.grid(2), setup_.convt_weight, cell.c, 0, Role::kernel);
        if (!at.holding) {
            for (const CellRef& read : reads(cell)) {
                FrameCell& x = frame.cells[pooled + static_cast<size_t>(read.row * pooled_.dim(3) + read.col)];
                x.role = Role::active;
                x.highlight = true;
            }
        }
        const int64_t in_plane = cell.y * out[3] + cell.x;
        for (size_t way = 0; way < kWays; ++way) {
            const size_t first = add_plane(frame, stage_.grid(3, way), results_[way], cell.n, cell.c, Role::output);
            for (int64_t i = 0; i < out[2] * out[3]; ++i) {
                fill_in(frame.cells[first + static_cast<size_t>(i)], i, in_plane, at.holding, progress.sweep);
            }
        }
        add_formula(frame, stage_.style, formula_);
        const Lang lang = stage_.style.lang;
        MarkedText caption;
        caption.add(tr(lang, "compare.caption", cell_name(tr(lang, "frame2.output"), cell, out)));
        for (size_t way = 0; way < kWays; ++way) {
            caption.add(cat(way ? " · " : "", way_names_[way], " "));
            caption.add(display_number(results_[way].at(cell.n, cell.c, cell.y, cell.x)));
        }
        add_caption(frame, stage_.style, std::move(caption));
    }

    // Each result cell from the pooled cells it reads: the stamps covering it, the value landing
    // on it, the nearest cell, the bilinear neighbours. One channel is shown at a time.
    int64_t cells() const override { return stage_.cells(); }

    void links(const TimePoint& at, LinkSink& sink) const override {
        const Shape& out = results_[0].shape();
        const Cell shown = cell_at(std::min(at.step, element_count(out) - 1), out[1], out[2], out[3]);
        for (int64_t y = 0; y < out[2]; ++y) {
            for (int64_t x = 0; x < out[3]; ++x) {
                const Cell cell{shown.n, shown.c, y, x};
                for (size_t way = 0; way < kWays; ++way) {
                    for (const CellRef& read : reads_by(static_cast<Way>(way), cell)) {
                        sink.edge(read, cell_ref(stage_.grid(3, way), y, x));
                    }
                }
            }
        }
    }

private:
    // The pooled cells (grid 1 places) one way reads for output `cell`.
    std::vector<CellRef> reads_by(Way way, const Cell& cell) const {
        std::vector<CellRef> cells;
        const int32_t grid = stage_.grid(1);
        const Shape& out = results_[0].shape();
        switch (way) {
            case convt: {
                const ConvTranspose2dParams& t = setup_.convt;
                const int64_t kh = setup_.convt_weight.dim(2);
                const int64_t kw = setup_.convt_weight.dim(3);
                for (int64_t iy = 0; iy < pooled_.dim(2); ++iy) {
                    const int64_t ky = cell.y + t.padding.h - iy * t.stride.h;
                    if (ky < 0 || ky >= kh) continue;
                    for (int64_t ix = 0; ix < pooled_.dim(3); ++ix) {
                        const int64_t kx = cell.x + t.padding.w - ix * t.stride.w;
                        if (kx < 0 || kx >= kw || setup_.convt_weight.at(cell.c, 0, ky, kx) == 0.0) continue;
                        cells.push_back(cell_ref(grid, iy, ix));
                    }
                }
                break;
            }
            case unpool: {
                const int64_t plane = out[2] * out[3];
                const int64_t from = landing_[static_cast<size_t>((cell.n * out[1] + cell.c) * plane + cell.y * out[3] + cell.x)];
                if (from >= 0) {
                    const int64_t i = from % (pooled_.dim(2) * pooled_.dim(3));
                    cells.push_back(cell_ref(grid, i / pooled_.dim(3), i % pooled_.dim(3)));
                }
                break;
            }
            case nearest:
            case bilinear: {
                const UpsampleTrace& trace = way == nearest ? nearest_ : bilinear_;
                const UpsampleStep step = trace.step(((cell.n * out[1] + cell.c) * out[2] + cell.y) * out[3] + cell.x);
                for (const UpsampleNeighbour& nb : step.neighbours) {
                    if (nb.weight() != 0.0) cells.push_back(cell_ref(grid, nb.y, nb.x));
                }
                break;
            }
            case kWays: break;
        }
        return cells;
    }

    std::vector<CellRef> reads(const Cell& cell) const {
        std::vector<CellRef> all;
        for (size_t way = 0; way < kWays; ++way) {
            const std::vector<CellRef> some = reads_by(static_cast<Way>(way), cell);
            all.insert(all.end(), some.begin(), some.end());
        }
        return all;
    }

    CompareSetup setup_;
    Tensor before_;
    Tensor pooled_;
    IndexTensor indices_;
    std::array<Tensor, kWays> results_;
    UpsampleTrace nearest_;
    UpsampleTrace bilinear_;
    std::array<std::string, kWays> way_names_;
    std::vector<int64_t> landing_;  // per unpooled cell: the flat pooled index landing there, or −1
    Stage stage_;
    MarkedText formula_;
};

}  // namespace

Result<ViewPtr> make_compare_view(const Scene& scene, const OpInputs& inputs, const FrameStyle& style) {
    auto setup = compare_setup(scene, inputs.input.shape());
    if (!setup) return Error{setup.error()};
    const CompareSetup& s = setup.value();
    auto convt_out = conv_transpose2d_scatter(inputs.input, s.convt_weight, nullptr, s.convt);
    if (!convt_out) return Error{tr(style.lang, "compare.error.convt", convt_out.error())};
    auto unpooled = max_unpool2d(inputs.input, *inputs.indices, s.unpool);
    if (!unpooled) return Error{unpooled.error()};
    auto nearest_out = upsample(inputs.input, s.nearest);
    if (!nearest_out) return Error{nearest_out.error()};
    auto bilinear_out = upsample(inputs.input, s.bilinear);
    if (!bilinear_out) return Error{bilinear_out.error()};
    auto nearest_trace = UpsampleTrace::make(inputs.input, s.nearest);
    if (!nearest_trace) return Error{nearest_trace.error()};
    auto bilinear_trace = UpsampleTrace::make(inputs.input, s.bilinear);
    if (!bilinear_trace) return Error{bilinear_trace.error()};
    std::array<Tensor, kWays> results{std::move(convt_out.value()), std::move(unpooled.value()),
                                      std::move(nearest_out.value()), std::move(bilinear_out.value())};
    return ViewPtr(std::make_unique<CompareView>(scene, std::move(setup.value()), inputs.input, *inputs.indices,
                                                 std::move(results), std::move(nearest_trace.value()),
                                                 std::move(bilinear_trace.value()), style));
}

}  // namespace convviz
