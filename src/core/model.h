// The plan model: plain structs, no behaviour. Everything that derives from or
// changes a plan lives in free functions elsewhere in src/core/.
//
// Conventions: every item has a stable `id`, unique within its plan, and items
// refer to each other by id. Money is an integer count of the currency's minor
// units (cents, fen; whole units for KRW and VND). Rates are fractions (0.03
// for 3%). Dates are calendar dates. Optional numbers are std::optional.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fp {

using Money = std::int64_t; // minor units of the plan's currency
// The largest amount a plan holds: 10^15 minor units (ten trillion yuan), so
// that 5,000 of them still add up without overflow and stay exact in a double.
inline constexpr Money kMaxMoney = 1'000'000'000'000'000;

// The RACE frame: every objective, KPI, channel, task and budget line belongs
// to exactly one stage.
enum class Stage : std::uint8_t { Plan, Reach, Act, Convert, Engage };
inline constexpr std::array<Stage, 5> kStages = {Stage::Plan, Stage::Reach, Stage::Act,
                                                 Stage::Convert, Stage::Engage};

enum class Scenario : std::uint8_t {
    Custom,
    Launch,
    MegaSale,
    Reactivation,
    Membership,
    BrandVoice
};
enum class Horizon : std::uint8_t { Short, Mid, Long };
enum class Direction : std::uint8_t { HigherIsBetter, LowerIsBetter };
enum class Media : std::uint8_t { Paid, Owned, Earned };
inline constexpr std::array<Media, 3> kMedia = {Media::Paid, Media::Owned, Media::Earned};
enum class Funnel : std::uint8_t { Top, Middle, Bottom, Retention };
enum class CostModel : std::uint8_t { None, Cpm, Cpc, Cpa, Fixed };
enum class ResourceType : std::uint8_t { Content, Traffic, UserOps, Data, Other };
enum class Availability : std::uint8_t { Available, Partial, ToAcquire };
enum class PhaseKind : std::uint8_t { WarmUp, Burst, FollowThrough, Custom };
enum class TaskStatus : std::uint8_t { Todo, Doing, Done, Blocked };
enum class KpiDimension : std::uint8_t { Traffic, Conversion, Users, Custom };
enum class KpiKind : std::uint8_t { Result, Process };
enum class Unit : std::uint8_t { Count, Percent, Amount, Number }; // Amount: money
enum class Level : std::uint8_t { Low, Medium, High };
enum class RiskStatus : std::uint8_t { Open, Watching, Closed };
enum class SwotQuadrant : std::uint8_t { Strength, Weakness, Opportunity, Threat };
// What the budget allocator maximises.
enum class Goal : std::uint8_t { Revenue, Orders, Profit };
// A figure of the forecast a KPI can be compared with.
enum class ForecastFigure : std::uint8_t {
    None,
    Impressions,
    Visits,
    Orders,
    Revenue,
    Roas,
    Roi,
    CostPerOrder,
    Cac,
    Clicks,
    Carts,
    ConversionRate, // orders per visit
    CartRate,       // add-to-carts per visit
    Aov,            // revenue per order
    ReturningValue
};
enum class TowsKind : std::uint8_t { SO, ST, WO, WT };

// A calendar date without time zone; stored in files as ISO 8601 "YYYY-MM-DD".
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
};

struct Period {
    Date start;
    Date end;
    friend bool operator==(const Period& a, const Period& b) {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }
};

// --- Plan stage: where we are --------------------------------------------------

struct ReviewRow { // last period, one row per channel
    std::string id;
    std::string channel;
    std::string what_worked;
    std::optional<double> growth_rate; // fraction, may be negative
    std::string missed_chances;
};

struct Activity { // inventory of current digital activities
    std::string id;
    std::string name;
    std::string channel;
    std::string notes;
};

struct Competitor {
    std::string id;
    std::string name;
    std::string strengths;
    std::string weaknesses;
};

struct SwotItem {
    std::string id;
    SwotQuadrant quadrant = SwotQuadrant::Strength;
    std::string text;
};

struct TowsStrategy { // combines SWOT items: SO uses strengths and opportunities, ...
    std::string id;
    TowsKind kind = TowsKind::SO;
    std::string text;
    std::vector<std::string> swot_ids;
};

