// One description of every struct in the model: its fields, their names in a
// plan file, and the rule each value follows. The file writer, the reader,
// validation and the generic edits all walk these tables, so a field added
// here is written, read, checked and editable everywhere at once.
#pragma once

#include "model.h"

#include <type_traits>

namespace fp {

enum class Rule : std::uint8_t {
    None,        // bool, enum, date, nested object or list
    Id,          // identifier, required, unique within the plan
    Ref,         // an identifier of another item, or "" for none
    Name,        // one line of text, up to 200 characters
    Text,        // free text, up to 4,000 characters
    Currency,    // ISO 4217 code: three upper-case letters
    Language,    // BCP 47 language tag such as "en", "zh-Hant", "vi"
    Timestamp,   // UTC time "YYYY-MM-DDThh:mm:ssZ"
    Fraction,    // a rate from 0 to 1
    Signed,      // any finite number (growth may be negative)
    NonNegative, // a finite number >= 0 (money, counts, volumes)
    Positive,    // a finite number > 0 (a curve's shape)
};

// Fields a file must contain; every other field may be left out and then
// takes its default, which is also how older files gain newer fields.
enum class Need : std::uint8_t { Optional, Required };

#define FP_FIELDS(Type, ...)                                                                       \
    template <class T, class F>                                                                    \
    std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Type>> for_each_field(T& x, F&& f) {   \
        __VA_ARGS__                                                                                \
    }

FP_FIELDS(Period, f("start", x.start, Rule::None, Need::Required);
          f("end", x.end, Rule::None, Need::Required);)

FP_FIELDS(ReviewRow, f("id", x.id, Rule::Id, Need::Required);
          f("channel", x.channel, Rule::Name, Need::Optional);
          f("what_worked", x.what_worked, Rule::Text, Need::Optional);
          f("growth_rate", x.growth_rate, Rule::Signed, Need::Optional);
          f("missed_chances", x.missed_chances, Rule::Text, Need::Optional);)

FP_FIELDS(Activity, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);
          f("channel", x.channel, Rule::Name, Need::Optional);
          f("notes", x.notes, Rule::Text, Need::Optional);)

FP_FIELDS(Competitor, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);
          f("strengths", x.strengths, Rule::Text, Need::Optional);
          f("weaknesses", x.weaknesses, Rule::Text, Need::Optional);)

FP_FIELDS(SwotItem, f("id", x.id, Rule::Id, Need::Required);
          f("quadrant", x.quadrant, Rule::None, Need::Required);
          f("text", x.text, Rule::Text, Need::Optional);)

FP_FIELDS(TowsStrategy, f("id", x.id, Rule::Id, Need::Required);
          f("kind", x.kind, Rule::None, Need::Required);
          f("text", x.text, Rule::Text, Need::Optional);
          f("swot_ids", x.swot_ids, Rule::Ref, Need::Optional);)

FP_FIELDS(Segment, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);
          f("needs", x.needs, Rule::Text, Need::Optional);
          f("wants", x.wants, Rule::Text, Need::Optional);
          f("expectations", x.expectations, Rule::Text, Need::Optional);)

FP_FIELDS(Milestone, f("id", x.id, Rule::Id, Need::Required);
          f("date", x.date, Rule::None, Need::Required);
          f("title", x.title, Rule::Name, Need::Optional);)

FP_FIELDS(Objective, f("id", x.id, Rule::Id, Need::Required);
          f("stage", x.stage, Rule::None, Need::Required);
          f("statement", x.statement, Rule::Text, Need::Optional);
          f("metric", x.metric, Rule::Name, Need::Optional);
          f("unit", x.unit, Rule::None, Need::Optional);
          f("baseline", x.baseline, Rule::Signed, Need::Optional);
          f("target", x.target, Rule::Signed, Need::Optional);
          f("direction", x.direction, Rule::None, Need::Optional);
          f("deadline", x.deadline, Rule::None, Need::Optional);
          f("horizon", x.horizon, Rule::None, Need::Optional);
          f("owner", x.owner, Rule::Name, Need::Optional);)

