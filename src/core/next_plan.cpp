#include "next_plan.h"

#include "forecast.h"
#include "holidays.h"
#include "model_fields.h"
#include "money.h"
#include "plan_format.h"
#include "validation.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace fp {

namespace {

// An input that a channel's orders are in proportion to (a unit cost: in
// inverse proportion), and the most it may be.
struct Lever {
    const char* input;                          // its key in the file
    std::optional<double> ChannelInputs::*rate; // none for the unit cost
    double unstated;                            // what the forecast takes when it is empty
    double most;
};

constexpr double kNoLimit = std::numeric_limits<double>::infinity();
constexpr Lever kConversion{"conversion_rate", &ChannelInputs::conversion_rate, 0, 1};
constexpr Lever kCtr{"ctr", &ChannelInputs::ctr, 0, 1};
constexpr Lever kVisitRate{"visit_rate", &ChannelInputs::visit_rate, 1, 1};
constexpr Lever kVolume{"volume", &ChannelInputs::volume, 0, kNoLimit};
constexpr Lever kUnitCost{"unit_cost", nullptr, 0, kNoLimit};

// What a refit may scale, in turn: the next only for what the one before
// could not fit within its limit. Each chain ends in an input without one.
std::vector<Lever> levers_of(CostModel model, bool spend_driven) {
    if (!spend_driven) return {kConversion, kVolume};
    switch (model) {
    case CostModel::Cpm:
        return {kConversion, kCtr, kVisitRate, kUnitCost};
    case CostModel::Cpc:
        return {kConversion, kVisitRate, kUnitCost};
    case CostModel::Cpa:
        return {kUnitCost};
    case CostModel::Fixed: // a fee buys expected visits
    case CostModel::None:
        break;
    }
    return {kConversion, kVolume};
}

// An amount as the plan holds it: whole minor units within its limit.
Money whole(double minor) {
    return std::llround(std::clamp(minor, 0.0, static_cast<double>(kMaxMoney)));
}

double value_of(const ChannelInputs& in, const Lever& lever) {
    if (!lever.rate) return in.unit_cost ? static_cast<double>(*in.unit_cost) : 0;
    return (in.*lever.rate).value_or(lever.unstated);
}

void set(ChannelInputs& in, const Lever& lever, double value) {
    if (lever.rate)
        in.*lever.rate = value;
    else // a unit cost of nothing buys nothing in the forecast
        in.unit_cost = std::max<Money>(1, whole(value));
}

// Channel `i`'s orders at `spend`, as forecast_plan counts them.
double orders_at(const Plan& plan, std::size_t i, Money spend) {
    return forecast_plan(plan, {{plan.channels[i].id, spend}}, 0).channels[i].total.orders;
}

struct Fit {
    bool ok = false;
    std::optional<double> needed; // the conversion rate it needed, when that passed its limit
    const char* fitted = nullptr; // the input that fitted the rest
};

// Scales channel `i`'s inputs in `plan` so that it forecasts `orders` at
// `spend`. Orders are in proportion to each lever (to a unit cost's
// inverse), so one forecast tells how far to scale it; an input not stated
// yet is fitted from 1.
Fit fit_orders(Plan& plan, std::size_t i, Money spend, double orders, bool spend_driven) {
    ChannelInputs& in = plan.channels[i].inputs;
    Fit fit;
    for (const Lever& lever : levers_of(in.cost_model, spend_driven)) {
        double value = value_of(in, lever);
        if (value <= 0) set(in, lever, value = 1);
        const double got = orders_at(plan, i, spend);
        if (got <= 0) return fit; // no visits for a rate to convert
        const double want = lever.rate ? value * orders / got : value * got / orders;
        fit.ok = true;
        fit.fitted = lever.input;
        if (want <= lever.most) {
            set(in, lever, want);
            break;
        }
        if (!fit.needed) fit.needed = want;
        if (value < lever.most) set(in, lever, lever.most);
    }
    return fit;
}

// A channel's numeric inputs in the file's order, their values as `before`.
std::vector<InputChange> inputs_of(const ChannelInputs& in) {
    std::vector<InputChange> out;
    for_each_field(in, [&](const char* key, const auto& v, Rule rule, Need) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, std::optional<Money>>)
            out.push_back({key, true, false,
                           v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt,
                           std::nullopt});
        else if constexpr (std::is_same_v<V, std::optional<double>>)
            out.push_back({key, false, rule == Rule::Fraction, v, std::nullopt});
    });
    return out;
}

