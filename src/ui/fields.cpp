#include "ui/fields.h"

#include "core/date_format.h"
#include "core/lists.h"
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

// The calendar's column heads, Monday first as weekday() counts.
constexpr const char* kWeekdays[] = {"field.calendar.monday",    "field.calendar.tuesday",
                                     "field.calendar.wednesday", "field.calendar.thursday",
                                     "field.calendar.friday",    "field.calendar.saturday",
                                     "field.calendar.sunday"};

// A month of days to click; returns true with `*picked` set.
bool calendar(const Text& t, const char* id, const Date& shown_month_of,
              const std::optional<Date>& value, Date* picked) {
    ImGuiStorage* store = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID(id);
    // The month on show, as months since year 0; starts at the value's month.
    int month_index = store->GetInt(key, shown_month_of.year * 12 + shown_month_of.month - 1);
    if (ImGui::ArrowButton("##previous-month", ImGuiDir_Left)) --month_index;
    ImGui::SameLine();
    const int year = month_index / 12, month = month_index % 12 + 1;
    ImGui::TextUnformatted(
        t("common.month_year", {{"month", month_name(t, month)}, {"year", std::to_string(year)}})
            .c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 13);
    if (ImGui::ArrowButton("##next-month", ImGuiDir_Right)) ++month_index;
    store->SetInt(key, month_index);

    const Date first{year, month, 1};
    // Weeks start where the interface language's market starts them.
    const int week_start = first_weekday(t.language());
    const int blanks = (weekday(day_number(first)) - week_start + 7) % 7;
    const Date today = platform::today();
    bool chosen = false;
    if (ImGui::BeginTable("##days", 7, ImGuiTableFlags_SizingFixedSame)) {
        for (int i = 0; i < 7; ++i) {
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", t(kWeekdays[(week_start + i) % 7]).c_str());
        }
        ImGui::TableNextRow();
        for (int i = 0; i < blanks; ++i)
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

bool date_field(const Text& t, std::string_view language, UiState& ui, const char* label,
                const std::optional<Date>& value, const Commit& commit, bool optional,
                const FieldLook& look) {
    const ImGuiID draft_id = ImGui::GetID(label);
    const float button = ImGui::GetFrameHeight();
    const float spacing = 2;
    ImGui::SetNextItemWidth(std::max(ImGui::CalcItemWidth() - button - spacing, 60.0f));
    const Args example = {{"example", format_local_date(Date{2026, 11, 1}, language)}};
    const std::string hint = t(optional ? "field.date.hint_optional" : "field.date.hint", example);
    FieldLook text_look = look;
    text_look.hint = hint.c_str();
    bool committed = draft_field(
        ui, label, value ? format_local_date(*value, language) : "",
        [&](const std::string& text) -> std::string {
            if (text.empty() && optional) return commit("");
            const std::optional<Date> typed = parse_local_date(text, language);
            if (!typed) return t("field.date.problem", example);
            return commit(format_date(*typed));
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
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t("field.date.pick").c_str());
    if (open) ImGui::OpenPopup("calendar");
    if (ImGui::BeginPopup("calendar")) {
        Date picked;
        if (calendar(t, "month", value.value_or(platform::today()), value, &picked)) {
            const std::string problem = commit(format_date(picked));
            if (problem.empty()) {
                committed = true;
                ui.drafts.erase(draft_id);
            } else {
                ui.notice = Notice{true, t("field.date.not_set"), {problem}};
            }
            ImGui::CloseCurrentPopup();
        }
        if (optional && value && ImGui::SmallButton(t("field.date.clear").c_str())) {
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

bool ref_field(const char* label, const RefList& refs, const std::string& value, std::string* out) {
    bool changed = false;
    const std::string& none = refs.text("field.none");
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

bool language_field(const char* label, const std::string& code, std::string* out) {
    const Language* current = find_language(code);
    bool changed = false;
    if (begin_picker(label, current ? current->name : code)) {
        for (const Language& l : kLanguages)
            if (picker_option(l.name, &l == current)) *out = l.code, changed = true;
        end_picker();
    }
    return changed && *out != code;
}

bool refs_field(const char* label, const RefList& refs, const std::vector<std::string>& value,
                std::vector<std::string>* out) {
    std::string shown;
    for (const std::string& id : value)
        shown += (shown.empty() ? "" : ", ") + refs.name(id);
    bool changed = false;
    if (begin_picker(label, shown.empty() ? refs.text("field.none") : shown)) {
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
        if (!any) ImGui::TextDisabled("%s", refs.text("field.nothing_to_choose").c_str());
        end_picker();
    }
    return changed;
}

void for_each_choice(const Text& text, const Plan& plan, const std::string& list,
                     const std::function<void(const std::string&, const std::string&)>& visit) {
    // A SWOT item is read with its quadrant: "Strength: fast delivery".
    if (list == "swot") {
        for (const SwotItem& s : plan.swot)
            visit(s.id, text("field.swot_choice",
                             {{"quadrant", enum_label(text, s.quadrant)}, {"text", s.text}}));
        return;
    }
    for (const auto& [id, name] : names_in(plan, list))
        visit(id, name.empty() ? text("field.untitled", {{"id", id}}) : name);
}

} // namespace fp::ui
