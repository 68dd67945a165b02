#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
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

bool begin_picker(const char* label, const std::string& shown) {
    ImGui::PushID(label);
    // Left-aligned text and an arrow, like a combo box.
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    const bool clicked = ImGui::Button((shown + "##button").c_str(), ImVec2(-FLT_MIN, 0));
    ImGui::PopStyleVar();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float size = ImGui::GetFontSize();
    ImGui::RenderArrow(ImGui::GetWindowDrawList(),
                       ImVec2(max.x - size - ImGui::GetStyle().FramePadding.x,
                              min.y + ImGui::GetStyle().FramePadding.y),
                       ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down);
    ImGui::PopID();
    // The button's own label, so that automation finds it under `label`.
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label, 0);
    if (clicked) ImGui::OpenPopup(label);
    ImGui::SetNextWindowPos(ImVec2(min.x, max.y));
    ImGui::SetNextWindowSizeConstraints(ImVec2(max.x - min.x, 0), ImVec2(FLT_MAX, FLT_MAX));
    return ImGui::BeginPopup(label);
}

void end_picker() {
    ImGui::EndPopup();
}

} // namespace fp::ui
