// What the development modes measure: frame-time percentiles and this process's resident memory
// (Linux's /proc/self/status), so a soak can see creep without an outside tool.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace convviz {

double milliseconds(std::chrono::steady_clock::duration d);
double percentile(std::vector<double> values, double p);  // p in (0, 1]; `values` not empty

struct ResidentMemory {
    double peak_mb = 0.0;     // VmHWM: the high-water mark since the process started
    double current_mb = 0.0;  // VmRSS: now
};
ResidentMemory resident_memory();  // zero where the file or a field is missing

// --bench-report-every's line: the frames [first, end) of `times`, their median and p95, the
// memory now.
std::string bench_report(const std::vector<double>& times, size_t first, double elapsed_s);

}  // namespace convviz
