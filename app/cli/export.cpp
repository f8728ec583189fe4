#include "app/cli/export.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <mutex>
#include <ostream>
#include <thread>

#include "app/cli/progress_bar.hpp"
#include "app/cli/torch_scene.hpp"
#include "app/export/exporter.hpp"
#include "app/export/pending_output.hpp"
#include "app/export/png_sequence_sink.hpp"
#include "app/render/glyph_atlas.hpp"
#include "app/render/headless_gl.hpp"
#include "core/i18n/lang.hpp"
#include "core/presets.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

using Clock = std::chrono::steady_clock;

struct Job {
    Scene scene;
    std::string path;
    int64_t frames = 0;
    std::vector<std::string> notes;  // --torch: the shapes, where the input came from, what part is shown
};

// An option given where it does nothing is refused, so that a misplaced flag never passes for one
// that took effect.
std::optional<std::string> unused_option(const ExportRequest& r) {
    const auto given = [&](const std::string& name) { return std::find(r.given.begin(), r.given.end(), name) != r.given.end(); };
    if (r.all_presets.empty() && given("--format")) {
        return "--format applies only with --all-presets DIR; with -o the file's extension (.gif, .png or .mp4) sets the format";
    }
    if (r.all_presets.empty() && given("--presets")) {
        return "--presets chooses among --all-presets DIR's presets; for one preset give --preset ID";
    }
    if (r.op.op.empty()) {
        std::vector<std::string> op_only = r.op_options;
        op_only.insert(op_only.end(), {"--fill", "--seed"});
        for (const std::string& name : op_only) {
            if (given(name)) {
                return cat(name, " applies only with --op OP (an op set by flags): a preset, a scene file or --torch brings its "
                                 "own parameters and values");
            }
        }
    }
    return std::nullopt;
}

// A fill's seed: any 64-bit unsigned number, never a negative one wrapped around.
Result<uint64_t> seed_of(const std::string& text) {
    uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) {
        return Error{cat("--seed takes a whole number from 0 to ", std::numeric_limits<uint64_t>::max(), ", not '",
                         excerpt(text), "'")};
    }
    return value;
}

Result<Scene> scene_from_op(const ExportRequest& r) {
    Result<uint64_t> seed = seed_of(r.seed);
    if (!seed) return Error{seed.error()};
    Result<BuiltOp> built = build_op(r.op);
    if (!built) return Error{built.error()};
    const BuiltOp& b = built.value();
    std::optional<Fill> fill;
    for (Fill f : {Fill::integers, Fill::normals, Fill::ones, Fill::arange}) {
        if (r.fill == name(f)) fill = f;
    }
    if (!fill) return Error{cat("--fill takes integers, normals, ones or arange, not '", r.fill, "'")};
    Shape input = b.shapes.input;
    if (const auto* unpool = std::get_if<MaxUnpool2dParams>(&b.params)) {
        // The scene holds the tensor before pooling: the size the unpooling gives back.
        if (std::optional<std::string> e = validate(b.params, b.shapes)) return Error{*e};
        input = output_shape(*unpool, b.shapes);
    }
    Scene scene;
    scene.title = cat(op_name(b.params), " on a ", to_string(b.shapes.input), " input");
    SceneTensorsSpec spec;
    spec.out_channels = b.out_channels;
    spec.kernel_size = b.kernel;
    spec.fill = *fill;
    spec.seed = seed.value();
    return reshape_scene(scene, b.params, input, spec);
}

