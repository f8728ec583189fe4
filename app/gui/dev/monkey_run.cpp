// --monkey: random input every frame from a printed seed until the frames or the seconds run out.
// The animation advances a fixed 1/60 s a frame and nothing sleeps, so a seed replays the same
// session (an export's progress, which follows the clock, aside). Quitting is refused and counted,
// after the unsaved-changes prompt when there is something to lose. What no click makes reliably
// (a preset, a view, a language, a theme, the Export dialog's buttons) the monkey asks of the
// same commands the menus run. Files go where it runs: saves and exports in the working folder
// (the file dialog stays within it), the settings in convviz-monkey-settings.json there. Each
// frame's doings go to `err`.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <ostream>

#include "app/gui/app_commands.hpp"
#include "app/gui/dev/dev_modes.hpp"
#include "app/gui/dev/measure.hpp"
#include "app/gui/dev/monkey.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// The smallest and largest window a resize picks (no larger: the sanitizers' frame rate falls
// with the pixels).
constexpr int kSmallestWidth = 48;
constexpr int kSmallestHeight = 36;
constexpr uint32_t kWidthChoices = 1233;
constexpr uint32_t kHeightChoices = 765;

template <typename T, size_t N>
const T& pick_of(const std::array<T, N>& choices, uint32_t pick) {
    return choices[pick % N];
}

// As a hand types a name into the Export dialog's File field and presses a size button: the
// fields may hold anything the monkey typed before.
void name_export(Workspace& ws, uint32_t pick) {
    if (!ws.exporting.visible() || ws.exporting.running()) return;
    constexpr std::array<const char*, 3> kExtensions = {".gif", ".png", ".mp4"};
    constexpr std::array<std::array<int, 2>, 3> kSizes = {{{960, 540}, {640, 360}, {320, 240}}};
    std::error_code error;
    const std::filesystem::path here = std::filesystem::current_path(error);
    ws.exporting.set_path((here / cat("monkey-export-", pick % 1000, pick_of(kExtensions, pick))).string());
    ws.exporting.settings.width = pick_of(kSizes, pick / 3)[0];
    ws.exporting.settings.height = pick_of(kSizes, pick / 3)[1];
}

// The monkey's requests, as the app's own controls make them: through the commands.
void request(App& app, const MonkeyInput& input) {
    Workspace& ws = app.workspace();
    const uint32_t pick = input.pick;
    switch (input.request) {
        case MonkeyRequest::none:
        case MonkeyRequest::resize: break;  // an edge can be dragged whatever is open: see below
        case MonkeyRequest::preset:
            if (!ws.presets.empty()) ws.commands.run(preset_command(ws.presets[pick % ws.presets.size()]));
            break;
        case MonkeyRequest::view: {
            const std::vector<ViewKind> views = views_for(ws.state.scene().params);
            if (!views.empty()) ws.commands.run(view_command(views[pick % views.size()]));
            break;
        }
        case MonkeyRequest::language: ws.commands.run(lang_command(kLanguages[pick % std::size(kLanguages)])); break;
        case MonkeyRequest::theme:
            ws.commands.run(theme_command(std::array{ThemeKind::light, ThemeKind::dark, ThemeKind::contrast}[pick % 3]));
            break;
        case MonkeyRequest::predict: ws.commands.run("view.predict"); break;
        case MonkeyRequest::name_export: name_export(ws, pick); break;
        case MonkeyRequest::start_export: ws.commands.run("export.start"); break;
        case MonkeyRequest::cancel_export: ws.commands.run("export.cancel"); break;
    }
}

// The monkey's hand for one frame: ImGui's input, the key through the app's own key handling (as
// --keys presses it), and a request.
void monkey_frame(App& app, Monkey& monkey, const Placement& start, std::ostream& log) {
    Workspace& ws = app.workspace();
    const MonkeyInput input = monkey.next(read_screen());
    if (const std::string what = describe(input); !what.empty()) log << "monkey " << monkey.counts().frames << ": " << what << "\n";
    feed_imgui(input, ImGui::GetIO());
    ws.injected_key = input.key_pressed ? input.key : -1;
    if (input.request == MonkeyRequest::resize) {
        // Half the time back to the size it started at; otherwise anything from a sliver to a
        // large window.
        if (input.pick % 2 == 0) {
            app.window().resize(start.width, start.height);
        } else {
            app.window().resize(kSmallestWidth + static_cast<int>(input.pick / 2 % kWidthChoices),
                                kSmallestHeight + static_cast<int>(input.pick / (2 * kWidthChoices) % kHeightChoices));
        }
        return;
    }
    // Only what a hand could reach: no menus, combos or dialog buttons while presenting or while a
    // popup has the mouse.
    if (ws.present.on || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    request(app, input);
}

}  // namespace

int run_monkey(App& app, const DevOptions& dev, std::ostream& out, std::ostream& err) {
    using Clock = std::chrono::steady_clock;
    Workspace& ws = app.workspace();
    const auto seed = static_cast<uint32_t>(dev.monkey_seed);
    out << "monkey: seed " << seed << " (re-run: convviz --monkey " << seed << " --monkey-seconds " << dev.monkey_seconds
        << " --monkey-frames " << dev.monkey_frames;
    if (dev.width > 0) out << " --size " << dev.width << "x" << dev.height;
    out << ")" << std::endl;
    std::error_code error;
    const std::filesystem::path here = std::filesystem::current_path(error);
    ws.files.confine_to(here.string());
    Monkey monkey(MonkeyParams{.seed = seed});
    MonkeyCounts& counts = monkey.counts();
    const Placement start = app.window().placement();
    std::vector<double> times;
    const Clock::time_point until =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(dev.monkey_seconds));
    while ((dev.monkey_frames <= 0 || counts.frames < dev.monkey_frames) && Clock::now() < until) {
        const Clock::time_point begin = Clock::now();
        const std::string preset = ws.state.scene().id;
        const ViewKind view = ws.state.scene().view.kind;
        app.frame({.input = [&] { monkey_frame(app, monkey, start, err); }});
        if (ws.state.scene().id != preset && !ws.state.scene().id.empty()) {
            ++counts.presets;
        } else if (ws.state.scene().view.kind != view) {
            ++counts.views;
        }
        if (app.done()) {
            app.window().cancel_close();
            ws.quitting = false;
            ++counts.quits_refused;
        }
        times.push_back(milliseconds(Clock::now() - begin));
    }
    counts.exports_started = ws.exporting.starts();
    counts.exports_cancelled = ws.exporting.cancels();
    ws.exporting.cancel();
    app.save_session((here / "convviz-monkey-settings.json").string(), err);
    out << summary(counts, times.empty() ? 0.0 : percentile(times, 0.5),
                   times.empty() ? 0.0 : *std::max_element(times.begin(), times.end()))
        << std::endl;
    return 0;
}

}  // namespace convviz
