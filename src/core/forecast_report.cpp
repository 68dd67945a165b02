#include "forecast_report.h"

#include "model_json.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace fp {

namespace {

double counted(double v) {
    return std::round(v * 100) / 100;
}
Json amount(double minor) {
    return Json(static_cast<Money>(std::llround(minor)));
}
Json maybe(const std::optional<double>& v, bool money) {
    if (!v) return nullptr;
    return money ? amount(*v) : Json(std::round(*v * 10000) / 10000);
}

// A return per unit of spend to six significant digits: orders per minor
// unit are tiny, and rounding them to decimals hid whether they were equal.
double significant(double v) {
    if (v == 0 || !std::isfinite(v)) return v;
    const double scale = std::pow(10.0, 5 - std::floor(std::log10(std::fabs(v))));
    return std::round(v * scale) / scale;
}

// What a marginal return or a target ROAS counts. Money per money is the
// same in any unit; orders are per minor unit, as every amount in the JSON.
std::string return_unit(Goal goal, const std::string& currency) {
    switch (goal) {
    case Goal::Orders:
        return "orders per 1 minor unit of " + currency + " spent";
    case Goal::Profit:
        return "profit after spend per 1 " + currency + " spent";
    case Goal::Revenue:
        break;
    }
    return "revenue per 1 " + currency + " spent";
}

Json funnel_json(const FunnelFigures& f) {
    return {{"spend", amount(f.spend)},    {"impressions", counted(f.impressions)},
            {"clicks", counted(f.clicks)}, {"visits", counted(f.visits)},
            {"carts", counted(f.carts)},   {"orders", counted(f.orders)},
            {"revenue", amount(f.revenue)}};
}

Json ratios_json(const Ratios& r) {
    return {{"roas", maybe(r.roas, false)},
            {"roi", maybe(r.roi, false)},
            {"cost_per_order", maybe(r.cost_per_order, true)},
            {"cac", maybe(r.cac, true)},
            {"new_customers", counted(r.new_customers)},
            {"returning_value", amount(r.returning_value)},
            {"gross_profit", amount(r.gross_profit)}};
}

// Figures with their range beside them: `low` and `high` hold the same
// figures at the range's ends.
Json ranged(Json figures, Json low, Json high) {
    figures["low"] = std::move(low);
    figures["high"] = std::move(high);
    return figures;
}
Json total_json(const FunnelFigures& f, const FigureRange& r) {
    return ranged(funnel_json(f), funnel_json(r.low), funnel_json(r.high));
}
Json ratios_json(const Ratios& ratios, const FigureRange& r) {
    return ranged(ratios_json(ratios), ratios_json(r.low_ratios), ratios_json(r.high_ratios));
}

Json phases_json(const std::map<std::string, FunnelFigures>& by_phase) {
    Json out = Json::object();
    for (const auto& [phase, f] : by_phase)
        out[phase] = funnel_json(f);
    return out;
}

Json allocation_channels_json(const Plan& plan, const AllocationResult& result) {
    Json channels = Json::array();
    for (const ChannelAllocation& c : result.channels) {
        std::string name = c.id;
        for (const Channel& ch : plan.channels)
            if (ch.id == c.id) name = ch.name;
        channels.push_back({{"id", c.id},
                            {"name", name},
                            {"current", amount(c.current)},
                            {"proposed", amount(c.proposed)},
                            {"change", amount(c.proposed - c.current)},
                            {"marginal_current", significant(c.marginal_current)},
                            {"marginal_proposed", significant(c.marginal_proposed)},
                            {"response_current", counted(c.response_current)},
                            {"response_proposed", counted(c.response_proposed)},
                            {"reason", english(c.reason)}});
    }
    return channels;
}

} // namespace

Json forecast_json(const Plan& plan) {
    const Forecast f = forecast_plan(plan);
    Json channels = Json::array();
    for (std::size_t i = 0; i < f.channels.size(); ++i) {
        const ChannelForecast& c = f.channels[i];
        channels.push_back({{"id", c.channel_id},
                            {"name", plan.channels[i].name},
                            {"spend_driven", c.spend_driven},
                            {"missing", c.missing},
                            {"total", total_json(c.total, c.range)},
                            {"ratios", ratios_json(ratios(c.total, plan.forecast), c.range)},
                            {"by_phase", phases_json(c.by_phase)},
                            {"after_campaign", funnel_json(c.after_campaign)}});
    }
    Json by_stage = Json::object();
    for (Stage s : kStages)
        by_stage[std::string(enum_key(s))] = funnel_json(f.by_stage[static_cast<int>(s)]);
    Json by_media = Json::object();
    for (Media m : kMedia)
        by_media[std::string(enum_key(m))] = funnel_json(f.by_media[static_cast<int>(m)]);

    Json kpis = Json::array();
    for (const Kpi& k : plan.kpis) {
        if (k.forecast == ForecastFigure::None) continue;
        const std::optional<double> value = forecast_figure(f, k.forecast);
        kpis.push_back({{"id", k.id},
                        {"metric", k.metric},
                        {"figure", enum_key(k.forecast)},
                        {"target", to_json(k.target)},
                        {"forecast", maybe(value, false)},
                        {"gap", k.target && value ? Json(*k.target - *value) : Json(nullptr)}});
    }

    Json scenarios = Json::array();
    for (const ScenarioComparison& s : compare_scenarios(plan))
        scenarios.push_back({{"id", s.scenario_id},
                             {"total", total_json(s.total, s.range)},
                             {"ratios", ratios_json(s.ratios, s.range)}});

    const CampaignReview review = review_campaign(plan);
    Json reviewed = Json::array();
    for (const ChannelReview& c : review.channels)
        reviewed.push_back({{"id", c.channel_id},
                            {"spend", amount(c.spend)},
                            {"orders", counted(c.orders)},
                            {"revenue", amount(c.revenue)},
                            {"cost_per_order", maybe(c.cost_per_order, true)},
                            {"roas", maybe(c.roas, false)}});

    Json proposal = nullptr;
    if (review.proposal)
        proposal =
            review.proposal->ok
                ? Json{{"ok", true}, {"channels", allocation_channels_json(plan, *review.proposal)}}
                : Json{{"ok", false}, {"error", english(review.proposal->error)}};

    return {
        {"plan", {{"id", plan.id}, {"name", plan.name}, {"currency", plan.currency}}},
        {"total", total_json(f.total, f.range)},
        {"ratios", ratios_json(f.ratios, f.range)},
        {"after_campaign", funnel_json(f.after_campaign)},
        {"by_stage", by_stage},
        {"by_media", by_media},
        {"by_phase", phases_json(f.by_phase)},
        {"channels", channels},
        {"kpis", kpis},
        {"scenarios", scenarios},
        {"review",
         {{"channels", reviewed},
          {"proposal", proposal},
          {"review_on", review.review_on ? Json(format_date(*review.review_on)) : Json(nullptr)}}}};
}

