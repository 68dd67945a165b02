#include "forecast.h"

#include "money.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <unordered_set>

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

// Where a channel's inputs are known to hold: the spend they were observed
// at, or else half saturation (where a stated curve is pinned by its
// definition); 0 when the channel does not saturate.
double evidence_spend(const ChannelInputs& in) {
    if (!in.half_saturation || *in.half_saturation == 0) return 0;
    return in.observed_spend && *in.observed_spend > 0 ? money(in.observed_spend)
                                                       : money(in.half_saturation);
}

// The days a forecast covers: the plan's calendar (its period and every
// phase), then on to the review, where effect carried past the campaign
// stops being counted.
struct Calendar {
    int first = 0, last = -1; // the plan's days
    int campaign_end = -1;    // the last phase's last day (the period's without phases)
    int counted_end = -1;     // the last day whose effect counts
    // Each phase's days, in plan order.
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
    c.campaign_end = plan.phases.empty() ? c.last : day_number(plan.phases.front().dates.end);
    for (const Phase& p : plan.phases) {
        c.phases.push_back({p.id, {day_number(p.dates.start), day_number(p.dates.end)}});
        c.first = std::min(c.first, day_number(p.dates.start));
        c.last = std::max(c.last, day_number(p.dates.end));
        c.campaign_end = std::max(c.campaign_end, day_number(p.dates.end));
    }
    c.counted_end = std::max(c.last, day_number(review_due(plan)));
    return c;
}

// Where a channel's effect lands, as shares of its spend: in each phase
// ("" outside every phase), and of that after the campaign; `counted` is
// their sum, what carryover leaves before the review.
struct Effect {
    std::map<std::string, double> by_phase;
    double after_campaign = 0;
    double counted = 1;
};

