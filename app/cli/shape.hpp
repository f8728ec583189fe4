// `convviz shape OP --input N,C,H,W ...`: the output shape of one op and its derivation, with the
// user's numbers; for conv2d also the output_padding a conv_transpose2d needs to undo it.
// Option values arrive as text (main.cpp parses the command line) and are read here.
#pragma once

#include <iosfwd>

#include "app/cli/op_request.hpp"

namespace convviz {

// Exit status 0 with the derivation on `out`; 2 with the reason on `err`.
int run_shape(const OpRequest& request, std::ostream& out, std::ostream& err);

}  // namespace convviz
