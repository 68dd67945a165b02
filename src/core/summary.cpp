#include "summary.h"

#include "derived.h"
#include "model_json.h"
#include "vocabulary.h"

namespace fp {

Json summary_json(const Plan& plan) {
    const BudgetTotals totals = budget_totals(plan);
    Json by_stage = Json::object();
    for (Stage s : kStages)
        by_stage[std::string(enum_key(s))] = totals.by_stage[static_cast<int>(s)];
    Json budget = {{"total", totals.total},      {"plan_total", to_json(plan.budget_total)},
                   {"over_by", totals.over_by},  {"tasks_total", totals.task_budget_total},
                   {"by_stage", by_stage},       {"by_channel", totals.by_channel},
                   {"by_phase", totals.by_phase}};

    Json kpis = Json::array();
    for (const Kpi& k : plan.kpis) {
        const std::optional<double> rate = achievement(k);
        kpis.push_back({{"id", k.id},
                        {"metric", k.metric},
                        {"target", to_json(k.target)},
                        {"actual", to_json(k.actual)},
                        {"direction", enum_key(k.direction)},
                        {"achievement", to_json(rate)},
                        {"percent", rate ? Json(achievement_percent(*rate)) : Json(nullptr)},
                        {"under_target", rate ? Json(*rate < 1.0) : Json(nullptr)}});
    }

    Json smart = Json::array();
    for (const SmartCheck& check : check_all_smart(plan)) {
        Json failing = Json::array();
        for (const SmartLetter& letter : check.letters)
            if (!letter.pass)
                failing.push_back({{"letter", std::string(1, letter.letter)},
                                   {"reason", english(letter.reason)}});
        smart.push_back({{"objective_id", check.objective_id},
                         {"passes", check.passes()},
                         {"failing", failing}});
    }

    Json schedule = Json::array();
    for (const ScheduleFinding& f : check_schedule(plan))
        schedule.push_back(
            {{"path", f.path}, {"items", f.item_ids}, {"message", english(f.message)}});

    return {{"plan",
             {{"id", plan.id},
              {"name", plan.name},
              {"currency", plan.currency},
              {"period", to_json(plan.period)}}},
            {"budget", budget},
            {"kpis", kpis},
            {"smart", smart},
            {"schedule", schedule}};
}

} // namespace fp