struct Segment { // target market
    std::string id;
    std::string name;
    std::string needs;
    std::string wants;
    std::string expectations;
};

struct Milestone { // growth timeline
    std::string id;
    Date date;
    std::string title;
};

// --- Objectives and strategy ---------------------------------------------------

struct Objective { // SMART
    std::string id;
    Stage stage = Stage::Plan;
    std::string statement;
    std::string metric;
    Unit unit = Unit::Count;
    std::optional<double> baseline;
    std::optional<double> target;
    Direction direction = Direction::HigherIsBetter;
    std::optional<Date> deadline;
    Horizon horizon = Horizon::Short;
    std::string owner;
};

struct Strategy {
    // 4P
    std::string product;
    std::string price;
    std::string place;
    std::string promotion;
    // key brand messages along the path to purchase
    std::string awareness_message;
    std::string familiarity_message;
    std::string intent_message;
};

// Inputs the forecast needs; empty until someone fills them in.
// How sure the user is of a channel's inputs: the share each may be off
// either way (0.2: from 20% below to 20% above what is typed); empty when
// the input is taken as certain. The forecast's ranges come from these.
struct InputUncertainty {
    std::optional<double> unit_cost;
    std::optional<double> ctr;
    std::optional<double> cart_rate;
    std::optional<double> conversion_rate;
    std::optional<double> aov;
    std::optional<double> volume;
    std::optional<double> half_saturation;
};

struct ChannelInputs {
    CostModel cost_model = CostModel::None;
    std::optional<Money> unit_cost;        // per 1000 impressions, click, order, or fixed fee
    std::optional<double> ctr;             // clicks / impressions
    std::optional<double> visit_rate;      // visits / clicks
    std::optional<double> cart_rate;       // add-to-cart / visits
    std::optional<double> conversion_rate; // orders / visits
    std::optional<Money> aov;              // average order value
    std::optional<double> volume;          // owned and earned: expected visits without spend
    // Diminishing returns (docs/forecast.md): the spend at which the unit cost
    // and rates above were observed (last period's, or a benchmark's), so that
    // the curve does not move with what the plan spends; the spend at which
    // the channel gives half of what it ever could; the curve's shape (1 when empty).
    std::optional<Money> observed_spend;
    std::optional<Money> half_saturation;
    std::optional<double> shape;
    std::optional<double> carryover; // share of a day's effect that carries to the next
    // Bounds for the budget allocator.
    std::optional<Money> min_spend;
    std::optional<Money> max_spend;
    bool locked = false; // the allocator keeps this channel's spend
    InputUncertainty uncertainty;
};

// What a channel delivered, entered after the campaign.
struct ChannelActuals {
    std::optional<Money> spend;
    std::optional<double> orders;
    std::optional<Money> revenue;
};

struct Channel {
    std::string id;
    std::string name;
    Media media = Media::Paid;
    Stage stage = Stage::Reach;
    Funnel funnel = Funnel::Top;
    ChannelInputs inputs;
    ChannelActuals actuals;
};

// Plan-wide inputs of the forecast.
struct ForecastSettings {
    std::optional<double> gross_margin;       // share of revenue left after cost of goods
    std::optional<double> new_customer_share; // share of orders from new buyers (1 when empty)
    std::optional<double> repeat_rate;        // share of customers who buy again in a period
    std::optional<double> repeat_periods;     // periods the returning-customer value counts
    Goal goal = Goal::Revenue;                // what allocation maximises
};

// A budget scenario: spend per channel, compared with the plan's own budget.
struct ScenarioSpend {
    std::string id;
    std::string channel_id;
    Money amount = 0;
};
struct BudgetScenario {
    std::string id;
    std::string name;
    std::string notes;
    std::vector<ScenarioSpend> spends;
};

struct Resource { // digital resource inventory
    std::string id;
    ResourceType type = ResourceType::Content;
    std::string examples;
    std::string department;
    Availability availability = Availability::Available;
};

// --- Execution -------------------------------------------------------------------

struct Phase {
    std::string id;
    std::string name;
    PhaseKind kind = PhaseKind::Custom;
    Period dates;
};

