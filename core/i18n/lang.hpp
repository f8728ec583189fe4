// The interface languages ConvViz speaks, their names, and the choice from a locale string
// (LANG, LC_ALL, LC_MESSAGES). It knows nothing of the strings themselves (strings.hpp).
#pragma once

#include <optional>
#include <string_view>

namespace convviz {

enum class Lang { en, zh };

inline constexpr Lang kLanguages[] = {Lang::en, Lang::zh};

const char* code(Lang lang);          // "en", "zh-CN": the settings' and the command line's name
const char* native_name(Lang lang);   // "English", "简体中文": as the language menu shows it
// "en", "zh", "zh-CN", "zh_CN", "zh_CN.UTF-8" …; nothing for anything else.
std::optional<Lang> parse_lang(std::string_view text);
// The language of the first of LC_ALL, LC_MESSAGES, LANG that is set: Chinese for any zh locale,
// English otherwise (C, POSIX, unset, or a language ConvViz does not speak).
Lang lang_from_locale(const char* lc_all, const char* lc_messages, const char* lang);
Lang system_lang();  // lang_from_locale over the process environment

}  // namespace convviz