FP_FIELDS(Strategy, f("product", x.product, Rule::Text, Need::Optional);
          f("price", x.price, Rule::Text, Need::Optional);
          f("place", x.place, Rule::Text, Need::Optional);
          f("promotion", x.promotion, Rule::Text, Need::Optional);
          f("awareness_message", x.awareness_message, Rule::Text, Need::Optional);
          f("familiarity_message", x.familiarity_message, Rule::Text, Need::Optional);
          f("intent_message", x.intent_message, Rule::Text, Need::Optional);)

FP_FIELDS(InputUncertainty, f("unit_cost", x.unit_cost, Rule::Fraction, Need::Optional);
          f("ctr", x.ctr, Rule::Fraction, Need::Optional);
          f("cart_rate", x.cart_rate, Rule::Fraction, Need::Optional);
          f("conversion_rate", x.conversion_rate, Rule::Fraction, Need::Optional);
          f("aov", x.aov, Rule::Fraction, Need::Optional);
          f("volume", x.volume, Rule::Fraction, Need::Optional);
          f("half_saturation", x.half_saturation, Rule::Fraction, Need::Optional);)

FP_FIELDS(ChannelInputs, f("cost_model", x.cost_model, Rule::None, Need::Optional);
          f("unit_cost", x.unit_cost, Rule::NonNegative, Need::Optional);
          f("ctr", x.ctr, Rule::Fraction, Need::Optional);
          f("visit_rate", x.visit_rate, Rule::Fraction, Need::Optional);
          f("cart_rate", x.cart_rate, Rule::Fraction, Need::Optional);
          f("conversion_rate", x.conversion_rate, Rule::Fraction, Need::Optional);
          f("aov", x.aov, Rule::NonNegative, Need::Optional);
          f("volume", x.volume, Rule::NonNegative, Need::Optional);
          f("observed_spend", x.observed_spend, Rule::NonNegative, Need::Optional);
          f("half_saturation", x.half_saturation, Rule::NonNegative, Need::Optional);
          f("shape", x.shape, Rule::Positive, Need::Optional);
          f("carryover", x.carryover, Rule::Fraction, Need::Optional);
          f("min_spend", x.min_spend, Rule::NonNegative, Need::Optional);
          f("max_spend", x.max_spend, Rule::NonNegative, Need::Optional);
          f("locked", x.locked, Rule::None, Need::Optional);
          f("uncertainty", x.uncertainty, Rule::None, Need::Optional);)

FP_FIELDS(ChannelActuals, f("spend", x.spend, Rule::NonNegative, Need::Optional);
          f("orders", x.orders, Rule::NonNegative, Need::Optional);
          f("revenue", x.revenue, Rule::NonNegative, Need::Optional);)

FP_FIELDS(Channel, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);
          f("media", x.media, Rule::None, Need::Optional);
          f("stage", x.stage, Rule::None, Need::Required);
          f("funnel", x.funnel, Rule::None, Need::Optional);
          f("inputs", x.inputs, Rule::None, Need::Optional);
          f("actuals", x.actuals, Rule::None, Need::Optional);)

FP_FIELDS(ForecastSettings, f("gross_margin", x.gross_margin, Rule::Fraction, Need::Optional);
          f("new_customer_share", x.new_customer_share, Rule::Fraction, Need::Optional);
          f("repeat_rate", x.repeat_rate, Rule::Fraction, Need::Optional);
          f("repeat_periods", x.repeat_periods, Rule::NonNegative, Need::Optional);
          f("goal", x.goal, Rule::None, Need::Optional);)

FP_FIELDS(ScenarioSpend, f("id", x.id, Rule::Id, Need::Required);
          f("channel_id", x.channel_id, Rule::Ref, Need::Required);
          f("amount", x.amount, Rule::NonNegative, Need::Required);)

