#include "app/cli/shape.hpp"

#include <ostream>

#include "app/cli/torch_scene.hpp"
#include "core/arith.hpp"
#include "core/op.hpp"
#include "core/text.hpp"

namespace convviz {

int run_shape(const OpRequest& request, std::ostream& out, std::ostream& err) {
    BuiltOp b;
    if (!request.torch.empty()) {
        if (!request.op.empty() || !request.given.empty()) {
            err << "convviz shape: --torch gives the op and its parameters; it takes no "
                << (request.op.empty() ? request.given.front() : "op") << "\n";
            return 2;
        }
        Result<TorchLine> read = torch_scene(request.torch);
        if (!read) {
            err << "convviz shape: " << read.error() << "\n";
            return 2;
        }
        Result<OpInputs> inputs = op_inputs(read.value().scene);
        if (!inputs) {
            err << "convviz shape: " << inputs.error() << "\n";
            return 2;
        }
        b.params = read.value().scene.params;
        b.shapes = shapes_of(inputs.value());
        print_notes(read.value(), out, "");
    } else {
        if (request.op.empty()) {
            err << "convviz shape: give an op (conv2d, conv_transpose2d, ...) with its flags, or --torch LINE\n";
            return 2;
        }
        Result<BuiltOp> built = build_op(request);
        if (!built) {
            err << "convviz shape: " << built.error() << "\n";
            return 2;
        }
        b = std::move(built).value();
    }
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
