// The Execution section: the campaign's phases, the tasks in them, the
// digital resources the tasks draw on, and the budget with its totals.
#include "core/derived.h"
#include "core/money.h"
#include "ui/item_table.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

void draw_phases(App& app, const Plan& plan) {
    ImGui::SeparatorText("Phases");
    TableSpec<Phase> spec("phases", "phases", "phase");
    spec.columns = {{"name", "Phase", 0},
                    {"kind", "Kind", 140},
                    {"dates/start", "Starts", 150},
                    {"dates/end", "Ends", 150}};
    spec.make = [&plan] {
        Phase p;
        // After the last phase, or at the start of the plan.
        const Date start =
            plan.phases.empty() ? plan.period.start : add_days(plan.phases.back().dates.end, 1);
        p.dates = {start, start};
        return p;
    };
    spec.id_prefix = "ph";
    item_table(app, plan, plan.phases, spec);
}

void draw_tasks(App& app, const Plan& plan) {
    ImGui::SeparatorText("Tasks");
    TableSpec<Task> spec("tasks", "tasks", "task");
    spec.columns = {{"title", "Task", 0},
                    {"phase_id", "Phase", 140, Show::Auto, "phases"},
                    {"dates/start", "Starts", 150},
                    {"dates/end", "Ends", 150},
                    {"owner", "Owner", 110},
                    {"status", "Status", 100},
                    {"budget", "Budget", 120},
                    {"depends_on", "After", 160, Show::Auto, "tasks"},
                    {"resources", "Resources", 160, Show::Long},
                    {"outputs", "Expected outputs", 180, Show::Long}};
    spec.make = [&plan] {
        Task t;
        t.dates = {plan.period.start, plan.period.start};
        return t;
    };
    spec.id_prefix = "task";
    item_table(app, plan, plan.tasks, spec);
}

void draw_resources(App& app, const Plan& plan) {
    ImGui::SeparatorText("Digital resources");
    TableSpec<Resource> spec("resources", "resources", "resource");
    spec.columns = {{"type", "Type", 150},
                    {"examples", "Examples", 0, Show::Long},
                    {"department", "Owned by", 150},
                    {"availability", "Availability", 150}};
    spec.make = [] { return Resource{}; };
    spec.id_prefix = "res";
    item_table(app, plan, plan.resources, spec);
}

void draw_budget(App& app, const Plan& plan) {
    ImGui::SeparatorText("Budget");
    plan_field(app, plan, "budget_total", "Total budget", 180);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", plan.currency.c_str());
    const BudgetTotals& totals = app.budget();
    const std::string lines = format_money(totals.total, plan.currency, numbers_of(plan));
    if (plan.budget_total) {
        const Money left = *plan.budget_total - totals.total;
        ImGui::TextDisabled(
            "Budget lines: %s %s. %s", lines.c_str(), plan.currency.c_str(),
            left >= 0
                ? ("Unallocated: " + format_money(left, plan.currency, numbers_of(plan))).c_str()
                : ("Over the total by " + format_money(-left, plan.currency, numbers_of(plan)))
                      .c_str());
    } else {
        ImGui::TextDisabled("Budget lines: %s %s. Set a total to check them against.",
                            lines.c_str(), plan.currency.c_str());
    }
    if (totals.task_budget_total > 0)
        ImGui::TextDisabled(
            "Tasks' own budgets add up to %s %s.",
            format_money(totals.task_budget_total, plan.currency, numbers_of(plan)).c_str(),
            plan.currency.c_str());

    TableSpec<BudgetLine> spec("budget", "budget", "budget line");
    spec.columns = {{"label", "Item", 0},
                    {"stage", "Stage", 100},
                    {"channel_id", "Channel", 150, Show::Auto, "channels"},
                    {"phase_id", "Phase", 140, Show::Auto, "phases"},
                    {"amount", "Amount", 140}};
    spec.make = [] { return BudgetLine{}; };
    spec.id_prefix = "bud";
    item_table(app, plan, plan.budget, spec);
}

} // namespace

void draw_execution(App& app) {
    const Plan& plan = *app.current();
    section_heading("Execution", "Who does what, when, with which resources and money?");
    draw_phases(app, plan);
    draw_tasks(app, plan);
    draw_resources(app, plan);
    draw_budget(app, plan);
}

} // namespace fp::ui