FP_FIELDS(BudgetScenario, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);
          f("notes", x.notes, Rule::Text, Need::Optional);
          f("spends", x.spends, Rule::None, Need::Optional);)

FP_FIELDS(Resource, f("id", x.id, Rule::Id, Need::Required);
          f("type", x.type, Rule::None, Need::Optional);
          f("examples", x.examples, Rule::Text, Need::Optional);
          f("department", x.department, Rule::Name, Need::Optional);
          f("availability", x.availability, Rule::None, Need::Optional);)

FP_FIELDS(Phase, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);
          f("kind", x.kind, Rule::None, Need::Optional);
          f("dates", x.dates, Rule::None, Need::Required);)

FP_FIELDS(Task, f("id", x.id, Rule::Id, Need::Required);
          f("title", x.title, Rule::Name, Need::Optional);
          f("phase_id", x.phase_id, Rule::Ref, Need::Optional);
          f("dates", x.dates, Rule::None, Need::Required);
          f("owner", x.owner, Rule::Name, Need::Optional);
          f("resources", x.resources, Rule::Text, Need::Optional);
          f("budget", x.budget, Rule::NonNegative, Need::Optional);
          f("outputs", x.outputs, Rule::Text, Need::Optional);
          f("status", x.status, Rule::None, Need::Optional);
          f("depends_on", x.depends_on, Rule::Ref, Need::Optional);
          f("resource_ids", x.resource_ids, Rule::Ref, Need::Optional);)

FP_FIELDS(BudgetLine, f("id", x.id, Rule::Id, Need::Required);
          f("label", x.label, Rule::Name, Need::Optional);
          f("stage", x.stage, Rule::None, Need::Required);
          f("channel_id", x.channel_id, Rule::Ref, Need::Optional);
          f("phase_id", x.phase_id, Rule::Ref, Need::Optional);
          f("amount", x.amount, Rule::NonNegative, Need::Required);)

FP_FIELDS(NonWorkingDay, f("id", x.id, Rule::Id, Need::Required);
          f("date", x.date, Rule::None, Need::Required);
          f("name", x.name, Rule::Name, Need::Optional);)

FP_FIELDS(Kpi, f("id", x.id, Rule::Id, Need::Required);
          f("dimension", x.dimension, Rule::None, Need::Optional);
          f("metric", x.metric, Rule::Name, Need::Optional);
          f("unit", x.unit, Rule::None, Need::Optional);
          f("target", x.target, Rule::Signed, Need::Optional);
          f("actual", x.actual, Rule::Signed, Need::Optional);
          f("direction", x.direction, Rule::None, Need::Optional);
          f("owner", x.owner, Rule::Name, Need::Optional);
          f("deadline", x.deadline, Rule::None, Need::Optional);
          f("counted_until", x.counted_until, Rule::None, Need::Optional);
          f("source", x.source, Rule::Name, Need::Optional);
          f("kind", x.kind, Rule::None, Need::Optional);
          f("objective_id", x.objective_id, Rule::Ref, Need::Optional);
          f("forecast", x.forecast, Rule::None, Need::Optional);
          f("problem", x.problem, Rule::Text, Need::Optional);
          f("suggestion", x.suggestion, Rule::Text, Need::Optional);)

FP_FIELDS(Measurement, f("id", x.id, Rule::Id, Need::Required);
          f("tracked", x.tracked, Rule::Name, Need::Optional);
          f("where", x.where, Rule::Name, Need::Optional);
          f("how", x.how, Rule::Text, Need::Optional);
          f("attribution", x.attribution, Rule::Text, Need::Optional);
          f("owner", x.owner, Rule::Name, Need::Optional);
          f("kpi_ids", x.kpi_ids, Rule::Ref, Need::Optional);)

