// The main window: the list of plans on the left (create, open, import), the
// open plan on the right, the plan commands (rename, duplicate, export,
// delete) and their dialogs, and the notice line.
#include "core/date_format.h"
#include "core/templates.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/fields.h"
#include "ui/format.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace fp::ui {

namespace {

constexpr float kSidebarWidth = 250;

// The event an event-anchored template is placed around: 11.11 or 6.18, each
// on its next occurrence, or a date of the user's.
TemplateOptions draw_event_picker(App& app) {
    UiState& ui = app.ui();
    const Text& text = app.text();
    const Date today = platform::today();
    ImGui::TextUnformatted(text("plans.new.event").c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text("plans.new.event.hint").c_str());
    TemplateOptions options;
    // Until the user picks, the sale that comes first, as fpcli and
    // createPlan() choose without an event.
    if (ui.new_plan_event == UiState::kNextSale) ui.new_plan_event = next_sale(today).name;
    for (const SaleDay& sale : kSaleDays) {
        const Date next = next_sale_day(sale, today);
        const std::string label =
            text("plans.new.event.sale", {{"name", std::string(sale.name)},
                                          {"date", format_local_date(next, text.language())}}) +
            "##event-" + std::string(sale.name);
        if (ImGui::RadioButton(label.c_str(), ui.new_plan_event == sale.name))
            ui.new_plan_event = sale.name;
        if (ui.new_plan_event == sale.name) options.event = next;
    }
    if (ImGui::RadioButton((text("plans.new.event.date") + "##event-date").c_str(),
                           ui.new_plan_event.empty()))
        ui.new_plan_event.clear();
    if (ui.new_plan_event.empty()) {
        if (!ui.new_plan_event_date) ui.new_plan_event_date = next_sale_event(today);
        ImGui::SetNextItemWidth(-FLT_MIN);
        date_field(
            text, text.language(), ui, "##new-plan-event", ui.new_plan_event_date,
            [&](const std::string& typed) -> std::string {
                if (const std::optional<Date> date = parse_date(typed))
                    ui.new_plan_event_date = date;
                return "";
            },
            false);
        options.event = ui.new_plan_event_date;
    }
    return options;
}

void draw_sidebar(App& app) {
    UiState& ui = app.ui();
    const Text& text = app.text();
    ImGui::SetWindowFontScale(1.35f);
    ImGui::TextUnformatted("Funnelplan"); // the product's name, the same in every language
    ImGui::SetWindowFontScale(1.0f);
    note(text("plans.tagline"));
    ImGui::Spacing();

    ImGui::SeparatorText(text("plans.new").c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter =
        ImGui::InputTextWithHint("##New plan name", text("plans.new.name_hint").c_str(),
                                 &ui.new_plan_name, ImGuiInputTextFlags_EnterReturnsTrue);
    const TemplateSource* chosen = find_template(ui.new_plan_template);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (begin_picker("##Template", chosen ? text(template_title_key(chosen->key)) : "")) {
        for (const TemplateSource& t : builtin_templates()) {
            const std::string label =
                text(template_title_key(t.key)) + "##template-" + std::string(t.key);
            if (ImGui::Selectable(label.c_str(), chosen == &t)) ui.new_plan_template = t.key;
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", text(template_summary_key(t.key)).c_str());
        }
        end_picker();
    }
    const TemplateOptions options = chosen && chosen->dates == TemplateDates::Event
                                        ? draw_event_picker(app)
                                        : TemplateOptions{};
    if (ImGui::Button((text("plans.create") + "##create-plan").c_str(), ImVec2(-FLT_MIN, 0)) ||
        enter) {
        app.create(ui.new_plan_name, ui.new_plan_template, options);
        ui.new_plan_name.clear();
    }
    if (ImGui::Button((text("menu.plan.import") + "##import-plan").c_str(), ImVec2(-FLT_MIN, 0)))
        platform::open_file_picker();
    note(text("plans.import.drop"));

    ImGui::SeparatorText(text("plans.title").c_str());
    const Workspace& ws = app.workspace();
    if (ws.plans.empty()) note(text("plans.empty"));
    const Plan* current = app.current();
    std::string open_id;
    for (const Plan& plan : ws.plans) {
        // A long name ends in "..." and shows whole on hover.
        const std::string shown = charts::fit_text(plan.name, ImGui::GetContentRegionAvail().x);
        const std::string label = shown + "##" + plan.id;
        if (ImGui::Selectable(label.c_str(), current && current->id == plan.id)) open_id = plan.id;
        if (shown != plan.name && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", plan.name.c_str());
    }
    if (!open_id.empty()) app.open(open_id);
}

void draw_notice(App& app) {
    std::optional<Notice>& notice = app.ui().notice;
    if (!notice) return;
    const ImVec4 tint =
        notice->error ? ImVec4(0.80f, 0.15f, 0.12f, 1) : ImVec4(0.10f, 0.50f, 0.25f, 1);
    ImGui::PushStyleColor(ImGuiCol_Text, tint);
    ImGui::TextWrapped("%s", notice->title.c_str());
    ImGui::PopStyleColor();
    // Wrapped under the bullet: a problem's place and message together are
    // often wider than the window.
    for (const std::string& line : notice->lines) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());
    }
    if (ImGui::SmallButton(app.text()("plans.notice.dismiss").c_str())) notice.reset();
    ImGui::Separator();
}

// Above a plan opened from a share link: what it is, and what can be done.
void draw_shared_banner(App& app) {
    if (!app.read_only()) return;
    const Text& t = app.text();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.16f, 0.40f, 0.80f, 1));
    ImGui::TextWrapped("%s", t("shared.banner").c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button((t("shared.import") + "##shared-import").c_str())) app.import_shared();
    ImGui::SameLine();
    if (ImGui::Button((t("shared.close") + "##shared-close").c_str())) app.close_shared();
    ImGui::Separator();
}

