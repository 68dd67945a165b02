// What happens when an imported file holds a plan that is here already: the
// choice between keeping both, replacing and merging, and the merge of
// groups' files with the conflicts the facilitator settles. Both change
// plans only through the App's import and merge operations.
#include "core/merge.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/sections.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace fp::ui {

namespace {

void center_next_window(float width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(width, viewport->WorkSize.x * 0.94f), 0),
                             ImGuiCond_Appearing);
}

// A value of a plan file as a person reads it: texts as they are, a period
// as its two dates, a list of ids one after the other.
std::string shown_value(const Text& t, const Json& v) {
    if (v.is_null()) return t("merge.empty");
    if (v.is_string())
        return v.get<std::string>().empty() ? t("merge.empty") : v.get<std::string>();
    if (v.is_object() && v.contains("start") && v.contains("end") && v.size() == 2)
        return shown_value(t, v["start"]) + " – " + shown_value(t, v["end"]);
    if (v.is_array()) {
        std::string out;
        for (const Json& e : v)
            out += (out.empty() ? "" : ", ") + shown_value(t, e);
        return out.empty() ? t("merge.empty") : out;
    }
    return v.dump();
}

std::string side_text(const Text& t, const MergeConflict& c, const ConflictSide& side) {
    if (c.kind == ConflictKind::RemovedAndEdited)
        return t(side.removed ? "merge.side_removed" : "merge.side_edited");
    return shown_value(t, side.value);
}

std::string group_name(const Text& t, const MergeUi& m, std::size_t group) {
    return t("merge.group", {{"number", std::to_string(group + 1)}, {"file", m.files[group]}});
}

// Where a conflict is: the section, then the plan's field, or the list, the
// item (by name, else id) and its field.
std::string where(const Text& t, const Plan& plan, const MergeConflict& c) {
    const std::string& section = section_title(t, section_for(plan, c.place));
    if (c.place.list.empty())
        return t("merge.where_plan", {{"section", section}, {"field", c.place.field}});
    return t("merge.where",
             {{"section", section},
              {"list", c.place.list},
              {"item", c.item_name.empty() ? c.place.item_id : c.item_name},
              {"field",
               c.kind == ConflictKind::RemovedAndEdited ? t("merge.whole_item") : c.place.field}});
}

// One conflict: its place, the base's value and each group's, the side
// taken marked. Any side can be taken until the merge is finished.
void draw_conflict(App& app, const std::string& id, const MergeConflict& c,
                   const std::size_t* taken) {
    const Text& t = app.text();
    MergeUi& m = *app.ui().merging;
    ImGui::PushID(id.c_str());
    ImGui::SeparatorText(where(t, m.merge.plan, c).c_str());
    const float wrap = ImGui::GetContentRegionAvail().x;
    const auto option = [&](const std::string& label, const std::string& value, std::size_t side,
                            const std::string& widget) {
        const bool selected = taken && *taken == side;
        const std::string text = label + ": " + value;
        ImGui::PushTextWrapPos(wrap);
        const ImVec2 size(0, ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y);
        if (ImGui::Selectable((text + "##" + widget).c_str(), selected, 0, size))
            choose(m.merge, c.place, side);
        ImGui::PopTextWrapPos();
    };
    option(t("merge.base"),
           c.kind == ConflictKind::RemovedAndEdited ? t("merge.side_kept") : shown_value(t, c.base),
           kBaseSide, id + "-base");
    for (const ConflictSide& side : c.sides)
        option(group_name(t, m, side.group), side_text(t, c, side), side.group,
               id + "-group-" + std::to_string(side.group + 1));
    ImGui::PopID();
}

} // namespace

