#include "core/ops/suggestion.hpp"

#include "core/i18n/strings.hpp"
#include "core/text.hpp"

namespace convviz {

static std::string option_text(const Suggestion& s, Lang lang) {
    if (s.name == "channels") return tr(lang, "msg.suggest.channels", s.value);
    if (s.up_to && s.value > 0) return tr(lang, "msg.suggest.up_to", s.name, s.value);
    return cat(s.name, " ", s.value);
}

std::string suggestion_text(const Suggestions& options, Lang lang) {
    switch (options.size()) {
        case 0: return "";
        case 1: return tr(lang, "msg.suggest.one", option_text(options[0], lang));
        case 2: return tr(lang, "msg.suggest.two", option_text(options[0], lang), option_text(options[1], lang));
        default:
            return tr(lang, "msg.suggest.three", option_text(options[0], lang), option_text(options[1], lang),
                      option_text(options[2], lang));
    }
}

std::optional<Refusal> refusal(const OpParams& params, const OpShapes& s, Lang lang) {
    auto message = validate(params, s, lang);
    if (!message) return std::nullopt;
    Refusal r{*message, {}};
    // The same checks again, now with a place for their suggestions (validate() has none).
    const Shape* bias = s.bias ? &*s.bias : nullptr;
    if (const auto* p = std::get_if<Conv2dParams>(&params); p && s.weight) {
        validate(*p, s.input, *s.weight, bias, lang, &r.suggestions);
    } else if (const auto* t = std::get_if<ConvTranspose2dParams>(&params); t && s.weight) {
        validate(*t, s.input, *s.weight, bias, lang, &r.suggestions);
    } else if (const auto* m = std::get_if<MaxPool2dParams>(&params)) {
        validate(*m, s.input, lang, &r.suggestions);
    } else if (const auto* a = std::get_if<AvgPool2dParams>(&params)) {
        validate(*a, s.input, lang, &r.suggestions);
    } else if (const auto* u = std::get_if<MaxUnpool2dParams>(&params); u && s.indices) {
        validate(*u, s.input, *s.indices, lang, &r.suggestions);
    } else if (const auto* x = std::get_if<PixelShuffleParams>(&params)) {
        validate(*x, s.input, lang, &r.suggestions);
    }
    return r;
}

}  // namespace convviz
