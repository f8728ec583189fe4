// Each op's parameters, described once: name (PyTorch's keyword, the JSON field, the CLI's option),
// per axis or not, kind, range, default, the key of its words, and typed access to its value in
// the op's Params. The JSON reader and writer, the CLI, the PyTorch code writer and reader, the
// Parameters panel and the fuzzer loop over these tables instead of spelling the schema again.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "core/i18n/lang.hpp"
#include "core/op.hpp"

namespace convviz {

enum class ParamKind {
    integer,  // one whole number: groups, upscale_factor, divisor_override
    pair,     // per axis, whole numbers (h, w): PyTorch takes an int or a tuple
    boolean,  // ceil_mode, count_include_pad, align_corners
    choice,   // one of the spec's words, as PyTorch spells them: padding_mode, mode
    scale,    // per axis, real numbers: Upsample's scale_factor
    padding,  // Conv2d's padding: a pair, or one of the words 'same' and 'valid'
};

bool per_axis(ParamKind kind);  // pair, scale, padding

// A parameter's value: None (an optional parameter left unset) or the kind's type. A word is one
// of its spec's `choices` (they have static storage, so the view stays valid).
using ParamValue = std::variant<std::monostate, int64_t, Pair, bool, ScaleFactor, std::string_view>;

struct ParamSpec {
    std::string_view name;  // PyTorch's keyword; the JSON field; the CLI's --name ('_' as '-')
    ParamKind kind = ParamKind::integer;
    bool optional = false;  // may be None: PyTorch's default None (a pooling stride: the kernel)
    bool required = false;  // PyTorch has no default: code always writes it
    // Each whole number (each axis) of an accepted value lies in [min, max]; ConvViz's bounds
    // (core/limits) where PyTorch has none. A scale factor's axes: (0, max].
    int64_t min = 0;
    int64_t max = 0;
    // PyTorch's default, which the Params struct's matches except where PyTorch's is no valid
    // configuration (Upsample's scale_factor, None in PyTorch, is 2 in default_params()).
    ParamValue default_value;
    std::span<const std::string_view> choices;  // choice, padding: the words it takes
    std::string_view words;                     // key of its tip: "tip.conv2d.stride"
    std::string_view unknown_word;              // key of "'{0}' is not one of the words" (choice, padding)
    std::string_view none_words;                // optional: key of what None means ("the kernel size")
    // Upsample's size and scale_factor: exactly one of the two is set (the other's name).
    std::string_view one_of_with;
    ParamValue (*get)(const OpParams&) = nullptr;
    // The value must be of the kind's type (or None when optional): check_value() first.
    void (*set)(OpParams&, const ParamValue&) = nullptr;
};

// One op's description. The positional orders name the op's parameters and these call arguments
// that are not: "in_channels", "out_channels", "kernel_size" (the conv layers'), "bias" (a flag
// in nn., a tensor in F.), "input", "weight", "indices", "output_size" (F.max_unpool2d) and the
// arguments ConvViz has no use for ("return_indices", "recompute_scale_factor", "antialias").
struct OpSchema {
    std::string_view op;                                // op_name(): "conv_transpose2d"
    std::string_view layer;                             // nn.ConvTranspose2d
    std::span<const std::string_view> functions;        // F.conv_transpose2d (F.interpolate, F.upsample)
    std::span<const ParamSpec> params;                  // in the order code writes them (PyTorch's keywords)
    std::span<const std::string_view> layer_order;      // nn.X(...)'s positional arguments
    std::span<const std::string_view> function_order;   // F.x(...)'s
};

std::span<const OpSchema> op_schemas();              // op_names()' order; conv2d_matrix is conv2d's
const OpSchema& op_schema(const OpParams& params);   // conv2d_matrix: conv2d's (values in .conv)
const OpSchema* find_op_schema(std::string_view op); // by op_name()
const ParamSpec* find_param(const OpSchema& schema, std::string_view name);

// Why `value` does not fit `spec` (wrong type, None when not optional, a word it does not take,
// a number out of range), in `lang`, or nothing. The range check can be left out where a later
// check (the op's validate()) should speak instead.
std::optional<std::string> check_value(const ParamSpec& spec, const ParamValue& value, Lang lang,
                                       bool check_range = true);

// What a value of the spec takes, in `lang`: "an integer or a pair (h, w)", "one of 'zeros', ...".
std::string expected_value(const ParamSpec& spec, Lang lang);

// The value as Python writes it: 2, (2, 3), True, None, 'bilinear', 1.5. One number when both
// axes agree, as PyTorch's own examples write it.
std::string python_value(const ParamValue& value);

bool same_value(const ParamValue& a, const ParamValue& b);

}  // namespace convviz
