// Access to shared/testdata/torch for the tests: the files, and every case of one op.
#pragma once

#include <string>
#include <vector>

#include "core/case_file.hpp"

namespace convviz::testing {

// Every <op>.json and <op>_partN.json in the data folder; fails the calling test if none.
std::vector<std::string> torch_files(const std::string& op);
std::vector<Case> torch_cases(const std::string& op);

}  // namespace convviz::testing
