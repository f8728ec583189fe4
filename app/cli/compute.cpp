#include "app/cli/compute.hpp"

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/case_check.hpp"
#include "core/case_file.hpp"

namespace convviz {

namespace {

nlohmann::json result_json(const Case& c, const Result<OpOutput>& outcome) {
    nlohmann::json j;
    j["name"] = c.name;
    if (!outcome.ok()) {
        j["error"] = outcome.error();
        return j;
    }
    const OpOutput& output = outcome.value();
    j["shape"] = output.values.shape();
    j["data"] = output.values.data();
    if (output.indices) j["indices"] = output.indices->data();
    return j;
}

}  // namespace

int run_compute(const ComputeRequest& request, std::ostream& out, std::ostream& err) {
    bool malformed = false;
    int passed = 0;
    int failed = 0;
    nlohmann::json results = nlohmann::json::array();
    for (const std::string& file : request.files) {
        auto cases = read_cases(file);
        if (!cases) {
            err << "convviz compute: " << cases.error() << "\n";
            malformed = true;
            continue;
        }
        for (const Case& c : cases.value()) {
            const Result<OpOutput> outcome = run_case(c);
            if (!request.check) {
                results.push_back(result_json(c, outcome));
                continue;
            }
            const CheckOutcome verdict = check_case(c, outcome);
            if (verdict.passed) {
                ++passed;
            } else {
                ++failed;
                out << "FAIL " << file << ": " << c.name << ": " << verdict.failure << "\n";
            }
        }
    }
    if (request.check) {
        out << passed << " passed, " << failed << " failed\n";
    } else {
        // One case per line: readable, and still one JSON array.
        out << "[";
        for (size_t i = 0; i < results.size(); ++i) out << (i ? ",\n " : "\n ") << results[i].dump();
        out << "\n]\n";
    }
    if (malformed) return 2;
    return failed > 0 ? 1 : 0;
}

}  // namespace convviz
