#include "core/scene_change.hpp"

#include <vector>

#include "core/i18n/strings.hpp"
#include "core/json_io.hpp"

namespace convviz {

namespace {

using json_io::json;

// A parameter's value as the panel shows it: one number for an axis pair that agrees, "(2, 3)"
// when it does not.
std::string value_text(const json& value) {
    if (value.is_array() && value.size() == 2 && value[0] == value[1]) return value_text(value[0]);
    if (value.is_array()) {
        std::string text = "(";
        for (size_t i = 0; i < value.size(); ++i) text += (i == 0 ? "" : ", ") + value_text(value[i]);
        return text + ")";
    }
    if (value.is_string()) return value.get<std::string>();
    if (value.is_null()) return "None";
    return value.dump();
}

std::string shape_text(const Shape& shape) {
    std::string text = "[";
    for (size_t i = 0; i < shape.size(); ++i) text += cat(i == 0 ? "" : ", ", shape[i]);
    return text + "]";
}

struct Difference {
    std::string key;
    std::string from;
    std::string to;
};

// The parameters (and, for an unpool, the pooling before it) whose values differ.
std::vector<Difference> parameter_differences(const Scene& before, const Scene& after) {
    json a = json_io::to_json(before.params);
    json b = json_io::to_json(after.params);
    if (std::holds_alternative<MaxUnpool2dParams>(after.params)) {
        a["dilation"] = json::array({before.pooling.dilation.h, before.pooling.dilation.w});
        b["dilation"] = json::array({after.pooling.dilation.h, after.pooling.dilation.w});
        a["ceil_mode"] = before.pooling.ceil_mode;
        b["ceil_mode"] = after.pooling.ceil_mode;
    }
    std::vector<Difference> differences;
    for (const auto& [key, value] : b.items()) {
        const auto old = a.find(key);
        if (old == a.end()) {
            differences.push_back({key, "None", value_text(value)});
        } else if (*old != value) {
            differences.push_back({key, value_text(*old), value_text(value)});
        }
    }
    return differences;
}

const Tensor* present(const std::optional<Tensor>& tensor) { return tensor ? &*tensor : nullptr; }

bool same_values(const Tensor* a, const Tensor* b) {
    if ((a == nullptr) != (b == nullptr)) return false;
    return a == nullptr || a->data() == b->data();
}

}  // namespace

std::string describe_change(const Scene& before, const Scene& after, Lang lang) {
    if (before.params.index() != after.params.index()) {
        return tr(lang, "change.op", op_name(before.params), op_name(after.params));
    }
    if (after.id != before.id && !after.id.empty()) return tr(lang, "change.preset", after.title);
    if (after.view.kind != before.view.kind) return tr(lang, "change.view", name(before.view.kind), name(after.view.kind));
    const std::vector<Difference> params = parameter_differences(before, after);
    if (params.size() == 1) return tr(lang, "change.param", params[0].key, params[0].from, params[0].to);
    if (params.size() > 1) return tr(lang, "change.params", params.size());
    // Pointers: a tensor may hold millions of numbers.
    const struct {
        const char* name;
        const Tensor* a;
        const Tensor* b;
    } tensors[] = {{"input", &before.tensors.input, &after.tensors.input},
                   {"weight", present(before.tensors.weight), present(after.tensors.weight)},
                   {"bias", present(before.tensors.bias), present(after.tensors.bias)}};
    for (const auto& t : tensors) {
        if (t.a && t.b && t.a->shape() != t.b->shape()) {
            return tr(lang, "change.shape", t.name, shape_text(t.a->shape()), shape_text(t.b->shape()));
        }
    }
    for (const auto& t : tensors) {
        if (!same_values(t.a, t.b)) return tr(lang, "change.values", t.name);
    }
    if (after.view.show_values != before.view.show_values) return tr(lang, "change.show_values");
    if (after.view.compare_kernel != before.view.compare_kernel) {
        return tr(lang, "change.param", "compare_kernel", name(before.view.compare_kernel), name(after.view.compare_kernel));
    }
    if (after.title != before.title) return tr(lang, "change.title");
    return tr(lang, "change.scene");
}

}  // namespace convviz
