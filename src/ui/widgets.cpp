#include "ui/widgets.h"

#include "ui/item_rects.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace fp::ui {

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

void same_line_if_fits(float next_width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width;
    // GetContentRegionMax ends at a table cell's edge inside a table.
    if (right <= ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x) ImGui::SameLine();
}

float button_width(const std::string& label) {
    return ImGui::CalcTextSize(label.c_str(), nullptr, true).x +
           ImGui::GetStyle().FramePadding.x * 2;
}

void note(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void section_heading(const char* title, const char* question) {
    ImGui::SetWindowFontScale(1.3f);
    ImGui::TextUnformatted(title);
    ImGui::SetWindowFontScale(1.0f);
    note(question);
    ImGui::Spacing();
}

bool begin_picker(const char* label, const std::string& shown, bool shown_is_label) {
    ImGui::PushID(label);
    // Left-aligned text and an arrow, like a combo box.
    const bool clicked = ImGui::Button("##button", ImVec2(ImGui::CalcItemWidth(), 0));
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float size = ImGui::GetFontSize();
    // The text clipped short of the arrow, so a long choice never runs under it.
    const float arrow_x = max.x - size - style.FramePadding.x;
    ImGui::RenderTextClipped(ImVec2(min.x + style.FramePadding.x, min.y + style.FramePadding.y),
                             ImVec2(arrow_x - style.ItemInnerSpacing.x, max.y), shown.c_str(),
                             nullptr, nullptr, ImVec2(0, 0));
    ImGui::RenderArrow(ImGui::GetWindowDrawList(), ImVec2(arrow_x, min.y + style.FramePadding.y),
                       ImGui::GetColorU32(ImGuiCol_Text), ImGuiDir_Down);
    // An interface word (a choice's label, not a name someone typed) must show whole.
    if (shown_is_label) {
        const float width = ImGui::CalcTextSize(shown.c_str()).x;
        check_fits(ImGui::GetCurrentContext(), shown.c_str(), width,
                   width + (max.x - min.x) - picker_width(width));
    }
    ImGui::PopID();
    // The button's own label, so that automation finds it under `label`.
    ImGuiContext& g = *GImGui;
    IMGUI_TEST_ENGINE_ITEM_INFO(ImGui::GetItemID(), label, 0);
    if (clicked) ImGui::OpenPopup(label);
    ImGui::SetNextWindowPos(ImVec2(min.x, max.y));
    ImGui::SetNextWindowSizeConstraints(ImVec2(max.x - min.x, 0), ImVec2(FLT_MAX, FLT_MAX));
    return ImGui::BeginPopup(label);
}

float picker_width(float text_width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return text_width + ImGui::GetFontSize() + style.FramePadding.x * 2 + style.ItemInnerSpacing.x +
           1;
}

bool picker_option(const std::string& text, bool selected) {
    return ImGui::Selectable(text.c_str(), selected);
}

ImVec4 problem_colour() {
    const bool dark = ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.5f;
    return dark ? ImVec4(1.0f, 0.45f, 0.40f, 1) : ImVec4(0.80f, 0.15f, 0.12f, 1);
}

void end_picker() {
    ImGui::EndPopup();
}

} // namespace fp::ui
