#include "core/frame/compose.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/frame/budget.hpp"
#include "core/frame/frame_builder.hpp"
#include "core/frame/view_composer.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"
#include "core/text.hpp"

namespace convviz {

Stage::Stage(const std::vector<BlockSpec>& blocks, const FrameStyle& frame_style, std::string frame_title)
    : Stage(lay_out(blocks, frame_style), frame_style, std::move(frame_title)) {}

Stage::Stage(Layout layout, const FrameStyle& frame_style, std::string frame_title)
    : style(frame_style), title(std::move(frame_title)) {
    for (auto& block : layout.grids) {
        block_start.push_back(static_cast<int32_t>(grids.size()));
        for (auto& g : block) grids.push_back(std::move(g));
    }
    for (auto& block : layout.label_lines) {
        for (const LabelLines& lines : block) label_lines.push_back(lines);
    }
    labels = std::move(layout.labels);
}

void Stage::set_label(Frame& frame, int32_t grid, const std::string& text) const {
    const LabelLines& at = label_lines[static_cast<size_t>(grid)];
    frame.grids[static_cast<size_t>(grid)].label = text;
    if (at.count == 0) return;
    std::vector<std::string> lines = convviz::label_lines(text, style, at.room);
    while (lines.size() > at.count) {
        lines[lines.size() - 2] += " " + lines.back();
        lines.pop_back();
    }
    // The lines it takes are the lowest of its place: the label stays just above its grid.
    lines.insert(lines.begin(), at.count - lines.size(), std::string());
    for (size_t i = 0; i < at.count; ++i) frame.texts[at.first + i].text = std::move(lines[i]);
}

void Stage::centre_label(Frame& frame, int32_t grid) const {
    const LabelLines& at = label_lines[static_cast<size_t>(grid)];
    const Rect& box = frame.grids[static_cast<size_t>(grid)].box;
    for (size_t i = 0; i < at.count; ++i) frame.texts[at.first + i].x = box.x + 0.5f * box.w;
}

int64_t Stage::cells() const {
    int64_t places = 0;
    for (const FrameGrid& g : grids) places += g.rows * g.cols;
    return places;
}

void Stage::begin(Frame& frame) const {
    frame.clear();
    frame.width = style.width;
    frame.height = style.height;
    frame.grids = grids;
    frame.texts = labels;
    add_title(frame, style, title);
}

Composer::Composer(std::shared_ptr<const ViewComposer> view, Timeline timeline, float width, float height, Lang lang,
                   bool overview)
    : view_(std::move(view)), timeline_(std::move(timeline)), width_(width), height_(height), lang_(lang),
      overview_(overview) {}

int64_t Composer::cells() const { return view_->cells(); }

Result<Composer> Composer::make(const Scene& scene, const ComposeParams& params) {
    if (!(params.width > 0.0f) || !(params.height > 0.0f) || !std::isfinite(params.width) ||
        !std::isfinite(params.height)) {
        return Error{tr(params.lang, "frame.error_size", params.width, params.height)};
    }
    if (!(params.timeline.speed > 0.0) || !(params.timeline.seconds_per_step > 0.0) ||
        !(params.timeline.seconds_per_phase > 0.0) || !(params.timeline.hold_end >= 0.0)) {
        return Error{tr(params.lang, "frame.error_timing")};
    }
    // In the frame's language: phases_for() checks the scene too, but in English.
    if (auto invalid = validate(scene, params.lang)) return Error{*invalid};
    auto phases = phases_for(scene);
    if (!phases) return Error{phases.error()};
    auto inputs = op_inputs(scene, params.lang);
    if (!inputs) return Error{inputs.error()};
    FrameStyle style{params.width, params.height};
    style.lang = params.lang;
    style.text_scale = params.text_scale;
    // A preset's title in the frame's language; a copy only when it differs (scenes can be large).
    std::optional<Scene> retitled;
    if (params.lang != Lang::en) {
        if (std::string title = scene_title(scene, params.lang); title != scene.title) {
            retitled = scene;
            retitled->title = std::move(title);
        }
    }
    const Scene& shown = retitled ? *retitled : scene;
    Result<ViewPtr> view = Error{"no view"};
    switch (scene.view.kind) {
        case ViewKind::conv: view = make_conv_view(shown, inputs.value(), style); break;
        case ViewKind::scatter: view = make_scatter_view(shown, inputs.value(), style); break;
        case ViewKind::gather: view = make_gather_view(shown, inputs.value(), style); break;
        case ViewKind::crop: view = make_crop_view(shown, inputs.value(), style); break;
        case ViewKind::matrix: view = make_matrix_view(shown, inputs.value(), style); break;
        case ViewKind::pool: view = make_pool_view(shown, inputs.value(), style); break;
        case ViewKind::unpool: view = make_unpool_view(shown, inputs.value(), style); break;
        case ViewKind::upsample: view = make_upsample_view(shown, inputs.value(), style); break;
        case ViewKind::shuffle: view = make_shuffle_view(shown, inputs.value(), style); break;
        case ViewKind::compare: view = make_compare_view(shown, inputs.value(), style); break;
    }
    if (!view) return Error{view.error()};
    // Too many cells to draw one by one within the budget: the overview instead, which says so.
    const int64_t cells = view.value()->cells();
    const bool overview = cells > view_budget.cells;
    if (overview) {
        view = make_overview_view(shown, inputs.value(), style, phases.value(), cells);
        if (!view) return Error{view.error()};
    }
    return Composer(std::shared_ptr<const ViewComposer>(std::move(view.value())),
                    Timeline(std::move(phases.value()), params.timeline), params.width, params.height, params.lang,
                    overview);
}

void Composer::compose(double t, Frame& into) const {
    into.width = width_;
    into.height = height_;
    view_->compose(timeline_.at(t), into);
    keep_texts_inside(into);
}

void keep_texts_inside(Frame& frame) {
    for (FrameText& t : frame.texts) {
        const float width = estimated_text_width(t.text, t.size);
        if (width >= frame.width) continue;  // wrapped already where it could be
        const float left = t.anchor == Anchor::centre ? t.x - 0.5f * width : t.x;
        const float shift = std::clamp(left, 0.0f, frame.width - width) - left;
        t.x += shift;
    }
}

Frame Composer::compose(double t) const {
    Frame frame;
    compose(t, frame);
    return frame;
}

Inspection Composer::inspect(double t, const CellRef& hovered) const {
    const Frame frame = compose(t);
    const FrameCell* shown = shown_cell(frame, hovered);
    Inspection out;
    if (!shown) return out;
    const TimePoint at = timeline_.at(t);
    LinkSink sink(hovered, view_budget.link_edges);
    std::string unlinked;
    try {
        view_->links(at, sink);
        out.links = finish_links(sink.take(), hovered, frame);
    } catch (const LinksOverBudget& over) {
        unlinked = tr(lang_, "frame.hover_unlinked", grouped(over.most_edges));
    }
    out.text = view_->describe(at, hovered);
    if (!out.text.empty()) {
        if (!unlinked.empty()) out.text += "\n" + unlinked;
        return out;
    }
    const FrameGrid& g = frame.grids[static_cast<size_t>(hovered.grid)];
    const std::string value = shown->show_value ? exact_number(shown->value) : tr(lang_, "frame.hover_not_written");
    // Padding and the like are named; an input, output or kernel cell is what its grid says.
    std::string kind;
    switch (shown->role) {
        case Role::padding: kind = tr(lang_, "frame.hover_padding"); break;
        case Role::inserted_zero: kind = tr(lang_, "frame.hover_inserted_zero"); break;
        case Role::cropped: kind = tr(lang_, "frame.hover_cropped"); break;
        default: break;
    }
    out.text = kind.empty() ? tr(lang_, "frame.hover", g.label, hovered.row, hovered.col, value)
                            : tr(lang_, "frame.hover_kind", g.label, hovered.row, hovered.col, kind, value);
    if (!unlinked.empty()) out.text += "\n" + unlinked;
    return out;
}

Links Composer::links(double t, const CellRef& hovered) const { return inspect(t, hovered).links; }

std::string Composer::describe(double t, const CellRef& hovered) const { return inspect(t, hovered).text; }

Result<Frame> compose(const Scene& scene, double t, const ComposeParams& params) {
    auto composer = Composer::make(scene, params);
    if (!composer) return Error{composer.error()};
    return composer.value().compose(t);
}

}  // namespace convviz
