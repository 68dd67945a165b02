#include "findings.h"

#include "derived.h"
#include "lists.h"
#include "money.h"
#include "place.h"

#include <unordered_map>

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

// `Objective "Grow sales"`: what a finding concerns, by the item's name.
Message about(const char* key, const std::string& name, const std::string& id) {
    return Message{key, {{"name", name.empty() ? id : name}}};
}

} // namespace

std::vector<Finding> plan_findings(const Plan& plan) {
    std::vector<Finding> out;
    const std::vector<SmartCheck> smart = check_all_smart(plan);
    for (std::size_t i = 0; i < smart.size(); ++i) {
        const Objective& o = plan.objectives[i];
        for (const SmartLetter& l : smart[i].letters)
            if (!l.pass)
                out.push_back({FindingKind::Smart,
                               {"objectives", o.id, smart_field(l.letter)},
                               Message{"finding.smart",
                                       {{"letter", std::string(1, l.letter)}},
                                       {{"reason", l.reason}}},
                               about("finding.title.objective", o.statement, o.id)});
    }
    // Each schedule finding is titled by the item it is about, named as its list names items.
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> names;
    for (const ScheduleFinding& s : check_schedule(plan)) {
        Finding f{FindingKind::Schedule, {}, s.message, Message{"finding.title.schedule"}};
        const std::optional<Place> place = place_of_pointer(plan, s.path);
        const ListInfo* list = place ? find_list(place->list) : nullptr;
        if (list) {
            f.place = {place->list, place->item_id, std::string(place->top_field())};
            auto& named = names[f.place.list];
            if (named.empty())
                for (auto& [id, name] : names_in(plan, f.place.list))
                    named.emplace(std::move(id), std::move(name));
            f.title = about((std::string("finding.title.") + list->noun).c_str(),
                            named[f.place.item_id], f.place.item_id);
        }
        out.push_back(std::move(f));
    }
    const BudgetTotals budget = budget_totals(plan);
    if (budget.over_by > 0) {
        const Numbers numbers = numbers_of(plan);
        out.push_back(
            {FindingKind::Budget,
             {"", "", "budget_total"},
             Message{"finding.budget_over",
                     {{"total", format_money(budget.total, plan.currency, numbers)},
                      {"currency", plan.currency},
                      {"over", format_money(budget.over_by, plan.currency, numbers)},
                      {"budget", format_money(*plan.budget_total, plan.currency, numbers)}}},
             Message{"finding.title.budget"}});
    }
    for (const Kpi& k : plan.kpis) {
        const std::optional<double> rate = achievement(k);
        if (rate && *rate < 1.0)
            out.push_back({FindingKind::Kpi,
                           {"kpis", k.id, "actual"},
                           Message{"finding.kpi_below",
                                   {{"percent", std::to_string(achievement_percent(*rate))}}},
                           about("finding.title.kpi", k.metric, k.id)});
    }
    return out;
}

} // namespace fp
