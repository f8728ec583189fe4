#include "core/frame/frame_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace convviz {

namespace {

using json = nlohmann::ordered_json;

double units(float v) { return std::round(static_cast<double>(v) * 100.0) / 100.0; }

json rect_json(const Rect& r) { return {{"x", units(r.x)}, {"y", units(r.y)}, {"w", units(r.w)}, {"h", units(r.h)}}; }

const char* border_name(BorderStyle b) { return b == BorderStyle::dashed ? "dashed" : "solid"; }

}  // namespace

std::string frame_json(const Frame& frame, int indent) {
    json out;
    out["width"] = units(frame.width);
    out["height"] = units(frame.height);
    json grids = json::array();
    for (const FrameGrid& g : frame.grids) {
        grids.push_back({{"label", g.label}, {"box", rect_json(g.box)}, {"cell", units(g.cell)}, {"rows", g.rows},
                         {"cols", g.cols}, {"role", name(g.role)}});
    }
    out["grids"] = std::move(grids);
    json cells = json::array();
    for (const FrameCell& c : frame.cells) {
        json cell = {{"grid", c.grid}, {"row", c.row}, {"col", c.col}, {"x", units(c.x)}, {"y", units(c.y)},
                     {"size", units(c.size)}, {"value", c.value}, {"show_value", c.show_value},
                     {"role", name(c.role)}, {"border", border_name(c.border)}, {"highlight", c.highlight},
                     {"opacity", units(c.opacity)}};
        if (c.tint != 0) cell["tint"] = c.tint;
        cells.push_back(std::move(cell));
    }
    out["cells"] = std::move(cells);
    json outlines = json::array();
    for (const Outline& o : frame.outlines) {
        outlines.push_back({{"box", rect_json(o.box)}, {"role", name(o.role)}, {"border", border_name(o.border)},
                            {"opacity", units(o.opacity)}});
    }
    out["outlines"] = std::move(outlines);
    json lines = json::array();
    for (const Line& l : frame.lines) {
        lines.push_back({{"from", {units(l.x0), units(l.y0)}}, {"to", {units(l.x1), units(l.y1)}}, {"role", name(l.role)},
                         {"arrow", l.arrow}, {"opacity", units(l.opacity)}});
    }
    out["lines"] = std::move(lines);
    json texts = json::array();
    for (const FrameText& t : frame.texts) {
        json text = {{"kind", name(t.kind)}, {"text", t.text}, {"x", units(t.x)}, {"y", units(t.y)},
                     {"size", units(t.size)}, {"anchor", t.anchor == Anchor::centre ? "centre" : "left"},
                     {"role", name(t.role)}, {"opacity", units(t.opacity)}};
        if (t.mark_end > t.mark_begin) {
            text["mark"] = {t.mark_begin, t.mark_end};  // byte range of the active term
            text["marked"] = t.text.substr(t.mark_begin, t.mark_end - t.mark_begin);
        }
        texts.push_back(std::move(text));
    }
    out["texts"] = std::move(texts);
    return out.dump(indent);
}

}  // namespace convviz
