// `convviz compute`'s case reader: any text is refused with a short message naming the file, or
// read into cases; each small case then runs to an output of the shape the op promises, or to a
// message, and compares with what the case expects without crashing.
#include <string>

#include "core/case_check.hpp"
#include "core/case_file.hpp"
#include "tests/fuzz/messages.hpp"
#include "tests/fuzz/require.hpp"
#include "tests/fuzz/run_size.hpp"
#include "tests/fuzz/targets.hpp"

namespace convviz::fuzz {
namespace {

// Runs above this many multiply-adds are skipped: the limits themselves are tested elsewhere, and
// each fuzz run must stay in the milliseconds.
constexpr int64_t kLargestRun = 2'000'000;

void run_one(const Case& c) {
    const OpShapes shapes = shapes_of(c.inputs);
    if (!c.param_error) {
        if (auto refused = validate(c.params, shapes)) {
            require_plain_message(*refused, "");
            return;
        }
        if (rough_work(c.params, shapes) > kLargestRun) return;
    }
    const Result<OpOutput> outcome = run_case(c);
    if (outcome.ok() && !c.param_error) {
        FUZZ_REQUIRE(outcome.value().values.shape() == output_shape(c.params, shapes),
                     "output " + to_string(outcome.value().values.shape()) + " against the formula's " +
                         to_string(output_shape(c.params, shapes)));
    }
    if (!outcome.ok()) require_plain_message(outcome.error(), "");
    check_case(c, outcome);
}

}  // namespace

void case_file(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Result<std::vector<Case>> cases = parse_cases(text, "fuzz.json");
    if (!cases) {
        require_plain_message(cases.error(), "fuzz.json");
        return;
    }
    for (const Case& c : cases.value()) run_one(c);
}

}  // namespace convviz::fuzz