Result<Scene> one_scene(const ExportRequest& r, std::vector<std::string>& notes) {
    const int given = !r.preset.empty() + !r.scene_file.empty() + !r.op.op.empty() + !r.op.torch.empty();
    if (given != 1) {
        return Error{"give one of --preset ID, --scene FILE, --op OP (with its flags), --torch LINE or --all-presets DIR"};
    }
    Result<Scene> scene = Error{""};
    if (!r.op.torch.empty()) {
        // The notes in the frames' language, as the scene's words are.
        Result<TorchLine> read = torch_scene(r.op.torch, parse_lang(r.lang).value_or(Lang::en));
        if (!read) return Error{read.error()};
        notes = read.value().notes;
        scene = std::move(read.value().scene);
    } else if (!r.preset.empty()) {
        std::optional<Scene> preset = find_preset(r.preset);
        if (!preset) return Error{cat("no preset '", r.preset, "'; convviz --list-presets lists the ids")};
        scene = std::move(*preset);
    } else if (!r.scene_file.empty()) {
        scene = load_scene(r.scene_file);
    } else {
        scene = scene_from_op(r);
    }
    if (!scene) return scene;
    if (!r.view.empty()) {
        const std::optional<ViewKind> view = parse_view(r.view);
        const std::vector<ViewKind> allowed = views_for(scene.value().params);
        if (!view || std::find(allowed.begin(), allowed.end(), *view) == allowed.end()) {
            std::string names;
            for (ViewKind v : allowed) names += cat(names.empty() ? "" : ", ", name(v));
            return Error{cat("the view '", r.view, "' is not one of this scene's views (", names, ")")};
        }
        scene.value().view.kind = *view;
    }
    if (std::optional<std::string> e = validate(scene.value())) return Error{*e};
    return scene;
}

