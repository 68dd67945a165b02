// Figures derived from a plan and findings about it: budget totals, KPI
// achievement, the SMART check of each objective and the schedule checks.
// Pure functions of the plan; the interface, fpcli and reports all use these.
#pragma once

#include "message.h"
#include "model.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fp {

struct BudgetTotals {
    Money total = 0;                         // all budget lines
    std::array<Money, 5> by_stage{};         // indexed by Stage
    std::map<std::string, Money> by_channel; // channel id ("" for lines without one)
    std::map<std::string, Money> by_phase;   // phase id ("" for lines without one)
    Money over_by = 0;           // how far the lines exceed the plan's budget_total, else 0
    Money task_budget_total = 0; // the tasks' own budgets, a cross-check on the lines
};
BudgetTotals budget_totals(const Plan& plan);

// actual/target, or target/actual when lower is better; nothing when either is
// missing or the ratio means nothing (a zero or negative denominator).
std::optional<double> achievement(const Kpi& kpi);
// The rate as a whole percentage, rounded half up: 0.8333 -> 83, 1.2 -> 120.
int achievement_percent(double rate);

struct SmartLetter {
    char letter; // 'S', 'M', 'A', 'R' or 'T'
    bool pass;
    Message reason; // why it fails; empty when it passes
};
struct SmartCheck {
    std::string objective_id;
    std::array<SmartLetter, 5> letters;
    bool passes() const;
};
SmartCheck check_smart(const Plan& plan, const Objective& objective);
std::vector<SmartCheck> check_all_smart(const Plan& plan);

// A conflict in the schedule, at the JSON Pointer of the field concerned.
struct ScheduleFinding {
    std::string path;
    std::vector<std::string> item_ids; // the items involved
    Message message;
};
// Phases outside the plan period, tasks outside their phase (or the period),
// tasks starting before a predecessor ends, and circular dependencies.
std::vector<ScheduleFinding> check_schedule(const Plan& plan);

} // namespace fp