struct Task {
    std::string id;
    std::string title;
    std::string phase_id; // "" when not in a phase
    Period dates;
    std::string owner;
    std::string resources; // what the task needs, in words: "5 short videos, topic budget 5,000"
    Money budget = 0;
    std::string outputs;
    TaskStatus status = TaskStatus::Todo;
    std::vector<std::string> depends_on; // task ids that must end first
    // The inventory's resources it uses, so that the inventory can show what
    // nothing uses and what must be acquired before a task starts.
    std::vector<std::string> resource_ids;
};

struct BudgetLine {
    std::string id;
    std::string label;
    Stage stage = Stage::Reach;
    std::string channel_id; // "" when not tied to a channel
    std::string phase_id;   // "" when not tied to a phase
    Money amount = 0;
};

// A day nobody works on the plan (a public holiday, a company closure): the
// review date counts working days past it.
struct NonWorkingDay {
    std::string id;
    Date date;
    std::string name;
};

// --- Measurement -----------------------------------------------------------------

struct Kpi {
    std::string id;
    KpiDimension dimension = KpiDimension::Traffic;
    std::string metric;
    Unit unit = Unit::Count;
    std::optional<double> target;
    std::optional<double> actual;
    Direction direction = Direction::HigherIsBetter;
    std::string owner;
    std::optional<Date> deadline;
    // The last day the figure counts (a 30-day repurchase rate counts until
    // 30 days after the sale); a deadline before it reports an unfinished number.
    std::optional<Date> counted_until;
    std::string source; // where the number comes from
    KpiKind kind = KpiKind::Result;
    std::string objective_id;                       // "" when not linked
    ForecastFigure forecast = ForecastFigure::None; // the forecast figure it is compared with
    // evaluation after the campaign
    std::string problem;
    std::string suggestion;
};

// The measurement plan: how each number the KPIs need is collected, so that
// the figures exist when the review asks for them.
struct Measurement {
    std::string id;
    std::string tracked;     // what is tracked: "first orders from campaign links"
    std::string where;       // the tool or place that records it
    std::string how;         // analytics goal or event, UTM convention, tagging
    std::string attribution; // how results are credited to channels, offline sales included
    std::string owner;       // who owns the data
    std::vector<std::string> kpi_ids; // the KPIs it feeds
};

struct Review { // review session
    std::string id;
    Date date;
    std::string findings;
    std::string decisions;
};

struct ChecklistItem {
    std::string id;
    Stage stage = Stage::Plan;
    std::string text;
    bool done = false;
    std::string explanation; // why the step matters, in a sentence
};

struct Risk {
    std::string id;
    std::string risk;
    Level likelihood = Level::Medium;
    Level impact = Level::Medium;
    std::string response;
    std::string owner;
    RiskStatus status = RiskStatus::Open;
};

struct Plan {
    // metadata
    std::string id; // stable across renames, exports and imports of a copy
    std::string name;
    std::string business;
    std::string currency = "USD"; // ISO 4217 code
    std::string language = "en";  // BCP 47 tag of the plan's text
    Scenario scenario = Scenario::Custom;
    Period period;
    std::string created;  // ISO 8601 UTC timestamp
    std::string modified; // ISO 8601 UTC timestamp
    std::optional<Money> budget_total;
    std::string mission; // the mission / digital strategy statement

    // Plan stage
    std::vector<ReviewRow> review;
    std::vector<Activity> activities;
    std::vector<Competitor> competitors;
    std::vector<SwotItem> swot;
    std::vector<TowsStrategy> tows;
    std::vector<Segment> segments;
    std::vector<Milestone> milestones;

    std::vector<Objective> objectives;
    Strategy strategy;
    std::vector<Channel> channels;
    std::vector<Resource> resources;

    std::vector<Phase> phases;
    std::vector<Task> tasks;
    std::vector<BudgetLine> budget;
    std::vector<NonWorkingDay> non_working_days;

    std::vector<Kpi> kpis;
    std::vector<Measurement> measurements;
    std::vector<Review> reviews;
    std::vector<ChecklistItem> checklist;
    std::vector<Risk> risks;

    ForecastSettings forecast;
    std::vector<BudgetScenario> scenarios;
};

} // namespace fp