std::vector<InputChange> changes_between(const ChannelInputs& before, const ChannelInputs& after) {
    std::vector<InputChange> out, was = inputs_of(before);
    const std::vector<InputChange> now = inputs_of(after);
    for (std::size_t k = 0; k < was.size(); ++k)
        if (was[k].before != now[k].before) {
            was[k].after = now[k].before;
            out.push_back(std::move(was[k]));
        }
    return out;
}

// Channel `i` of `plan` (the finished plan, where its actuals were counted)
// refitted through its actuals, if it has them; `planned` is its forecast
// at the planned spend.
ChannelRefit refit(Plan& plan, std::size_t i, const ChannelForecast& planned) {
    Channel& c = plan.channels[i];
    ChannelRefit r;
    r.channel_id = c.id;
    r.name = c.name;
    r.cost_per_order.forecast_before = ratios(planned.total, plan.forecast).cost_per_order;
    const ChannelActuals a = c.actuals;
    const double orders = a.orders.value_or(0);
    if (!a.spend || *a.spend == 0) {
        r.note = Message("next_plan.note.no_spend");
        return r;
    }
    if (orders <= 0) {
        r.note = Message("next_plan.note.no_orders");
        return r;
    }
    r.cost_per_order.actual = static_cast<double>(*a.spend) / orders;
    const ChannelInputs was = c.inputs;
    c.inputs.observed_spend = *a.spend;
    if (a.revenue) c.inputs.aov = whole(static_cast<double>(*a.revenue) / orders);
    const Fit fit = fit_orders(plan, i, *a.spend, orders, planned.spend_driven);
    if (!fit.ok) {
        c.inputs = was;
        r.note = Message("next_plan.note.no_visits");
        return r;
    }
    r.refitted = true;
    r.changes = changes_between(was, c.inputs);
    if (!fit.needed) {
        r.note = Message("next_plan.note.refitted");
        return r;
    }
    // The input that took up the rest, by the label its column has.
    Message input("list.quoted", {},
                  {{"name", Message("column.channels.inputs." + std::string(fit.fitted))}});
    r.note =
        Message("next_plan.note.held", {{"rate", format_percent(*fit.needed, 1, numbers_of(plan))}},
                {{"input", std::move(input)}});
    return r;
}

// What the finished campaign wrote into the plan (next_plan.h says why).
void clear_results(Plan& plan) {
    for (Channel& c : plan.channels)
        c.actuals = {};
    for (Kpi& k : plan.kpis) {
        k.actual.reset();
        k.problem.clear();
        k.suggestion.clear();
    }
    for (Task& t : plan.tasks)
        t.status = TaskStatus::Todo;
    for (ChecklistItem& item : plan.checklist)
        item.done = false;
    plan.reviews.clear();
}

} // namespace

Date next_plan_start(const Plan& plan) {
    return add_days(plan.period.end, 1);
}

NextPlanResult next_plan(const Plan& plan, const Date& start, const std::string& name,
                         const Stamp& stamp) {
    NextPlanResult result;
    if (!is_valid_date(start)) {
        result.error = Message("next_plan.error.start", {{"date", format_date(start)}});
        return result;
    }
    // The finished plan, each channel refitted in turn; channels forecast
    // independently, so one's refit leaves the others' forecasts alone.
    Plan fitted = plan;
    const Forecast before = forecast_plan(plan, {}, 0);
    for (std::size_t i = 0; i < plan.channels.size(); ++i)
        result.channels.push_back(refit(fitted, i, before.channels[i]));

    Plan next = std::move(fitted);
    clear_results(next);
    result.days = days_between(plan.period.start, start);
    move_dates(next, result.days);
    for (NonWorkingDay& d : missing_public_holidays(next))
        next.non_working_days.push_back(std::move(d));
    stamp_as_new(next, name, stamp);
    if (const std::vector<Problem> problems = validate_plan(next); !problems.empty()) {
        result.error = description(problems.front());
        return result;
    }
    const Forecast after = forecast_plan(next, {}, 0);
    for (std::size_t i = 0; i < next.channels.size(); ++i)
        result.channels[i].cost_per_order.forecast_next =
            ratios(after.channels[i].total, next.forecast).cost_per_order;
    result.plan = std::move(next);
    result.ok = true;
    return result;
}

} // namespace fp