Result<std::vector<Job>> jobs_of(const ExportRequest& r) {
    if (r.all_presets.empty()) {
        if (r.output.empty()) return Error{"give the output file with -o OUT.gif, OUT.png or OUT.mp4"};
        std::vector<std::string> notes;
        Result<Scene> scene = one_scene(r, notes);
        if (!scene) return Error{scene.error()};
        return std::vector<Job>{{std::move(scene).value(), r.output, 0, std::move(notes)}};
    }
    if (!r.output.empty() || !r.preset.empty() || !r.scene_file.empty() || !r.op.op.empty() || !r.op.torch.empty() ||
        !r.view.empty()) {
        return Error{"--all-presets DIR exports each preset in its own view into DIR: it takes no -o, --preset, "
                     "--scene, --op, --torch or --view"};
    }
    if (r.format != "gif" && r.format != "png" && r.format != "mp4") {
        return Error{cat("--format takes gif, png or mp4, not '", r.format, "'")};
    }
    std::vector<Scene> presets = builtin_presets();
    std::vector<std::string> wanted;
    if (r.presets == "conv_arithmetic") {
        wanted.assign(kConvArithmeticPresets.begin(), kConvArithmeticPresets.end());
    } else if (!r.presets.empty()) {
        for (size_t begin = 0; begin <= r.presets.size();) {
            const size_t end = std::min(r.presets.find(',', begin), r.presets.size());
            wanted.push_back(r.presets.substr(begin, end - begin));
            begin = end + 1;
        }
    }
    std::vector<Job> jobs;
    if (wanted.empty()) {
        for (Scene& s : presets) jobs.push_back({std::move(s), "", 0});
    } else {
        for (const std::string& id : wanted) {
            std::optional<Scene> s = find_preset(id);
            if (!s) return Error{cat("--presets: no preset '", id, "'; convviz --list-presets lists the ids")};
            jobs.push_back({std::move(*s), "", 0});
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(r.all_presets, ec);
    if (!std::filesystem::is_directory(r.all_presets, ec)) {
        return Error{cat("cannot write into ", r.all_presets, ": ", ec ? ec.message() : "it is not a folder")};
    }
    for (Job& job : jobs) job.path = (std::filesystem::path(r.all_presets) / cat(job.scene.id, ".", r.format)).string();
    return jobs;
}

Result<ExportSettings> settings_of(const ExportRequest& r) {
    ExportSettings s;
    const size_t x = r.size.find('x');
    const auto whole = [](std::string_view text, int& value) {
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        return !text.empty() && ec == std::errc() && end == text.data() + text.size();
    };
    if (x == std::string::npos || !whole(std::string_view(r.size).substr(0, x), s.width) ||
        !whole(std::string_view(r.size).substr(x + 1), s.height)) {
        return Error{cat("--size takes WIDTHxHEIGHT, e.g. 960x540, not '", r.size, "'")};
    }
    const std::optional<ThemeKind> theme = parse_theme(r.theme);
    if (!theme) return Error{cat("--theme takes light, dark or contrast, not '", r.theme, "'")};
    const std::optional<Lang> lang = parse_lang(r.lang);
    if (!lang) return Error{cat("--lang takes en or zh-CN, not '", r.lang, "'")};
    s.lang = *lang;
    if (r.fps > 0.0 && r.tween > 0) {
        return Error{"--tween adds frames between the steps and --fps samples at a fixed rate: give one of them"};
    }
    s.theme = *theme;
    s.seconds_per_step = r.seconds_per_step;
    s.plan.tween = r.tween;
    s.plan.fps = r.fps;
    if (r.from) s.plan.from = *r.from;
    if (r.to) s.plan.to = *r.to;
    s.labels = !r.no_labels;
    s.transparent = r.transparent;
    s.loop = r.loop;
    s.replace = r.force;
    return s;
}

// Ctrl-C, a closed terminal or a kill: blocked in every thread and waited for by a thread of its
// own, so that an export stops within a moment even while one frame takes seconds to draw or to
// encode. That thread removes what the export in progress has written and ends the process then
// and there, without waiting for the drawing or the encoders. A file already in place stays.
class InterruptWatch {
public:
    InterruptWatch(std::ostream& out, std::ostream& err) : out_(out), err_(err) {
        sigemptyset(&set_);
        for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set_, s);
        pthread_sigmask(SIG_BLOCK, &set_, &old_);
        thread_ = std::thread([this] { watch(); });
    }
    ~InterruptWatch() {
        stop_ = true;
        thread_.join();
        pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }
    InterruptWatch(const InterruptWatch&) = delete;
    InterruptWatch& operator=(const InterruptWatch&) = delete;

    // The export in progress and its file; the bar to clear before the message.
    void track(Exporter* exporter, const std::string& path, ProgressBar* bar) {
        {
            std::lock_guard lock(mutex_);
            exporter_ = exporter;
            path_ = path;
            in_place_ = false;
            bar_ = bar;
        }
        tracked_.notify_all();
    }
    // Before the export is dropped: what it wrote goes now (unless it is in place), so that a
    // signal while its threads wind down finds nothing left to remove.
    void untrack() {
        std::lock_guard lock(mutex_);
        if (exporter_ != nullptr) in_place_ = exporter_->discard_now();
        exporter_ = nullptr;
        bar_ = nullptr;
    }

private:
    void watch() {
        const timespec tick{0, 50'000'000};
        while (!stop_) {
            const int signal = sigtimedwait(&set_, nullptr, &tick);
            if (signal <= 0) continue;
            std::unique_lock lock(mutex_);  // kept: the process ends here
            // Between exports, the next one may be just starting: its temporary file exists
            // from the end of Exporter::start(), a moment before it is tracked. Half a second
            // covers that moment; a start still busy then has written nothing yet.
            if (exporter_ == nullptr) tracked_.wait_for(lock, std::chrono::milliseconds(500), [&] { return exporter_ != nullptr; });
            if (exporter_ != nullptr) in_place_ = exporter_->discard_now();
            if (bar_ != nullptr) bar_->clear();
            err_ << "convviz export: interrupted; "
                 << (path_.empty() ? std::string("nothing was written")
                                   : cat(in_place_ ? "the last file written is " : "nothing was written under ", path_))
                 << "\n";
            out_.flush();
            err_.flush();
            std::fflush(nullptr);
            ::_exit(128 + signal);
        }
    }

    std::ostream& out_;
    std::ostream& err_;
    sigset_t set_;
    sigset_t old_;
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::condition_variable tracked_;
    Exporter* exporter_ = nullptr;  // under mutex_
    std::string path_;              // under mutex_
    bool in_place_ = false;         // under mutex_
    ProgressBar* bar_ = nullptr;    // under mutex_
    std::thread thread_;
};

// An export the watch knows of while it lives; dropped, it tells the watch first.
class Tracked {
public:
    Tracked(InterruptWatch& watch, Exporter& exporter, const std::string& path, ProgressBar& bar) : watch_(watch) {
        watch_.track(&exporter, path, &bar);
    }
    ~Tracked() { watch_.untrack(); }
    Tracked(const Tracked&) = delete;
    Tracked& operator=(const Tracked&) = delete;

private:
    InterruptWatch& watch_;
};

// The first of a PNG sequence's files, or the one file, that cannot be written.
std::optional<std::string> destination_problem(const std::string& path, int64_t frames, bool replace) {
    if (format_of(path) != ExportFormat::png) return check_destination(path, replace);
    return check_sequence_destination(path, frames, replace);
}

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}  // namespace

