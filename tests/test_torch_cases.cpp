// Every PyTorch reference case through the library directly (the CLI has its own test).
#include <gtest/gtest.h>

#include "core/case_check.hpp"
#include "core/matrix.hpp"
#include "tests/torch_data.hpp"

namespace convviz::testing {
namespace {

class TorchCases : public ::testing::TestWithParam<const char*> {};

TEST_P(TorchCases, EveryCaseMatchesPyTorch) {
    const std::vector<Case> cases = torch_cases(GetParam());
    ASSERT_FALSE(cases.empty());
    int errors = 0;
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const auto outcome = run_case(c);
        const CheckOutcome verdict = check_case(c, outcome);
        EXPECT_TRUE(verdict.passed) << verdict.failure;
        if (c.expected_error) {
            ++errors;
            // A rejection is a sentence with the user's numbers, not an empty string.
            ASSERT_FALSE(outcome.ok());
            EXPECT_GT(outcome.error().size(), 20u) << outcome.error();
        }
    }
    RecordProperty("cases", static_cast<int>(cases.size()));
    RecordProperty("rejected", errors);
}

INSTANTIATE_TEST_SUITE_P(Ops, TorchCases,
                         ::testing::Values("conv2d", "conv_transpose2d", "max_pool2d", "avg_pool2d",
                                           "max_unpool2d", "upsample", "pixel_shuffle", "pixel_unshuffle",
                                           "conv2d_matrix"));

// run_case uses the scatter form; the gather form must match PyTorch on every case too.
TEST(TorchCases, ConvTranspose2dGatherFormMatchesPyTorch) {
    for (const Case& c : torch_cases("conv_transpose2d")) {
        SCOPED_TRACE(c.name);
        const auto& params = std::get<ConvTranspose2dParams>(c.params);
        const Tensor* bias = c.inputs.bias ? &*c.inputs.bias : nullptr;
        auto gathered = conv_transpose2d_gather(c.inputs.input, *c.inputs.weight, bias, params);
        if (c.expected_error) {
            EXPECT_FALSE(gathered.ok());
            continue;
        }
        ASSERT_TRUE(gathered.ok()) << gathered.error();
        const CheckOutcome verdict = compare_tensors(gathered.value(), *c.expected);
        EXPECT_TRUE(verdict.passed) << verdict.failure;
    }
}

// README: conv_transpose2d(y, same weight, ..., output_padding = (H + 2p − d(k−1) − 1) mod s) == Cᵀ·y.
TEST(TorchCases, TransposeOfEachMatrixIsTheTransposedConvolution) {
    int checked = 0;
    for (const Case& c : torch_cases("conv2d_matrix")) {
        if (c.expected_error) continue;
        SCOPED_TRACE(c.name);
        const auto& conv = std::get<Conv2dMatrixParams>(c.params).conv;
        auto matrix = conv_matrix(conv, c.inputs.input.shape(), *c.inputs.weight);
        ASSERT_TRUE(matrix.ok()) << matrix.error();
        auto transpose_params = matching_transpose(conv, c.inputs.input.shape(), c.inputs.weight->shape());
        if (!transpose_params) continue;  // uneven 'same' padding has no transposed counterpart
        const Shape y_shape = output_shape(conv, c.inputs.input.shape(), c.inputs.weight->shape());
        std::vector<double> y(static_cast<size_t>(element_count(y_shape)));
        for (size_t i = 0; i < y.size(); ++i) y[i] = static_cast<double>((i * 7) % 5) - 2.0;
        auto expected = conv_transpose2d_scatter(Tensor(y_shape, y), *c.inputs.weight, nullptr, *transpose_params);
        ASSERT_TRUE(expected.ok()) << expected.error();
        const Tensor actual(c.inputs.input.shape(), matrix.value().transposed().multiply(y));
        const CheckOutcome verdict = compare_tensors(actual, expected.value());
        EXPECT_TRUE(verdict.passed) << verdict.failure;
        ++checked;
    }
    EXPECT_GE(checked, 10);
}

}  // namespace
}  // namespace convviz::testing