void draw_import_choice_dialog(App& app) {
    UiState& ui = app.ui();
    const Text& t = app.text();
    const std::string title = t("import.choice.title") + "###import-choice";
    if (!ui.pending_imports.empty() && !ImGui::IsPopupOpen(title.c_str()))
        ImGui::OpenPopup(title.c_str());
    center_next_window(760);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    if (ui.pending_imports.empty()) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const Plan& first = ui.pending_imports.front().plan;
    const Plan* here = find_plan(app.workspace(), first.id);
    std::vector<std::string> files;
    for (const PendingImport& p : ui.pending_imports)
        if (p.plan.id == first.id) files.push_back(p.file);
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
    ImGui::TextWrapped("%s", t("import.choice.intro", {{"name", here ? here->name : first.name},
                                                       {"count", std::to_string(files.size())}})
                                 .c_str());
    for (const std::string& f : files)
        ImGui::BulletText("%s", f.c_str());
    note(t("import.choice.merge_note"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    if (ImGui::Button((t("import.choice.keep_both") + "##import-keep-both").c_str())) {
        app.import_as_new();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(files.size() != 1);
    if (ImGui::Button((t("import.choice.replace") + "##import-replace").c_str()))
        app.replace_with_import();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((t("import.choice.merge") + "##import-merge").c_str())) app.merge_imports();
    ImGui::SameLine();
    if (ImGui::Button((t("common.cancel") + "##import-cancel").c_str())) app.drop_imports();
    if (ui.pending_imports.empty()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void draw_merge_dialog(App& app) {
    UiState& ui = app.ui();
    const Text& t = app.text();
    const std::string title = t("merge.title") + "###merge";
    if (ui.merging && !ImGui::IsPopupOpen(title.c_str())) ImGui::OpenPopup(title.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(
        ImVec2(std::min(980.0f, viewport->WorkSize.x * 0.94f), viewport->WorkSize.y * 0.86f),
        ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) return;
    if (!ui.merging) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    MergeUi& m = *ui.merging;
    const Merge& merge = m.merge;
    note(t("merge.intro", {{"name", merge.base.name}}));
    for (std::size_t g = 0; g < m.files.size(); ++g)
        ImGui::BulletText("%s", group_name(t, m, g).c_str());
    if (ImGui::Button((t("merge.add_group") + "##merge-add-group").c_str()))
        platform::open_file_picker();
    if (!m.problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
        ImGui::TextWrapped("%s", m.problem.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::TextWrapped("%s",
                       t("merge.status", {{"conflicts", std::to_string(merge.conflicts.size())},
                                          {"settled", std::to_string(merge.settled.size())},
                                          {"cleared", std::to_string(merge.cleared.size())}})
                           .c_str());
    if (!merge.conflicts.empty() && m.files.size() > 1) {
        for (std::size_t g = 0; g < m.files.size(); ++g) {
            const std::string label = t("merge.prefer", {{"number", std::to_string(g + 1)}}) +
                                      "##merge-prefer-" + std::to_string(g + 1);
            if (g) same_line_if_fits(button_width(label));
            if (ImGui::Button(label.c_str())) prefer_group(m.merge, g);
        }
    }

    const float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("merge-conflicts", ImVec2(0, -footer), ImGuiChildFlags_Border);
    // Copied: choosing a side merges again, replacing these lists mid-loop.
    const std::vector<MergeConflict> open = merge.conflicts;
    const std::vector<SettledConflict> settled = merge.settled;
    if (open.empty() && settled.empty()) note(t("merge.no_conflicts"));
    for (std::size_t i = 0; i < open.size(); ++i)
        draw_conflict(app, "conflict-" + std::to_string(i + 1), open[i], nullptr);
    if (!settled.empty()) ImGui::SeparatorText(t("merge.settled").c_str());
    for (std::size_t i = 0; i < settled.size(); ++i)
        draw_conflict(app, "settled-" + std::to_string(i + 1), settled[i].conflict,
                      &settled[i].side);
    ImGui::EndChild();

    ImGui::BeginDisabled(!merge.conflicts.empty() || m.files.empty());
    if (ImGui::Button((t("merge.finish") + "##merge-finish").c_str()) && app.finish_merge())
        ImGui::CloseCurrentPopup();
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((t("common.cancel") + "##merge-cancel").c_str())) {
        app.cancel_merge();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace fp::ui
