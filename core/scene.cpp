#include "core/scene.hpp"

#include <algorithm>
#include <cstring>

#include "core/atomic_file.hpp"
#include "core/compare.hpp"
#include "core/i18n/strings.hpp"
#include "core/json_io.hpp"
#include "core/limits.hpp"
#include "core/matrix_scene.hpp"
#include "core/read_file.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

constexpr ViewKind kViews[] = {ViewKind::conv, ViewKind::scatter, ViewKind::gather,
                               ViewKind::crop, ViewKind::matrix,  ViewKind::pool,
                               ViewKind::unpool, ViewKind::upsample, ViewKind::shuffle,
                               ViewKind::compare};

}  // namespace

const char* name(ViewKind view) {
    switch (view) {
        case ViewKind::conv: return "conv";
        case ViewKind::scatter: return "scatter";
        case ViewKind::gather: return "gather";
        case ViewKind::crop: return "crop";
        case ViewKind::matrix: return "matrix";
        case ViewKind::pool: return "pool";
        case ViewKind::unpool: return "unpool";
        case ViewKind::upsample: return "upsample";
        case ViewKind::shuffle: return "shuffle";
        case ViewKind::compare: return "compare";
    }
    return "conv";
}

std::optional<ViewKind> parse_view(std::string_view text) {
    for (ViewKind view : kViews) {
        if (text == name(view)) return view;
    }
    return std::nullopt;
}

std::vector<ViewKind> views_for(const OpParams& params) {
    if (std::holds_alternative<Conv2dParams>(params)) return {ViewKind::conv, ViewKind::matrix};
    if (std::holds_alternative<ConvTranspose2dParams>(params)) {
        return {ViewKind::gather, ViewKind::scatter, ViewKind::crop, ViewKind::matrix};
    }
    if (std::holds_alternative<Conv2dMatrixParams>(params)) return {ViewKind::matrix};
    if (std::holds_alternative<MaxPool2dParams>(params) || std::holds_alternative<AvgPool2dParams>(params)) {
        return {ViewKind::pool};
    }
    if (std::holds_alternative<MaxUnpool2dParams>(params)) return {ViewKind::unpool, ViewKind::compare};
    if (std::holds_alternative<UpsampleParams>(params)) return {ViewKind::upsample};
    return {ViewKind::shuffle};
}

const char* name(CompareKernel kernel) { return kernel == CompareKernel::ones ? "ones" : "bilinear"; }

std::optional<CompareKernel> parse_compare_kernel(std::string_view text) {
    for (CompareKernel kernel : {CompareKernel::bilinear, CompareKernel::ones}) {
        if (text == name(kernel)) return kernel;
    }
    return std::nullopt;
}

MaxPool2dParams pooling_before(const MaxUnpool2dParams& unpool, const PoolingBefore& pooling) {
    return {.kernel_size = unpool.kernel_size,
            .stride = unpool.stride,
            .padding = unpool.padding,
            .dilation = pooling.dilation,
            .ceil_mode = pooling.ceil_mode};
}

Result<OpInputs> op_inputs(const Scene& scene, Lang lang) {
    const auto* unpool = std::get_if<MaxUnpool2dParams>(&scene.params);
    if (!unpool) return scene.tensors;
    auto pooled = max_pool2d(scene.tensors.input, pooling_before(*unpool, scene.pooling), lang);
    if (!pooled) return Error{tr(lang, "msg.scene.pool_before", pooled.error())};
    OpInputs inputs;
    inputs.input = std::move(pooled.value().values);
    inputs.indices = std::move(pooled.value().indices);
    return inputs;
}

// The pool's indices are places y·W + x in its input's plane; MaxUnpool2d reads them in its own
// plane, which the pool's dilation, ceil_mode or padding can make smaller than the input.
std::optional<std::string> check_indices_fit(const MaxUnpool2dParams& unpool, const Scene& scene, const OpInputs& inputs,
                                             Lang lang) {
    const Shape out = output_shape(unpool, inputs.input.shape());
    const int64_t plane = out[2] * out[3];
    const auto largest = std::max_element(inputs.indices->data().begin(), inputs.indices->data().end());
    if (largest == inputs.indices->data().end() || *largest < plane) return std::nullopt;
    const Shape& before = scene.tensors.input.shape();
    return tr(lang, "msg.scene.index_past_unpool", *largest, *largest / before[3], *largest % before[3], before[2],
              before[3], out[2], out[3]);
}

