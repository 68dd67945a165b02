// What the plan will return: each channel's funnel from spend (or, for owned
// and earned channels, from expected visits) to impressions, clicks, visits,
// carts, orders and revenue, with diminishing returns and carryover across
// the phase calendar; totals by stage, phase and plan; the ratios marketers
// judge a plan by; budget scenarios; the allocator's view of the plan; and
// the review after the campaign. The formulas are in docs/forecast.md.
// Money is in minor units throughout (as doubles: a forecast is not exact).
#pragma once

#include "allocation.h"
#include "model.h"
#include "money.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fp {

struct FunnelFigures {
    double spend = 0;
    double impressions = 0;
    double clicks = 0;
    double visits = 0;
    double carts = 0;
    double orders = 0;
    double revenue = 0;
    FunnelFigures& operator+=(const FunnelFigures& o);
};

// The ratios of a funnel under the plan's settings; empty when undefined
// (no spend, no orders, no gross margin).
struct Ratios {
    std::optional<double> roas;           // revenue / spend
    std::optional<double> roi;            // (revenue x gross margin - spend) / spend
    std::optional<double> cost_per_order; // spend / orders
    std::optional<double> cac;            // spend / new customers
    double new_customers = 0;             // orders x new-customer share
    double returning_value = 0;           // new customers x repeat rate x AOV x periods
    double gross_profit = 0;              // revenue x gross margin (0 without a margin)
};
Ratios ratios(const FunnelFigures& f, const ForecastSettings& settings);

// How far a forecast may fall either way, from how sure the user is of each
// channel's inputs (InputUncertainty): the 10th and 90th percentiles of the
// figures over many draws of those inputs (docs/forecast.md, "Ranges").
// Certain inputs give low = high = the expected figure.
inline constexpr double kRangeLow = 0.1, kRangeHigh = 0.9;
inline constexpr int kRangeDraws = 1000;
struct FigureRange {
    FunnelFigures low, high;
    Ratios low_ratios, high_ratios; // each ratio's own percentiles
};

struct ChannelForecast {
    std::string channel_id;
    bool spend_driven = false; // paid with a cost model; otherwise forecast from volume
    FunnelFigures total;
    std::map<std::string, FunnelFigures> by_phase; // phase id, "" outside every phase
    FunnelFigures after_campaign; // of those, the results that land after the last phase
    // Revenue and orders as the channel's total spend varies (for the
    // allocator and the response chart), through its evidence: the same
    // curve whatever the plan spends.
    ResponseCurve revenue_curve, orders_curve;
    std::string missing; // inputs that keep the forecast short, for people ("no CTR")
    FigureRange range;
};

struct Forecast {
    std::vector<ChannelForecast> channels; // in plan order
    FunnelFigures total;
    std::array<FunnelFigures, 5> by_stage{}; // indexed by Stage
    // The paid / owned / earned mix (indexed by Media); lines tied to no
    // channel (fees, production) belong to no media type and are left out.
    std::array<FunnelFigures, 3> by_media{};
    std::map<std::string, FunnelFigures> by_phase; // phase id, "" outside every phase
    FunnelFigures after_campaign; // of those, the results that land after the last phase
    Ratios ratios;
    FigureRange range; // of the total and its ratios
};

// Spend per channel id that replaces the plan's own (a scenario, or an
// allocation being tried); channels not named keep the plan's spend.
using SpendOverride = std::map<std::string, Money>;

// `draws` of the uncertain inputs make the ranges (none: no width).
Forecast forecast_plan(const Plan& plan, const SpendOverride& spend = {}, int draws = kRangeDraws);

// The plan's budget lines summed per channel (what forecast_plan spends).
std::map<std::string, Money> planned_spend(const Plan& plan);

// The funnel of one channel at `spend` with no saturation: its inputs taken
// as they are.
FunnelFigures linear_funnel(const ChannelInputs& in, double spend);

// A forecast figure in the unit a KPI states it in (counts; money in minor
// units; ROAS as a number; ROI as a fraction); empty when undefined.
std::optional<double> forecast_figure(const Forecast& f, ForecastFigure figure);