void draw_plan_commands(App& app, const Plan& plan) {
    UiState& ui = app.ui();
    const Text& text = app.text();
    // The menu's commands, so they share its words; the row wraps where a
    // language's words do not fit one line.
    bool first = true;
    const auto button = [&](const char* key, const char* id) {
        const std::string label = text(key) + "##" + id;
        if (!first) same_line_if_fits(button_width(label));
        first = false;
        return ImGui::Button(label.c_str());
    };
    if (button("menu.plan.rename", "plan-rename")) {
        ui.rename_buffer = plan.name;
        ui.request_rename = true;
    }
    if (button("menu.plan.duplicate", "plan-duplicate")) app.duplicate(plan.id);
    if (button("menu.plan.export", "plan-export")) app.export_plan(plan.id);
    if (button("menu.plan.delete", "plan-delete")) ui.request_delete = true;
    ImGui::BeginDisabled(!app.can_undo());
    if (button("menu.edit.undo", "plan-undo")) app.undo();
    ImGui::EndDisabled();
    ImGui::BeginDisabled(!app.can_redo());
    if (button("menu.edit.redo", "plan-redo")) app.redo();
    ImGui::EndDisabled();
    const std::size_t open = app.findings().size();
    const std::string findings =
        text("plans.findings", {{"count", count_text(plan, static_cast<double>(open))}}) +
        "##findings-toggle";
    same_line_if_fits(button_width(findings));
    if (ImGui::Button(findings.c_str())) ui.show_findings = !ui.show_findings;
    const float search_width = ImGui::GetFontSize() * 12;
    same_line_if_fits(search_width);
    if (ui.search_requested) {
        ImGui::SetKeyboardFocusHere();
        ui.search_requested = false;
    }
    ImGui::SetNextItemWidth(search_width);
    ImGui::InputTextWithHint("##search", text("plans.search_hint").c_str(), &ui.search);
    const std::string status = text(app.saving() ? "plans.saving" : "plans.saved");
    same_line_if_fits(ImGui::CalcTextSize(status.c_str()).x);
    ImGui::TextDisabled("%s", status.c_str());
}

