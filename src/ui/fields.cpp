#include "ui/fields.h"

#include "core/vocabulary.h"
#include "platform/platform.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>

namespace fp::ui {

namespace {

void show_problem(const std::string& problem, bool below) {
    if (below) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
        ImGui::TextWrapped("%s", problem.c_str());
        ImGui::PopStyleColor();
    } else if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
        ImGui::SetTooltip("%s", problem.c_str());
    }
}

void outline_item(ImVec4 colour) {
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                        ImGui::GetColorU32(colour), ImGui::GetStyle().FrameRounding,
                                        0, 2.0f);
}

const char* kWeekdays[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

// A month of days to click; returns true with `*picked` set.
bool calendar(const char* id, const Date& shown_month_of, const std::optional<Date>& value,
              Date* picked) {
    ImGuiStorage* store = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID(id);
    // The month on show, as months since year 0; starts at the value's month.
    int month_index = store->GetInt(key, shown_month_of.year * 12 + shown_month_of.month - 1);
    if (ImGui::ArrowButton("##previous-month", ImGuiDir_Left)) --month_index;
    ImGui::SameLine();
    const int year = month_index / 12, month = month_index % 12 + 1;
    ImGui::Text("%s %d", month_name(month), year);
    ImGui::SameLine(ImGui::GetFontSize() * 13);
    if (ImGui::ArrowButton("##next-month", ImGuiDir_Right)) ++month_index;
    store->SetInt(key, month_index);

    const Date first{year, month, 1};
    const int first_weekday = weekday(day_number(first));
    const Date today = platform::today();
    bool chosen = false;
    if (ImGui::BeginTable("##days", 7, ImGuiTableFlags_SizingFixedSame)) {
        for (const char* d : kWeekdays) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", d);
        }
        ImGui::TableNextRow();
        for (int i = 0; i < first_weekday; ++i)
            ImGui::TableNextColumn();
        for (Date d = first; d.month == month; d = add_days(d, 1)) {
            ImGui::TableNextColumn();
            const bool selected = value && *value == d;
            char text[32];
            std::snprintf(text, sizeof text, "%d##day-%s", d.day, format_date(d).c_str());
            if (d == today) ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
            if (ImGui::Selectable(text, selected, 0, ImVec2(ImGui::GetFontSize() * 1.6f, 0)))
                *picked = d, chosen = true;
            if (d == today) ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    return chosen;
}

} // namespace

bool draft_field(UiState& ui, const char* label, const std::string& shown, const Commit& commit,
                 const FieldLook& look) {
    const ImGuiID id = ImGui::GetID(label);
    auto draft = ui.drafts.find(id);
    std::string text = draft != ui.drafts.end() ? draft->second.text : shown;
    if (look.focus) ImGui::SetKeyboardFocusHere();
    const bool changed =
        look.multiline
            ? ImGui::InputTextMultiline(
                  label, &text, ImVec2(ImGui::CalcItemWidth(), ImGui::GetTextLineHeight() * 4.5f),
                  look.flags)
            : ImGui::InputTextWithHint(label, look.hint, &text, look.flags);
    bool committed = false;
    if (changed) {
        const std::string problem = text == shown ? "" : commit(text);
        if (problem.empty()) {
            ui.drafts.erase(id);
            committed = text != shown;
        } else {
            ui.drafts[id] = Draft{text, problem};
        }
    }
    draft = ui.drafts.find(id);
    if (draft != ui.drafts.end()) {
        outline_item(problem_colour());
        show_problem(draft->second.problem, look.message_below);
    } else if (look.flagged) {
        outline_item(problem_colour());
    }
    return committed;
}

bool date_field(UiState& ui, const char* label, const std::optional<Date>& value,
                const Commit& commit, bool optional, const FieldLook& look) {
    const ImGuiID draft_id = ImGui::GetID(label);
    const float button = ImGui::GetFrameHeight();
    const float spacing = 2;
    ImGui::SetNextItemWidth(std::max(ImGui::CalcItemWidth() - button - spacing, 60.0f));
    FieldLook text_look = look;
    text_look.hint = optional ? "YYYY-MM-DD (optional)" : "YYYY-MM-DD";
    bool committed = draft_field(
        ui, label, value ? format_date(*value) : "",
        [&](const std::string& text) -> std::string {
            if (text.empty() && optional) return commit("");
            if (!parse_date(text)) return "Write the date as YYYY-MM-DD, for example 2026-11-01.";
            return commit(text);
        },
        text_look);
    ImGui::SameLine(0, spacing);
    ImGui::PushID(label);
    // A calendar icon: a small page with a binding line. Named after the
    // field ("##pick-tasks/t1/dates/end") so automation can tell them apart.
    const char* hashes = std::strstr(label, "##");
    const std::string pick = std::string("##pick-") + (hashes ? hashes + 2 : label);
    const bool open = ImGui::Button(pick.c_str(), ImVec2(button, button));
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    const float pad = button * 0.28f;
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(ImVec2(a.x + pad, a.y + pad), ImVec2(b.x - pad, b.y - pad), ink, 2.0f);
    draw->AddLine(ImVec2(a.x + pad, a.y + pad + 3), ImVec2(b.x - pad, a.y + pad + 3), ink, 2.0f);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Pick a date");
    if (open) ImGui::OpenPopup("calendar");
    if (ImGui::BeginPopup("calendar")) {
        Date picked;
        if (calendar("month", value.value_or(platform::today()), value, &picked)) {
            const std::string problem = commit(format_date(picked));
            if (problem.empty()) {
                committed = true;
                ui.drafts.erase(draft_id);
            } else {
                ui.notice = Notice{true, "That date was not set.", {problem}};
            }
            ImGui::CloseCurrentPopup();
        }
        if (optional && value && ImGui::SmallButton("Clear date")) {
            commit("");
            committed = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::PopID();
    return committed;
}

std::string RefList::name(const std::string& id) const {
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

bool ref_field(const char* label, const RefList& refs, const std::string& value, std::string* out,
               const char* none) {
    bool changed = false;
    const std::string shown = value.empty() ? none : refs.name(value);
    if (begin_picker(label, shown)) {
        if (picker_option(none, value.empty())) *out = "", changed = true;
        for_each_choice(refs.text, refs.plan, refs.list,
                        [&](const std::string& id, const std::string& name) {
                            ImGui::PushID(id.c_str());
                            if (picker_option(name, id == value)) *out = id, changed = true;
                            ImGui::PopID();
                        });
        end_picker();
    }
    return changed && *out != value;
}

bool refs_field(const char* label, const RefList& refs, const std::vector<std::string>& value,
                std::vector<std::string>* out) {
    std::string shown;
    for (const std::string& id : value)
        shown += (shown.empty() ? "" : ", ") + refs.name(id);
    bool changed = false;
    if (begin_picker(label, shown.empty() ? "None" : shown)) {
        bool any = false;
        for_each_choice(
            refs.text, refs.plan, refs.list, [&](const std::string& id, const std::string& name) {
                any = true;
                bool on = std::find(value.begin(), value.end(), id) != value.end();
                ImGui::PushID(id.c_str());
                if (ImGui::Checkbox(name.c_str(), &on)) {
                    *out = value;
                    if (on)
                        out->push_back(id);
                    else
                        out->erase(std::remove(out->begin(), out->end(), id), out->end());
                    changed = true;
                }
                ImGui::PopID();
            });
        if (!any) ImGui::TextDisabled("Nothing to choose yet.");
        end_picker();
    }
    return changed;
}

void for_each_choice(const Text& text, const Plan& plan, const std::string& list,
                     const std::function<void(const std::string&, const std::string&)>& visit) {
    auto named = [&](const std::string& id, const std::string& name) {
        visit(id, name.empty() ? "(untitled " + id + ")" : name);
    };
    if (list == "phases")
        for (const Phase& p : plan.phases)
            named(p.id, p.name);
    if (list == "channels")
        for (const Channel& c : plan.channels)
            named(c.id, c.name);
    if (list == "objectives")
        for (const Objective& o : plan.objectives)
            named(o.id, o.statement);
    if (list == "tasks")
        for (const Task& t : plan.tasks)
            named(t.id, t.title);
    if (list == "swot")
        for (const SwotItem& s : plan.swot)
            named(s.id, enum_label(text, s.quadrant) + ": " + s.text);
}

} // namespace fp::ui
