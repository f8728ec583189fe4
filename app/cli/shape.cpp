#include "app/cli/shape.hpp"

#include <ostream>

#include "core/arith.hpp"
#include "core/op.hpp"
#include "core/text.hpp"

namespace convviz {

int run_shape(const OpRequest& request, std::ostream& out, std::ostream& err) {
    Result<BuiltOp> built = build_op(request);
    if (!built) {
        err << "convviz shape: " << built.error() << "\n";
        return 2;
    }
    const BuiltOp& b = built.value();
    auto derivation = derive_shape(b.params, b.shapes);
    if (!derivation) {
        err << "convviz shape: invalid " << op_name(b.params) << ": " << derivation.error() << "\n";
        return 2;
    }
    out << op_name(b.params) << ": input " << to_string(b.shapes.input);
    if (b.shapes.weight) out << ", weight " << to_string(*b.shapes.weight);
    out << " -> output " << to_string(derivation.value().output) << "\n" << derivation.value().text();
    if (auto* conv = std::get_if<Conv2dParams>(&b.params)) {
        auto restore = restoring_output_padding(*conv, b.shapes.input, *b.shapes.weight);
        out << "\nTo get " << b.shapes.input[2] << " x " << b.shapes.input[3]
            << " back, a conv_transpose2d with the same kernel, stride, padding and dilation needs\n";
        if (restore) {
            for (const std::string& line : restore.value().lines) out << line << "\n";
        } else {
            out << restore.error() << "\n";
        }
    }
    return 0;
}

}  // namespace convviz
