#include "app/export/exporter.hpp"

#include <algorithm>
#include <cmath>
#include <new>

#include "app/render/palette.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

using Clock = std::chrono::steady_clock;

constexpr size_t kQueueBytes = size_t{512} << 20;

uint32_t rgb_of(const Colour& c) {
    const auto byte = [](float v) { return static_cast<uint32_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    return (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
}

// The theme's opaque colours: what a GIF's colour tables keep exact.
std::vector<uint32_t> theme_colours(const Palette& p) {
    std::vector<Colour> all = {p.page, p.canvas_edge, p.window_fill, p.title, p.label, p.formula, p.caption,
                               p.mark, p.source_link, p.dependent_link, p.tint_number};
    for (const RoleStyle& role : p.roles) all.insert(all.end(), {role.fill, role.border, role.number});
    all.insert(all.end(), p.tints.begin(), p.tints.end());
    std::vector<uint32_t> out;
    for (const Colour& c : all) {
        if (c.a >= 1.0f && std::find(out.begin(), out.end(), rgb_of(c)) == out.end()) out.push_back(rgb_of(c));
    }
    return out;
}

TimelineParams pace(const ExportSettings& settings) {
    TimelineParams params;
    params.seconds_per_step = settings.seconds_per_step;
    params.seconds_per_phase = 1.5 * settings.seconds_per_step;
    params.hold_end = settings.seconds_per_step;
    params.loop = false;
    return params;
}

// A transparent page comes out of GL premultiplied by coverage; files want straight alpha.
void unpremultiply(std::vector<uint8_t>& rgba) {
    for (size_t i = 0; i < rgba.size(); i += 4) {
        const uint32_t a = rgba[i + 3];
        if (a == 0 || a == 255) continue;
        for (size_t c = 0; c < 3; ++c) rgba[i + c] = static_cast<uint8_t>(std::min<uint32_t>(255, (rgba[i + c] * 255 + a / 2) / a));
    }
}

// An MP4's constant rate: the shortest frame's (at most kMaxPlanFps), so that no frame is dropped
// and the rest are repeated to hold their time.
double video_rate(const std::vector<PlannedFrame>& plan, const FramePlanParams& params) {
    if (params.fps > 0.0) return params.fps;
    double shortest = plan.front().seconds;
    for (const PlannedFrame& f : plan) shortest = std::min(shortest, f.seconds);
    return std::clamp(1.0 / shortest, 1.0, kMaxPlanFps);
}

}  // namespace

std::optional<std::string> check_settings(const ExportSettings& s) {
    const std::optional<ExportFormat> format = format_of(s.path);
    if (!format) return cat("the output must end in .gif, .png (a numbered PNG sequence) or .mp4, but it is '", s.path, "'");
    if (s.width < kMinExportSide || s.height < kMinExportSide || s.width > kMaxExportSide || s.height > kMaxExportSide) {
        return cat("the size must be between ", kMinExportSide, "×", kMinExportSide, " and ", kMaxExportSide, "×",
                   kMaxExportSide, " pixels, but it is ", s.width, "×", s.height);
    }
    if (!(s.seconds_per_step >= 0.02) || s.seconds_per_step > 60.0) {
        return cat("seconds per step must be between 0.02 and 60, but it is ", s.seconds_per_step);
    }
    if (*format == ExportFormat::gif && s.plan.fps > kMaxGifFps) {
        return cat("a GIF's frame delays are whole hundredths of a second and browsers slow down anything under "
                   "2/100 s, so a GIF takes at most ", kMaxGifFps, " frames a second, but ", s.plan.fps, " were asked");
    }
    if (*format != ExportFormat::gif && s.loop != 0) {
        return cat("the loop count is a GIF's: a ", name(*format) == std::string("png") ? "PNG sequence" : "MP4",
                   " does not loop by itself");
    }
    if (s.loop < 0 || s.loop > 65536) return cat("the loop count must be 0 (for ever) to 65536 plays, but it is ", s.loop);
    return std::nullopt;
}

Result<std::vector<PlannedFrame>> planned_frames(const Scene& scene, const ExportSettings& settings) {
    if (std::optional<std::string> e = check_settings(settings)) return Error{*e};
    auto phases = phases_for(scene);
    if (!phases) return Error{phases.error()};
    Result<std::vector<PlannedFrame>> plan =
        plan_frames(Timeline(phases.value(), pace(settings)), settings.plan, settings.lang);
    if (plan && format_of(settings.path) == ExportFormat::gif) {
        double shortest = plan.value().front().seconds;
        for (const PlannedFrame& f : plan.value()) shortest = std::min(shortest, f.seconds);
        if (shortest < 1.0 / kMaxGifFps - 1e-9) {
            return Error{cat("a GIF frame must last at least 2/100 s (browsers slow down shorter ones), but with ",
                             settings.plan.tween, " in-between frames and ", settings.seconds_per_step,
                             " s per step some last ", shortest, " s: use fewer in-between frames or more seconds per step")};
        }
    }
    return plan;
}

Result<std::unique_ptr<Exporter>> Exporter::start(const Scene& scene, const ExportSettings& settings,
                                                  FrameRenderer& renderer) {
    Result<std::vector<PlannedFrame>> plan = planned_frames(scene, settings);
    if (!plan) return Error{plan.error()};
    ComposeParams compose;
    compose.width = static_cast<float>(settings.width);
    compose.height = static_cast<float>(settings.height);
    compose.timeline = pace(settings);
    compose.lang = settings.lang;
    Result<Composer> composer = Composer::make(scene, compose);
    if (!composer) return Error{composer.error()};
    Result<RenderTarget> target = RenderTarget::make(settings.width, settings.height);
    if (!target) return Error{target.error()};
    if (std::optional<std::string> e = renderer.use_lang(settings.lang)) return Error{*e};

    const Palette& p = palette(settings.theme);
    SinkParams params;
    params.path = settings.path;
    params.width = settings.width;
    params.height = settings.height;
    params.frames = static_cast<int64_t>(plan.value().size());
    params.replace = settings.replace;
    params.transparent = settings.transparent;
    params.loop = settings.loop;
    params.page = rgb_of(p.page);
    params.exact = theme_colours(p);
    Result<std::unique_ptr<FrameSink>> sink = make_sink(*format_of(settings.path), params, video_rate(plan.value(), settings.plan));
    if (!sink) return Error{sink.error()};

    std::unique_ptr<Exporter> exporter(new Exporter(std::move(composer).value(), std::move(plan).value(),
                                                    std::move(target).value(), renderer, settings));
    exporter->sink_ = std::move(sink).value();
    // Frames waiting for the writers stay within a memory budget, however large they are.
    const size_t frame_bytes = static_cast<size_t>(settings.width) * static_cast<size_t>(settings.height) * 4;
    const size_t affordable = std::max<size_t>(1, kQueueBytes / frame_bytes);
    const size_t workers = exporter->sink_->ordered() ? 1 : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, affordable);
    exporter->capacity_ = std::clamp<size_t>(2 * workers, 1, affordable);
    for (size_t i = 0; i < workers; ++i) {
        try {
            exporter->workers_.emplace_back([e = exporter.get()] { e->work(); });
        } catch (const std::system_error&) {
            break;  // no threads (a browser page): advance() writes each frame itself, in order
        }
    }
    return exporter;
}

