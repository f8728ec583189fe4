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

// Exit status: 0 all ran (and, with check, all passed); 1 a check failed; 2 a file was malformed
// or unreadable (the other files still run).
int run_compute(const ComputeRequest& request, std::ostream& out, std::ostream& err);

}  // namespace convviz
