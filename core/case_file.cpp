#include "core/case_file.hpp"

#include <cmath>
#include <limits>

#include "core/json_io.hpp"
#include "core/limits.hpp"
#include "core/read_file.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

using namespace json_io;

Case read_case(const json& c) {
    if (!c.is_object()) throw FieldError{"(case)", "must be a JSON object"};
    Case result{.params = Conv2dParams{}};
    result.name = limited_text(required(c, "name", "name"), "name", text_limits.title, Lang::en);

    const json& op = required(c, "op", "op");
    if (!op.is_string()) throw FieldError{"op", "must be a string"};
    auto params = default_params(op.get<std::string>());
    if (!params) {
        std::string known;
        for (const char* const* n = op_names(); *n; ++n) known += cat(known.empty() ? "" : ", ", *n);
        throw FieldError{"op", cat("names no known op: '", excerpt(op.get<std::string>()), "' (known: ", known, ")")};
    }
    result.params = *params;
    // A misspelt key would otherwise leave a tensor or parameter at its default: the case would
    // test something else than it says.
    if (has_weight(result.params)) {
        refuse_unknown_keys(c, {"name", "op", "params", "input", "weight", "bias", "expected", "expected_error"}, "", Lang::en);
    } else if (std::holds_alternative<MaxUnpool2dParams>(result.params)) {
        refuse_unknown_keys(c, {"name", "op", "params", "input", "indices", "expected", "expected_error"}, "", Lang::en);
    } else {
        refuse_unknown_keys(c, {"name", "op", "params", "input", "expected", "expected_error"}, "", Lang::en);
    }
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
        result.expected = tensor(*e, "expected", Lang::en, {"indices"});
        if (const json* i = non_null(*e, "indices")) result.expected_indices = index_tensor(*i, "expected.indices");
    }
    if (const json* e = non_null(c, "expected_error")) {
        result.expected_error = limited_text(*e, "expected_error", text_limits.note, Lang::en);
    }
    return result;
}

}  // namespace

Result<std::vector<Result<Case>>> parse_case_entries(std::string_view text, const std::string& source) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception& e) {
        return Error{not_json(e, text, source, Lang::en)};
    }
    if (!document.is_array() && !document.is_object()) {
        return Error{cat(source, ": holds no cases (a case object or an array of them), but ", excerpt(document.dump(-1, ' ', false, json::error_handler_t::replace)))};
    }
    std::vector<Result<Case>> entries;
    const bool many = document.is_array();
    const size_t count = many ? document.size() : 1;
    for (size_t i = 0; i < count; ++i) {
        const json& c = many ? document[i] : document;
        std::string which = cat("case ", i);
        if (c.is_object()) {
            if (const json* n = member(c, "name"); n && n->is_string()) which += cat(" \"", excerpt(n->get<std::string>()), "\"");
        }
        try {
            entries.emplace_back(read_case(c));
        } catch (const FieldError& e) {
            entries.emplace_back(Error{cat(source, ": ", which, ": field \"", e.field, "\" ", e.why)});
        } catch (const json::exception& e) {
            entries.emplace_back(Error{cat(source, ": ", which, ": ", e.what())});
        }
    }
    return entries;
}

Result<std::vector<Case>> parse_cases(std::string_view text, const std::string& source) {
    Result<std::vector<Result<Case>>> entries = parse_case_entries(text, source);
    if (!entries) return Error{entries.error()};
    std::vector<Case> cases;
    for (Result<Case>& entry : entries.value()) {
        if (!entry) return Error{entry.error()};
        cases.push_back(std::move(entry).value());
    }
    return cases;
}

Result<std::vector<Result<Case>>> read_case_entries(const std::string& path) {
    std::variant<std::string, ReadFailure> contents = read_whole_file(path);
    if (const ReadFailure* failed = std::get_if<ReadFailure>(&contents)) {
        return Error{read_failure_message(*failed, "file.cases", path, Lang::en)};
    }
    return parse_case_entries(std::get<std::string>(contents), path);
}

Result<std::vector<Case>> read_cases(const std::string& path) {
    std::variant<std::string, ReadFailure> contents = read_whole_file(path);
    if (const ReadFailure* failed = std::get_if<ReadFailure>(&contents)) {
        return Error{read_failure_message(*failed, "file.cases", path, Lang::en)};
    }
    return parse_cases(std::get<std::string>(contents), path);
}

}  // namespace convviz
