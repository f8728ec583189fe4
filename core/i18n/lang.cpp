#include "core/i18n/lang.hpp"

#include <cstdlib>

namespace convviz {

const char* code(Lang lang) { return lang == Lang::zh ? "zh-CN" : "en"; }

const char* native_name(Lang lang) { return lang == Lang::zh ? "简体中文" : "English"; }

std::optional<Lang> parse_lang(std::string_view text) {
    const std::string_view base = text.substr(0, text.find_first_of("_-.@"));
    if (base == "en") return Lang::en;
    if (base == "zh") return Lang::zh;
    return std::nullopt;
}

Lang lang_from_locale(const char* lc_all, const char* lc_messages, const char* lang) {
    for (const char* value : {lc_all, lc_messages, lang}) {
        if (value == nullptr || *value == '\0') continue;
        return parse_lang(value).value_or(Lang::en);
    }
    return Lang::en;
}

Lang system_lang() {
    return lang_from_locale(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

}  // namespace convviz
