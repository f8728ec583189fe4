#include "app/gui/export_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

#include "app/gui/platform.hpp"
#include "app/export/png_sequence_sink.hpp"
#include "app/gui/theme.hpp"
#include "app/model/panel_text.hpp"
#include "app/gui/panel_widgets.hpp"
#include "core/i18n/strings.hpp"
#include "core/presets.hpp"

namespace convviz {

namespace {

using Clock = std::chrono::steady_clock;

// Each app frame gives the export this long, so that the window keeps its pace.
constexpr auto kSlice = std::chrono::milliseconds(12);

const char* extension(int format) { return format == 1 ? ".png" : format == 2 ? ".mp4" : ".gif"; }

}  // namespace

void ExportPanel::open(const AppState& state, const RenderOptions& canvas, int canvas_width, int canvas_height) {
    visible_ = true;
    focus_ = true;
    lang_ = state.lang();
    canvas_width_ = std::max(canvas_width, kMinExportSide);
    canvas_height_ = std::max(canvas_height, kMinExportSide);
    settings.theme = canvas.theme;
    settings.labels = canvas.labels;
    if (path_[0] == '\0') {
        const std::string stem = state.scene().id.empty() ? "convviz" : state.scene().id;
        set_path((std::filesystem::path(platform::files_folder()) / (stem + extension(format_))).string());
    }
}

void ExportPanel::set_path(const std::string& path) {
    std::snprintf(path_, sizeof path_, "%s", path.c_str());
    if (settings.path != path) settings.replace = false;  // asked for one file, not for the next
    settings.path = path;
    if (const std::optional<ExportFormat> f = format_of(path)) format_ = static_cast<int>(*f);
}

std::optional<ExportProgress> ExportPanel::progress() const {
    if (!exporter_) return std::nullopt;
    return exporter_->progress();
}

ExportSettings ExportPanel::chosen() const {
    ExportSettings s = settings;
    s.path = path_;
    if (by_rate_) {
        s.plan.tween = 0;
    } else {
        s.plan.fps = 0.0;
    }
    s.lang = lang_;  // exports carry the interface's language
    if (!ranged_) {
        s.plan.from = 0.0;
        s.plan.to = std::numeric_limits<double>::infinity();
    }
    return s;
}

std::optional<std::string> ExportPanel::start(const AppState& state, FrameRenderer& renderer) {
    lang_ = state.lang();
    if (running()) return export_already_running(lang_);
    settings.path = path_;
    Result<std::unique_ptr<Exporter>> made = Exporter::start(state.scene(), chosen(), renderer);
    if (!made) {
        result_ = made.error();
        succeeded_ = false;
        return made.error();
    }
    exporter_ = std::move(made).value();
    started_ = Clock::now();
    result_.clear();
    ++starts_;
    existing_for_ = {};  // the file will exist after this
    return std::nullopt;
}

void ExportPanel::cancel() {
    if (!exporter_) return;
    if (exporter_->finishing()) {
        // Dropping the exporter now would still leave the file (its finish may be past the point
        // of no return) while the result said nothing was written.
        std::optional<std::optional<std::string>> finished;
        while (!(finished = exporter_->finished())) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        complete(*finished);
        return;
    }
    exporter_.reset();
    result_ = export_cancelled(lang_, settings.path);
    succeeded_ = false;
    ++cancels_;
}

void ExportPanel::step() {
    if (!exporter_) return;
    const ExportProgress p = exporter_->progress();
    if (p.written < p.total) {
        exporter_->advance(kSlice);
        if (std::optional<std::string> e = exporter_->error()) complete(e);
        return;
    }
    // The file is completed (ffmpeg's last seconds, a sync) on a thread of its own.
    exporter_->finish_in_background();
    if (const std::optional<std::optional<std::string>> finished = exporter_->finished()) complete(*finished);
}

void ExportPanel::complete(const std::optional<std::string>& error) {
    const int64_t frames = exporter_->progress().total;
    exporter_.reset();
    succeeded_ = !error;
    const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
    result_ = error ? *error : export_written(lang_, settings.path, frames, settings.width, settings.height, seconds);
    if (!error) platform::written(settings.path);
}

void ExportPanel::draw(const AppState& state, FrameRenderer& renderer) {
    lang_ = state.lang();
    step();
    if (!visible_) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (focus_) ImGui::SetNextWindowFocus();
    focus_ = false;
    const std::string title = with_id(tr(lang_, "panel.export.title"), "Export");
    if (ImGui::Begin(title.c_str(), &visible_, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                                   ImGuiWindowFlags_NoSavedSettings)) {
        if (running()) {
            draw_progress();
        } else {
            draw_settings(state, renderer);
        }
    }
    ImGui::End();
}

void ExportPanel::draw_progress() {
    const ExportProgress p = exporter_->progress();
    ImGui::TextUnformatted(export_exporting(lang_, settings.path).c_str());
    const float fraction = p.total > 0 ? static_cast<float>(p.written) / static_cast<float>(p.total) : 0.0f;
    const std::string overlay = export_frames_done(lang_, p.written, p.total);
    ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 26.0f, 0.0f), overlay.c_str());
    const double elapsed = std::chrono::duration<double>(Clock::now() - started_).count();
    if (p.written > 0 && p.written < p.total) {
        const double left = elapsed / static_cast<double>(p.written) * static_cast<double>(p.total - p.written);
        ImGui::TextDisabled("%s", export_time_left(lang_, left).c_str());
    } else {
        ImGui::TextDisabled(" ");
    }
    // The file being put in place cannot be cancelled: the button says so by being disabled.
    ImGui::BeginDisabled(!can_cancel());
    if (ImGui::Button(with_id(tr(lang_, "panel.export.cancel"), "Cancel").c_str())) cancel();
    ImGui::EndDisabled();
}