// Spend in a phase is spread over its days (spend outside any phase over
// the whole calendar, its effect staying outside every phase); each day's
// effect carries on at rate `carryover` (geometric adstock whose weights add
// up to 1) and counts until the review.
Effect effect_of(const Calendar& cal, const std::map<std::string, double>& spend_by_phase,
                 double carryover) {
    Effect e;
    double total = 0;
    for (const auto& [phase, spend] : spend_by_phase)
        total += spend;
    if (total <= 0) return e;
    if (carryover <= 0) { // the effect stays where the spend is: exactly its share
        for (const auto& [phase, spend] : spend_by_phase)
            e.by_phase[phase] += spend / total;
        return e;
    }
    const int days = std::max(cal.counted_end - cal.first + 1, 0);
    std::vector<double> phased(static_cast<std::size_t>(days), 0.0), loose = phased;
    for (const auto& [phase, spend] : spend_by_phase) {
        int from = cal.first, to = cal.last;
        for (const auto& p : cal.phases)
            if (p.first == phase) from = p.second.first, to = p.second.second;
        std::vector<double>& daily = phase.empty() ? loose : phased;
        for (int d = from; d <= to; ++d)
            daily[static_cast<std::size_t>(d - cal.first)] += spend / (to - from + 1) / total;
    }
    e.counted = 0;
    double carried = 0, carried_loose = 0;
    for (int d = cal.first; d <= cal.counted_end; ++d) {
        const auto i = static_cast<std::size_t>(d - cal.first);
        carried = (1 - carryover) * phased[i] + carryover * carried;
        carried_loose = (1 - carryover) * loose[i] + carryover * carried_loose;
        e.by_phase[cal.phase_of(d)] += carried;
        e.by_phase[""] += carried_loose;
        if (d > cal.campaign_end) e.after_campaign += carried;
        e.counted += carried + carried_loose;
    }
    return e;
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
// come whatever is spent; `after` is the share after the campaign.
Effect day_shares(const Calendar& cal) {
    Effect e;
    for (int d = cal.first; d <= cal.last; ++d) {
        e.by_phase[cal.phase_of(d)] += 1.0 / cal.days();
        if (d > cal.campaign_end) e.after_campaign += 1.0 / cal.days();
    }
    return e;
}

// A channel's results where its effect lands.
void place_results(ChannelForecast& out, const FunnelFigures& total, const Effect& effect) {
    const double counted = effect.counted > 0 ? effect.counted : 1;
    for (const auto& [phase, share] : effect.by_phase) {
        FunnelFigures part = scaled(total, share / counted);
        part.spend = 0;
        out.by_phase[phase] = part;
    }
    out.after_campaign = scaled(total, effect.after_campaign / counted);
    out.after_campaign.spend = 0;
}

// A channel's spend in the forecast, by phase, and where its effect lands.
struct ChannelSpend {
    bool driven = false; // spend-driven: see spend_driven()
    double spend = 0;
    std::map<std::string, double> by_phase; // "" for lines without a phase
    Effect effect;
};

// `by_phase` is the channel's spend by phase in the plan; `by_day` each
// phase's share of the calendar.
ChannelSpend channel_spend(const Calendar& cal, const Effect& by_day, const Channel& c,
                           std::map<std::string, double> by_phase, const SpendOverride& override) {
    ChannelSpend out;
    out.driven = spend_driven(c);
    for (const auto& entry : by_phase)
        out.spend += entry.second;
    if (auto it = override.find(c.id); it != override.end()) {
        const double planned = out.spend;
        out.spend = static_cast<double>(it->second);
        // Keep the plan's mix of phases; with none, spread over the calendar.
        if (planned > 0)
            for (auto& entry : by_phase)
                entry.second *= out.spend / planned;
        else
            by_phase = {{"", out.spend}};
    }
    out.by_phase = std::move(by_phase);
    // Expected visits follow the days; spend-driven results follow the spend
    // and its carryover.
    out.effect = out.driven ? effect_of(cal, out.by_phase, c.inputs.carryover.value_or(0)) : by_day;
    return out;
}

// A channel's results with inputs `in` (its own, or a draw of them).
FunnelFigures channel_total(ChannelInputs in, const ChannelSpend& cs) {
    if (!cs.driven) {
        in.cost_model = CostModel::None;
        return linear_funnel(in, cs.spend);
    }
    // Carryover first: what is counted before the review is the spend the
    // channel saturates on (its effective spend).
    const double effective = cs.spend * cs.effect.counted;
    const bool fixed = in.cost_model == CostModel::Fixed;
    FunnelFigures total = linear_funnel(in, effective);
    if (!fixed)
        total = scaled(total, saturation(effective, evidence_spend(in), in.shape.value_or(1.0),
                                         money(in.half_saturation)));
    total.spend = cs.spend;
    return total;
}

ChannelForecast forecast_channel(const Channel& c, const ChannelSpend& cs) {
    ChannelForecast out;
    out.channel_id = c.id;
    out.spend_driven = cs.driven;
    out.missing = missing_inputs(c);
    out.total = channel_total(c.inputs, cs);
    place_results(out, out.total, cs.effect);
    const ChannelInputs& in = c.inputs;
    const bool fixed = in.cost_model == CostModel::Fixed;
    const double k = cs.effect.counted;
    if (cs.driven && fixed && cs.spend > 0) { // a fee buys a set volume: no curve to speak of
        out.revenue_curve = calibrate(cs.spend, out.total.revenue, 1, 0);
        out.orders_curve = calibrate(cs.spend, out.total.orders, 1, 0);
    } else if (cs.driven && !fixed && k > 0) {
        // The same response as a curve of the channel's spend, for the
        // allocator: a Hill curve of effective spend is one of spend with
        // kappa / counted. A straight channel goes through (1, its rate).
        const double known = evidence_spend(in);
        const double at = known > 0 ? known : 1.0;
        const double alpha = in.shape.value_or(1.0);
        const double kappa = money(in.half_saturation);
        const FunnelFigures there = linear_funnel(in, at);
        out.revenue_curve = calibrate(at / k, there.revenue, alpha, kappa / k);
        out.orders_curve = calibrate(at / k, there.orders, alpha, kappa / k);
    }
    for (const auto& [phase, amount] : cs.by_phase)
        out.by_phase[phase].spend += amount;
    return out;
}

// --- ranges ------------------------------------------------------------------------

// splitmix64: small, and the same numbers on every compiler (std::
// distributions are not), so a plan's ranges are the same everywhere.
struct Draws {
    std::uint64_t state;
    double uniform() { // in [0, 1)
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<double>((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
    }
    // `x` off by up to `share` either way, likelier near x (triangular: the
    // sum of two uniform draws).
    double around(double x, const std::optional<double>& share) {
        if (!share || *share <= 0) return x;
        return x * (1 + *share * (uniform() + uniform() - 1));
    }
};

// Each channel draws from its own stream, seeded by its id, so that adding
// a channel leaves the others' draws as they were.
std::uint64_t seed_of(const std::string& id) {
    std::uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (unsigned char ch : id)
        h = (h ^ ch) * 1099511628211ULL;
    return h;
}

ChannelInputs drawn(ChannelInputs in, Draws& d) {
    const InputUncertainty& u = in.uncertainty;
    const auto rate = [&](std::optional<double>& r, const std::optional<double>& share) {
        if (r) r = std::min(1.0, d.around(*r, share));
    };
    const auto amount = [&](std::optional<Money>& m, const std::optional<double>& share) {
        if (m && share && *share > 0)
            m = static_cast<Money>(std::llround(d.around(static_cast<double>(*m), share)));
    };
    amount(in.unit_cost, u.unit_cost);
    rate(in.ctr, u.ctr);
    rate(in.cart_rate, u.cart_rate);
    rate(in.conversion_rate, u.conversion_rate);
    amount(in.aov, u.aov);
    if (in.volume) in.volume = d.around(*in.volume, u.volume);
    amount(in.half_saturation, u.half_saturation);
    return in;
}

// The values below which kRangeLow and kRangeHigh of `values` fall
// (nearest rank). The high one is looked for only above the low one, which
// the first partition leaves in place: the ranges' most frequent work.
std::pair<double, double> low_and_high(std::vector<double>& values) {
    if (values.empty()) return {0, 0};
    const auto rank = [&](double share) {
        return static_cast<std::ptrdiff_t>(share * static_cast<double>(values.size() - 1) + 0.5);
    };
    const auto low = values.begin() + rank(kRangeLow), high = values.begin() + rank(kRangeHigh);
    std::nth_element(values.begin(), low, values.end());
    const double low_value = *low;                  // the second partition moves it
    if (high == low) return {low_value, low_value}; // a single draw
    std::nth_element(low + 1, high, values.end());
    return {low_value, *high};
}

// Each figure of many draws, kept to find their percentiles.
struct Samples {
    std::array<std::vector<double>, 7> funnel; // FunnelFigures' fields in order
    std::array<std::vector<double>, 6> ratio;  // roas, roi, cost per order, cac, returning, profit
    explicit Samples(int draws) {
        for (auto& v : funnel)
            v.reserve(static_cast<std::size_t>(draws));
        for (auto& v : ratio)
            v.reserve(static_cast<std::size_t>(draws));
    }
    void add(const FunnelFigures& f, const ForecastSettings& s) {
        const double fields[] = {f.spend, f.impressions, f.clicks, f.visits,
                                 f.carts, f.orders,      f.revenue};
        for (std::size_t i = 0; i < funnel.size(); ++i)
            funnel[i].push_back(fields[i]);
        const Ratios r = ratios(f, s);
        const std::optional<double> values[] = {
            r.roas, r.roi, r.cost_per_order, r.cac, r.returning_value, r.gross_profit};
        for (std::size_t i = 0; i < ratio.size(); ++i)
            if (values[i]) ratio[i].push_back(*values[i]);
    }
};

FunnelFigures& set_field(FunnelFigures& f, std::size_t i, double v) {
    double* fields[] = {&f.spend, &f.impressions, &f.clicks, &f.visits,
                        &f.carts, &f.orders,      &f.revenue};
    *fields[i] = v;
    return f;
}

bool has_uncertainty(const InputUncertainty& u) {
    for (const std::optional<double>* share :
         {&u.unit_cost, &u.ctr, &u.cart_rate, &u.conversion_rate, &u.aov, &u.volume,
          &u.half_saturation})
        if (*share && **share > 0) return true;
    return false;
}

// A range of no width: the figures are certain.
FigureRange range_of_expected(const FunnelFigures& expected, const ForecastSettings& settings) {
    FigureRange r;
    r.low = r.high = expected;
    r.low_ratios = r.high_ratios = ratios(expected, settings);
    return r;
}

// Low and high from the draws, never on the wrong side of the expected
// figure (skewed draws could put a percentile there).
FigureRange range_of(Samples& s, const FunnelFigures& expected, const ForecastSettings& settings) {
    FigureRange r = range_of_expected(expected, settings);
    const double fields[] = {expected.spend, expected.impressions, expected.clicks, expected.visits,
                             expected.carts, expected.orders,      expected.revenue};
    for (std::size_t i = 0; i < s.funnel.size(); ++i) {
        const auto [low, high] = low_and_high(s.funnel[i]);
        set_field(r.low, i, std::min(fields[i], low));
        set_field(r.high, i, std::max(fields[i], high));
    }
    const Ratios e = r.low_ratios;
    std::optional<double>* lows[] = {&r.low_ratios.roas, &r.low_ratios.roi,
                                     &r.low_ratios.cost_per_order, &r.low_ratios.cac};
    std::optional<double>* highs[] = {&r.high_ratios.roas, &r.high_ratios.roi,
                                      &r.high_ratios.cost_per_order, &r.high_ratios.cac};
    for (std::size_t i = 0; i < 4; ++i)
        if (*lows[i] && !s.ratio[i].empty()) {
            const auto [low, high] = low_and_high(s.ratio[i]);
            *lows[i] = std::min(**lows[i], low);
            *highs[i] = std::max(**highs[i], high);
        }
    const auto [returning_low, returning_high] = low_and_high(s.ratio[4]);
    r.low_ratios.returning_value = std::min(e.returning_value, returning_low);
    r.high_ratios.returning_value = std::max(e.returning_value, returning_high);
    r.low_ratios.new_customers = r.low.orders * settings.new_customer_share.value_or(1.0);
    r.high_ratios.new_customers = r.high.orders * settings.new_customer_share.value_or(1.0);
    const auto [profit_low, profit_high] = low_and_high(s.ratio[5]);
    r.low_ratios.gross_profit = std::min(e.gross_profit, profit_low);
    r.high_ratios.gross_profit = std::max(e.gross_profit, profit_high);
    return r;
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

Forecast forecast_plan(const Plan& plan, const SpendOverride& spend, int draws) {
    Forecast f;
    const Calendar cal = calendar_of(plan);
    const Effect by_day = day_shares(cal);
    std::map<std::string, std::map<std::string, double>> planned = spend_by_channel(plan);
    std::vector<ChannelSpend> spends;
    for (const Channel& c : plan.channels) {
        spends.push_back(channel_spend(cal, by_day, c, std::move(planned[c.id]), spend));
        ChannelForecast cf = forecast_channel(c, spends.back());
        f.total += cf.total;
        f.after_campaign += cf.after_campaign;
        f.by_stage[static_cast<std::size_t>(c.stage)] += cf.total;
        f.by_media[static_cast<std::size_t>(c.media)] += cf.total;
        for (const auto& [phase, part] : cf.by_phase)
            f.by_phase[phase] += part;
        f.channels.push_back(std::move(cf));
    }
    std::vector<double> loose; // lines tied to no channel
    // Lines tied to no channel (agency fees, production) are spend too.
    for (const BudgetLine& b : plan.budget)
        if (b.channel_id.empty()) {
            const double amount = static_cast<double>(b.amount);
            f.total.spend += amount;
            f.by_stage[static_cast<std::size_t>(b.stage)].spend += amount;
            f.by_phase[b.phase_id].spend += amount;
            loose.push_back(amount);
        }
    f.ratios = ratios(f.total, plan.forecast);
    f.range = range_of_expected(f.total, plan.forecast);

    // The ranges: each uncertain channel's inputs drawn `draws` times, each
    // independently of the others; the totals of each draw summed in the same
    // order as the expected ones, so that certain inputs give no width at all.
    std::vector<std::size_t> uncertain;
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        f.channels[i].range = range_of_expected(f.channels[i].total, plan.forecast);
        if (has_uncertainty(plan.channels[i].inputs.uncertainty)) uncertain.push_back(i);
    }
    if (uncertain.empty() || draws <= 0) return f;
    std::vector<Draws> streams;
    std::vector<Samples> samples(uncertain.size(), Samples(draws));
    for (std::size_t i : uncertain)
        streams.push_back({seed_of(plan.channels[i].id)});
    Samples total(draws);
    for (int d = 0; d < draws; ++d) {
        FunnelFigures sum;
        for (std::size_t i = 0, u = 0; i < plan.channels.size(); ++i) {
            if (u < uncertain.size() && uncertain[u] == i) {
                const FunnelFigures t =
                    channel_total(drawn(plan.channels[i].inputs, streams[u]), spends[i]);
                samples[u++].add(t, plan.forecast);
                sum += t;
            } else {
                sum += f.channels[i].total;
            }
        }
        for (double amount : loose)
            sum.spend += amount;
        total.add(sum, plan.forecast);
    }
    for (std::size_t u = 0; u < uncertain.size(); ++u) {
        ChannelForecast& cf = f.channels[uncertain[u]];
        cf.range = range_of(samples[u], cf.total, plan.forecast);
    }
    f.range = range_of(total, f.total, plan.forecast);
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
        r.channels.push_back(bounds_of(c, goal_curve(cf, goal, plan.forecast), cf.total.spend));
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

AllocationRanges allocation_ranges(const Plan& plan, const AllocationResult& result, Goal goal,
                                   int draws) {
    AllocationRanges out;
    if (!result.ok) return out;
    // The plan cut down to the allocator's channels and their budget lines,
    // so that its total is their joint result, draw by draw.
    Plan moved = plan;
    std::set<std::string> ids;
    for (const ChannelAllocation& a : result.channels)
        ids.insert(a.id);
    auto outside = [&ids](const std::string& id) { return ids.count(id) == 0; };
    moved.channels.erase(std::remove_if(moved.channels.begin(), moved.channels.end(),
                                        [&](const Channel& c) { return outside(c.id); }),
                         moved.channels.end());
    moved.budget.erase(std::remove_if(moved.budget.begin(), moved.budget.end(),
                                      [&](const BudgetLine& b) { return outside(b.channel_id); }),
                       moved.budget.end());
    auto range_at = [&](double AllocationResult::*response, double ChannelAllocation::*spend) {
        SpendOverride at;
        for (const ChannelAllocation& a : result.channels)
            at[a.id] = static_cast<Money>(std::llround(std::max(0.0, a.*spend)));
        const Forecast f = forecast_plan(moved, at, draws);
        auto value = [&](const FunnelFigures& x) {
            return goal_value(goal, x.spend, x.orders, x.revenue, plan.forecast);
        };
        // The allocator's figure comes from its curves and the forecast's from
        // the funnel at whole units of money: they agree but for that
        // rounding, so the range is the forecast's width either side of the
        // allocator's figure (none when every input is certain).
        const double expected = result.*response, forecast = value(f.total);
        return ResponseRange{expected - (forecast - value(f.range.low)),
                             expected + (value(f.range.high) - forecast)};
    };
    out.current = range_at(&AllocationResult::response_current, &ChannelAllocation::current);
    out.proposed = range_at(&AllocationResult::response_proposed, &ChannelAllocation::proposed);
    return out;
}

Proposal propose(const Plan& plan, const Forecast& f, Goal goal, AllocationMode mode,
                 double amount) {
    Proposal p{plan.id, goal, mode, allocate(allocation_request(plan, f, goal, mode, amount)),
               "",      {}};
    p.ranges = allocation_ranges(plan, p.result, goal);
    return p;
}

std::vector<ScenarioComparison> compare_scenarios(const Plan& plan) {
    std::vector<ScenarioComparison> out;
    for (const BudgetScenario& s : plan.scenarios) {
        SpendOverride spend;
        for (const ScenarioSpend& sp : s.spends)
            spend[sp.channel_id] += sp.amount;
        const Forecast f = forecast_plan(plan, spend);
        out.push_back({s.id, f.total, f.ratios, f.range});
    }
    return out;
}

Date add_working_days(const Date& date, int working_days, const std::vector<NonWorkingDay>& off) {
    std::unordered_set<int> closed;
    for (const NonWorkingDay& d : off)
        closed.insert(day_number(d.date));
    int day = day_number(date);
    while (working_days > 0) {
        ++day;
        if (weekday(day) < 5 && !closed.count(day)) --working_days;
    }
    return date_from_day_number(day);
}

Date review_due(const Plan& plan) {
    Date last = plan.phases.empty() ? plan.period.end : plan.phases.front().dates.end;
    for (const Phase& p : plan.phases)
        last = std::max(last, p.dates.end);
    return add_working_days(last, 3, plan.non_working_days);
}

void state_planned_spend_as_evidence(Plan& plan) {
    const std::map<std::string, Money> planned = planned_spend(plan);
    for (Channel& c : plan.channels) {
        ChannelInputs& in = c.inputs;
        auto it = planned.find(c.id);
        if (spend_driven(c) && in.half_saturation && *in.half_saturation > 0 &&
            !in.observed_spend && it != planned.end() && it->second > 0)
            in.observed_spend = it->second;
    }
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
    if (!plan.phases.empty()) review.review_on = review_due(plan);
    return review;
}

} // namespace fp
