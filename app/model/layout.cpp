#include "app/model/layout.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace convviz {

float panel_pixels(float panel_em, float em, float window_width) {
    const float most = kMaxPanelShare * window_width;
    return std::min(std::max(panel_em, kMinPanelEm) * em, most);
}

PanelLayout layout_panels(const LayoutParams& p) {
    PanelLayout out;
    const float middle = std::max(p.height - p.top - p.bottom, 1.0f);
    const float left = p.panels_shown ? panel_pixels(p.left_em, p.em, p.width) : 0.0f;
    const float right = p.panels_shown ? panel_pixels(p.right_em, p.em, p.width) : 0.0f;
    if (p.panels_shown) {
        out.left = {0.0f, p.top, left, middle};
        out.right = {p.width - right, p.top, right, middle};
    }
    out.canvas = {left, p.top, std::max(p.width - left - right, 1.0f), middle};
    return out;
}

namespace {

// Back from pixels to em, within what panel_pixels() would draw.
float to_em(float pixels, float em, float window_width) {
    const float most = std::max(kMaxPanelShare * window_width, kMinPanelEm * em);
    return std::clamp(pixels, kMinPanelEm * em, most) / em;
}

}  // namespace

float dragged_left_em(float left_em, float dx, float em, float window_width) {
    return to_em(panel_pixels(left_em, em, window_width) + dx, em, window_width);
}

float dragged_right_em(float right_em, float dx, float em, float window_width) {
    return to_em(panel_pixels(right_em, em, window_width) - dx, em, window_width);
}

std::vector<float> share_height(float total, const std::vector<float>& wanted) {
    std::vector<float> given(wanted.size(), 0.0f);
    if (wanted.empty()) return given;
    std::vector<size_t> order(wanted.size());
    std::iota(order.begin(), order.end(), size_t{0});
    const auto want = [&](size_t i) { return wanted[i] > 0.0f ? wanted[i] : std::numeric_limits<float>::infinity(); };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return want(a) < want(b); });
    float left = std::max(total, 0.0f);
    for (size_t k = 0; k < order.size(); ++k) {
        const float even = left / static_cast<float>(order.size() - k);
        const size_t i = order[k];
        given[i] = std::min(want(i), even);
        left -= given[i];
    }
    return given;
}

}  // namespace convviz
