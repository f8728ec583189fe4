// The ops' description (core/op_params) agrees with the ops it describes: every op has one, each
// parameter's default is its Params struct's, typed access reads and writes the very member the
// scene file names, each words key and choice is real, and check_value() bounds what it says.
#include <gtest/gtest.h>

#include "core/i18n/strings.hpp"
#include "core/json_io.hpp"
#include "core/op_params.hpp"
#include "core/ops/extent.hpp"

namespace convviz {
namespace {

TEST(OpParams, EveryOpHasADescriptionAndEachDefaultIsItsParams) {
    for (const char* const* name = op_names(); *name; ++name) {
        const OpSchema* schema = find_op_schema(*name);
        ASSERT_NE(schema, nullptr) << *name;
        const OpParams defaults = *default_params(*name);
        EXPECT_EQ(&op_schema(defaults), schema) << *name;
        for (const ParamSpec& spec : schema->params) {
            // Upsample's scale_factor: None in PyTorch, 2 in ConvViz's default scene.
            if (schema->op == "upsample" && spec.name == "scale_factor") {
                EXPECT_TRUE(std::holds_alternative<std::monostate>(spec.default_value));
                continue;
            }
            EXPECT_TRUE(same_value(spec.get(defaults), spec.default_value)) << *name << " " << spec.name;
            EXPECT_FALSE(check_value(spec, spec.default_value, Lang::en).has_value()) << *name << " " << spec.name;
        }
    }
}

TEST(OpParams, TypedAccessIsTheMemberTheSceneFileNames) {
    // Set each parameter to a value other than its default: the scene file's field of that name,
    // and only it, changes.
    for (const OpSchema& schema : op_schemas()) {
        for (const ParamSpec& spec : schema.params) {
            OpParams params = *default_params(schema.op);
            const json_io::json before = json_io::to_json(params);
            ParamValue other;
            switch (spec.kind) {
                case ParamKind::integer: other = int64_t{7}; break;
                case ParamKind::pair: other = Pair{.h = 3, .w = 5}; break;
                case ParamKind::boolean: {
                    const ParamValue now = spec.get(params);
                    other = std::holds_alternative<bool>(now) ? !std::get<bool>(now) : true;
                    break;
                }
                case ParamKind::choice: other = spec.choices.back(); break;
                case ParamKind::scale: other = ScaleFactor{.h = 1.5, .w = 3.0}; break;
                case ParamKind::padding: other = spec.choices.front(); break;
            }
            spec.set(params, other);
            EXPECT_TRUE(same_value(spec.get(params), other)) << schema.op << " " << spec.name;
            const json_io::json after = json_io::to_json(params);
            for (const auto& item : after.items()) {
                if (item.key() == spec.name) {
                    EXPECT_NE(item.value(), before[item.key()]) << schema.op << " " << spec.name;
                } else {
                    EXPECT_EQ(item.value(), before[item.key()]) << schema.op << " " << spec.name << " moved " << item.key();
                }
            }
        }
    }
}

TEST(OpParams, WordsKeysAndChoicesAreReal) {
    for (const OpSchema& schema : op_schemas()) {
        for (const ParamSpec& spec : schema.params) {
            for (Lang lang : {Lang::en, Lang::zh}) {
                EXPECT_NE(text(lang, spec.words), spec.words) << schema.op << " " << spec.name;
                if (!spec.none_words.empty()) {
                    EXPECT_NE(text(lang, spec.none_words), spec.none_words) << spec.name;
                }
                if (!spec.unknown_word.empty()) {
                    EXPECT_NE(text(lang, spec.unknown_word), spec.unknown_word) << spec.name;
                }
            }
            if (spec.kind == ParamKind::choice) {
                EXPECT_FALSE(spec.unknown_word.empty()) << spec.name;
            }
            for (std::string_view word : spec.choices) {
                EXPECT_FALSE(check_value(spec, word, Lang::en).has_value()) << spec.name << " " << word;
            }
            // Each name is in the layer's or the function's positional order.
            const auto in = [&](std::span<const std::string_view> order) {
                return std::find(order.begin(), order.end(), spec.name) != order.end();
            };
            EXPECT_TRUE(in(schema.layer_order) || in(schema.function_order)) << schema.op << " " << spec.name;
        }
    }
    EXPECT_TRUE(parse_padding_mode(std::get<std::string_view>(find_param(*find_op_schema("conv2d"), "padding_mode")->default_value)));
}

TEST(OpParams, CheckValueSaysWhatIsWrong) {
    const ParamSpec& stride = *find_param(*find_op_schema("conv2d"), "stride");
    EXPECT_EQ(check_value(stride, Pair{.h = 0, .w = 1}, Lang::en).value_or(""), "stride must lie between 1 and 1024, but it is 0");
    EXPECT_FALSE(check_value(stride, Pair{.h = 0, .w = 1}, Lang::en, /*check_range=*/false));
    EXPECT_EQ(check_value(stride, true, Lang::en).value_or(""), "stride takes an integer or a pair of integers (h, w)");
    EXPECT_TRUE(check_value(stride, std::monostate{}, Lang::en).has_value());
    const ParamSpec& pool_stride = *find_param(*find_op_schema("max_pool2d"), "stride");
    EXPECT_FALSE(check_value(pool_stride, std::monostate{}, Lang::en));
    const ParamSpec& mode = *find_param(*find_op_schema("upsample"), "mode");
    EXPECT_EQ(check_value(mode, std::string_view("linear"), Lang::en).value_or(""),
              "mode must be nearest, nearest-exact, bilinear or bicubic, not 'linear'");
    EXPECT_EQ(python_value(Pair{.h = 2, .w = 2}), "2");
    EXPECT_EQ(python_value(Pair{.h = 2, .w = 3}), "(2, 3)");
    EXPECT_EQ(python_value(ScaleFactor{.h = 1.5, .w = 2.0}), "(1.5, 2)");
    EXPECT_EQ(python_value(std::monostate{}), "None");
}

TEST(ShapeHelpers, DilatedExtentAndTheFullTransposedSize) {
    EXPECT_EQ(dilated_extent(3, 1), 3);
    EXPECT_EQ(dilated_extent(3, 2), 5);
    EXPECT_EQ(dilated_extent(1, 7), 1);
    // (3 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 6, README's example.
    EXPECT_EQ(transposed_size(3, 2, 1, 3, 1, 1), 6);
    EXPECT_EQ(output_shape(ConvTranspose2dParams{.stride = {.h = 2, .w = 2},
                                                 .padding = {.h = 1, .w = 1},
                                                 .output_padding = {.h = 1, .w = 1}},
                           {1, 1, 3, 3}, {1, 1, 3, 3}),
              (Shape{1, 1, 6, 6}));
}

}  // namespace
}  // namespace convviz
