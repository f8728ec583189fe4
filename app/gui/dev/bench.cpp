// --bench-frames: N frames of the playing animation through App::frame(), each timed with the GPU
// finished, then the start-up time, the memory and the frame times' median, p95 and maximum.
#include <algorithm>
#include <cstdio>
#include <ostream>

#include "app/gui/dev/dev_modes.hpp"
#include "app/gui/dev/measure.hpp"
#include "app/render/render_target.hpp"

namespace convviz {

int bench_frames(App& app, const DevOptions& dev, std::ostream& out) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> times;
    times.reserve(static_cast<size_t>(dev.bench_frames));
    double startup = 0.0;
    const Clock::time_point bench_start = Clock::now();
    size_t report_from = 0;
    for (int64_t i = 0; i < dev.bench_frames; ++i) {
        const Clock::time_point begin = Clock::now();
        app.frame();
        finish_gpu();
        // The first frame lays the scene out for the canvas; a long op is laid out aside, and the
        // frames measured are the scene's own.
        if (i == 0) app.workspace().state.finish_pending();
        const Clock::time_point end = Clock::now();
        if (i == 0) startup = milliseconds(end - dev.started);
        times.push_back(milliseconds(end - begin));
        // Flushed at once: a soak reads these while it runs, or after it was cut short.
        if (dev.bench_report_every > 0 && (i + 1) % dev.bench_report_every == 0) {
            out << bench_report(times, report_from, milliseconds(end - bench_start) / 1000.0) << "\n" << std::flush;
            report_from = times.size();
        }
    }
    char line[160];
    std::snprintf(line, sizeof line, "startup_ms=%.1f frames=%lld", startup, static_cast<long long>(times.size()));
    out << line << "\n";
    // Before frame_ms, which stays the last line (tests read it there).
    const ResidentMemory memory = resident_memory();
    std::snprintf(line, sizeof line, "rss_mb peak=%.1f current=%.1f", memory.peak_mb, memory.current_mb);
    out << line << "\n";
    std::snprintf(line, sizeof line, "frame_ms median=%.2f p95=%.2f max=%.2f", percentile(times, 0.5),
                  percentile(times, 0.95), *std::max_element(times.begin(), times.end()));
    out << line << "\n";
    return 0;
}

}  // namespace convviz