void ExportPanel::draw_settings(const AppState& state, FrameRenderer& renderer) {
    const float field = ImGui::GetFontSize() * 9.0f;
    const Lang lang = lang_;
    ImGui::TextDisabled("%s", scene_title(state.scene(), lang).c_str());
    ImGui::Separator();

    const int format_before = format_;
    ImGui::RadioButton("GIF", &format_, static_cast<int>(ExportFormat::gif));
    ImGui::SameLine();
    ImGui::RadioButton(with_id(tr(lang, "panel.export.png_sequence"), "PNG sequence").c_str(), &format_,
                       static_cast<int>(ExportFormat::png));
    if (platform::can_start_programs()) {
        ImGui::SameLine();
        ImGui::RadioButton("MP4 (ffmpeg)", &format_, static_cast<int>(ExportFormat::mp4));
    } else {
        ImGui::TextDisabled("%s", tr(lang, "panel.export.no_mp4").c_str());
    }
    if (format_ != format_before) {
        set_path(std::filesystem::path(path_).replace_extension(extension(format_)).string());
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 26.0f);
    if (ImGui::InputText(with_id(tr(lang, "panel.export.file"), "File").c_str(), path_, sizeof path_)) set_path(path_);
    if (format_ == static_cast<int>(ExportFormat::png)) {
        ImGui::TextDisabled("%s", tr(lang, "panel.export.png_names").c_str());
    }

    int size[2] = {settings.width, settings.height};
    ImGui::SetNextItemWidth(field);
    if (ImGui::InputInt2(with_id(tr(lang, "panel.export.size"), "Size (pixels)").c_str(), size)) {
        settings.width = std::clamp(size[0], kMinExportSide, kMaxExportSide);
        settings.height = std::clamp(size[1], kMinExportSide, kMaxExportSide);
    }
    for (const auto& [label, w, h] : {std::tuple{"960×540", 960, 540}, std::tuple{"1280×720", 1280, 720},
                                      std::tuple{"1920×1080", 1920, 1080}}) {
        if (ImGui::SmallButton(label)) {
            settings.width = w;
            settings.height = h;
        }
        ImGui::SameLine();
    }
    if (ImGui::SmallButton(with_id(tr(lang, "panel.export.as_canvas"), "As the canvas").c_str())) use_canvas_size();

    ImGui::Separator();
    int by_rate = by_rate_ ? 1 : 0;
    ImGui::RadioButton(with_id(tr(lang, "panel.export.per_step"), "One frame per step").c_str(), &by_rate, 0);
    ImGui::SameLine();
    ImGui::RadioButton(with_id(tr(lang, "panel.export.fixed_rate"), "Fixed frame rate").c_str(), &by_rate, 1);
    by_rate_ = by_rate == 1;
    ImGui::SetNextItemWidth(field);
    if (by_rate_) {
        if (settings.plan.fps <= 0.0) settings.plan.fps = format_ == static_cast<int>(ExportFormat::gif) ? 25.0 : 30.0;
        ImGui::InputDouble(with_id(tr(lang, "panel.export.fps"), "Frames a second").c_str(), &settings.plan.fps, 1.0, 5.0,
                           "%.0f");
    } else {
        ImGui::InputInt(with_id(tr(lang, "panel.export.tween"), "In-between frames").c_str(), &settings.plan.tween);
        settings.plan.tween = std::clamp(settings.plan.tween, 0, kMaxTween);
    }
    ImGui::SetNextItemWidth(field);
    ImGui::InputDouble(with_id(tr(lang, "panel.export.seconds_per_step"), "Seconds per step").c_str(),
                       &settings.seconds_per_step, 0.25, 1.0, "%.2f");
    ImGui::Checkbox(with_id(tr(lang, "panel.export.ranged"), "Only part of the animation").c_str(), &ranged_);
    if (ranged_) {
        if (!std::isfinite(settings.plan.to)) settings.plan.to = state.timeline().duration();
        ImGui::SetNextItemWidth(field);
        ImGui::InputDouble(with_id(tr(lang, "panel.export.from"), "From (s)").c_str(), &settings.plan.from, 0.5, 1.0,
                           "%.2f");
        ImGui::SetNextItemWidth(field);
        ImGui::InputDouble(with_id(tr(lang, "panel.export.to"), "To (s)").c_str(), &settings.plan.to, 0.5, 1.0, "%.2f");
    }

    ImGui::Separator();
    int theme = static_cast<int>(settings.theme);
    ImGui::RadioButton(with_id(tr(lang, "panel.export.light"), "Light").c_str(), &theme, static_cast<int>(ThemeKind::light));
    ImGui::SameLine();
    ImGui::RadioButton(with_id(tr(lang, "panel.export.dark"), "Dark").c_str(), &theme, static_cast<int>(ThemeKind::dark));
    ImGui::SameLine();
    ImGui::RadioButton(with_id(tr(lang, "panel.export.contrast"), "High contrast").c_str(), &theme,
                       static_cast<int>(ThemeKind::contrast));
    settings.theme = static_cast<ThemeKind>(theme);
    ImGui::SameLine();
    ImGui::Checkbox(with_id(tr(lang, "panel.export.labels"), "Labels and captions").c_str(), &settings.labels);
    ImGui::BeginDisabled(format_ == static_cast<int>(ExportFormat::mp4));
    if (format_ == static_cast<int>(ExportFormat::mp4)) settings.transparent = false;
    ImGui::Checkbox(with_id(tr(lang, "panel.export.transparent"), "Transparent page").c_str(), &settings.transparent);
    ImGui::EndDisabled();
    if (format_ == static_cast<int>(ExportFormat::gif)) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field * 0.6f);
        ImGui::InputInt(with_id(tr(lang, "panel.export.plays"), "Plays (0: for ever)").c_str(), &settings.loop);
        settings.loop = std::clamp(settings.loop, 0, 65536);
    } else {
        settings.loop = 0;
    }

    ImGui::Separator();
    // What the settings give, before anything is drawn.
    const Result<std::vector<PlannedFrame>> plan = planned_frames(state.scene(), chosen());
    bool ready = plan.ok();
    if (plan) {
        double seconds = 0.0;
        for (const PlannedFrame& f : plan.value()) seconds += f.seconds;
        ImGui::TextUnformatted(export_plan(lang, plan.value().size(), seconds).c_str());
        if (existing_for_ != std::pair{std::string(path_), plan.value().size()}) {
            existing_for_ = {std::string(path_), plan.value().size()};
            existing_ = false;
            const std::vector<std::string> names = format_ == static_cast<int>(ExportFormat::png)
                                                       ? sequence_names(path_, static_cast<int64_t>(plan.value().size()))
                                                       : std::vector<std::string>{path_};
            for (const std::string& name : names) {
                std::error_code ec;
                existing_ = existing_ || std::filesystem::exists(name, ec);
            }
            // An earlier, longer sequence of that name is replaced whole: it counts too.
            if (format_ == static_cast<int>(ExportFormat::png)) existing_ = existing_ || !sequence_files(path_).empty();
        }
        if (existing_) {
            ImGui::SameLine();
            ImGui::Checkbox(with_id(tr(lang, "panel.export.replace"), "Replace the existing file").c_str(),
                            &settings.replace);
            ready = ready && settings.replace;
        }
    } else {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextColored(warning_colour(), "%s", plan.error().c_str());
        ImGui::PopTextWrapPos();
    }
    if (!result_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        if (succeeded_) {
            ImGui::TextDisabled("%s", result_.c_str());
        } else {
            ImGui::TextColored(warning_colour(), "%s", result_.c_str());
        }
        ImGui::PopTextWrapPos();
    }
    ready_ = ready;
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button(with_id(tr(lang, "panel.export.export"), "Export").c_str())) start(state, renderer);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(with_id(tr(lang, "panel.export.close"), "Close").c_str())) visible_ = false;
}

}  // namespace convviz
