#include "templates.h"

#include "model_fields.h"
#include "model_json.h"
#include "vocabulary.h"

namespace fp {

namespace {

// Moves every date in `node` by `days`, through the field tables.
template <class T> void shift_dates(T& node, int days) {
    if constexpr (std::is_same_v<T, Date>) {
        node = add_days(node, days);
    } else if constexpr (detail::IsOptional<T>::value) {
        if (node) shift_dates(*node, days);
    } else if constexpr (detail::IsVector<T>::value) {
        for (auto& item : node)
            shift_dates(item, days);
    } else if constexpr (HasFields<T>::value) {
        for_each_field(node,
                       [&](const char*, auto& field, Rule, Need) { shift_dates(field, days); });
    }
}

} // namespace

const TemplateSource* find_template(std::string_view key) {
    for (const TemplateSource& t : builtin_templates())
        if (t.key == key) return &t;
    return nullptr;
}

TemplateResult plan_from_template(std::string_view template_text, const std::string& name,
                                  const Stamp& stamp) {
    TemplateResult result;
    PlanReadResult read = read_plan(template_text);
    if (!read.ok) {
        result.error = "the template is not a valid plan: " + describe(read.problems.front());
        return result;
    }
    Plan plan = std::move(read.plan);
    shift_dates(plan, days_between(plan.period.start, stamp.today));
    plan.id = make_id("plan", stamp.entropy);
    if (!name.empty()) plan.name = name;
    plan.created = stamp.now_utc;
    plan.modified = stamp.now_utc;
    result.plan = std::move(plan);
    result.ok = true;
    return result;
}

} // namespace fp
