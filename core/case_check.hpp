// Runs a case read by case_file and compares the outcome with what PyTorch gave, using the
// tolerance of shared/testdata/torch/README.md: |actual − expected| ≤ 1e-4 + 1e-4·|expected|,
// shapes and max_pool2d indices exact. It prints nothing; callers format the outcome.
#pragma once

#include <string>

#include "core/case_file.hpp"
#include "core/op.hpp"
#include "core/result.hpp"

namespace convviz {

bool close_enough(double actual, double expected);

Result<OpOutput> run_case(const Case& c);  // the case's param_error, or the op's outcome

struct CheckOutcome {
    bool passed = false;
    std::string failure;  // why not, naming the first differing element
};
CheckOutcome check_case(const Case& c, const Result<OpOutput>& outcome);

// Just the comparison of values, for callers that computed `actual` another way.
CheckOutcome compare_tensors(const Tensor& actual, const Tensor& expected);

}  // namespace convviz
