// Reading and writing op parameters and tensors as JSON, in the format of
// shared/testdata/torch/README.md, shared by the case reader and the scene files.
// Internal to core/: it includes nlohmann/json. Readers throw FieldError, which callers catch.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/op.hpp"
#include "core/tensor.hpp"

namespace convviz::json_io {

using nlohmann::json;

// A malformed field: its path ("params.stride[0]") and why, already in plain words.
struct FieldError {
    std::string field;
    std::string why;
};

int64_t integer(const json& value, const std::string& field);
double number(const json& value, const std::string& field);
bool boolean(const json& value, const std::string& field);
Pair pair(const json& value, const std::string& field);  // an integer for both axes, or [h, w]
const json* member(const json& object, const char* key);
const json* non_null(const json& object, const char* key);
const json& required(const json& object, const char* key, const std::string& field);

Tensor tensor(const json& value, const std::string& field);
IndexTensor index_tensor(const json& value, const std::string& field);

// Reads the fields present in `p` over `params` (an op's defaults). A value PyTorch itself
// refuses (padding "full") is not malformed: its message goes to `refused`.
void read_params(OpParams& params, const json& p, std::optional<std::string>& refused);

json to_json(const OpParams& params);  // every field, so a file states what it means
json to_json(const Tensor& tensor);
json to_json(const IndexTensor& tensor);

}  // namespace convviz::json_io
