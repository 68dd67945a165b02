// What hovering (or dragging) a timeline item shows: its dates and length,
// phase, owner, status, budget, what it waits for and its schedule findings.
// Apart from the chart, which only decides when a tooltip shows.
#include "core/date_format.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/timeline_chart.h"

#include <imgui.h>

#include <cstdlib>
#include <string>

namespace fp::ui::timeline {

namespace {

// Findings are phrased to follow an item's name; a tooltip shows them alone.
std::string sentence(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

} // namespace

void Chart::field(const std::string& name, const std::string& value) {
    ImGui::TextDisabled("%s", name.c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 4.5f);
    ImGui::TextUnformatted(value.c_str());
}

void Chart::show_warnings(const Warnings* warnings) const {
    if (!warnings) return;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, look_.problem_v);
    for (const Message* w : *warnings)
        ImGui::TextUnformatted(sentence(app_.text()(*w)).c_str());
    ImGui::PopStyleColor();
}

void Chart::task_tooltip(const Task& t, const Warnings* warnings) const {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextUnformatted(t.title.empty() ? t.id.c_str() : t.title.c_str());
    ImGui::Spacing();
    auto phase = rows_.phase.find(t.phase_id);
    field(t_("timeline.tooltip.phase"), phase == rows_.phase.end()
                                            ? t_("timeline.no_phase")
                                            : plan_.phases[std::size_t(phase->second)].name);
    field(t_("timeline.tooltip.dates"), dates_and_length(t.dates));
    field(t_("timeline.tooltip.owner"), t.owner.empty() ? t_("timeline.nobody") : t.owner);
    field(t_("timeline.tooltip.status"), enum_label(t_, t.status));
    field(t_("timeline.tooltip.budget"), amount_text(t_, plan_, t.budget));
    std::string after;
    for (const std::string& id : t.depends_on) {
        auto it = rows_.task.find(id);
        if (it == rows_.task.end()) continue;
        const Task& before = plan_.tasks[std::size_t(it->second)];
        after += (after.empty() ? "" : ", ") + (before.title.empty() ? before.id : before.title);
    }
    if (!after.empty()) field(t_("timeline.tooltip.waits_for"), after);
    show_warnings(warnings);
    ImGui::Spacing();
    ImGui::TextDisabled("%s", t_("timeline.task_hint").c_str());
    ImGui::PopTextWrapPos();
}

void Chart::drag_tooltip(const Task& t) const {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
    ImGui::TextUnformatted(t.title.empty() ? t.id.c_str() : t.title.c_str());
    const int length = length_days(drag_.dates);
    ImGui::TextUnformatted(dates_and_length(drag_.dates).c_str());
    std::string change;
    if (drag_.grip == Grip::Body) {
        const int shift = days_between(t.dates.start, drag_.dates.start);
        if (shift != 0)
            change = t_.count(shift > 0 ? "timeline.later" : "timeline.earlier", std::abs(shift));
    } else if (length != length_days(t.dates)) {
        change = t_.count("timeline.was", length_days(t.dates));
    }
    if (!change.empty()) ImGui::TextDisabled("%s", change.c_str());
    show_warnings(warnings_for(t.id));
    ImGui::PopTextWrapPos();
}

std::string Chart::dates_and_length(const Period& p) const {
    return t_("timeline.dates_length",
              {{"dates", format_local_span(p.start, p.end, plan_.language)},
               {"length", days_text(t_, length_days(p))}});
}

} // namespace fp::ui::timeline
