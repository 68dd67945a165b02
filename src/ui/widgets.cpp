#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace fp::ui {

bool checked_text_field(UiState& ui, const char* label, const char* hint, const std::string& value,
                        std::string* accepted, const Check& check, int flags) {
    const ImGuiID id = ImGui::GetID(label);
    auto draft = ui.drafts.find(id);
    std::string text = draft != ui.drafts.end() ? draft->second : value;
    const bool changed = ImGui::InputTextWithHint(label, hint, &text, flags);
    const std::string problem = check ? check(text) : std::string();
    bool result = false;
    if (changed) {
        if (problem.empty()) {
            ui.drafts.erase(id);
            if (text != value) *accepted = text, result = true;
        } else {
            ui.drafts[id] = text;
        }
    }
    if (ui.drafts.count(id) && !problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.80f, 0.15f, 0.12f, 1));
        ImGui::TextWrapped("%s", problem.c_str());
        ImGui::PopStyleColor();
    }
    return result;
}

void help_marker(const char* text) {
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    if (ImGui::BeginItemTooltip()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

} // namespace fp::ui
