#include "core/case_file.hpp"

#include <cmath>
#include <limits>

#include "core/json_io.hpp"
#include "core/read_file.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

using namespace json_io;

Case read_case(const json& c) {
    if (!c.is_object()) throw FieldError{"(case)", "must be a JSON object"};
    Case result{.params = Conv2dParams{}};
    const json& name = required(c, "name", "name");
    if (!name.is_string()) throw FieldError{"name", "must be a string"};
    result.name = name.get<std::string>();

    const json& op = required(c, "op", "op");
    if (!op.is_string()) throw FieldError{"op", "must be a string"};
    auto params = default_params(op.get<std::string>());
    if (!params) {
        std::string known;
        for (const char* const* n = op_names(); *n; ++n) known += cat(known.empty() ? "" : ", ", *n);
        throw FieldError{"op", cat("names no known op: '", excerpt(op.get<std::string>()), "' (known: ", known, ")")};
    }
    result.params = *params;
    if (const json* p = non_null(c, "params")) {
        if (!p->is_object()) throw FieldError{"params", "must be an object"};
        read_params(result.params, *p, result.param_error);
    }

    result.inputs.input = tensor(required(c, "input", "input"), "input");
    if (has_weight(result.params)) {
        result.inputs.weight = tensor(required(c, "weight", "weight"), "weight");
        if (const json* b = non_null(c, "bias")) result.inputs.bias = tensor(*b, "bias");
    }
    if (std::holds_alternative<MaxUnpool2dParams>(result.params)) {
        result.inputs.indices = index_tensor(required(c, "indices", "indices"), "indices");
    }
    if (const json* e = non_null(c, "expected")) {
        result.expected = tensor(*e, "expected");
        if (const json* i = non_null(*e, "indices")) result.expected_indices = index_tensor(*i, "expected.indices");
    }
    if (const json* e = non_null(c, "expected_error")) {
        if (!e->is_string()) throw FieldError{"expected_error", "must be a string"};
        result.expected_error = e->get<std::string>();
    }
    return result;
}

}  // namespace

Result<std::vector<Case>> parse_cases(std::string_view text, const std::string& source) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {
        return Error{not_json(e, text, source, Lang::en)};
    }
    std::vector<Case> cases;
    const bool many = document.is_array();
    const size_t count = many ? document.size() : 1;
    for (size_t i = 0; i < count; ++i) {
        const json& c = many ? document[i] : document;
        try {
            cases.push_back(read_case(c));
        } catch (const FieldError& e) {
            std::string which = cat("case ", i);
            if (c.is_object()) {
                if (const json* n = member(c, "name"); n && n->is_string()) which += cat(" \"", excerpt(n->get<std::string>()), "\"");
            }
            return Error{cat(source, ": ", which, ": field \"", e.field, "\" ", e.why)};
        } catch (const json::exception& e) {
            return Error{cat(source, ": case ", i, ": ", e.what())};
        }
    }
    return cases;
}

Result<std::vector<Case>> read_cases(const std::string& path) {
    std::variant<std::string, ReadFailure> contents = read_whole_file(path);
    if (const ReadFailure* failed = std::get_if<ReadFailure>(&contents)) {
        return Error{cat(path, *failed == ReadFailure::directory ? ": is a directory, not a case file"
                                                                 : ": cannot be read (missing, or no permission)")};
    }
    return parse_cases(std::get<std::string>(contents), path);
}

}  // namespace convviz
