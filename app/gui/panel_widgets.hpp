// Small ImGui helpers the panels share: a label whose widget ID is the same in every language, and
// a control's hover tip from the tips table (param_tips.hpp), wrapped to a readable width.
// Neither keeps any state.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "app/gui/param_tips.hpp"
#include "core/i18n/strings.hpp"

namespace convviz {

// "visible###id": ImGui shows `visible` and identifies the widget by `id` alone, so switching the
// language keeps a field's state (focus, an open combo).
inline std::string with_id(std::string visible, std::string_view id) {
    visible += "###";
    visible += id;
    return visible;
}

// While the last item is hovered: its tip, (context, control) as kParamTips has them.
inline void param_tip(Lang lang, std::string_view context, std::string_view control) {
    if (!ImGui::IsItemHovered()) return;
    const std::string_view key = param_tip_key(context, control);
    if (key.empty()) return;
    const std::string_view words = text(lang, key);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
    ImGui::TextUnformatted(words.data(), words.data() + words.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace convviz