Exporter::Exporter(Composer composer, std::vector<PlannedFrame> plan, RenderTarget target, FrameRenderer& renderer,
                   const ExportSettings& settings)
    : composer_(std::move(composer)), plan_(std::move(plan)), target_(std::move(target)), renderer_(renderer),
      settings_(settings) {}

Exporter::~Exporter() {
    // A cancel: the writers stop at once, even in the middle of a long frame.
    if (sink_) sink_->abort();
    if (finisher_.joinable()) {
        finisher_.join();  // finish() has stopped the workers itself
        return;
    }
    {
        std::lock_guard lock(mutex_);
        queue_.clear();
    }
    stop_workers();
    if (finisher_.joinable()) finisher_.join();
}

void Exporter::stop_workers() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    has_job_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
}

void Exporter::work() {
    while (true) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            has_job_.wait(lock, [&] { return !queue_.empty() || closing_; });
            if (queue_.empty()) return;
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        has_room_.notify_all();
        write(job);
    }
}

void Exporter::write(const Job& job) {
    std::optional<std::string> failed;
    {
        std::lock_guard lock(mutex_);
        if (error_) return;
    }
    try {
        failed = sink_->add(job.index, job.image, job.seconds);
    } catch (const std::bad_alloc&) {
        failed = cat("out of memory writing frame ", job.index, " of ", settings_.path);
    }
    std::lock_guard lock(mutex_);
    if (failed && !error_) error_ = failed;
    ++written_;
}

