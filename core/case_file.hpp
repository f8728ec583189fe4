// Reads op cases in the format of shared/testdata/torch/README.md: a JSON file holding one case
// object or an array of them, each with op, params, tensors and (optionally) what PyTorch gave.
// A malformed case is an Error naming the file, the case and the field; nothing throws out of here.
// It runs nothing: case_check runs and compares.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/op.hpp"
#include "core/result.hpp"
#include "core/tensor.hpp"

namespace convviz {

struct Case {
    std::string name;
    OpParams params;
    // A parameter value PyTorch itself refuses (padding "full", padding_mode "constant"): the case
    // is well formed, and running it gives this message as its error.
    std::optional<std::string> param_error;
    OpInputs inputs;
    std::optional<Tensor> expected;
    std::optional<IndexTensor> expected_indices;  // max_pool2d
    std::optional<std::string> expected_error;    // PyTorch's first line when it refused the case
};

// Each case of a file on its own: one malformed case is that entry's Error (naming the file, the
// case's index and name, and the field) and the others are read. The whole is an Error only when
// the file cannot be read or holds no cases at all (not JSON, or neither an object nor an array).
Result<std::vector<Result<Case>>> parse_case_entries(std::string_view text, const std::string& source);
Result<std::vector<Result<Case>>> read_case_entries(const std::string& path);

// All or nothing: the first malformed case is the Error.
Result<std::vector<Case>> parse_cases(std::string_view text, const std::string& source);
Result<std::vector<Case>> read_cases(const std::string& path);

}  // namespace convviz
