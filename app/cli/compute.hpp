// `convviz compute FILE... [--check]`: runs the cases in each file (format of
// shared/testdata/torch/README.md) and prints JSON results, or with check, one line per failing
// case and "N passed, M failed". No argument parsing here: main.cpp does that.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace convviz {

struct ComputeRequest {
    std::vector<std::string> files;
    bool check = false;
};

// A malformed case is reported as failed with its message (with check, a FAIL line; without, an
// entry {"malformed": message} and a line on `err`), and the file's other cases still run.
// Exit status: 0 all ran (and, with check, all passed); 1 a check failed or a case was malformed;
// 2 a file was unreadable or held no cases (not JSON at all); the other files still run.
int run_compute(const ComputeRequest& request, std::ostream& out, std::ostream& err);

}  // namespace convviz
