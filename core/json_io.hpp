// Reading and writing op parameters and tensors as JSON, in the format of
// shared/testdata/torch/README.md, shared by the case reader and the scene files.
// Internal to core/: it includes nlohmann/json. Readers throw FieldError, which callers catch.
#pragma once

#include <nlohmann/json.hpp>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

// [SECTION] Keys and free text
// A misspelt key must not silently become the default: the first key of `object` (in
// alphabetical order, as the parser keeps them) that is not in `known`, as a FieldError naming "<prefix><key>" and the closest
// known key (the same but for case first, then the fewest edits), or the known keys when none is
// close. Nothing when every key is known.
std::optional<FieldError> unknown_key(const json& object, std::span<const std::string_view> known,
                                      const std::string& prefix, Lang lang);
void refuse_unknown_keys(const json& object, std::initializer_list<std::string_view> known, const std::string& prefix,
                         Lang lang);  // throws what unknown_key() finds
// The known key closest to `key`, if any is close enough to be what was meant.
std::optional<std::string_view> closest_key(std::string_view key, std::span<const std::string_view> known);
// A string field's text, refused when longer than `limit` characters.
std::string limited_text(const json& value, const std::string& field, size_t limit, Lang lang);

// [SECTION] Tensors and parameters
// `also_known`: keys besides "shape" and "data" the object may have ("indices" in a case's "expected").
Tensor tensor(const json& value, const std::string& field, Lang lang = Lang::en,
              std::initializer_list<std::string_view> also_known = {});
IndexTensor index_tensor(const json& value, const std::string& field, Lang lang = Lang::en);

// Reads the fields present in `p` over `params` (an op's defaults). A value PyTorch itself
// refuses (padding "full") is not malformed: its message goes to `refused`.
void read_params(OpParams& params, const json& p, std::optional<std::string>& refused, Lang lang = Lang::en);

json to_json(const OpParams& params);  // every field, so a file states what it means
json to_json(const Tensor& tensor);
json to_json(const IndexTensor& tensor);

}  // namespace convviz::json_io