std::optional<std::string> validate(const Scene& scene, Lang lang) {
    const std::vector<ViewKind> views = views_for(scene.params);
    if (std::find(views.begin(), views.end(), scene.view.kind) == views.end()) {
        std::string allowed;
        for (ViewKind v : views) allowed += cat(allowed.empty() ? "" : text(lang, "msg.list.separator"), name(v));
        return tr(lang, "msg.scene.no_such_view", op_name(scene.params), name(scene.view.kind), allowed);
    }
    auto inputs = op_inputs(scene, lang);
    if (!inputs) return inputs.error();
    if (auto e = validate(scene.params, shapes_of(inputs.value()), lang)) return e;
    if (const auto* unpool = std::get_if<MaxUnpool2dParams>(&scene.params)) {
        if (auto e = check_indices_fit(*unpool, scene, inputs.value(), lang)) return e;
    }
    if (scene.view.kind == ViewKind::matrix) return validate_matrix_scene(scene, lang);
    if (scene.view.kind == ViewKind::compare) {
        if (auto setup = compare_setup(scene, inputs.value().input.shape(), lang); !setup) return setup.error();
    }
    return std::nullopt;
}

Result<Scene> parse_scene(std::string_view text, const std::string& source, Lang lang) {
    using namespace json_io;
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {
        return Error{not_json(e, text, source, lang)};
    }
    Scene scene;
    try {
        if (!document.is_object()) return Error{tr(lang, "msg.scene.not_object", source)};
        const int64_t version = integer(required(document, "version", "version", lang), "version", lang);
        if (version > kSceneVersion) throw FieldError{"version", tr(lang, "msg.scene.version_newer", version, kSceneVersion)};
        if (version < 1) throw FieldError{"version", tr(lang, "msg.scene.version_below_one", version)};
        if (const json* id = non_null(document, "id")) scene.id = limited_text(*id, "id", text_limits.id, lang);
        if (const json* title = non_null(document, "title")) {
            scene.title = limited_text(*title, "title", text_limits.title, lang);
        }
        const json& op = required(document, "op", "op", lang);
        if (!op.is_string()) throw FieldError{"op", tr(lang, "msg.field.not_string")};
        auto params = default_params(op.get<std::string>());
        if (!params) throw FieldError{"op", tr(lang, "msg.scene.unknown_op", excerpt(op.get<std::string>()))};
        scene.params = *params;
        // After the version (a newer file's new fields are the newer version's, not misspellings)
        // and the op, whose tensors decide whether "weight" and "bias" belong.
        if (has_weight(scene.params)) {
            refuse_unknown_keys(document, {"version", "id", "title", "op", "params", "input", "weight", "bias", "pooling", "view"},
                                "", lang);
        } else {
            refuse_unknown_keys(document, {"version", "id", "title", "op", "params", "input", "pooling", "view"}, "", lang);
        }
        if (const json* p = non_null(document, "params")) {
            if (!p->is_object()) throw FieldError{"params", tr(lang, "msg.field.not_object")};
            std::optional<std::string> refused;
            read_params(scene.params, *p, refused, lang);
            if (refused) return Error{tr(lang, "msg.scene.params_refused", source, *refused)};
        }
        scene.tensors.input = tensor(required(document, "input", "input", lang), "input", lang);
        if (const json* pooling = non_null(document, "pooling")) {
            if (!std::holds_alternative<MaxUnpool2dParams>(scene.params)) {
                throw FieldError{"pooling", tr(lang, "msg.scene.pooling_not_unpool")};
            }
            if (!pooling->is_object()) throw FieldError{"pooling", tr(lang, "msg.field.not_object")};
            refuse_unknown_keys(*pooling, {"dilation", "ceil_mode"}, "pooling.", lang);
            if (const json* d = non_null(*pooling, "dilation")) scene.pooling.dilation = pair(*d, "pooling.dilation", lang);
            if (const json* c = non_null(*pooling, "ceil_mode")) {
                scene.pooling.ceil_mode = boolean(*c, "pooling.ceil_mode", lang);
            }
        }
        if (has_weight(scene.params)) {
            scene.tensors.weight = tensor(required(document, "weight", "weight", lang), "weight", lang);
            if (const json* b = non_null(document, "bias")) scene.tensors.bias = tensor(*b, "bias", lang);
        }
        scene.view.kind = views_for(scene.params).front();
        if (const json* v = non_null(document, "view")) {
            if (!v->is_object()) throw FieldError{"view", tr(lang, "msg.field.not_object")};
            refuse_unknown_keys(*v, {"kind", "show_values", "compare_kernel"}, "view.", lang);
            if (const json* kind = non_null(*v, "kind")) {
                if (!kind->is_string()) throw FieldError{"view.kind", tr(lang, "msg.field.not_string")};
                auto parsed = parse_view(kind->get<std::string>());
                if (!parsed) throw FieldError{"view.kind", tr(lang, "msg.scene.unknown_view", excerpt(kind->get<std::string>()))};
                scene.view.kind = *parsed;
            }
            if (const json* values = non_null(*v, "show_values")) {
                scene.view.show_values = boolean(*values, "view.show_values", lang);
            }
            if (const json* kernel = non_null(*v, "compare_kernel")) {
                if (!kernel->is_string()) throw FieldError{"view.compare_kernel", tr(lang, "msg.field.not_string")};
                auto parsed = parse_compare_kernel(kernel->get<std::string>());
                if (!parsed) {
                    throw FieldError{"view.compare_kernel",
                                     tr(lang, "msg.scene.unknown_compare_kernel", excerpt(kernel->get<std::string>()))};
                }
                scene.view.compare_kernel = *parsed;
            }
        }
    } catch (const FieldError& e) {
        return Error{tr(lang, "msg.scene.field", source, e.field, e.why)};
    } catch (const json::exception& e) {
        return Error{tr(lang, "msg.scene.json_error", source, e.what())};
    }
    if (auto e = validate(scene, lang)) return Error{tr(lang, "msg.scene.invalid", source, *e)};
    return scene;
}

