#include "core/case_check.hpp"

#include <cmath>

#include "core/text.hpp"

namespace convviz {

bool close_enough(double actual, double expected) {
    // Written so that a NaN on either side fails.
    return std::abs(actual - expected) <= 1e-4 + 1e-4 * std::abs(expected);
}

Result<OpOutput> run_case(const Case& c) {
    if (c.param_error) return Error{*c.param_error};
    return run(c.params, c.inputs);
}

// Element `flat` of a tensor of `shape` as "[n, c, y, x]".
static std::string position(const Shape& shape, int64_t flat) {
    std::vector<int64_t> index(shape.size());
    for (size_t i = shape.size(); i-- > 0;) {
        index[i] = shape[i] == 0 ? 0 : flat % shape[i];
        flat = shape[i] == 0 ? 0 : flat / shape[i];
    }
    return bracketed(index);
}

CheckOutcome compare_tensors(const Tensor& actual, const Tensor& expected) {
    if (actual.shape() != expected.shape()) {
        return {false, cat("shape ", to_string(actual.shape()), ", expected ", to_string(expected.shape()))};
    }
    for (int64_t i = 0; i < actual.size(); ++i) {
        if (!close_enough(actual[i], expected[i])) {
            return {false, cat("element ", position(actual.shape(), i), " is ", exact_number(actual[i]),
                               ", expected ", exact_number(expected[i]))};
        }
    }
    return {true, ""};
}

CheckOutcome check_case(const Case& c, const Result<OpOutput>& outcome) {
    if (c.expected_error) {
        if (!outcome.ok()) return {true, ""};
        return {false, cat("accepted, but PyTorch refuses it: ", *c.expected_error)};
    }
    if (!c.expected) return {false, "the case has neither \"expected\" nor \"expected_error\""};
    if (!outcome.ok()) return {false, cat("rejected, but PyTorch accepts it: ", outcome.error())};
    CheckOutcome values = compare_tensors(outcome.value().values, *c.expected);
    if (!values.passed) return values;
    if (c.expected_indices) {
        const auto& indices = outcome.value().indices;
        if (!indices) return {false, "no indices were returned, but the case expects them"};
        if (indices->shape() != c.expected_indices->shape()) {
            return {false, cat("indices shape ", to_string(indices->shape()), ", expected ",
                               to_string(c.expected_indices->shape()))};
        }
        for (int64_t i = 0; i < indices->size(); ++i) {
            if ((*indices)[i] != (*c.expected_indices)[i]) {
                return {false, cat("index ", position(indices->shape(), i), " is ", (*indices)[i],
                                   ", expected ", (*c.expected_indices)[i])};
            }
        }
    }
    return {true, ""};
}

}  // namespace convviz
