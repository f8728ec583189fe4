// The Simplified Chinese table. Keys are dotted (area.thing.detail); {0}, {1}, …: the places tr() fills.
// Each section belongs to one part of the code; tests/test_strings.cpp checks that both tables
// have the same keys with the same places.
#include "core/i18n/strings.hpp"

namespace convviz {

namespace {

constexpr StringEntry kEntries[] = {
    {"lang.name", "简体中文"},

    // ---- app: menus, presentation mode, lessons, scene files, guidance (app/gui/) ----

    // ---- end of app ----

    // ---- panels: parameters, values, playback, arithmetic, shape, code, export; tooltips ----

    // ---- end of panels ----

    // ---- frame: conv, scatter, gather, crop and matrix views; formulas; hover text ----

    // ---- end of frame 1 ----

    // ---- frame: pool, unpool, upsample, shuffle and compare views ----

    // ---- end of frame 2 ----

    // ---- messages: validation, shape arithmetic, files ----

    // ---- end of messages ----

    // ---- presets and the built-in lesson ----

    // ---- end of presets ----
};

constexpr auto kTable = sorted_table(kEntries);
static_assert(keys_unique(kTable), "a key appears twice in the Simplified Chinese table");

}  // namespace

std::span<const StringEntry> chinese_strings() { return kTable; }

}  // namespace convviz
