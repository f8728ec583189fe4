// compose(scene, t): the Frame on screen at time t. A Composer is built once per scene (its
// traces, layout and timeline) and then composes any t in time that does not grow with t: nothing
// is replayed or accumulated across frames, so the same (scene, t) always gives the same frame.
#pragma once

#include <memory>

#include "core/frame/frame.hpp"
#include "core/frame/links.hpp"
#include "core/i18n/lang.hpp"
#include "core/result.hpp"
#include "core/scene.hpp"
#include "core/timeline.hpp"

namespace convviz {

class ViewComposer;

struct ComposeParams {
    float width = 1280.0f;   // frame units; the aspect ratio is what matters
    float height = 720.0f;
    TimelineParams timeline{};
    Lang lang = Lang::en;    // the language of the frame's words
    float text_scale = 1.0f; // FrameStyle::text_scale
};

struct Inspection {
    Links links;
    std::string text;
};

class Composer {
public:
    static Result<Composer> make(const Scene& scene, const ComposeParams& params = {});

    void compose(double t, Frame& into) const;  // reuses `into`'s storage
    Frame compose(double t) const;
    // The cells of the frame at t that `hovered` (a place in that frame) is computed from and that
    // are computed from it; empty when the frame shows no cell there. Composes the frame to know
    // which cells it shows: a few milliseconds on the large preset, meant for hover changes.
    Links links(double t, const CellRef& hovered) const;
    // A line or two on the cell at `hovered` in the frame at t, for a tooltip: the view's own
    // account if it has one, else the grid's label, the cell's place (padding and the like named)
    // and its value. Empty when the frame shows no cell there.
    std::string describe(double t, const CellRef& hovered) const;
    // Both from one composed frame: what the app asks when the hovered cell changes.
    Inspection inspect(double t, const CellRef& hovered) const;
    const Timeline& timeline() const { return timeline_; }
    // The most cells a frame holds, and whether the view was too large for its budget
    // (core/frame/budget.hpp) and the overview, with its heat maps, shows it instead.
    int64_t cells() const;
    bool overview() const { return overview_; }

private:
    Composer(std::shared_ptr<const ViewComposer> view, Timeline timeline, float width, float height, Lang lang,
             bool overview);

    std::shared_ptr<const ViewComposer> view_;
    Timeline timeline_;
    float width_;
    float height_;
    Lang lang_;  // of the hover text the composer writes itself
    bool overview_;
};

Result<Frame> compose(const Scene& scene, double t, const ComposeParams& params = {});

// Moves a text that would run off the frame's left or right edge (a label centred on a grid near
// the edge) back inside it: a text keeps its size, so the place gives. Every composed frame ends so.
void keep_texts_inside(Frame& frame);

}  // namespace convviz
