#include "findings.h"

#include "derived.h"
#include "money.h"

#include <cstdlib>

namespace fp {

namespace {

const char* smart_field(char letter) {
    switch (letter) {
    case 'S':
        return "statement";
    case 'M':
        return "metric";
    case 'A':
        return "target";
    case 'R':
        return "statement";
    default:
        return "deadline";
    }
}

std::string named(const std::string& name, const std::string& id) {
    return name.empty() ? id : name;
}

// "/plan/tasks/3/dates" -> list "tasks", index 3, field "dates"
bool split_pointer(const std::string& path, std::string& list, std::size_t& index,
                   std::string& field) {
    const std::string prefix = "/plan/";
    if (path.compare(0, prefix.size(), prefix) != 0) return false;
    const std::size_t a = path.find('/', prefix.size());
    if (a == std::string::npos) return false;
    const std::size_t b = path.find('/', a + 1);
    list = path.substr(prefix.size(), a - prefix.size());
    index = std::strtoul(path.c_str() + a + 1, nullptr, 10);
    field = b == std::string::npos ? "" : path.substr(b + 1, path.find('/', b + 1) - b - 1);
    return true;
}

} // namespace

std::vector<Finding> plan_findings(const Plan& plan) {
    std::vector<Finding> out;
    const std::vector<SmartCheck> smart = check_all_smart(plan);
    for (std::size_t i = 0; i < smart.size(); ++i) {
        const Objective& o = plan.objectives[i];
        for (const SmartLetter& l : smart[i].letters)
            if (!l.pass)
                out.push_back({FindingKind::Smart, "objectives", o.id, smart_field(l.letter),
                               std::string(1, l.letter) + ": " + l.reason,
                               "Objective \"" + named(o.statement, o.id) + "\""});
    }
    for (const ScheduleFinding& s : check_schedule(plan)) {
        Finding f{FindingKind::Schedule, "", "", "", s.message, "Schedule"};
        std::size_t index = 0;
        if (split_pointer(s.path, f.list, index, f.field)) {
            if (f.list == "tasks" && index < plan.tasks.size()) {
                f.item_id = plan.tasks[index].id;
                f.title = "Task \"" + named(plan.tasks[index].title, f.item_id) + "\"";
            } else if (f.list == "phases" && index < plan.phases.size()) {
                f.item_id = plan.phases[index].id;
                f.title = "Phase \"" + named(plan.phases[index].name, f.item_id) + "\"";
            }
        }
        out.push_back(std::move(f));
    }
    const BudgetTotals budget = budget_totals(plan);
    if (budget.over_by > 0)
        out.push_back({FindingKind::Budget, "", "", "budget_total",
                       "the budget lines add up to " +
                           format_money(budget.total, plan.currency, numbers_of(plan)) + " " +
                           plan.currency + ", " +
                           format_money(budget.over_by, plan.currency, numbers_of(plan)) +
                           " over the total of " +
                           format_money(*plan.budget_total, plan.currency, numbers_of(plan)),
                       "Budget"});
    for (const Kpi& k : plan.kpis) {
        const std::optional<double> rate = achievement(k);
        if (rate && *rate < 1.0)
            out.push_back({FindingKind::Kpi, "kpis", k.id, "actual",
                           "at " + std::to_string(achievement_percent(*rate)) + "% of its target",
                           "KPI \"" + named(k.metric, k.id) + "\""});
    }
    return out;
}

} // namespace fp
