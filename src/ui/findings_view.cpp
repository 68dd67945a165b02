// The panel beside a section: search results for the text in the search box,
// and every finding about the plan; clicking one jumps to its field.
#include "core/search.h"
#include "ui/app.h"
#include "ui/sections.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

constexpr std::size_t kMaxHits = 100;

// One clickable entry of two lines: what it concerns, then the detail.
bool entry(const std::string& label, const std::string& title, const std::string& detail,
           bool problem) {
    ImGui::PushID(label.c_str());
    const float wrap = ImGui::GetContentRegionAvail().x;
    const float title_h = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap).y;
    const float detail_h = ImGui::CalcTextSize(detail.c_str(), nullptr, false, wrap).y;
    const float height = title_h + ImGui::GetStyle().ItemSpacing.y + detail_h + 6;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(("##" + label).c_str(), false, 0, ImVec2(0, height));
    ImGui::SetCursorScreenPos(at);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(title.c_str());
    if (problem) ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
    ImGui::TextWrapped("%s", detail.c_str());
    if (problem) ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + height + ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
    return clicked;
}

// The section, then the list and field as the file names them.
std::string hit_title(const Text& text, const Plan& plan, const SearchHit& hit) {
    const std::string& where = section_title(text, section_for(plan, hit.place));
    return text("findings.hit", {{"section", where},
                                 {"list", hit.place.list.empty() ? "plan" : hit.place.list},
                                 {"field", hit.place.field}});
}

} // namespace

void draw_findings_panel(App& app) {
    UiState& ui = app.ui();
    const Text& t = app.text();
    const Plan* plan = app.current();
    if (!ui.search.empty()) {
        const std::vector<SearchHit> hits = search_plan(*plan, ui.search, kMaxHits);
        ImGui::SeparatorText((hits.size() == kMaxHits ? t("findings.search_first",
                                                          {{"count", std::to_string(kMaxHits)}})
                                                      : t("findings.search"))
                                 .c_str());
        if (hits.empty()) note(t("findings.no_hits", {{"text", ui.search}}));
        for (std::size_t i = 0; i < hits.size(); ++i)
            if (entry("hit-" + std::to_string(i), hit_title(t, *plan, hits[i]), hits[i].text,
                      false))
                app.jump_to(hits[i].place);
    }
    // Copied: a jump may change the plan's findings while they are listed.
    const std::vector<Finding> findings = app.findings();
    ImGui::SeparatorText(t("findings.title").c_str());
    if (findings.empty()) note(t("findings.none"));
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& f = findings[i];
        if (entry("finding-" + std::to_string(i), t(f.title), t(f.message), true))
            app.jump_to(f.place);
    }
}

} // namespace fp::ui
