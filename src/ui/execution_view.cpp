// The Execution section: the campaign's phases, the tasks in them, the
// digital resources the tasks draw on, the budget with its totals, and the
// days nobody works.
#include "core/derived.h"
#include "ui/format.h"
#include "ui/item_table.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

void draw_phases(App& app, const Plan& plan) {
    ImGui::SeparatorText(app.text()("execution.phases").c_str());
    TableSpec<Phase> spec("phases", "phases", "table.add.phase");
    spec.columns = {{"name", "column.phases.name", 0},
                    {"kind", "column.phases.kind", 140},
                    {"dates/start", "column.phases.dates.start", 150},
                    {"dates/end", "column.phases.dates.end", 150}};
    spec.make = [&plan] {
        Phase p;
        // After the last phase, or at the start of the plan.
        const Date start =
            plan.phases.empty() ? plan.period.start : add_days(plan.phases.back().dates.end, 1);
        p.dates = {start, start};
        return p;
    };
    item_table(app, plan, plan.phases, spec);
}

void draw_tasks(App& app, const Plan& plan) {
    ImGui::SeparatorText(app.text()("execution.tasks").c_str());
    TableSpec<Task> spec("tasks", "tasks", "table.add.task");
    spec.columns = {{"title", "column.tasks.title", 0},
                    {"phase_id", "column.tasks.phase_id", 140},
                    {"dates/start", "column.tasks.dates.start", 150},
                    {"dates/end", "column.tasks.dates.end", 150},
                    {"owner", "column.tasks.owner", 110},
                    {"status", "column.tasks.status", 100},
                    {"budget", "column.tasks.budget", 120},
                    {"depends_on", "column.tasks.depends_on", 160},
                    {"resource_ids", "column.tasks.resource_ids", 160},
                    {"resources", "column.tasks.resources", 160, Show::Long},
                    {"outputs", "column.tasks.outputs", 180, Show::Long}};
    spec.make = [&plan] {
        Task t;
        t.dates = {plan.period.start, plan.period.start};
        return t;
    };
    item_table(app, plan, plan.tasks, spec);
}

void draw_resources(App& app, const Plan& plan) {
    ImGui::SeparatorText(app.text()("execution.resources").c_str());
    TableSpec<Resource> spec("resources", "resources", "table.add.resource");
    spec.columns = {{"type", "column.resources.type", 150},
                    {"examples", "column.resources.examples", 0, Show::Long},
                    {"department", "column.resources.department", 150},
                    {"availability", "column.resources.availability", 150}};
    spec.make = [] { return Resource{}; };
    item_table(app, plan, plan.resources, spec);
}

// The days the review date counts past. A plan made from a template starts
// with its market's public holidays; the button adds those a plan lacks
// (one made before, or moved to other dates).
void draw_non_working_days(App& app, const Plan& plan) {
    const Text& t = app.text();
    ImGui::SeparatorText(t("execution.non_working_days").c_str());
    note(t("execution.non_working_days_note"));
    if (ImGui::Button((t("execution.add_holidays") + "##add-holidays").c_str()))
        app.add_public_holidays();
    TableSpec<NonWorkingDay> spec("non_working_days", "non_working_days",
                                  "table.add.non_working_day");
    spec.columns = {{"date", "column.non_working_days.date", 170},
                    {"name", "column.non_working_days.name", 0}};
    spec.make = [&plan] {
        NonWorkingDay d;
        d.date = plan.period.start;
        return d;
    };
    item_table(app, plan, plan.non_working_days, spec);
}

void draw_budget(App& app, const Plan& plan) {
    const Text& t = app.text();
    ImGui::SeparatorText(t("execution.budget").c_str());
    plan_field(app, plan, "budget_total", t("execution.budget_total").c_str(), 180);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", plan.currency.c_str());
    const BudgetTotals& totals = app.budget();
    const Args lines = {{"amount", money_text(plan, totals.total)}, {"currency", plan.currency}};
    std::string summary;
    if (!plan.budget_total) {
        summary = t("execution.budget_lines.no_total", lines);
    } else if (const Money left = *plan.budget_total - totals.total; left >= 0) {
        Args args = lines;
        args.emplace_back("left", money_text(plan, left));
        summary = t("execution.budget_lines.unallocated", args);
    } else {
        Args args = lines;
        args.emplace_back("over", money_text(plan, -left));
        summary = t("execution.budget_lines.over", args);
    }
    note(summary);
    if (totals.task_budget_total > 0)
        note(t("execution.task_budgets", {{"amount", money_text(plan, totals.task_budget_total)},
                                          {"currency", plan.currency}}));

    TableSpec<BudgetLine> spec("budget", "budget", "table.add.budget_line");
    spec.columns = {{"label", "column.budget.label", 0},
                    {"stage", "column.budget.stage", 100},
                    {"channel_id", "column.budget.channel_id", 150},
                    {"phase_id", "column.budget.phase_id", 140},
                    {"amount", "column.budget.amount", 140}};
    spec.make = [] { return BudgetLine{}; };
    item_table(app, plan, plan.budget, spec);
}

} // namespace

void draw_execution(App& app) {
    const Plan& plan = *app.current();
    section_heading(section_title(app.text(), Section::Execution).c_str(),
                    app.text()("execution.question").c_str());
    draw_phases(app, plan);
    draw_tasks(app, plan);
    draw_resources(app, plan);
    draw_budget(app, plan);
    draw_non_working_days(app, plan);
}

} // namespace fp::ui