Result<Scene> load_scene(const std::string& path, Lang lang) {
    std::variant<std::string, ReadFailure> contents = read_whole_file(path);
    if (const ReadFailure* failed = std::get_if<ReadFailure>(&contents)) {
        return Error{read_failure_message(*failed, "file.scene", path, lang)};
    }
    return parse_scene(std::get<std::string>(contents), path, lang);
}

std::string scene_json(const Scene& scene) {
    using namespace json_io;
    json j = json::object();
    j["version"] = kSceneVersion;
    if (!scene.id.empty()) j["id"] = scene.id;
    if (!scene.title.empty()) j["title"] = scene.title;
    j["op"] = op_name(scene.params);
    j["params"] = to_json(scene.params);
    j["input"] = to_json(scene.tensors.input);
    if (scene.tensors.weight) j["weight"] = to_json(*scene.tensors.weight);
    if (has_weight(scene.params)) j["bias"] = scene.tensors.bias ? to_json(*scene.tensors.bias) : json(nullptr);
    if (std::holds_alternative<MaxUnpool2dParams>(scene.params)) {
        j["pooling"] = {{"dilation", {scene.pooling.dilation.h, scene.pooling.dilation.w}},
                        {"ceil_mode", scene.pooling.ceil_mode}};
    }
    j["view"] = {{"kind", name(scene.view.kind)}, {"show_values", scene.view.show_values}};
    if (scene.view.kind == ViewKind::compare) j["view"]["compare_kernel"] = name(scene.view.compare_kernel);
    // Titles are typed or read as UTF-8; should a stray byte get in, it becomes U+FFFD, not a throw.
    return j.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

bool same_tensor(const std::optional<Tensor>& a, const std::optional<Tensor>& b) {
    if (a.has_value() != b.has_value()) return false;
    if (!a) return true;
    return a->shape() == b->shape() &&
           std::memcmp(a->data().data(), b->data().data(), a->data().size() * sizeof(double)) == 0;
}

// Everything but the tensors' values, as the file would have it: small.
std::string scene_head(const Scene& s) {
    Scene head;
    head.id = s.id;
    head.title = s.title;
    head.params = s.params;
    head.pooling = s.pooling;
    head.view = s.view;
    return scene_json(head);
}

void fnv1a(uint64_t& hash, const void* bytes, size_t size) {
    const auto* p = static_cast<const unsigned char*>(bytes);
    for (size_t i = 0; i < size; ++i) hash = (hash ^ p[i]) * 1099511628211ull;
}

void fnv1a(uint64_t& hash, const std::optional<Tensor>& t) {
    const uint8_t present = t.has_value();
    fnv1a(hash, &present, 1);
    if (!t) return;
    fnv1a(hash, t->shape().data(), t->shape().size() * sizeof(int64_t));
    fnv1a(hash, t->data().data(), t->data().size() * sizeof(double));
}

}  // namespace

bool same_scene(const Scene& a, const Scene& b) {
    return same_tensor(a.tensors.input, b.tensors.input) && same_tensor(a.tensors.weight, b.tensors.weight) &&
           same_tensor(a.tensors.bias, b.tensors.bias) && scene_head(a) == scene_head(b);
}

uint64_t scene_fingerprint(const Scene& scene) {
    uint64_t hash = 14695981039346656037ull;
    const std::string head = scene_head(scene);
    fnv1a(hash, head.data(), head.size());
    fnv1a(hash, scene.tensors.input.shape().data(), scene.tensors.input.shape().size() * sizeof(int64_t));
    fnv1a(hash, scene.tensors.input.data().data(), scene.tensors.input.data().size() * sizeof(double));
    fnv1a(hash, scene.tensors.weight);
    fnv1a(hash, scene.tensors.bias);
    return hash;
}

int64_t scene_cells(const Scene& scene) {
    int64_t cells = scene.tensors.input.size();
    if (scene.tensors.weight) cells += scene.tensors.weight->size();
    if (scene.tensors.bias) cells += scene.tensors.bias->size();
    return cells;
}

std::optional<std::string> save_scene(const Scene& scene, const std::string& path, Lang lang) {
    // Nothing is saved that could not be opened again.
    const std::string text = scene_json(scene);
    if (text.size() > text_limits.file_bytes) {
        return tr(lang, "file.scene.too_large_to_save", path, text.size() >> 20, text_limits.file_bytes >> 20);
    }
    return write_file_atomically(path, text, lang);
}

}  // namespace convviz
