// The open plan: a bar of sections, the section chosen, and beside it the
// findings and search results.
#include "ui/app.h"
#include "ui/sections.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cctype>
#include <string>

namespace fp::ui {

namespace {

constexpr float kFindingsWidth = 300;

std::string section_label(const Text& text, Section s) {
    return section_title(text, s) + "##section-" + section_key(s);
}

// The sections as a row of buttons that flows onto a second line where a
// language's names do not fit one.
void draw_section_bar(App& app) {
    UiState& ui = app.ui();
    const ImVec4 accent = ImGui::GetStyle().Colors[ImGuiCol_ButtonActive];
    for (Section s : kSections) {
        const bool chosen = ui.section == s;
        const std::string label = section_label(app.text(), s);
        if (s != kSections.front()) same_line_if_fits(button_width(label));
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, accent);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        if (ImGui::Button(label.c_str())) ui.section = s, ui.focus.reset();
        if (chosen) ImGui::PopStyleColor(3);
    }
}

void draw_section(App& app) {
    switch (app.ui().section) {
    case Section::Overview:
        draw_overview(app);
        break;
    case Section::Plan:
        draw_plan_stage(app);
        break;
    case Section::Reach:
    case Section::Act:
    case Section::Convert:
    case Section::Engage:
        draw_race_stage(app);
        break;
    case Section::Execution:
        draw_execution(app);
        break;
    case Section::Timeline:
        draw_timeline(app);
        break;
    case Section::Forecast:
        draw_forecast(app);
        break;
    case Section::Measure:
        draw_measure(app);
        break;
    case Section::Risks:
        draw_risks(app);
        break;
    }
}

} // namespace

void draw_plan_view(App& app) {
    if (!app.current()) return;
    draw_section_bar(app);
    ImGui::Spacing();
    const bool side = app.ui().show_findings || !app.ui().search.empty();
    const float width = side ? -(kFindingsWidth + ImGui::GetStyle().ItemSpacing.x) : 0;
    // A window of its own per section, so each keeps its own scroll: a
    // section opened after a long one scrolled down starts at its top.
    ImGui::PushID(static_cast<int>(app.ui().section));
    ImGui::BeginChild("section", ImVec2(width, 0));
    // A plan from a share link is only looked at: its widgets take no input,
    // while the section bar, scrolling and the findings still work.
    ImGui::BeginDisabled(app.read_only());
    draw_section(app);
    ImGui::EndDisabled();
    ImGui::EndChild();
    ImGui::PopID();
    if (side) {
        ImGui::SameLine();
        ImGui::BeginChild("findings", ImVec2(0, 0), ImGuiChildFlags_Border);
        draw_findings_panel(app);
        ImGui::EndChild();
    }
}

} // namespace fp::ui
