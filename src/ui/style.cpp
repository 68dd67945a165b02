#include "ui/style.h"

#include <imgui.h>

namespace fp::ui {

void apply_style(bool dark) {
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    if (dark)
        ImGui::StyleColorsDark(&s);
    else
        ImGui::StyleColorsLight(&s);
    s.WindowPadding = ImVec2(16, 14);
    s.FramePadding = ImVec2(8, 5);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.IndentSpacing = 18;
    s.ScrollbarSize = 12;
    s.FrameRounding = 5;
    s.WindowRounding = 0;
    s.ChildRounding = 6;
    s.PopupRounding = 6;
    s.GrabRounding = 5;
    s.TabRounding = 5;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.FrameBorderSize = dark ? 0 : 1;

    ImVec4* c = s.Colors;
    const ImVec4 accent = dark ? ImVec4(0.36f, 0.56f, 0.94f, 1) : ImVec4(0.18f, 0.40f, 0.80f, 1);
    if (!dark) {
        c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(0.82f, 0.83f, 0.85f, 1);
        c[ImGuiCol_Text] = ImVec4(0.13f, 0.15f, 0.18f, 1);
        c[ImGuiCol_Header] = ImVec4(0.88f, 0.92f, 0.98f, 1);
        c[ImGuiCol_HeaderHovered] = ImVec4(0.82f, 0.88f, 0.98f, 1);
        c[ImGuiCol_HeaderActive] = ImVec4(0.75f, 0.84f, 0.97f, 1);
        c[ImGuiCol_Button] = ImVec4(0.92f, 0.93f, 0.95f, 1);
        c[ImGuiCol_ButtonHovered] = ImVec4(0.84f, 0.88f, 0.95f, 1);
    } else {
        c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1);
        c[ImGuiCol_ChildBg] = ImVec4(0.14f, 0.15f, 0.17f, 1);
    }
    c[ImGuiCol_ButtonActive] = accent;
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_NavHighlight] = accent;
}

// Mid-tone fills that carry white text and stand out on light and dark
// backgrounds alike.
ImVec4 status_colour(TaskStatus status) {
    switch (status) {
    case TaskStatus::Todo:
        return {0.47f, 0.53f, 0.62f, 1};
    case TaskStatus::Doing:
        return {0.20f, 0.46f, 0.84f, 1};
    case TaskStatus::Done:
        return {0.16f, 0.56f, 0.34f, 1};
    case TaskStatus::Blocked:
        return {0.85f, 0.40f, 0.10f, 1};
    }
    return {};
}

} // namespace fp::ui
