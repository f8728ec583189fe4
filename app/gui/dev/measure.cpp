#include "app/gui/dev/measure.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>

namespace convviz {

double milliseconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const size_t index = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

ResidentMemory resident_memory() {
    ResidentMemory memory;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        long long kb = 0;
        if (std::sscanf(line.c_str(), "VmHWM: %lld kB", &kb) == 1) memory.peak_mb = static_cast<double>(kb) / 1024.0;
        if (std::sscanf(line.c_str(), "VmRSS: %lld kB", &kb) == 1) memory.current_mb = static_cast<double>(kb) / 1024.0;
    }
    return memory;
}

std::string bench_report(const std::vector<double>& times, size_t first, double elapsed_s) {
    const std::vector<double> span(times.begin() + static_cast<std::ptrdiff_t>(first), times.end());
    char line[200];
    std::snprintf(line, sizeof line, "report frames=%zu-%zu frame_ms median=%.2f p95=%.2f rss_mb=%.1f elapsed_s=%.1f",
                  first + 1, times.size(), percentile(span, 0.5), percentile(span, 0.95), resident_memory().current_mb,
                  elapsed_s);
    return line;
}

}  // namespace convviz
