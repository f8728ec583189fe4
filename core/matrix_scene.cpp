#include "core/matrix_scene.hpp"

#include "core/i18n/strings.hpp"
#include "core/ops/conv2d.hpp"
#include "core/scene_edit.hpp"
#include "core/text.hpp"

namespace convviz {

namespace {

// The conv2d that a ConvTranspose2d transposes, and the input size that conv2d reads.
struct Untransposed {
    Conv2dParams conv;
    Shape input;
};

Result<Untransposed> untransposed(const ConvTranspose2dParams& t, const Shape& input, const Shape& weight, Lang lang) {
    if (input[0] != 1) {
        return Error{tr(lang, "msg.matrix.one_image", input[0])};
    }
    Untransposed u;
    u.conv.stride = t.stride;
    u.conv.padding = {.kind = PaddingKind::pair, .size = t.padding};
    u.conv.dilation = t.dilation;
    u.conv.groups = t.groups;
    const Shape out = output_shape(t, input, weight);
    u.input = {1, out[1], out[2], out[3]};
    // The conv2d's weight is the layer's, read as [C_out, C_in / groups] = [C_in_t, C_out_t / groups].
    if (auto e = validate(u.conv, u.input, weight, nullptr, lang)) return Error{*e};
    const Shape back = output_shape(u.conv, u.input, weight);
    for (int axis : kAxes) {
        if (spatial(back, axis) != spatial(input, axis)) {
            return Error{tr(lang, "msg.matrix.output_padding", out[2], out[3], input[2], input[3],
                            t.output_padding[axis], t.stride[axis], axis_name(axis, lang))};
        }
    }
    return u;
}

}  // namespace

std::optional<std::string> validate_matrix_scene(const Scene& scene, Lang lang) {
    return validate_matrix_scene(scene.params, scene.tensors.input.shape(), scene.tensors.weight->shape(), lang);
}

std::optional<std::string> validate_matrix_scene(const OpParams& params, const Shape& input, const Shape& weight,
                                                 Lang lang) {
    if (const auto* t = std::get_if<ConvTranspose2dParams>(&params)) {
        auto u = untransposed(*t, input, weight, lang);
        if (!u) return u.error();
        return validate_matrix(u.value().conv, u.value().input, weight, lang);
    }
    const Conv2dParams* conv = std::get_if<Conv2dParams>(&params);
    if (!conv) conv = &std::get<Conv2dMatrixParams>(params).conv;
    return validate_matrix(*conv, input, weight, lang);
}

Result<MatrixSetup> matrix_setup(const Scene& scene, Lang lang) {
    if (auto e = validate_matrix_scene(scene, lang)) return Error{*e};
    MatrixSetup s;
    s.weight = *scene.tensors.weight;
    s.has_bias = scene.tensors.bias.has_value() && !std::holds_alternative<Conv2dMatrixParams>(scene.params);
    if (const auto* t = std::get_if<ConvTranspose2dParams>(&scene.params)) {
        Untransposed u = untransposed(*t, scene.tensors.input.shape(), s.weight.shape(), lang).value();
        s.conv = u.conv;
        s.x = filled(u.input, Fill::integers, 0);
        s.y = scene.tensors.input;
        s.from_transpose = true;
        s.transpose = *t;
        return s;
    }
    const Conv2dParams* conv = std::get_if<Conv2dParams>(&scene.params);
    if (!conv) conv = &std::get<Conv2dMatrixParams>(scene.params).conv;
    s.conv = *conv;
    s.x = scene.tensors.input;
    auto y = conv2d(s.x, s.weight, nullptr, s.conv, lang);
    if (!y) return Error{y.error()};
    s.y = std::move(y).value();
    s.transpose = matching_transpose(s.conv, s.x.shape(), s.weight.shape());
    return s;
}

}  // namespace convviz
