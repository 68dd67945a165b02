#include "forecast.h"

#include "money.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>

namespace fp {

FunnelFigures& FunnelFigures::operator+=(const FunnelFigures& o) {
    spend += o.spend;
    impressions += o.impressions;
    clicks += o.clicks;
    visits += o.visits;
    carts += o.carts;
    orders += o.orders;
    revenue += o.revenue;
    return *this;
}

namespace {

double money(const std::optional<Money>& m) {
    return m ? static_cast<double>(*m) : 0.0;
}

// Results scaled by `k`; the spend stays.
FunnelFigures scaled(FunnelFigures f, double k) {
    f.impressions *= k;
    f.clicks *= k;
    f.visits *= k;
    f.carts *= k;
    f.orders *= k;
    f.revenue *= k;
    return f;
}

// Paid channels with a way to buy media respond to spend; the rest bring
// the visits the plan expects of them whatever is spent.
bool spend_driven(const Channel& c) {
    return c.media == Media::Paid && c.inputs.cost_model != CostModel::None;
}

std::string missing_inputs(const Channel& c) {
    const ChannelInputs& in = c.inputs;
    std::vector<std::string> missing;
    if (spend_driven(c)) {
        if (!in.unit_cost || *in.unit_cost == 0) missing.push_back("no unit cost");
        if (in.cost_model == CostModel::Cpm && !in.ctr) missing.push_back("no CTR");
        if (in.cost_model == CostModel::Fixed && !in.volume)
            missing.push_back("no expected visits");
    } else if (!in.volume) {
        missing.push_back("no expected visits");
    }
    if (in.cost_model != CostModel::Cpa && !in.conversion_rate)
        missing.push_back("no conversion rate");
    if (!in.aov) missing.push_back("no average order value");
    std::string out;
    for (const std::string& m : missing)
        out += (out.empty() ? "" : ", ") + m;
    return out;
}

// The share of a Hill curve's value per unit of spend at `s`, against the
// same at the known point `s0`: what saturation does to a straight funnel.
double saturation(double s, double s0, double alpha, double kappa) {
    if (kappa <= 0 || s <= 0 || s0 <= 0) return 1.0;
    const double ka = std::pow(kappa, alpha);
    return (std::pow(s0, alpha) + ka) * std::pow(s, alpha - 1) /
           ((std::pow(s, alpha) + ka) * std::pow(s0, alpha - 1));
}

struct Calendar {
    int first = 0, last = -1; // day numbers the forecast covers
    // Each phase's days within them, in plan order.
    std::vector<std::pair<std::string, std::pair<int, int>>> phases;
    int days() const { return last - first + 1; }
    // The phase a day falls in ("" when none), the first listed winning.
    const std::string& phase_of(int day) const {
        static const std::string none;
        for (const auto& p : phases)
            if (p.second.first <= day && day <= p.second.second) return p.first;
        return none;
    }
};

Calendar calendar_of(const Plan& plan) {
    Calendar c;
    c.first = day_number(plan.period.start);
    c.last = day_number(plan.period.end);
    for (const Phase& p : plan.phases) {
        c.phases.push_back({p.id, {day_number(p.dates.start), day_number(p.dates.end)}});
        c.first = std::min(c.first, day_number(p.dates.start));
        c.last = std::max(c.last, day_number(p.dates.end));
    }
    return c;
}

// How a channel's results fall on the phases, as shares of what its spend
// would bring with no carryover: spend in a phase is spread over its days
// (spend outside any phase over the whole calendar), each day's effect
// carries on at rate `carryover`, and what carries past the last day is lost.
std::map<std::string, double> effect_shares(const Calendar& cal,
                                            const std::map<std::string, double>& spend_by_phase,
                                            double carryover) {
    std::map<std::string, double> shares;
    double total = 0;
    for (const auto& [phase, spend] : spend_by_phase)
        total += spend;
    if (total <= 0) return shares;
    if (carryover <= 0) {
        for (const auto& [phase, spend] : spend_by_phase)
            shares[phase] += spend / total;
        return shares;
    }
    std::vector<double> daily(static_cast<std::size_t>(std::max(cal.days(), 0)), 0.0);
    for (const auto& [phase, spend] : spend_by_phase) {
        int from = cal.first, to = cal.last;
        for (const auto& p : cal.phases)
            if (p.first == phase) from = p.second.first, to = p.second.second;
        for (int d = from; d <= to; ++d)
            daily[static_cast<std::size_t>(d - cal.first)] += spend / (to - from + 1);
    }
    double carried = 0;
    for (int d = cal.first; d <= cal.last; ++d) {
        carried =
            (1 - carryover) * daily[static_cast<std::size_t>(d - cal.first)] + carryover * carried;
        shares[cal.phase_of(d)] += carried / total;
    }
    return shares;
}

// Planned spend by channel, then by phase ("" for lines without one), in one
// pass over the budget lines.
std::map<std::string, std::map<std::string, double>> spend_by_channel(const Plan& plan) {
    std::map<std::string, std::map<std::string, double>> out;
    for (const BudgetLine& b : plan.budget)
        if (!b.channel_id.empty()) out[b.channel_id][b.phase_id] += static_cast<double>(b.amount);
    return out;
}

// Each phase's share of the calendar's days, for channels whose visits
// come whatever is spent.
std::map<std::string, double> day_shares(const Calendar& cal) {
    std::map<std::string, double> shares;
    for (int d = cal.first; d <= cal.last; ++d)
        shares[cal.phase_of(d)] += 1.0 / cal.days();
    return shares;
}

// `planned` is the channel's spend by phase in the plan; `by_day` each
// phase's share of the calendar.
ChannelForecast forecast_channel(const Calendar& cal, const std::map<std::string, double>& by_day,
                                 const Channel& c, std::map<std::string, double> by_phase,
                                 const SpendOverride& override) {
    ChannelForecast out;
    out.channel_id = c.id;
    out.spend_driven = spend_driven(c);
    out.missing = missing_inputs(c);
    double planned = 0;
    for (const auto& entry : by_phase)
        planned += entry.second;
    double spend = planned;
    if (auto it = override.find(c.id); it != override.end()) {
        spend = static_cast<double>(it->second);
        // Keep the plan's mix of phases; with none, spread over the calendar.
        if (planned > 0)
            for (auto& entry : by_phase)
                entry.second *= spend / planned;
        else
            by_phase = {{"", spend}};
    }

    ChannelInputs in = c.inputs;
    if (!out.spend_driven) in.cost_model = CostModel::None;
    const double alpha = in.shape.value_or(1.0);
    const double kappa = money(in.half_saturation);
    // The known point: the planned spend, or half saturation when nothing is
    // planned, where the inputs are taken to hold as they are.
    const double known = planned > 0 ? planned : kappa > 0 ? kappa : std::max(spend, 1.0);
    const double carryover = in.carryover.value_or(0);

    FunnelFigures total;
    if (out.spend_driven) {
        const FunnelFigures at_known = linear_funnel(in, known);
        const bool fixed = in.cost_model == CostModel::Fixed;
        out.revenue_curve = calibrate(known, at_known.revenue, alpha, fixed ? 0 : kappa);
        out.orders_curve = calibrate(known, at_known.orders, alpha, fixed ? 0 : kappa);
        total =
            scaled(linear_funnel(in, spend), fixed ? 1.0 : saturation(spend, known, alpha, kappa));
    } else {
        total = linear_funnel(in, spend);
    }

    // Spend-driven results follow the spend (and its carryover) over the
    // calendar; expected visits follow the days.
    const std::map<std::string, double> shares =
        out.spend_driven ? effect_shares(cal, by_phase, carryover) : by_day;
    double kept = 0;
    for (const auto& [phase, share] : shares) {
        FunnelFigures part = scaled(total, share);
        part.spend = 0;
        out.by_phase[phase] = part;
        kept += share;
    }
    for (const auto& [phase, amount] : by_phase)
        out.by_phase[phase].spend += amount;
    out.total = scaled(total, out.spend_driven && spend > 0 ? kept : 1.0);
    return out;
}

} // namespace

FunnelFigures linear_funnel(const ChannelInputs& in, double spend) {
    FunnelFigures f;
    f.spend = spend;
    const double cost = money(in.unit_cost);
    const double ctr = in.ctr.value_or(0);
    const double visit_rate = in.visit_rate.value_or(1);
    const double conversion = in.conversion_rate.value_or(0);
    auto clicks_from_visits = [&] { return visit_rate > 0 ? f.visits / visit_rate : 0; };
    auto impressions_from_clicks = [&] { return ctr > 0 ? f.clicks / ctr : 0; };
    switch (in.cost_model) {
    case CostModel::Cpm:
        f.impressions = cost > 0 ? spend / cost * 1000 : 0;
        f.clicks = f.impressions * ctr;
        f.visits = f.clicks * visit_rate;
        f.orders = f.visits * conversion;
        break;
    case CostModel::Cpc:
        f.clicks = cost > 0 ? spend / cost : 0;
        f.impressions = impressions_from_clicks();
        f.visits = f.clicks * visit_rate;
        f.orders = f.visits * conversion;
        break;
    case CostModel::Cpa:
        f.orders = cost > 0 ? spend / cost : 0;
        f.visits = conversion > 0 ? f.orders / conversion : 0;
        f.clicks = clicks_from_visits();
        f.impressions = impressions_from_clicks();
        break;
    case CostModel::Fixed:
    case CostModel::None: {
        // A fixed fee buys the expected visits (in part when under-funded);
        // owned and earned channels bring them without spend.
        const double share =
            in.cost_model == CostModel::None || cost <= 0 ? 1.0 : std::min(1.0, spend / cost);
        f.visits = in.volume.value_or(0) * share;
        f.clicks = clicks_from_visits();
        f.impressions = impressions_from_clicks();
        f.orders = f.visits * conversion;
        break;
    }
    }
    f.carts = f.visits * in.cart_rate.value_or(0);
    f.revenue = f.orders * money(in.aov);
    return f;
}

Ratios ratios(const FunnelFigures& f, const ForecastSettings& s) {
    Ratios r;
    const std::optional<double> margin = s.gross_margin;
    if (margin) r.gross_profit = f.revenue * *margin;
    if (f.spend > 0) {
        r.roas = f.revenue / f.spend;
        if (margin) r.roi = (f.revenue * *margin - f.spend) / f.spend;
    }
    if (f.orders > 0 && f.spend > 0) r.cost_per_order = f.spend / f.orders;
    r.new_customers = f.orders * s.new_customer_share.value_or(1.0);
    if (r.new_customers > 0 && f.spend > 0) r.cac = f.spend / r.new_customers;
    const double aov = f.orders > 0 ? f.revenue / f.orders : 0;
    r.returning_value =
        r.new_customers * s.repeat_rate.value_or(0) * aov * s.repeat_periods.value_or(0);
    return r;
}

std::map<std::string, Money> planned_spend(const Plan& plan) {
    std::map<std::string, Money> out;
    for (const BudgetLine& b : plan.budget)
        if (!b.channel_id.empty()) out[b.channel_id] += b.amount;
    return out;
}

Forecast forecast_plan(const Plan& plan, const SpendOverride& spend) {
    Forecast f;
    const Calendar cal = calendar_of(plan);
    const std::map<std::string, double> by_day = day_shares(cal);
    std::map<std::string, std::map<std::string, double>> planned = spend_by_channel(plan);
    for (const Channel& c : plan.channels) {
        ChannelForecast cf = forecast_channel(cal, by_day, c, std::move(planned[c.id]), spend);
        f.total += cf.total;
        f.by_stage[static_cast<std::size_t>(c.stage)] += cf.total;
        for (const auto& [phase, part] : cf.by_phase)
            f.by_phase[phase] += part;
        f.channels.push_back(std::move(cf));
    }
    // Lines tied to no channel (agency fees, production) are spend too.
    for (const BudgetLine& b : plan.budget)
        if (b.channel_id.empty()) {
            const double amount = static_cast<double>(b.amount);
            f.total.spend += amount;
            f.by_stage[static_cast<std::size_t>(b.stage)].spend += amount;
            f.by_phase[b.phase_id].spend += amount;
        }
    f.ratios = ratios(f.total, plan.forecast);
    return f;
}

namespace {
// A ratio of two forecast figures; nothing when there is nothing to divide by.
std::optional<double> per(double part, double whole) {
    if (whole <= 0) return std::nullopt;
    return part / whole;
}
} // namespace

std::optional<double> forecast_figure(const Forecast& f, ForecastFigure figure) {
    switch (figure) {
    case ForecastFigure::None:
        return std::nullopt;
    case ForecastFigure::Impressions:
        return f.total.impressions;
    case ForecastFigure::Visits:
        return f.total.visits;
    case ForecastFigure::Orders:
        return f.total.orders;
    case ForecastFigure::Revenue:
        return f.total.revenue;
    case ForecastFigure::Roas:
        return f.ratios.roas;
    case ForecastFigure::Roi:
        return f.ratios.roi;
    case ForecastFigure::CostPerOrder:
        return f.ratios.cost_per_order;
    case ForecastFigure::Cac:
        return f.ratios.cac;
    case ForecastFigure::Clicks:
        return f.total.clicks;
    case ForecastFigure::Carts:
        return f.total.carts;
    case ForecastFigure::ConversionRate:
        return per(f.total.orders, f.total.visits);
    case ForecastFigure::CartRate:
        return per(f.total.carts, f.total.visits);
    case ForecastFigure::Aov:
        return per(f.total.revenue, f.total.orders);
    case ForecastFigure::ReturningValue:
        return f.ratios.returning_value;
    }
    return std::nullopt;
}

namespace {

// What the allocator maximises, from a result's spend, orders and revenue;
// profit is revenue at the gross margin (all of it without one) less the
// spend.
double goal_value(Goal goal, double spend, double orders, double revenue,
                  const ForecastSettings& s) {
    if (goal == Goal::Orders) return orders;
    if (goal == Goal::Revenue) return revenue;
    return revenue * s.gross_margin.value_or(1.0) - goal_spend_cost(goal) * spend;
}

// Warn of a proposal whose last unit returns less than it costs: revenue
// below 1 per unit, profit (already net of the unit) below 0.
std::optional<double> break_even_marginal(Goal goal) {
    if (goal == Goal::Orders) return std::nullopt;
    return goal == Goal::Profit ? 0.0 : 1.0;
}

AllocationChannel bounds_of(const Channel& c, const ResponseCurve& curve, double current) {
    AllocationChannel a;
    a.id = c.id;
    a.curve = curve;
    a.current = current;
    a.min = money(c.inputs.min_spend);
    if (c.inputs.max_spend) a.max = money(c.inputs.max_spend);
    a.locked = c.inputs.locked;
    return a;
}

} // namespace

double goal_spend_cost(Goal goal) {
    return goal == Goal::Profit ? 1.0 : 0.0;
}

ResponseCurve goal_curve(const ChannelForecast& c, Goal goal, const ForecastSettings& s) {
    if (goal == Goal::Orders) return c.orders_curve;
    ResponseCurve curve = c.revenue_curve;
    curve.beta = goal_value(goal, 0, 0, curve.beta, s); // at no spend: the gross scale
    return curve;
}

std::function<std::string(double)> spend_text_of(const Plan& plan, const Numbers& numbers) {
    return [currency = plan.currency, numbers](double minor) {
        // Beyond what a plan can hold (an unlimited maximum) it is a plain number.
        if (!(std::fabs(minor) <= static_cast<double>(kMaxMoney))) return format_number(minor, 0);
        return format_money(static_cast<Money>(std::llround(minor)), currency, numbers);
    };
}

AllocationRequest allocation_request(const Plan& plan, const Forecast& f, Goal goal,
                                     AllocationMode mode, double amount) {
    AllocationRequest r;
    r.mode = mode;
    r.amount = amount;
    r.spend_cost = goal_spend_cost(goal);
    r.break_even_marginal = break_even_marginal(goal);
    r.spend_text = spend_text_of(plan, numbers_of(plan));
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        const Channel& c = plan.channels[i];
        const ChannelForecast& cf = f.channels[i];
        if (!cf.spend_driven || c.inputs.cost_model == CostModel::Fixed) continue;
        // The curve goes through the planned result before carryover; what
        // carries past the calendar's end is lost whatever is spent. Both
        // are gross: the spend comes off in the allocator, all of it.
        ResponseCurve curve = goal_curve(cf, goal, plan.forecast);
        const double spend = cf.total.spend;
        const double before = response(curve, spend);
        const double kept =
            goal_value(goal, spend, cf.total.orders, cf.total.revenue, plan.forecast) +
            r.spend_cost * spend;
        if (before > 0) curve.beta *= std::min(1.0, kept / before);
        r.channels.push_back(bounds_of(c, curve, spend));
    }
    return r;
}

