// What the interface says about the browser's storage: a write it refused
// (full), records it holds that could not be read, and a plan another tab
// saved while this one had changes of its own. Each says what happened and
// what the user can do; plans change only through the App's operations.
#include "core/plan_format.h"
#include "ui/app.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace fp::ui {

namespace {

void warning(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void draw_storage_problem(App& app) {
    UiState& ui = app.ui();
    if (!ui.storage_problem) return;
    const Text& t = app.text();
    warning(t("storage.full.title"));
    ImGui::TextWrapped("%s", t("storage.full.what_to_do").c_str());
    ImGui::BulletText("%s", ui.storage_problem->c_str());
    if (const Plan* plan = app.current()) {
        if (ImGui::Button((t("storage.full.export") + "##storage-export").c_str()))
            app.export_plan(plan->id);
        ImGui::SameLine();
    }
    if (ImGui::SmallButton((t("plans.notice.dismiss") + "##storage-dismiss").c_str()))
        ui.storage_problem.reset();
    ImGui::Separator();
}

void draw_set_aside(App& app) {
    UiState& ui = app.ui();
    if (ui.set_aside.empty()) return;
    const Text& t = app.text();
    warning(t("storage.set_aside.title"));
    ImGui::TextWrapped("%s", t("storage.set_aside.what_to_do").c_str());
    for (std::size_t i = 0; i < ui.set_aside.size(); ++i) {
        const Session::Unrestored& why = ui.set_aside[i].why;
        ImGui::BulletText("%s", t("app.stored_plan_problem",
                                  {{"id", why.id},
                                   {"problem", why.problem ? t(description(*why.problem))
                                                           : t("app.stored_plan_same_id")}})
                                    .c_str());
        ImGui::Indent();
        const std::string label =
            t("storage.set_aside.download") + "##set-aside-" + std::to_string(i + 1);
        if (ImGui::Button(label.c_str())) app.download_set_aside(i);
        ImGui::Unindent();
    }
    if (ImGui::SmallButton((t("plans.notice.dismiss") + "##set-aside-dismiss").c_str()))
        ui.set_aside.clear();
    ImGui::Separator();
}

} // namespace

void draw_storage_banners(App& app) {
    draw_storage_problem(app);
    draw_set_aside(app);
}

void draw_storage_conflict_dialog(App& app) {
    UiState& ui = app.ui();
    const Text& t = app.text();
    const std::string title = t("storage.conflict.title") + "###storage-conflict";
    if (!ui.conflicts.empty() && !ImGui::IsPopupOpen(title.c_str()))
        ImGui::OpenPopup(title.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(640.0f, viewport->WorkSize.x * 0.94f), 0),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const Plan* plan =
        ui.conflicts.empty() ? nullptr : find_plan(app.workspace(), ui.conflicts.front().id);
    if (!plan) {
        // Settled, or the plan is gone here too: nothing is left to ask.
        if (!ui.conflicts.empty()) app.take_newer_copy();
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const bool deleted = !ui.conflicts.front().newer;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36);
    ImGui::TextWrapped("%s", t(deleted ? "storage.conflict.deleted" : "storage.conflict.changed",
                               {{"name", plan->name}})
                                 .c_str());
    note(t(deleted ? "storage.conflict.note_deleted" : "storage.conflict.note"));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const std::string take =
        t(deleted ? "storage.conflict.remove" : "storage.conflict.reload") + "##conflict-reload";
    if (ImGui::Button(take.c_str())) app.take_newer_copy();
    ImGui::SameLine();
    if (ImGui::Button((t("storage.conflict.keep") + "##conflict-keep").c_str()))
        app.keep_mine_as_new();
    if (ui.conflicts.empty()) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace fp::ui
