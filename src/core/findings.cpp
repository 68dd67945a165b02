#include "findings.h"

#include "date_format.h"
#include "derived.h"
#include "forecast.h"
#include "lists.h"
#include "money.h"
#include "place.h"
#include "vocabulary.h"

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

// KPIs due before the figure they report stops counting: a 30-day
// repurchase rate reported two weeks after the sale is a number still
// growing, and the review would judge the campaign on half of it.
void unfinished_kpis(const Plan& plan, std::vector<Finding>& out) {
    for (const Kpi& k : plan.kpis)
        if (k.deadline && k.counted_until && *k.deadline < *k.counted_until)
            out.push_back({FindingKind::Kpi,
                           {"kpis", k.id, "deadline"},
                           Message{"finding.kpi_due_early",
                                   {{"deadline", format_local_date(*k.deadline, plan.language)},
                                    {"until", format_local_date(*k.counted_until, plan.language)}}},
                           about("finding.title.kpi", k.metric, k.id)});
}

// The source's rule for a campaign's phases (seed 004, step three): a
// warm-up of 7 to 10 days before the event, a burst of 3 to 5 days, a
// follow-through of about 7 days after it.
struct PhaseRule {
    PhaseKind kind;
    int from; // days, both ends of the phase counted
    int to;
    const char* key; // "finding.phase_short.<kind>", "finding.phase_long.<kind>"
};
constexpr PhaseRule kPhaseRules[] = {{PhaseKind::WarmUp, 7, 10, "warm_up"},
                                     {PhaseKind::Burst, 3, 5, "burst"},
                                     {PhaseKind::FollowThrough, 7, 7, "follow_through"}};

// Phases much shorter or longer than the rule: under half its shortest or
// over twice its longest (a warm-up of 3 days or of 21, a burst of 1 or
// 11, a follow-through of 3 or 15). A day or two either way is a planner's
// call (a weekend, a platform's calendar) and the rule says "about"; a
// burst three weeks long no longer concentrates spend and attention, and a
// one-day warm-up builds no interest, which is what the rule is for. Custom
// phases follow no rule.
void phase_lengths(const Plan& plan, std::vector<Finding>& out) {
    for (const Phase& p : plan.phases) {
        const auto rule = std::find_if(std::begin(kPhaseRules), std::end(kPhaseRules),
                                       [&](const PhaseRule& r) { return r.kind == p.kind; });
        if (rule == std::end(kPhaseRules)) continue;
        const int days = days_between(p.dates.start, p.dates.end) + 1;
        const bool short_ = 2 * days < rule->from;
        if (!short_ && days <= 2 * rule->to) continue;
        const std::string count = std::to_string(days);
        // "1 day", "3 days": each of the six languages takes its singular for 1 alone.
        out.push_back(
            {FindingKind::Schedule,
             {"phases", p.id, "dates"},
             Message{std::string(short_ ? "finding.phase_short." : "finding.phase_long.") +
                         rule->key,
                     {},
                     {{"length", Message{days == 1 ? "finding.days.one" : "finding.days.other",
                                         {{"count", count}}}}}},
             about("finding.title.phase", p.name, p.id)});
    }
}

// Resources the inventory lists that no task uses, and tasks that need a
// resource still to be acquired. The inventory exists so that nothing on
// hand is bought again and nothing missing is noticed late; both checks
// start once some task names its resources, so that plans written before
// tasks could are not flagged on every resource.
void resource_use(const Plan& plan, std::vector<Finding>& out) {
    std::unordered_set<std::string_view> used;
    for (const Task& t : plan.tasks)
        used.insert(t.resource_ids.begin(), t.resource_ids.end());
    if (used.empty()) return;
    std::unordered_map<std::string_view, const Resource*> by_id;
    for (const Resource& r : plan.resources) {
        by_id.emplace(r.id, &r);
        if (!used.count(r.id))
            out.push_back({FindingKind::Resource,
                           {"resources", r.id, "examples"},
                           Message{"finding.resource_unused"},
                           about("finding.title.resource", r.examples, r.id)});
    }
    for (const Task& t : plan.tasks)
        for (const std::string& id : t.resource_ids) {
            const auto r = by_id.find(id);
            if (r == by_id.end() || r->second->availability != Availability::ToAcquire) continue;
            const Resource& res = *r->second;
            out.push_back({FindingKind::Schedule,
                           {"tasks", t.id, "resource_ids"},
                           Message{"finding.resource_to_acquire",
                                   {{"name", res.examples.empty() ? res.id : res.examples}}},
                           about("finding.title.task", t.title, t.id)});
        }
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
    phase_lengths(plan, out);
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
    unfinished_kpis(plan, out);
    unmeasured_kpis(plan, out);
    resource_use(plan, out);
    return out;
}

} // namespace fp
