#include "templates.h"

#include "forecast.h"
#include "holidays.h"
#include "model_fields.h"
#include "model_json.h"
#include "money.h"
#include "value_kinds.h"
#include "vocabulary.h"

#include <cmath>
#include <set>

namespace fp {

namespace {

bool translated(Rule rule) {
    return rule == Rule::Name || rule == Rule::Text;
}

// Rounded planning rates per US dollar: a template's amounts become round
// figures in each market's currency, and every ratio between them stays.
struct PlanningRate {
    std::string_view currency;
    double per_dollar;
};
constexpr PlanningRate kPlanningRates[] = {{"USD", 1},    {"CNY", 7},     {"TWD", 30},
                                           {"KRW", 1300}, {"VND", 25000}, {"EUR", 1}};

std::optional<double> per_dollar(std::string_view currency) {
    for (const PlanningRate& r : kPlanningRates)
        if (r.currency == currency) return r.per_dollar;
    return std::nullopt;
}

// Converts every amount of `plan` to `currency`; a currency without a
// planning rate leaves the plan as it is.
void convert_currency(Plan& plan, const std::string& currency) {
    const auto from = per_dollar(plan.currency), to = per_dollar(currency);
    if (!from || !to || plan.currency == currency) return;
    const double factor =
        *to / *from *
        std::pow(10.0, currency_decimals(currency) - currency_decimals(plan.currency));
    each_leaf(plan, Rule::None, [&](auto& leaf, Rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(leaf)>, Money>)
            leaf = static_cast<Money>(std::llround(static_cast<double>(leaf) * factor));
    });
    const auto scale = [&](std::optional<double>& v) {
        if (v) *v = std::round(*v * factor);
    };
    for (Objective& o : plan.objectives)
        if (o.unit == Unit::Amount) scale(o.baseline), scale(o.target);
    for (Kpi& k : plan.kpis)
        if (k.unit == Unit::Amount) scale(k.target), scale(k.actual);
    plan.currency = currency;
}

// Days to move the template's dates by, or empty when they stay.
std::optional<int> dates_shift(const TemplateSource& source, const Plan& plan, const Date& today,
                               const TemplateOptions& options) {
    if (source.dates == TemplateDates::Own) return std::nullopt;
    if (source.dates == TemplateDates::Event) {
        const Date event = options.event.value_or(next_sale_event(today));
        for (const Phase& p : plan.phases)
            if (p.kind == PhaseKind::Burst) return days_between(p.dates.end, event);
    }
    return days_between(plan.period.start, today);
}

// Moves the plan's dates by `days` and gives it its market's public
// holidays around them; a milestone or review session on the template's
// review date moves to the plan's, which the holidays may push back.
void date_plan(Plan& plan, int days) {
    const Date review = add_days(review_due(plan), days);
    move_dates(plan, days);
    plan.non_working_days = missing_public_holidays(plan);
    const Date due = review_due(plan);
    for (Milestone& m : plan.milestones)
        if (m.date == review) m.date = due;
    for (Review& r : plan.reviews)
        if (r.date == review) r.date = due;
}

} // namespace

Date next_sale_day(const SaleDay& sale, const Date& today) {
    const Date this_year{today.year, sale.month, sale.day};
    return today < this_year ? this_year : Date{today.year + 1, sale.month, sale.day};
}

const SaleDay& next_sale(const Date& today) {
    const SaleDay* first = &kSaleDays[0];
    for (const SaleDay& sale : kSaleDays)
        if (next_sale_day(sale, today) < next_sale_day(*first, today)) first = &sale;
    return *first;
}

Date next_sale_event(const Date& today) {
    return next_sale_day(next_sale(today), today);
}

std::optional<Date> parse_event(std::string_view text, const Date& today) {
    for (const SaleDay& sale : kSaleDays)
        if (sale.name == text) return next_sale_day(sale, today);
    return parse_date(text);
}

const TemplateSource* find_template(std::string_view key) {
    for (const TemplateSource& t : builtin_templates())
        if (t.key == key) return &t;
    return nullptr;
}

std::string template_title_key(std::string_view key) {
    return "template." + std::string(key) + ".title";
}

std::string template_summary_key(std::string_view key) {
    return "template." + std::string(key) + ".summary";
}

TemplateResult plan_from_template(const TemplateSource& source, const std::string& name,
                                  const Stamp& stamp, const Messages& language,
                                  const TemplateOptions& options) {
    TemplateResult result;
    if (options.event && source.dates != TemplateDates::Event) {
        result.error = "the template \"" + std::string(source.key) + "\" is not tied to an event";
        return result;
    }
    PlanReadResult read = read_plan(source.text);
    if (!read.ok) {
        result.error = "the template is not a valid plan: " + describe(read.problems.front());
        return result;
    }
    Plan plan = std::move(read.plan);
    if (const Language* known = find_language(language.code); known && language.code != "en") {
        each_leaf(plan, Rule::None, [&](auto& leaf, Rule rule) {
            if constexpr (std::is_same_v<std::decay_t<decltype(leaf)>, std::string>) {
                if (!translated(rule)) return;
                const auto it = language.template_text.find(leaf);
                if (it != language.template_text.end()) leaf = it->second;
            }
        });
        plan.language = known->code;
        if (!source.keeps_currency) convert_currency(plan, known->currency);
    }
    date_plan(plan, dates_shift(source, plan, stamp.today, options).value_or(0));
    stamp_as_new(plan, name, stamp);
    result.plan = std::move(plan);
    result.ok = true;
    return result;
}

std::vector<std::string> template_texts(const Plan& plan) {
    std::vector<std::string> out;
    std::set<std::string_view> seen;
    each_leaf(plan, Rule::None, [&](const auto& leaf, Rule rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(leaf)>, std::string>) {
            if (translated(rule) && !leaf.empty() && seen.insert(leaf).second) out.push_back(leaf);
        }
    });
    return out;
}

} // namespace fp