namespace {

struct KeptSpend {
    double spend = 0;
    Json channels = Json::array(); // ids, in plan order
};

// The spend of the plan's channels an allocation leaves where it is.
KeptSpend spend_outside(const Plan& plan, const Forecast& f, const AllocationResult& result) {
    KeptSpend out;
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        const std::string& id = plan.channels[i].id;
        const bool allocated = std::any_of(result.channels.begin(), result.channels.end(),
                                           [&](const ChannelAllocation& a) { return a.id == id; });
        if (allocated || f.channels[i].total.spend <= 0) continue;
        out.spend += f.channels[i].total.spend;
        out.channels.push_back(id);
    }
    return out;
}

} // namespace

Json allocation_json(const Plan& plan, const Forecast& forecast, const AllocationRequest& request,
                     const AllocationResult& result, Goal goal) {
    static constexpr const char* kModes[] = {"budget", "target_roas", "marginal_roas"};
    Json out = {{"plan", {{"id", plan.id}, {"name", plan.name}, {"currency", plan.currency}}},
                {"goal", enum_key(goal)},
                {"mode", kModes[static_cast<int>(request.mode)]},
                {"amount", request.mode == AllocationMode::FixedBudget ? amount(request.amount)
                                                                       : Json(request.amount)},
                {"return_unit", return_unit(goal, plan.currency)},
                {"ok", result.ok},
                {"error", result.ok ? Json(nullptr) : Json(english(result.error))}};
    if (!result.ok) return out;
    out["channels"] = allocation_channels_json(plan, result);
    out["total_current"] = amount(result.total_current);
    out["total_proposed"] = amount(result.total_proposed);
    // The budget is shared by the spend-driven channels alone; fixed fees and
    // owned channels keep their spend on top, so say what the plan then spends.
    const KeptSpend outside = spend_outside(plan, forecast, result);
    out["budget_covers"] = "spend_driven_channels";
    out["kept_spend"] = amount(outside.spend);
    out["kept_channels"] = outside.channels;
    out["plan_total_proposed"] = amount(result.total_proposed + outside.spend);
    // Each response with how far it may fall either way (docs/forecast.md, "Ranges").
    const AllocationRanges ranges = allocation_ranges(plan, result, goal);
    out["response_current"] = counted(result.response_current);
    out["response_current_low"] = counted(ranges.current.low);
    out["response_current_high"] = counted(ranges.current.high);
    out["response_proposed"] = counted(result.response_proposed);
    out["response_proposed_low"] = counted(ranges.proposed.low);
    out["response_proposed_high"] = counted(ranges.proposed.high);
    if (request.mode == AllocationMode::TargetRoas)
        out["smallest_budget"] = amount(result.smallest_budget);
    if (!result.warning.empty()) out["warning"] = english(result.warning);
    return out;
}

Json next_plan_json(const NextPlanResult& result) {
    // Inputs exactly as the next plan's file holds them.
    const auto input = [](const std::optional<double>& v, bool money) {
        return !v ? Json(nullptr) : money ? amount(*v) : Json(*v);
    };
    Json channels = Json::array();
    for (const ChannelRefit& c : result.channels) {
        Json changed = Json::array();
        for (const InputChange& change : c.changes)
            changed.push_back({{"input", change.input},
                               {"before", input(change.before, change.money)},
                               {"after", input(change.after, change.money)}});
        const CostPerOrder& cpo = c.cost_per_order;
        channels.push_back({{"id", c.channel_id},
                            {"name", c.name},
                            {"refitted", c.refitted},
                            {"cost_per_order",
                             {{"forecast_before", maybe(cpo.forecast_before, true)},
                              {"actual", maybe(cpo.actual, true)},
                              {"forecast_next", maybe(cpo.forecast_next, true)}}},
                            {"changed_inputs", std::move(changed)},
                            {"note", english(c.note)}});
    }
    const Plan& plan = result.plan;
    return {
        {"plan",
         {{"id", plan.id},
          {"name", plan.name},
          {"period",
           {{"start", format_date(plan.period.start)}, {"end", format_date(plan.period.end)}}}}},
        {"days_moved", result.days},
        {"channels", std::move(channels)}};
}

} // namespace fp
