// What must hold once an op has run: its trace folds to exactly its output, and the forms that
// compute the same thing another way agree with it bit for bit (on integer data):
// conv_transpose2d scatter = gather = Cᵀ·y; conv2d = C·x; pooling then unpooling puts every
// value back; pixel shuffle and unshuffle undo each other. A broken property aborts.
#pragma once

#include "core/op.hpp"

namespace convviz::fuzz {

void check_forms(const OpParams& params, const OpInputs& inputs, const OpOutput& output);

}  // namespace convviz::fuzz
