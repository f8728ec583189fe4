// A one-line progress bar for a terminal — frames done of the total, a bar, the time left — redrawn
// in place at most ten times a second, and nothing at all when the stream is not a terminal (a
// pipe, a log, CI).
#pragma once

#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

namespace convviz {

class ProgressBar {
public:
    // enabled: the stream is a terminal.
    ProgressBar(std::ostream& out, bool enabled, int64_t total);
    void update(int64_t done, const std::string& label);
    void clear();  // removes the line, so that a message can take its place

private:
    std::ostream& out_;
    bool enabled_;
    int64_t total_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point drawn_{};
    bool shown_ = false;
};

}  // namespace convviz