std::vector<Money> whole_amounts(const AllocationResult& result) {
    std::vector<Money> out;
    std::vector<std::pair<double, std::size_t>> fractions;
    double sum = 0;
    Money floors = 0;
    for (std::size_t i = 0; i < result.channels.size(); ++i) {
        const double v = std::max(0.0, result.channels[i].proposed);
        sum += v;
        out.push_back(static_cast<Money>(std::floor(v)));
        floors += out.back();
        fractions.emplace_back(v - std::floor(v), i);
    }
    std::stable_sort(fractions.begin(), fractions.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    Money missing = std::llround(sum) - floors;
    for (std::size_t k = 0; k < fractions.size() && missing > 0; ++k, --missing)
        ++out[fractions[k].second];
    return out;
}

BudgetScenario scenario_of(const Proposal& proposal, std::string name, std::string notes,
                           const std::function<std::uint64_t()>& entropy) {
    BudgetScenario scenario{make_id("sc", entropy()), std::move(name), std::move(notes), {}};
    const std::vector<Money> amounts = whole_amounts(proposal.result);
    for (std::size_t i = 0; i < amounts.size(); ++i)
        scenario.spends.push_back(
            {make_id("sp", entropy()), proposal.result.channels[i].id, amounts[i]});
    return scenario;
}

std::vector<ScenarioComparison> compare_scenarios(const Plan& plan) {
    std::vector<ScenarioComparison> out;
    for (const BudgetScenario& s : plan.scenarios) {
        SpendOverride spend;
        for (const ScenarioSpend& sp : s.spends)
            spend[sp.channel_id] += sp.amount;
        const Forecast f = forecast_plan(plan, spend);
        out.push_back({s.id, f.total, f.ratios});
    }
    return out;
}

Date add_working_days(const Date& date, int working_days) {
    int day = day_number(date);
    while (working_days > 0) {
        ++day;
        if (weekday(day) < 5) --working_days;
    }
    return date_from_day_number(day);
}

CampaignReview review_campaign(const Plan& plan) {
    CampaignReview review;
    AllocationRequest request;
    request.spend_cost = goal_spend_cost(plan.forecast.goal);
    request.spend_text = spend_text_of(plan, numbers_of(plan));
    for (const Channel& c : plan.channels) {
        const ChannelActuals& a = c.actuals;
        if (!a.spend || *a.spend == 0) continue;
        ChannelReview r{c.id, money(a.spend), a.orders.value_or(0), money(a.revenue), {}, {}};
        if (r.orders > 0) r.cost_per_order = r.spend / r.orders;
        if (a.revenue) r.roas = r.revenue / r.spend;
        // Next period's curve goes through what this one delivered, gross
        // of its spend (which the allocator takes off).
        const double result =
            goal_value(plan.forecast.goal, r.spend, r.orders, r.revenue, plan.forecast) +
            request.spend_cost * r.spend;
        const ResponseCurve curve = calibrate(r.spend, result, c.inputs.shape.value_or(1.0),
                                              money(c.inputs.half_saturation));
        request.channels.push_back(bounds_of(c, curve, r.spend));
        request.amount += r.spend;
        review.channels.push_back(std::move(r));
    }
    if (request.channels.size() >= 2) review.proposal = allocate(request);
    if (!plan.phases.empty()) {
        Date last = plan.phases.front().dates.end;
        for (const Phase& p : plan.phases)
            last = std::max(last, p.dates.end);
        review.review_on = add_working_days(last, 3);
    }
    return review;
}

} // namespace fp
