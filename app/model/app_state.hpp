// AppState: everything the panels read and write — the scene on screen and its Composer, the
// message of an invalid edit, playback (time, playing, speed, loop), the composed frame and the
// hovered cell's links. Recompute on change: a new scene rebuilds the Composer once; each frame
// composes (scene, t) and nothing else. A scene whose op takes long is computed on another thread
// while the window draws on, so that no accepted parameter stalls a frame. No GL and no ImGui here.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <string>

#include "core/frame/compose.hpp"
#include "core/frame/links.hpp"
#include "core/i18n/lang.hpp"
#include "core/scene.hpp"

namespace convviz {

struct Playback {
    double t = 0.0;          // seconds into the timeline (one pass, speed 1)
    bool playing = true;
    double speed = 1.0;      // 0.125 .. 8
    bool loop = true;
};

// A scene as the app holds it: shared, never copied, by the state, a computation running aside and
// the undo history (a scene at the size limits holds millions of numbers).
using SceneRef = std::shared_ptr<const Scene>;

class AppState {
public:
    // Shows `scene` if it is valid; otherwise keeps the scene on screen and sets error().
    // keep_time: the same computation seen anew (another view of it, an edited value), so the
    // same moment stays on screen; otherwise the animation plays from 0, or, paused, shows the
    // start (see below).
    // A scene whose op needs more than kComputeAside multiply-adds is computed aside: show()
    // accepts it at once (scene() is the new one) and frame(), timeline() and composer() stay the
    // last scene's until it is ready (pending(); compose() installs it). A rule it breaks that
    // only the computation finds is reported then, and scene() returns to the one on screen.
    bool show(Scene scene, bool keep_time = false);
    bool show(SceneRef scene, bool keep_time = false);
    static constexpr int64_t kComputeAside = int64_t{1} << 20;  // about 5 ms
    bool pending() const { return running_.valid(); }
    // Waits for a scene computed aside and installs it: for a test, a screenshot or an export
    // that needs the scene's own frame.
    void finish_pending();
    // A rejected edit: the message shown over the dimmed animation until the next valid scene.
    void reject(std::string message) { error_ = std::move(message); }
    void set_frame_size(float width, float height);  // the canvas' aspect ratio; re-lays out on change
    void set_lang(Lang lang);  // the frame's words; re-composes on change
    Lang lang() const { return lang_; }
    void set_text_scale(float scale);  // FrameStyle::text_scale; re-lays out on change
    float text_scale() const { return text_scale_; }

    void advance(double seconds);  // real time passing while playing
    void seek(double t);
    // Stepping lands on settled states (core/frame/frame_plan.hpp): each step as its caption
    // says it, finished, exactly as an export's key frame k shows it. The start is state 0: the
    // first step settled, or for a view that opens with a transition (the gather's spread) the
    // picture before it, t = 0; stepping k times from it shows state k. The end is the last
    // state. Stepping and the end pause; the start while playing plays on from t = 0, and
    // playing from the end starts over from t = 0.
    void step_by(int64_t delta);   // `delta` states from the step on screen (settled_step)
    bool at_end() const;    // showing the final state, or the hold after it
    bool at_start() const;  // at the start, or before it (t = 0 while it plays)
    void to_start();
    void to_end();
    void toggle_playing();

    // The frame at playback().t; nothing to do if t and the scene are unchanged. Installs a scene
    // computed aside once it is ready.
    void compose();
    void hover(std::optional<CellRef> cell);  // recomputes the links when the cell or the step changes

    const Scene& scene() const { return *scene_; }
    const SceneRef& scene_ref() const { return scene_; }
    int64_t scene_changes() const { return scene_changes_; }  // grows whenever scene() changes
    bool has_scene() const { return composer_.has_value(); }
    const Composer& composer() const { return *composer_; }
    const Timeline& timeline() const { return composer_->timeline(); }
    const std::string& error() const { return error_; }
    const Frame& frame() const { return frame_; }
    Playback& playback() { return playback_; }
    const Playback& playback() const { return playback_; }
    const std::optional<CellRef>& hovered() const { return hovered_; }
    const Links& links() const { return links_; }
    const std::string& hover_text() const { return hover_text_; }  // the hovered cell, in words
    int64_t revision() const { return revision_; }  // grows with every new scene

private:
    // A Composer to make: a new scene (keep_time as show() took it) or, relayout, the same one
    // composed anew for a new frame size, language or text size.
    struct Build {
        SceneRef scene;
        bool keep_time = false;
        bool relayout = false;
    };
    ComposeParams compose_params() const;
    void start(Build build);  // now, or aside when its op is long
    void install(Result<Composer> made, Build build);
    void poll();              // installs a scene computed aside if it is ready
    void rebuild();           // the same scene, composed anew (a new language or text size)

    SceneRef scene_ = std::make_shared<const Scene>();  // the newest accepted scene, maybe still being computed
    SceneRef shown_ = scene_;  // the scene composer_ shows
    int64_t scene_changes_ = 0;
    std::optional<Composer> composer_;
    Build running_build_;      // the build being computed aside, its scene shared with the thread
    std::future<Result<Composer>> running_;
    std::optional<Build> queued_;  // the newest request made while one was running
    std::string error_;
    Playback playback_;
    Frame frame_;
    double composed_t_ = -1.0;      // what frame_ shows
    int64_t composed_revision_ = -1;
    int64_t composed_layouts_ = -1;
    int64_t layouts_ = 0;           // grows when the canvas' shape re-lays the scene out
    Lang lang_ = Lang::en;
    float text_scale_ = 1.0f;
    float frame_width_ = 1280.0f;
    float frame_height_ = 720.0f;
    std::optional<CellRef> hovered_;
    int64_t links_step_ = -1;
    Links links_;
    std::string hover_text_;
    int64_t revision_ = 0;
};

}  // namespace convviz
