// Reading and writing op parameters and tensors as JSON, in the format of
// shared/testdata/torch/README.md, shared by the case reader and the scene files.
// Internal to core/: it includes nlohmann/json. Readers throw FieldError, which callers catch.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/lang.hpp"
#include "core/op.hpp"
#include "core/tensor.hpp"

namespace convviz::json_io {

using nlohmann::json;

// A malformed field: its path ("params.stride[0]") and why, already in plain words (in the
// language the reader was given: every reader takes `lang`, English by default).
struct FieldError {
    std::string field;
    std::string why;
};

// The message for text that is not JSON, in `lang`: where (line and column, counted as the parser
// counts them) and whether the text simply stops, with the parser's detail (in English, its quote
// of the text cut short and made printable), or which number is out of range.
std::string not_json(const json::exception& e, std::string_view text, const std::string& source, Lang lang);

int64_t integer(const json& value, const std::string& field, Lang lang = Lang::en);
double number(const json& value, const std::string& field, Lang lang = Lang::en);
bool boolean(const json& value, const std::string& field, Lang lang = Lang::en);
Pair pair(const json& value, const std::string& field, Lang lang = Lang::en);  // an integer for both axes, or [h, w]
const json* member(const json& object, const char* key);
const json* non_null(const json& object, const char* key);
const json& required(const json& object, const char* key, const std::string& field, Lang lang = Lang::en);

Tensor tensor(const json& value, const std::string& field, Lang lang = Lang::en);
IndexTensor index_tensor(const json& value, const std::string& field, Lang lang = Lang::en);

// Reads the fields present in `p` over `params` (an op's defaults). A value PyTorch itself
// refuses (padding "full") is not malformed: its message goes to `refused`.
void read_params(OpParams& params, const json& p, std::optional<std::string>& refused, Lang lang = Lang::en);

json to_json(const OpParams& params);  // every field, so a file states what it means
json to_json(const Tensor& tensor);
json to_json(const IndexTensor& tensor);

}  // namespace convviz::json_io