Image Exporter::render(int64_t index) {
    composer_.compose(plan_[static_cast<size_t>(index)].t, frame_);
    RenderOptions options;
    options.theme = settings_.theme;
    options.labels = settings_.labels;
    options.transparent = settings_.transparent;
    const CanvasView view = fit_view(frame_.width, frame_.height, static_cast<float>(settings_.width),
                                     static_cast<float>(settings_.height));
    target_.bind();
    renderer_.draw(frame_, view, settings_.width, settings_.height, options);
    Image image{settings_.width, settings_.height, read_framebuffer(settings_.width, settings_.height)};
    RenderTarget::unbind();
    if (settings_.transparent) unpremultiply(image.rgba);
    return image;
}

void Exporter::advance(Clock::duration budget) {
    const Clock::time_point deadline = Clock::now() + budget;
    while (!rendered_all()) {
        {
            std::unique_lock lock(mutex_);
            if (error_) return;
            if (!has_room_.wait_until(lock, deadline, [&] { return queue_.size() < capacity_; })) return;
        }
        Job job;
        try {
            job = Job{next_, render(next_), plan_[static_cast<size_t>(next_)].seconds};
        } catch (const std::bad_alloc&) {
            std::lock_guard lock(mutex_);
            error_ = cat("out of memory drawing frame ", next_, " of ", settings_.path, " at ", settings_.width, "×",
                         settings_.height);
            return;
        }
        ++next_;
        if (workers_.empty()) {
            write(job);
        } else {
            {
                std::lock_guard lock(mutex_);
                queue_.push_back(std::move(job));
            }
            has_job_.notify_one();
        }
        if (Clock::now() >= deadline) return;
    }
}

bool Exporter::discard_now() {
    sink_->abort();
    return sink_->discard();
}

ExportProgress Exporter::progress() const {
    return {static_cast<int64_t>(plan_.size()), next_, written_.load()};
}

std::optional<std::string> Exporter::error() const {
    std::lock_guard lock(mutex_);
    return error_;
}

std::optional<std::string> Exporter::finish() {
    stop_workers();
    if (std::optional<std::string> e = error()) return e;
    if (!rendered_all()) return std::string("the export was stopped before its last frame");
    return sink_->finish();
}

void Exporter::finish_in_background() {
    if (finishing_) return;
    finishing_ = true;
    const auto conclude = [this] {
        std::optional<std::string> outcome = finish();
        std::lock_guard lock(mutex_);
        outcome_ = std::move(outcome);
        finished_ = true;
    };
    try {
        finisher_ = std::thread(conclude);
    } catch (const std::system_error&) {
        conclude();  // no threads (a browser page): here, now
    }
}

std::optional<std::optional<std::string>> Exporter::finished() {
    {
        std::lock_guard lock(mutex_);
        if (!finished_) return std::nullopt;
    }
    if (finisher_.joinable()) finisher_.join();
    std::lock_guard lock(mutex_);
    return outcome_;
}

}  // namespace convviz
