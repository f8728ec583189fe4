#include "app/cli/progress_bar.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace convviz {

ProgressBar::ProgressBar(std::ostream& out, bool enabled, int64_t total)
    : out_(out), enabled_(enabled), total_(std::max<int64_t>(total, 1)), started_(std::chrono::steady_clock::now()) {}

void ProgressBar::update(int64_t done, const std::string& label) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && done < total_ && now - drawn_ < std::chrono::milliseconds(100)) return;
    drawn_ = now;
    shown_ = true;
    constexpr int kWidth = 30;
    const double part = std::clamp(static_cast<double>(done) / static_cast<double>(total_), 0.0, 1.0);
    const int filled = static_cast<int>(part * kWidth);
    const double elapsed = std::chrono::duration<double>(now - started_).count();
    char eta[32] = "";
    if (done > 0 && done < total_) {
        std::snprintf(eta, sizeof eta, "  %.1f s left", elapsed / static_cast<double>(done) * static_cast<double>(total_ - done));
    }
    char line[256];
    std::snprintf(line, sizeof line, "\r\033[K[%s%s] %lld/%lld frames%s  %s", std::string(static_cast<size_t>(filled), '#').c_str(),
                  std::string(static_cast<size_t>(kWidth - filled), '.').c_str(), static_cast<long long>(done),
                  static_cast<long long>(total_), eta, label.c_str());
    out_ << line << std::flush;
}

void ProgressBar::clear() {
    if (!enabled_ || !shown_) return;
    out_ << "\r\033[K" << std::flush;
    shown_ = false;
}

}  // namespace convviz