int run_export(const ExportRequest& request, std::ostream& out, std::ostream& err) {
    const Clock::time_point started = Clock::now();
    // Blocked before any thread starts, so that every thread (the encoders) inherits it.
    InterruptWatch interrupts(out, err);
    if (std::optional<std::string> e = unused_option(request)) {
        err << "convviz export: " << *e << "\n";
        return 2;
    }
    Result<ExportSettings> base = settings_of(request);
    if (!base) {
        err << "convviz export: " << base.error() << "\n";
        return 2;
    }
    Result<std::vector<Job>> made = jobs_of(request);
    if (!made) {
        err << "convviz export: " << made.error() << "\n";
        return 2;
    }
    std::vector<Job> jobs = std::move(made).value();
    // Every scene and every destination is checked before the first frame is drawn.
    int64_t total = 0;
    for (Job& job : jobs) {
        ExportSettings settings = base.value();
        settings.path = job.path;
        Result<std::vector<PlannedFrame>> plan = planned_frames(job.scene, settings);
        const std::optional<std::string> problem =
            plan ? destination_problem(job.path, static_cast<int64_t>(plan.value().size()), settings.replace)
                 : std::optional(plan.error());
        if (problem) {
            err << "convviz export: " << (jobs.size() > 1 ? cat(job.scene.id, ": ") : "") << *problem << "\n";
            return 2;
        }
        job.frames = static_cast<int64_t>(plan.value().size());
        total += job.frames;
        for (const std::string& note : job.notes) out << note << "\n";
    }

    Result<std::unique_ptr<HeadlessGl>> gl = HeadlessGl::make();
    if (!gl) {
        err << "convviz export: " << gl.error() << "\n";
        return 2;
    }
    if (request.verbose) err << "convviz export: rendering through " << gl.value()->description() << "\n";
    Result<FrameRenderer> renderer = FrameRenderer::make(find_canvas_font());
    if (!renderer) {
        err << "convviz export: " << renderer.error() << "\n";
        return 2;
    }
    if (!renderer.value().text_error().empty()) err << "convviz export: " << renderer.value().text_error() << "\n";
    const Clock::time_point baking = Clock::now();
    if (std::optional<std::string> e = renderer.value().use_lang(base.value().lang)) {
        err << "convviz export: " << *e << " (or export with --lang en)\n";
        return 2;
    }
    if (request.verbose && base.value().lang != Lang::en) {
        char line[96];
        std::snprintf(line, sizeof line, "convviz export: the %s glyphs baked in %.2f s\n", code(base.value().lang),
                      seconds_since(baking));
        err << line;
    }

    ProgressBar bar(err, request.progress && ::isatty(STDERR_FILENO) == 1, total);
    int64_t done_before = 0;
    for (const Job& job : jobs) {
        const Clock::time_point job_started = Clock::now();
        ExportSettings settings = base.value();
        settings.path = job.path;
        Result<std::unique_ptr<Exporter>> exporter = Exporter::start(job.scene, settings, renderer.value());
        if (!exporter) {
            bar.clear();
            err << "convviz export: " << exporter.error() << "\n";
            return 2;
        }
        Exporter& e = *exporter.value();
        const Tracked tracked(interrupts, e, job.path, bar);
        while (!e.rendered_all() && !e.error()) {
            e.advance(std::chrono::milliseconds(100));
            bar.update(done_before + e.progress().written, job.scene.id);
        }
        if (const std::optional<std::string> error = e.finish()) {
            bar.clear();
            err << "convviz export: " << *error << "\n";
            return 2;
        }
        done_before += job.frames;
        bar.update(done_before, job.scene.id);
        bar.clear();
        char line[64];
        std::snprintf(line, sizeof line, " in %.2f s", seconds_since(job_started));
        out << job.path << ": " << job.frames << " frames, " << settings.width << "x" << settings.height
            << (request.verbose ? std::string(line) : std::string()) << "\n";
    }
    if (jobs.size() > 1 || request.verbose) {
        char line[160];
        std::snprintf(line, sizeof line, "%zu file%s, %lld frames in %.2f s\n", jobs.size(), jobs.size() == 1 ? "" : "s",
                      static_cast<long long>(total), seconds_since(started));
        out << line;
    }
    return 0;
}

}  // namespace convviz