// The same commands as menus, with their shortcuts.
void draw_menu_bar(App& app) {
    UiState& ui = app.ui();
    if (!ImGui::BeginMenuBar()) return;
    const Plan* plan = app.current();
    const Text& text = app.text();
    if (ImGui::BeginMenu((text("menu.plan") + "##menu-plan").c_str())) {
        if (ImGui::MenuItem(text("menu.plan.import").c_str())) platform::open_file_picker();
        if (ImGui::MenuItem(text("menu.plan.export").c_str(), nullptr, false, plan))
            app.export_plan(plan->id);
        if (ImGui::MenuItem((text("menu.plan.export_tables") + "##menu-export-tables").c_str(),
                            nullptr, false, plan))
            app.export_tables(plan->id);
        if (ImGui::MenuItem((text("menu.plan.merge") + "##menu-merge").c_str(), nullptr, false,
                            plan))
            app.start_merge();
        if (ImGui::MenuItem((text("menu.plan.share_link") + "##menu-share-link").c_str(), nullptr,
                            false, plan))
            app.copy_share_link();
        ImGui::Separator();
        if (ImGui::MenuItem((text("menu.plan.print") + "##menu-print-plan").c_str(), nullptr, false,
                            plan))
            app.print_plan();
        if (ImGui::MenuItem((text("menu.plan.print_review") + "##menu-print-review").c_str(),
                            nullptr, false, plan))
            app.print_review();
        ImGui::Separator();
        if (ImGui::MenuItem(text("menu.plan.duplicate").c_str(), nullptr, false, plan))
            app.duplicate(plan->id);
        if (ImGui::MenuItem((text("menu.plan.next") + "##menu-next-plan").c_str(), nullptr, false,
                            plan))
            ui.next_plan.requested = true;
        if (ImGui::MenuItem(text("menu.plan.rename").c_str(), nullptr, false, plan)) {
            ui.rename_buffer = plan->name;
            ui.request_rename = true;
        }
        if (ImGui::MenuItem(text("menu.plan.delete").c_str(), nullptr, false, plan))
            ui.request_delete = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu((text("menu.edit") + "##menu-edit").c_str())) {
        if (ImGui::MenuItem(text("menu.edit.undo").c_str(), "Ctrl+Z", false, app.can_undo()))
            app.undo();
        if (ImGui::MenuItem(text("menu.edit.redo").c_str(), "Ctrl+Shift+Z", false, app.can_redo()))
            app.redo();
        ImGui::Separator();
        if (ImGui::MenuItem(text("menu.edit.find").c_str(), "Ctrl+F", false, plan))
            ui.search_requested = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu((text("menu.view") + "##menu-view").c_str())) {
        for (Section s : kSections)
            if (ImGui::MenuItem(section_title(text, s).c_str(), nullptr, ui.section == s, plan))
                ui.section = s, ui.focus.reset();
        ImGui::Separator();
        ImGui::MenuItem(text("menu.view.findings").c_str(), nullptr, &ui.show_findings);
        if (ImGui::BeginMenu((text("menu.view.language") + "##menu-language").c_str())) {
            for (const Language& l : kLanguages)
                if (ImGui::MenuItem((std::string(l.name) + "##language-" + l.code).c_str(), nullptr,
                                    text.language() == l.code))
                    app.set_language(l.code);
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void draw_dialogs(App& app, const Plan& plan) {
    UiState& ui = app.ui();
    const Text& text = app.text();
    // "###" ids: the dialogs and the name being typed stay open when the
    // language changes under them.
    const std::string rename = text("plans.rename.title") + "###rename-plan";
    const std::string remove = text("plans.delete.title") + "###delete-plan";
    if (ui.request_rename) ImGui::OpenPopup(rename.c_str()), ui.request_rename = false;
    if (ui.request_delete) ImGui::OpenPopup(remove.c_str()), ui.request_delete = false;

    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal(rename.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(360);
        const bool enter =
            ImGui::InputText((text("plans.rename.new_name") + "###new-name").c_str(),
                             &ui.rename_buffer, ImGuiInputTextFlags_EnterReturnsTrue);
        const bool valid = !ui.rename_buffer.empty();
        ImGui::BeginDisabled(!valid);
        if (ImGui::Button(text("plans.rename.save").c_str()) || (enter && valid)) {
            app.edit(edit::Set{"name", ui.rename_buffer});
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(text("common.cancel").c_str()) || ImGui::IsKeyPressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }

    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal(remove.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(text("plans.delete.question", {{"name", plan.name}}).c_str());
        note(text("plans.delete.warning"));
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.78f, 0.20f, 0.16f, 1));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.86f, 0.26f, 0.20f, 1));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        const bool confirmed = ImGui::Button(text("plans.delete.confirm").c_str());
        ImGui::PopStyleColor(3);
        if (confirmed) {
            app.remove(plan.id);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(text("plans.delete.keep").c_str()) ||
            ImGui::IsKeyPressed(ImGuiKey_Escape))
            ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    draw_next_plan_dialog(app, plan);
    draw_import_choice_dialog(app);
    draw_merge_dialog(app);
}

} // namespace

void draw_main_window(App& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar;
    ImGui::Begin("Funnelplan", nullptr, flags);
    draw_menu_bar(app);

    ImGui::BeginChild("sidebar", ImVec2(kSidebarWidth, 0), ImGuiChildFlags_Border);
    draw_sidebar(app);
    ImGui::EndChild();
    ImGui::SameLine();

    ImGui::BeginChild("content", ImVec2(0, 0), ImGuiChildFlags_Border);
    draw_storage_banners(app);
    draw_notice(app);
    if (const Plan* plan = app.current()) {
        draw_shared_banner(app);
        draw_plan_commands(app, *plan);
        ImGui::Separator();
        draw_plan_view(app);
        // The plan may be gone after a delete; dialogs read it again.
        if (const Plan* still = app.current()) draw_dialogs(app, *still);
    } else {
        ImGui::Spacing();
        ImGui::TextWrapped("%s", app.text()("plans.welcome").c_str());
    }
    draw_storage_conflict_dialog(app);
    ImGui::EndChild();
    ImGui::End();
}

} // namespace fp::ui
