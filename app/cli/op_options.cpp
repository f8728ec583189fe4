#include "app/cli/op_options.hpp"

#include <algorithm>

#include "core/op_params.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// How the command line writes a value of the kind.
const char* cli_form(ParamKind kind) {
    switch (kind) {
        case ParamKind::integer: return "N";
        case ParamKind::pair: return "N or NH,NW";
        case ParamKind::boolean: return "true or false";
        case ParamKind::choice: return "";
        case ParamKind::scale: return "F or FH,FW";
        case ParamKind::padding: return "P or PH,PW";
    }
    return "";
}

std::string cli_text(const ParamValue& value) {
    if (const auto* p = std::get_if<Pair>(&value)) return p->h == p->w ? cat(p->h) : cat(p->h, ",", p->w);
    if (const auto* i = std::get_if<int64_t>(&value)) return cat(*i);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    if (const auto* w = std::get_if<std::string_view>(&value)) return std::string(*w);
    return "";  // None, and a scale factor (whose default is None)
}

// One option for each parameter key over every op: which ops take it, its form, and the default
// when every op that takes it agrees on one (a pooling stride's None differs from a conv's 1).
struct CliParam {
    std::string key;
    const ParamSpec* spec = nullptr;  // the first op's
    std::vector<std::string_view> ops;
    std::string default_text;
    bool agreed = true;
};

std::vector<CliParam> cli_params() {
    std::vector<CliParam> all;
    for (const OpSchema& schema : op_schemas()) {
        for (const ParamSpec& spec : schema.params) {
            const std::string key = option_key(spec.name);
            if (key == "kernel") continue;  // --kernel: the conv layers' too, declared on its own
            auto it = std::find_if(all.begin(), all.end(), [&](const CliParam& p) { return p.key == key; });
            if (it == all.end()) {
                all.push_back({.key = key, .spec = &spec, .ops = {}, .default_text = cli_text(spec.default_value)});
                it = all.end() - 1;
            } else if (it->default_text != cli_text(spec.default_value)) {
                it->agreed = false;
            }
            it->ops.push_back(schema.op);
        }
    }
    return all;
}

}  // namespace

std::vector<std::string> add_op_options(CLI::App* cmd, OpRequest& op, const char* upsample_size) {
    std::vector<std::string> names;
    const auto added = [&](CLI::Option* option) { names.push_back(option->get_name()); };
    added(cmd->add_option("--input", op.input, "Input shape N,C,H,W"));
    added(cmd->add_option("--kernel", op.kernel, "Kernel (conv) or window (pooling) size: K or KH,KW"));
    added(cmd->add_option("--out-channels", op.out_channels, "Conv output channels (empty: the input's)"));
    // The rest from the ops' description: one option per parameter name.
    for (const CliParam& p : cli_params()) {
        const std::string name = p.key == "size" ? std::string(upsample_size) : "--" + p.key;
        std::string ops;
        for (std::string_view o : p.ops) ops += cat(ops.empty() ? "" : ", ", o);
        std::string form = cli_form(p.spec->kind);
        if (p.spec->kind == ParamKind::choice || p.spec->kind == ParamKind::padding) {
            std::string words;
            for (size_t i = 0; i < p.spec->choices.size(); ++i) {
                words += cat(i == 0 ? "" : i + 1 == p.spec->choices.size() ? " or " : ", ", p.spec->choices[i]);
            }
            form = form.empty() ? words : cat(form, "; conv2d also ", words);
        }
        if (p.spec->kind == ParamKind::boolean && !p.spec->optional && p.default_text == "false" && p.agreed) {
            added(cmd->add_flag(name, op.flags[p.key], cat(ops, ": ", p.spec->name, " (default: off)")));
            continue;
        }
        std::string& text = op.params[p.key];
        if (p.agreed) text = p.default_text;
        const std::string empty = p.agreed ? (p.spec->optional ? " (empty: None)" : "") : " (empty: the op's default)";
        added(cmd->add_option(name, text, cat(ops, ": ", form, empty)));
    }
    cmd->add_option("--torch", op.torch,
                    "One line of PyTorch instead of the op and its flags, e.g. \"nn.ConvTranspose2d(64, 32, "
                    "kernel_size=2, stride=2)\" (the input from a torch.randn(N, C, H, W) in it, or a comment)");
    return names;
}

CLI::App* add_shape_command(CLI::App& app, OpRequest& request) {
    CLI::App* cmd = app.add_subcommand("shape", "Print an op's output shape and its derivation");
    cmd->add_option("op", request.op,
                    "conv2d, conv_transpose2d, max_pool2d, avg_pool2d, max_unpool2d, upsample, "
                    "pixel_shuffle, pixel_unshuffle, conv2d_matrix (or --torch)");
    const std::vector<std::string> names = add_op_options(cmd, request);
    // Which flags were given: with --torch they would do nothing, and are refused instead.
    cmd->parse_complete_callback([cmd, &request, names] {
        request.given.clear();
        for (const std::string& name : names) {
            if (cmd->count(name) > 0) request.given.push_back(name);
        }
    });
    return cmd;
}

}  // namespace convviz
