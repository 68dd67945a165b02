#include "findings.h"

#include "derived.h"
#include "forecast.h"
#include "lists.h"
#include "money.h"
#include "place.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

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

// A return per unit of spend to two significant decimals: "0.32", "0.048".
std::string two_significant(double x, const Numbers& numbers) {
    const int decimals =
        x >= 0.1 || x <= 0 ? 2 : std::min(6, 1 - static_cast<int>(std::floor(std::log10(x))));
    return format_number(x, decimals, numbers);
}

// Spend-driven channels whose planned spend's last unit returns less than 1
// in revenue: less spend there would save more than it loses. Only where
// returns diminish (a half saturation): a straight line returns the same on
// every unit, and a channel forecast to earn nothing lacks inputs instead.
void below_cost_channels(const Plan& plan, const Forecast& f, std::vector<Finding>& out) {
    const Numbers numbers = numbers_of(plan);
    for (std::size_t i = 0; i < f.channels.size() && i < plan.channels.size(); ++i) {
        const ChannelForecast& c = f.channels[i];
        const ResponseCurve& curve = c.revenue_curve;
        const double spend = c.total.spend;
        if (!c.spend_driven || curve.kappa <= 0 || curve.beta <= 0 || !(spend > 0)) continue;
        const double marginal = marginal_response(curve, spend);
        if (!(marginal < 1)) continue;
        const Channel& ch = plan.channels[i];
        out.push_back({FindingKind::Budget,
                       {"channels", ch.id, "inputs/half_saturation"},
                       Message{"finding.channel_below_cost",
                               {{"name", ch.name.empty() ? ch.id : ch.name},
                                {"marginal", two_significant(marginal, numbers)}}},
                       Message{"finding.title.budget"}});
    }
}

// KPIs no item of the measurement plan feeds: nobody has said how their
// numbers will be collected. Checked only once a plan has a measurement
// plan, so that plans written before it are not flagged on every KPI.
void unmeasured_kpis(const Plan& plan, std::vector<Finding>& out) {
    if (plan.measurements.empty()) return;
    std::unordered_set<std::string_view> fed;
    for (const Measurement& m : plan.measurements)
        fed.insert(m.kpi_ids.begin(), m.kpi_ids.end());
    for (const Kpi& k : plan.kpis)
        if (!fed.count(k.id))
            out.push_back({FindingKind::Kpi,
                           {"kpis", k.id, "source"},
                           Message{"finding.kpi_unmeasured"},
                           about("finding.title.kpi", k.metric, k.id)});
}

} // namespace

std::vector<Finding> plan_findings(const Plan& plan) {
    return plan_findings(plan, forecast_plan(plan, {}, 0));
}

std::vector<Finding> plan_findings(const Plan& plan, const Forecast& forecast) {
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
    below_cost_channels(plan, forecast, out);
    for (const Kpi& k : plan.kpis) {
        const std::optional<double> rate = achievement(k);
        if (rate && *rate < 1.0)
            out.push_back({FindingKind::Kpi,
                           {"kpis", k.id, "actual"},
                           Message{"finding.kpi_below",
                                   {{"percent", std::to_string(achievement_percent(*rate))}}},
                           about("finding.title.kpi", k.metric, k.id)});
    }
    unmeasured_kpis(plan, out);
    return out;
}

} // namespace fp
