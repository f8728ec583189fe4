#include "core/scene.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/atomic_file.hpp"
#include "core/compare.hpp"
#include "core/json_io.hpp"
#include "core/matrix_scene.hpp"
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

Result<OpInputs> op_inputs(const Scene& scene) {
    const auto* unpool = std::get_if<MaxUnpool2dParams>(&scene.params);
    if (!unpool) return scene.tensors;
    auto pooled = max_pool2d(scene.tensors.input, pooling_before(*unpool, scene.pooling));
    if (!pooled) return Error{cat("the max_pool2d before unpooling: ", pooled.error())};
    OpInputs inputs;
    inputs.input = std::move(pooled.value().values);
    inputs.indices = std::move(pooled.value().indices);
    return inputs;
}

// The pool's indices are places y·W + x in its input's plane; MaxUnpool2d reads them in its own
// plane, which the pool's dilation, ceil_mode or padding can make smaller than the input.
std::optional<std::string> check_indices_fit(const MaxUnpool2dParams& unpool, const Scene& scene, const OpInputs& inputs) {
    const Shape out = output_shape(unpool, inputs.input.shape());
    const int64_t plane = out[2] * out[3];
    const auto largest = std::max_element(inputs.indices->data().begin(), inputs.indices->data().end());
    if (largest == inputs.indices->data().end() || *largest < plane) return std::nullopt;
    const Shape& before = scene.tensors.input.shape();
    return cat("MaxPool2d's index ", *largest, " (row ", *largest / before[3], ", column ", *largest % before[3],
               " of the ", before[2], "×", before[3], " input) is past the end of MaxUnpool2d's ", out[2], "×", out[3],
               " plane: the unpool's size formula ignores the pool's dilation and ceil_mode; set output_size to ",
               before[2], "×", before[3], " or change kernel_size, stride or padding");
}

std::optional<std::string> validate(const Scene& scene) {
    const std::vector<ViewKind> views = views_for(scene.params);
    if (std::find(views.begin(), views.end(), scene.view.kind) == views.end()) {
        std::string allowed;
        for (ViewKind v : views) allowed += cat(allowed.empty() ? "" : ", ", name(v));
        return cat(op_name(scene.params), " has no ", name(scene.view.kind), " view; its views: ", allowed);
    }
    auto inputs = op_inputs(scene);
    if (!inputs) return inputs.error();
    if (auto e = validate(scene.params, shapes_of(inputs.value()))) return e;
    if (const auto* unpool = std::get_if<MaxUnpool2dParams>(&scene.params)) {
        if (auto e = check_indices_fit(*unpool, scene, inputs.value())) return e;
    }
    if (scene.view.kind == ViewKind::matrix) return validate_matrix_scene(scene);
    if (scene.view.kind == ViewKind::compare) {
        if (auto setup = compare_setup(scene, inputs.value().input.shape()); !setup) return setup.error();
    }
    return std::nullopt;
}

Result<Scene> parse_scene(std::string_view text, const std::string& source) {
    using namespace json_io;
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {
        return Error{cat(source, ": not valid JSON: ", e.what())};
    }
    Scene scene;
    try {
        if (!document.is_object()) throw FieldError{"(scene)", "must be a JSON object"};
        const int64_t version = integer(required(document, "version", "version"), "version");
        if (version > kSceneVersion) {
            throw FieldError{"version", cat("is ", version, ": the file is from a newer ConvViz, which reads up to ",
                                            kSceneVersion)};
        }
        if (version < 1) throw FieldError{"version", cat("must be 1 or more, but it is ", version)};
        if (const json* id = non_null(document, "id")) {
            if (!id->is_string()) throw FieldError{"id", "must be a string"};
            scene.id = id->get<std::string>();
        }
        if (const json* title = non_null(document, "title")) {
            if (!title->is_string()) throw FieldError{"title", "must be a string"};
            scene.title = title->get<std::string>();
        }
        const json& op = required(document, "op", "op");
        if (!op.is_string()) throw FieldError{"op", "must be a string"};
        auto params = default_params(op.get<std::string>());
        if (!params) throw FieldError{"op", cat("names no known op: '", op.get<std::string>(), "'")};
        scene.params = *params;
        if (const json* p = non_null(document, "params")) {
            if (!p->is_object()) throw FieldError{"params", "must be an object"};
            std::optional<std::string> refused;
            read_params(scene.params, *p, refused);
            if (refused) throw FieldError{"params", *refused};
        }
        scene.tensors.input = tensor(required(document, "input", "input"), "input");
        if (const json* pooling = non_null(document, "pooling")) {
            if (!std::holds_alternative<MaxUnpool2dParams>(scene.params)) {
                throw FieldError{"pooling", "belongs to a max_unpool2d scene only (the MaxPool2d before it)"};
            }
            if (!pooling->is_object()) throw FieldError{"pooling", "must be an object"};
            if (const json* d = non_null(*pooling, "dilation")) scene.pooling.dilation = pair(*d, "pooling.dilation");
            if (const json* c = non_null(*pooling, "ceil_mode")) scene.pooling.ceil_mode = boolean(*c, "pooling.ceil_mode");
        }
        if (has_weight(scene.params)) {
            scene.tensors.weight = tensor(required(document, "weight", "weight"), "weight");
            if (const json* b = non_null(document, "bias")) scene.tensors.bias = tensor(*b, "bias");
        }
        scene.view.kind = views_for(scene.params).front();
        if (const json* v = non_null(document, "view")) {
            if (!v->is_object()) throw FieldError{"view", "must be an object"};
            if (const json* kind = non_null(*v, "kind")) {
                if (!kind->is_string()) throw FieldError{"view.kind", "must be a string"};
                auto parsed = parse_view(kind->get<std::string>());
                if (!parsed) throw FieldError{"view.kind", cat("names no view: '", kind->get<std::string>(), "'")};
                scene.view.kind = *parsed;
            }
            if (const json* values = non_null(*v, "show_values")) {
                scene.view.show_values = boolean(*values, "view.show_values");
            }
            if (const json* kernel = non_null(*v, "compare_kernel")) {
                if (!kernel->is_string()) throw FieldError{"view.compare_kernel", "must be a string"};
                auto parsed = parse_compare_kernel(kernel->get<std::string>());
                if (!parsed) {
                    throw FieldError{"view.compare_kernel",
                                     cat("must be \"bilinear\" or \"ones\", not '", kernel->get<std::string>(), "'")};
                }
                scene.view.compare_kernel = *parsed;
            }
        }
    } catch (const FieldError& e) {
        return Error{cat(source, ": field \"", e.field, "\" ", e.why)};
    } catch (const json::exception& e) {
        return Error{cat(source, ": ", e.what())};
    }
    if (auto e = validate(scene)) return Error{cat(source, ": ", *e)};
    return scene;
}

Result<Scene> load_scene(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{cat(path, ": is a directory, not a scene file")};
    std::ifstream file(path, std::ios::binary);
    if (!file) return Error{cat(path, ": cannot be read (missing, or no permission)")};
    std::ostringstream contents;
    contents << file.rdbuf();
    return parse_scene(contents.str(), path);
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
    return j.dump(1) + "\n";
}

std::optional<std::string> save_scene(const Scene& scene, const std::string& path) {
    return write_file_atomically(path, scene_json(scene));
}

}  // namespace convviz
