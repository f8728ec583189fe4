#include "core/lesson.hpp"

#include <nlohmann/json.hpp>
#include <span>

#include "core/atomic_file.hpp"
#include "core/i18n/strings.hpp"
#include "core/json_io.hpp"
#include "core/limits.hpp"
#include "core/presets.hpp"
#include "core/read_file.hpp"

namespace convviz {

namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "convviz-lesson";

// A field of the lesson document, at most `limit` characters, or a message naming it.
Result<std::string> text_field(const json& object, const char* key, const std::string& where, Lang lang,
                               bool required, size_t limit) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (required) return Error{tr(lang, "lesson.error.missing", where, key)};
        return std::string();
    }
    if (!it->is_string()) return Error{tr(lang, "lesson.error.not_text", where, key)};
    std::string text = it->get<std::string>();
    if (std::optional<std::string> why = check_text_length(text, limit, lang)) {
        return Error{tr(lang, "lesson.error.field", where, key, *why)};
    }
    return text;
}

// A key the lesson format does not have, as a message naming it and what was likely meant.
std::optional<std::string> unknown_field(const json& object, std::span<const std::string_view> known,
                                         const std::string& where, Lang lang) {
    if (std::optional<json_io::FieldError> e = json_io::unknown_key(object, known, "", lang)) {
        return tr(lang, "lesson.error.field", where, e->field, e->why);
    }
    return std::nullopt;
}

constexpr std::string_view kLessonKeys[] = {"format", "version", "title", "scenes"};
constexpr std::string_view kEntryKeys[] = {"title", "note", "scene"};

}  // namespace

Result<Lesson> parse_lesson(std::string_view text, const std::string& source, Lang lang) {
    const json document = json::parse(text, nullptr, false);
    if (document.is_discarded()) return Error{tr(lang, "lesson.error.not_json", source)};
    if (!document.is_object()) return Error{tr(lang, "lesson.error.not_object", source)};
    const auto format = document.find("format");
    if (format == document.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        return Error{tr(lang, "lesson.error.not_lesson", source)};
    }
    const auto version = document.find("version");
    if (version == document.end() || !version->is_number_integer()) {
        return Error{tr(lang, "lesson.error.no_version", source)};
    }
    if (version->get<int64_t>() > kLessonVersion) {
        return Error{tr(lang, "lesson.error.newer", source, version->get<int64_t>(), kLessonVersion)};
    }
    if (version->get<int64_t>() < 1) return Error{tr(lang, "lesson.error.no_version", source)};

    // After the version: a newer lesson's new fields are the newer version's, not misspellings.
    if (std::optional<std::string> e = unknown_field(document, kLessonKeys, source, lang)) return Error{*e};
    Lesson lesson;
    Result<std::string> title = text_field(document, "title", source, lang, true, text_limits.title);
    if (!title) return Error{title.error()};
    lesson.title = std::move(title).value();
    const auto scenes = document.find("scenes");
    if (scenes == document.end() || !scenes->is_array()) return Error{tr(lang, "lesson.error.no_scenes", source)};
    if (scenes->size() > kMaxLessonScenes) {
        return Error{tr(lang, "lesson.error.too_many", source, scenes->size(), kMaxLessonScenes)};
    }
    for (size_t i = 0; i < scenes->size(); ++i) {
        const json& entry = (*scenes)[i];
        const std::string where = tr(lang, "lesson.error.where", source, i + 1);
        if (!entry.is_object()) return Error{tr(lang, "lesson.error.entry_not_object", where)};
        if (std::optional<std::string> e = unknown_field(entry, kEntryKeys, where, lang)) return Error{*e};
        LessonScene scene;
        Result<std::string> entry_title = text_field(entry, "title", where, lang, true, text_limits.title);
        if (!entry_title) return Error{entry_title.error()};
        Result<std::string> note = text_field(entry, "note", where, lang, false, text_limits.note);
        if (!note) return Error{note.error()};
        const auto body = entry.find("scene");
        if (body == entry.end() || !body->is_object()) return Error{tr(lang, "lesson.error.missing", where, "scene")};
        Result<Scene> parsed = parse_scene(body->dump(), where, lang);
        if (!parsed) return Error{parsed.error()};
        if (std::optional<std::string> invalid = validate(parsed.value(), lang)) return Error{cat(where, ": ", *invalid)};
        scene.title = std::move(entry_title).value();
        scene.note = std::move(note).value();
        scene.scene = std::move(parsed).value();
        lesson.scenes.push_back(std::move(scene));
    }
    return lesson;
}

Result<Lesson> load_lesson(const std::string& path, Lang lang) {
    std::variant<std::string, ReadFailure> contents = read_whole_file(path);
    if (const ReadFailure* failed = std::get_if<ReadFailure>(&contents)) {
        return Error{read_failure_message(*failed, "lesson.error", path, lang)};
    }
    return parse_lesson(std::get<std::string>(contents), path, lang);
}

std::string lesson_json(const Lesson& lesson) {
    json scenes = json::array();
    for (const LessonScene& s : lesson.scenes) {
        scenes.push_back({{"title", s.title}, {"note", s.note}, {"scene", json::parse(scene_json(s.scene))}});
    }
    const json document = {
        {"format", kFormat}, {"version", kLessonVersion}, {"title", lesson.title}, {"scenes", std::move(scenes)}};
    return document.dump(1, ' ', false, json::error_handler_t::replace) + "\n";  // as scene_json
}

std::optional<std::string> save_lesson(const Lesson& lesson, const std::string& path, Lang lang) {
    return write_file_atomically(path, lesson_json(lesson), lang);
}

Lesson builtin_lesson(Lang lang) {
    struct Step {
        std::string_view preset;
        ViewKind view;
    };
    constexpr Step kSteps[] = {
        {"no_padding_no_strides", ViewKind::conv},       {"no_padding_strides", ViewKind::conv},
        {"same_padding_no_strides", ViewKind::conv},     {"d2l_conv_matrix", ViewKind::matrix},
        {"d2l_tconv", ViewKind::matrix},                 {"d2l_tconv", ViewKind::scatter},
        {"no_padding_strides_transposed", ViewKind::gather}, {"padding_strides_transposed", ViewKind::crop},
        {"padding_strides_odd_transposed", ViewKind::crop},  {"compare_upsampling", ViewKind::compare},
    };
    Lesson lesson;
    lesson.title = tr(lang, "lesson.builtin.title");
    int number = 1;
    for (const Step& step : kSteps) {
        Scene scene = *find_preset(step.preset);
        scene.view.kind = step.view;
        const std::string key = cat("lesson.builtin.", number);
        lesson.scenes.push_back({tr(lang, key + ".title"), tr(lang, key + ".note"), std::move(scene)});
        ++number;
    }
    return lesson;
}

bool move_scene(Lesson& lesson, size_t index, int by) {
    const size_t to = index + static_cast<size_t>(static_cast<int64_t>(by));
    if (index >= lesson.scenes.size() || to >= lesson.scenes.size() || (by != 1 && by != -1)) return false;
    std::swap(lesson.scenes[index], lesson.scenes[to]);
    return true;
}

bool remove_scene(Lesson& lesson, size_t index) {
    if (index >= lesson.scenes.size()) return false;
    lesson.scenes.erase(lesson.scenes.begin() + static_cast<std::ptrdiff_t>(index));
    return true;
}

}  // namespace convviz