FP_FIELDS(Review, f("id", x.id, Rule::Id, Need::Required);
          f("date", x.date, Rule::None, Need::Required);
          f("findings", x.findings, Rule::Text, Need::Optional);
          f("decisions", x.decisions, Rule::Text, Need::Optional);)

FP_FIELDS(ChecklistItem, f("id", x.id, Rule::Id, Need::Required);
          f("stage", x.stage, Rule::None, Need::Required);
          f("text", x.text, Rule::Text, Need::Optional);
          f("done", x.done, Rule::None, Need::Optional);
          f("explanation", x.explanation, Rule::Text, Need::Optional);)

FP_FIELDS(Risk, f("id", x.id, Rule::Id, Need::Required);
          f("risk", x.risk, Rule::Text, Need::Optional);
          f("likelihood", x.likelihood, Rule::None, Need::Optional);
          f("impact", x.impact, Rule::None, Need::Optional);
          f("response", x.response, Rule::Text, Need::Optional);
          f("owner", x.owner, Rule::Name, Need::Optional);
          f("status", x.status, Rule::None, Need::Optional);)

FP_FIELDS(Plan, f("id", x.id, Rule::Id, Need::Required);
          f("name", x.name, Rule::Name, Need::Required);
          f("business", x.business, Rule::Name, Need::Optional);
          f("currency", x.currency, Rule::Currency, Need::Required);
          f("language", x.language, Rule::Language, Need::Optional);
          f("scenario", x.scenario, Rule::None, Need::Optional);
          f("period", x.period, Rule::None, Need::Required);
          f("created", x.created, Rule::Timestamp, Need::Required);
          f("modified", x.modified, Rule::Timestamp, Need::Required);
          f("budget_total", x.budget_total, Rule::NonNegative, Need::Optional);
          f("mission", x.mission, Rule::Text, Need::Optional);
          f("review", x.review, Rule::None, Need::Optional);
          f("activities", x.activities, Rule::None, Need::Optional);
          f("competitors", x.competitors, Rule::None, Need::Optional);
          f("swot", x.swot, Rule::None, Need::Optional);
          f("tows", x.tows, Rule::None, Need::Optional);
          f("segments", x.segments, Rule::None, Need::Optional);
          f("milestones", x.milestones, Rule::None, Need::Optional);
          f("objectives", x.objectives, Rule::None, Need::Optional);
          f("strategy", x.strategy, Rule::None, Need::Optional);
          f("channels", x.channels, Rule::None, Need::Optional);
          f("resources", x.resources, Rule::None, Need::Optional);
          f("phases", x.phases, Rule::None, Need::Optional);
          f("tasks", x.tasks, Rule::None, Need::Optional);
          f("budget", x.budget, Rule::None, Need::Optional);
          f("non_working_days", x.non_working_days, Rule::None, Need::Optional);
          f("kpis", x.kpis, Rule::None, Need::Optional);
          f("measurements", x.measurements, Rule::None, Need::Optional);
          f("reviews", x.reviews, Rule::None, Need::Optional);
          f("checklist", x.checklist, Rule::None, Need::Optional);
          f("risks", x.risks, Rule::None, Need::Optional);
          f("forecast", x.forecast, Rule::None, Need::Optional);
          f("scenarios", x.scenarios, Rule::None, Need::Optional);)

#undef FP_FIELDS

// True for the model's structs, which have a field table above.
struct AnyField {
    template <class... A> void operator()(A&&...) const {}
};
template <class T, class = void> struct HasFields : std::false_type {};
template <class T>
struct HasFields<T, std::void_t<decltype(for_each_field(std::declval<T&>(), AnyField{}))>>
    : std::true_type {};

// Structs that are one value though they have fields: a period's start and
// end are checked against each other, so a merge (core/merge.h) takes one
// group's period whole rather than one group's start and another's end.
template <class T> inline constexpr bool kOneValue = std::is_same_v<std::remove_cv_t<T>, Period>;

} // namespace fp
