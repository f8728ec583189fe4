#include "app/model/app_state.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <new>
#include <system_error>

#include "core/frame/frame_plan.hpp"
#include "core/i18n/strings.hpp"
#include "core/op.hpp"

namespace convviz {

namespace {

// Composer::make, with running out of memory a message like any other refusal.
Result<Composer> make_composer(const Scene& scene, const ComposeParams& params) {
    try {
        return Composer::make(scene, params);
    } catch (const std::bad_alloc&) {
        return Error{tr(params.lang, "msg.out_of_memory")};
    }
}

// The timeline loops: at exactly its duration a frame shows the held final state, a moment before
// the end, not the first step.
constexpr double kBeforeTheEnd = 1e-6;

// The moment a frame shows for playback time `t`.
double shown_time(double t, double duration) { return t >= duration ? duration - kBeforeTheEnd : t; }

}  // namespace

ComposeParams AppState::compose_params() const {
    ComposeParams params;
    params.width = frame_width_;
    params.height = frame_height_;
    params.timeline.loop = playback_.loop;
    params.lang = lang_;
    params.text_scale = text_scale_;
    return params;
}

bool AppState::show(Scene scene, bool keep_time) {
    return show(std::make_shared<const Scene>(std::move(scene)), keep_time);
}

bool AppState::show(SceneRef scene, bool keep_time) {
    // The rules first, here and now: a refusal is immediate whatever the op's size.
    if (auto invalid = validate(*scene, lang_)) {
        error_ = *invalid;
        return false;
    }
    scene_ = scene;
    ++scene_changes_;
    error_.clear();
    start({std::move(scene), keep_time, false});
    return error_.empty();
}

void AppState::start(Build build) {
    if (running_.valid()) {
        // Only the newest request matters; a new scene queued is laid out anew anyway.
        if (!(build.relayout && queued_ && !queued_->relayout)) queued_ = std::move(build);
        return;
    }
    const OpShapes shapes = shapes_of(build.scene->tensors);
    if (op_work(build.scene->params, shapes) <= kComputeAside) {
        Result<Composer> made = make_composer(*build.scene, compose_params());
        install(std::move(made), std::move(build));
        return;
    }
    try {
        running_ = std::async(std::launch::async, [scene = build.scene, params = compose_params()] {
            return make_composer(*scene, params);
        });
    } catch (const std::system_error&) {
        // No thread to be had (a browser page): computed here, the frame waits for it.
        Result<Composer> made = make_composer(*build.scene, compose_params());
        install(std::move(made), std::move(build));
        return;
    }
    running_build_ = std::move(build);
}

void AppState::install(Result<Composer> made, Build build) {
    if (!made) {
        error_ = made.error();
        if (scene_ != shown_) ++scene_changes_;
        scene_ = shown_;  // the edit did not take: what is on screen is the scene
        return;
    }
    composer_.emplace(std::move(made).value());
    shown_ = std::move(build.scene);
    if (build.relayout) {
        links_step_ = -1;
        ++layouts_;
        compose();
        return;
    }
    error_.clear();
    if (!build.keep_time) playback_.t = playback_.playing ? 0.0 : settled_time(composer_->timeline(), 0);
    playback_.t = std::min(playback_.t, composer_->timeline().duration());
    hovered_.reset();
    links_ = {};
    hover_text_.clear();
    ++revision_;
    compose();
}

void AppState::poll() {
    if (!running_.valid() || running_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    Result<Composer> made = running_.get();
    Build done = std::move(running_build_);
    if (queued_) {
        // A newer request came meanwhile: this result is out of date unless it only re-laid out.
        Build next = std::move(*queued_);
        queued_.reset();
        if (next.relayout && !done.relayout) {
            next.keep_time = done.keep_time;  // the new scene is still to be installed, as asked
            next.relayout = false;
        }
        start(std::move(next));
        return;
    }
    install(std::move(made), std::move(done));
}

void AppState::finish_pending() {
    while (running_.valid()) {
        running_.wait();
        poll();
    }
}

void AppState::set_frame_size(float width, float height) {
    if (!(width > 1.0f && height > 1.0f)) return;
    // Composed at the canvas' own pixel size, so that a frame unit is a pixel and the smallest
    // text is kMinTextSize on screen, not scaled below it.
    if (composer_ && width == frame_width_ && height == frame_height_) return;
    frame_width_ = width;
    frame_height_ = height;
    rebuild();
}

void AppState::set_lang(Lang lang) {
    if (lang == lang_) return;
    lang_ = lang;
    rebuild();
}

void AppState::set_text_scale(float scale) {
    if (scale == text_scale_) return;
    text_scale_ = scale;
    rebuild();
}

void AppState::rebuild() {
    if (!composer_) return;
    start({scene_, true, true});
}

void AppState::advance(double seconds) {
    if (!composer_ || !playback_.playing) return;
    const double duration = timeline().duration();
    const double step = seconds * playback_.speed;
    if (!std::isfinite(step) || step < 0.0) return;
    playback_.t += step;
    if (playback_.t >= duration) {
        if (playback_.loop && duration > 0.0) {
            playback_.t = std::fmod(playback_.t, duration);
        } else {
            playback_.t = duration;
            playback_.playing = false;
        }
    }
}

void AppState::seek(double t) {
    if (!composer_) return;
    playback_.t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, timeline().duration());
}

void AppState::step_by(int64_t delta) {
    if (!composer_) return;
    playback_.playing = false;
    playback_.t = settled_step(timeline(), playback_.t, delta);
}

bool AppState::at_end() const {
    if (!composer_) return true;
    const Timeline& line = timeline();
    return playback_.t >= settled_time(line, settled_count(line) - 1) - kSettleTolerance;
}

bool AppState::at_start() const {
    return !composer_ || playback_.t <= settled_time(timeline(), 0) + kSettleTolerance;
}

void AppState::to_start() {
    if (!composer_) return;
    // Playing, the start is where the animation begins, the first step's motion included.
    playback_.t = playback_.playing ? 0.0 : settled_time(timeline(), 0);
}

void AppState::to_end() {
    if (!composer_) return;
    playback_.playing = false;
    playback_.t = settled_time(timeline(), settled_count(timeline()) - 1);
}

void AppState::toggle_playing() {
    if (!composer_) return;
    // Play from the end starts over, as a media player does.
    if (!playback_.playing && at_end()) playback_.t = 0.0;
    playback_.playing = !playback_.playing;
}

void AppState::compose() {
    poll();
    if (!composer_ || (playback_.t == composed_t_ && revision_ == composed_revision_ && layouts_ == composed_layouts_)) {
        return;
    }
    composed_t_ = playback_.t;
    composed_revision_ = revision_;
    composed_layouts_ = layouts_;
    composer_->compose(shown_time(playback_.t, timeline().duration()), frame_);
}

void AppState::hover(std::optional<CellRef> cell) {
    if (!composer_) return;
    const double t = shown_time(playback_.t, timeline().duration());
    // Half steps: a transition (the matrix's transpose) changes what a cell means halfway.
    const int64_t step = timeline().global_step(t) * 2 + (timeline().at(t).tween >= 0.5 ? 1 : 0);
    if (cell == hovered_ && step == links_step_) return;
    hovered_ = cell;
    links_step_ = step;
    Inspection inspected = cell ? composer_->inspect(t, *cell) : Inspection{};
    links_ = std::move(inspected.links);
    hover_text_ = std::move(inspected.text);
}

}  // namespace convviz
