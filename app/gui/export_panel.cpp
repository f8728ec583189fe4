#include "app/gui/export_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "core/text.hpp"

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
    canvas_width_ = std::max(canvas_width, kMinExportSide);
    canvas_height_ = std::max(canvas_height, kMinExportSide);
    settings.theme = canvas.theme;
    settings.labels = canvas.labels;
    if (path_[0] == '\0') {
        std::error_code ec;
        const std::string stem = state.scene().id.empty() ? "convviz" : state.scene().id;
        set_path((std::filesystem::current_path(ec) / (stem + extension(format_))).string());
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
    if (!ranged_) {
        s.plan.from = 0.0;
        s.plan.to = std::numeric_limits<double>::infinity();
    }
    return s;
}

std::optional<std::string> ExportPanel::start(const AppState& state, FrameRenderer& renderer) {
    if (running()) return std::string("an export is already running");
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
    return std::nullopt;
}

void ExportPanel::cancel() {
    if (!exporter_) return;
    exporter_.reset();
    result_ = cat("Cancelled: nothing was written to ", settings.path);
    succeeded_ = false;
}

void ExportPanel::step() {
    if (!exporter_) return;
    const ExportProgress p = exporter_->progress();
    if (p.written < p.total) {
        exporter_->advance(kSlice);
        if (std::optional<std::string> e = exporter_->error()) {
            exporter_.reset();
            result_ = *e;
            succeeded_ = false;
        }
        return;
    }
    // The file is completed (ffmpeg's last seconds, a sync) on a thread of its own.
    exporter_->finish_in_background();
    const std::optional<std::optional<std::string>> finished = exporter_->finished();
    if (!finished) return;
    const std::optional<std::string>& e = *finished;
    exporter_.reset();
    succeeded_ = !e;
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", std::chrono::duration<double>(Clock::now() - started_).count());
    result_ = e ? *e : cat("Wrote ", settings.path, ": ", p.total, " frames, ", settings.width, "×", settings.height, ", in ",
                           seconds, " s");
}

void ExportPanel::draw(const AppState& state, FrameRenderer& renderer) {
    step();
    if (!visible_) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (focus_) ImGui::SetNextWindowFocus();
    focus_ = false;
    if (ImGui::Begin("Export", &visible_, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
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
    ImGui::Text("Exporting %s", settings.path.c_str());
    const float fraction = p.total > 0 ? static_cast<float>(p.written) / static_cast<float>(p.total) : 0.0f;
    const std::string overlay = cat(p.written, " / ", p.total, " frames");
    ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 26.0f, 0.0f), overlay.c_str());
    const double elapsed = std::chrono::duration<double>(Clock::now() - started_).count();
    if (p.written > 0 && p.written < p.total) {
        ImGui::TextDisabled("about %.0f s left", elapsed / static_cast<double>(p.written) * static_cast<double>(p.total - p.written));
    } else {
        ImGui::TextDisabled(" ");
    }
    if (ImGui::Button("Cancel")) cancel();
}

void ExportPanel::draw_settings(const AppState& state, FrameRenderer& renderer) {
    const float field = ImGui::GetFontSize() * 9.0f;
    ImGui::TextDisabled("%s", state.scene().title.c_str());
    ImGui::Separator();

    const int format_before = format_;
    ImGui::RadioButton("GIF", &format_, static_cast<int>(ExportFormat::gif));
    ImGui::SameLine();
    ImGui::RadioButton("PNG sequence", &format_, static_cast<int>(ExportFormat::png));
    ImGui::SameLine();
    ImGui::RadioButton("MP4 (ffmpeg)", &format_, static_cast<int>(ExportFormat::mp4));
    if (format_ != format_before) {
        set_path(std::filesystem::path(path_).replace_extension(extension(format_)).string());
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 26.0f);
    if (ImGui::InputText("File", path_, sizeof path_)) set_path(path_);
    if (format_ == static_cast<int>(ExportFormat::png)) ImGui::TextDisabled("Frames go to NAME_0000.png, NAME_0001.png, …");

    int size[2] = {settings.width, settings.height};
    ImGui::SetNextItemWidth(field);
    if (ImGui::InputInt2("Size (pixels)", size)) {
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
    if (ImGui::SmallButton("As the canvas")) use_canvas_size();

    ImGui::Separator();
    int by_rate = by_rate_ ? 1 : 0;
    ImGui::RadioButton("One frame per step", &by_rate, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Fixed frame rate", &by_rate, 1);
    by_rate_ = by_rate == 1;
    ImGui::SetNextItemWidth(field);
    if (by_rate_) {
        if (settings.plan.fps <= 0.0) settings.plan.fps = format_ == static_cast<int>(ExportFormat::gif) ? 25.0 : 30.0;
        ImGui::InputDouble("Frames a second", &settings.plan.fps, 1.0, 5.0, "%.0f");
    } else {
        ImGui::InputInt("In-between frames", &settings.plan.tween);
        settings.plan.tween = std::clamp(settings.plan.tween, 0, kMaxTween);
    }
    ImGui::SetNextItemWidth(field);
    ImGui::InputDouble("Seconds per step", &settings.seconds_per_step, 0.25, 1.0, "%.2f");
    ImGui::Checkbox("Only part of the animation", &ranged_);
    if (ranged_) {
        if (!std::isfinite(settings.plan.to)) settings.plan.to = state.timeline().duration();
        ImGui::SetNextItemWidth(field);
        ImGui::InputDouble("From (s)", &settings.plan.from, 0.5, 1.0, "%.2f");
        ImGui::SetNextItemWidth(field);
        ImGui::InputDouble("To (s)", &settings.plan.to, 0.5, 1.0, "%.2f");
    }

    ImGui::Separator();
    int theme = settings.theme == ThemeKind::dark ? 1 : 0;
    ImGui::RadioButton("Light", &theme, 0);
    ImGui::SameLine();
    ImGui::RadioButton("Dark", &theme, 1);
    settings.theme = theme == 1 ? ThemeKind::dark : ThemeKind::light;
    ImGui::SameLine();
    ImGui::Checkbox("Labels and captions", &settings.labels);
    ImGui::BeginDisabled(format_ == static_cast<int>(ExportFormat::mp4));
    if (format_ == static_cast<int>(ExportFormat::mp4)) settings.transparent = false;
    ImGui::Checkbox("Transparent page", &settings.transparent);
    ImGui::EndDisabled();
    if (format_ == static_cast<int>(ExportFormat::gif)) {
        ImGui::SameLine();
        ImGui::SetNextItemWidth(field * 0.6f);
        ImGui::InputInt("Plays (0: for ever)", &settings.loop);
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
        ImGui::Text("%zu frames, %.1f s", plan.value().size(), seconds);
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
        }
        if (existing_) {
            ImGui::SameLine();
            ImGui::Checkbox("Replace the existing file", &settings.replace);
            ready = ready && settings.replace;
        }
    } else {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextColored(ImVec4(0.80f, 0.30f, 0.09f, 1.0f), "%s", plan.error().c_str());
        ImGui::PopTextWrapPos();
    }
    if (!result_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        if (succeeded_) {
            ImGui::TextDisabled("%s", result_.c_str());
        } else {
            ImGui::TextColored(ImVec4(0.80f, 0.30f, 0.09f, 1.0f), "%s", result_.c_str());
        }
        ImGui::PopTextWrapPos();
    }
    ImGui::BeginDisabled(!ready);
    if (ImGui::Button("Export")) {
        start(state, renderer);
        existing_for_ = {};  // the file will exist after this
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Close")) visible_ = false;
}

}  // namespace convviz