// What each unit of spend costs in the unit of `goal`: 1 for profit, which
// is counted net of spend (revenue x gross margin - spend); 0 otherwise.
double goal_spend_cost(Goal goal);

// A channel's response to spend in the unit of `goal`: its orders curve,
// or its revenue curve (at the gross margin for profit, whole without one).
// For profit it is gross: the goal is this less goal_spend_cost() x spend.
ResponseCurve goal_curve(const ChannelForecast& c, Goal goal, const ForecastSettings& s);

// The plan's spend-driven channels as an allocation request for `goal`
// (fixed-fee channels stay where they are); `amount` as the mode needs it,
// net of spend for profit. The result is counted as the goal counts it
// (profit net of spend) and warns when the last unit of money spent returns
// less than it costs.
AllocationRequest allocation_request(const Plan& plan, const Forecast& f, Goal goal,
                                     AllocationMode mode, double amount);
// Spend in minor units as people type it in the plan's currency, with these
// separators: "1,234.56" for CNY.
std::function<std::string(double)> spend_text_of(const Plan& plan, const Numbers& numbers);

// How far an allocation's response (AllocationResult::response_current and
// response_proposed) may fall either way: the allocator's channels alone,
// forecast at each spend with their uncertain inputs, in the goal's unit
// (profit net of spend), never on the wrong side of the allocator's figure.
struct ResponseRange {
    double low = 0, high = 0;
};
struct AllocationRanges {
    ResponseRange current, proposed;
};
AllocationRanges allocation_ranges(const Plan& plan, const AllocationResult& result, Goal goal,
                                   int draws = kRangeDraws);

// The allocator's last answer for a plan, kept until the next is asked for.
struct Proposal {
    std::string plan_id;
    Goal goal = Goal::Revenue; // what it maximised
    AllocationMode mode = AllocationMode::FixedBudget;
    AllocationResult result;
    std::string saved_as;    // the scenario it was last saved as
    AllocationRanges ranges; // of result's responses, when it is ok
};
// Asks the allocator for `goal` in `mode` and works out the ranges of its answer.
Proposal propose(const Plan& plan, const Forecast& f, Goal goal, AllocationMode mode,
                 double amount);

// Whole minor units per channel that add up to the rounded total of the
// proposal, the units lost to rounding going to the largest fractions, so
// that a proposal saved as a scenario spends exactly its budget.
std::vector<Money> whole_amounts(const AllocationResult& result);

// The proposal as a budget scenario of those whole amounts, under the name
// and notes the caller words in its language; `entropy` gives fresh
// randomness for each id it mints.
BudgetScenario scenario_of(const Proposal& proposal, std::string name, std::string notes,
                           const std::function<std::uint64_t()>& entropy);

// A scenario's forecast beside the plan's own.
struct ScenarioComparison {
    std::string scenario_id;
    FunnelFigures total;
    Ratios ratios;
    FigureRange range;
};
std::vector<ScenarioComparison> compare_scenarios(const Plan& plan);

// After the campaign: channels' actual cost per order and ROAS, and the
// reallocation of the same total spend for the next period, from curves
// through each channel's actual result.
struct ChannelReview {
    std::string channel_id;
    double spend = 0, orders = 0, revenue = 0;
    std::optional<double> cost_per_order, roas;
};
struct CampaignReview {
    std::vector<ChannelReview> channels;      // those with actual spend
    std::optional<AllocationResult> proposal; // empty without two channels to compare
    std::optional<Date> review_on;            // three working days after the last phase ends
};
CampaignReview review_campaign(const Plan& plan);

// The day `working_days` working days after `date`: Monday to Friday,
// other than the `off` days.
Date add_working_days(const Date& date, int working_days,
                      const std::vector<NonWorkingDay>& off = {});

// When the campaign is reviewed: three working days after the last phase
// ends (after the period without phases), skipping the plan's non-working
// days. The forecast counts carryover until then.
Date review_due(const Plan& plan);

// Files before version 4 anchored each saturating channel's curve at the
// plan's spend; this states that spend as the channel's evidence
// (`observed_spend`) so that their forecast does not change on opening.
void state_planned_spend_as_evidence(Plan& plan);

} // namespace fp
