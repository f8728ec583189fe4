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
    bool malformed_file = false;
    int passed = 0;
    int failed = 0;
    nlohmann::json results = nlohmann::json::array();
    for (const std::string& file : request.files) {
        auto entries = read_case_entries(file);
        if (!entries) {
            err << "convviz compute: " << entries.error() << "\n";
            malformed_file = true;
            continue;
        }
        for (const Result<Case>& entry : entries.value()) {
            // A malformed case fails alone, with its message; the file's other cases still run.
            if (!entry) {
                ++failed;
                if (request.check) {
                    out << "FAIL " << entry.error() << "\n";
                } else {
                    err << "convviz compute: " << entry.error() << "\n";
                    results.push_back({{"malformed", entry.error()}});
                }
                continue;
            }
            const Case& c = entry.value();
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
        for (size_t i = 0; i < results.size(); ++i) {
            out << (i ? ",\n " : "\n ") << results[i].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        out << "\n]\n";
    }
    if (malformed_file) return 2;
    return failed > 0 ? 1 : 0;
}

}  // namespace convviz
