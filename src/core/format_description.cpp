#include "format_description.h"

#include "model_fields.h"
#include "plan_format.h"
#include "value_kinds.h"
#include "vocabulary.h"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace fp {

namespace {

using Ordered = nlohmann::ordered_json;

template <class T> struct Tag { using type = T; };

// The model's structs by name, in the order the documentation presents them.
template <class F> void each_struct(F&& f) {
    f(Tag<Plan>{}, "Plan");
    f(Tag<Period>{}, "Period");
    f(Tag<ReviewRow>{}, "ReviewRow");
    f(Tag<Activity>{}, "Activity");
    f(Tag<Competitor>{}, "Competitor");
    f(Tag<SwotItem>{}, "SwotItem");
    f(Tag<TowsStrategy>{}, "TowsStrategy");
    f(Tag<Segment>{}, "Segment");
    f(Tag<Milestone>{}, "Milestone");
    f(Tag<Objective>{}, "Objective");
    f(Tag<Strategy>{}, "Strategy");
    f(Tag<Channel>{}, "Channel");
    f(Tag<ChannelInputs>{}, "ChannelInputs");
    f(Tag<InputUncertainty>{}, "InputUncertainty");
    f(Tag<Resource>{}, "Resource");
    f(Tag<ChannelActuals>{}, "ChannelActuals");
    f(Tag<Phase>{}, "Phase");
    f(Tag<Task>{}, "Task");
    f(Tag<BudgetLine>{}, "BudgetLine");
    f(Tag<NonWorkingDay>{}, "NonWorkingDay");
    f(Tag<Kpi>{}, "Kpi");
    f(Tag<Measurement>{}, "Measurement");
    f(Tag<Review>{}, "Review");
    f(Tag<ChecklistItem>{}, "ChecklistItem");
    f(Tag<Risk>{}, "Risk");
    f(Tag<ForecastSettings>{}, "ForecastSettings");
    f(Tag<BudgetScenario>{}, "BudgetScenario");
    f(Tag<ScenarioSpend>{}, "ScenarioSpend");
}

template <class T> std::string struct_name() {
    std::string out;
    each_struct([&](auto tag, const char* name) {
        if constexpr (std::is_same_v<typename decltype(tag)::type, T>) out = name;
    });
    return out;
}

const char* rule_text(Rule rule) {
    switch (rule) {
    case Rule::None:
        return "";
    case Rule::Id:
        return "identifier, unique in the file";
    case Rule::Ref:
        return "id of another item, or \"\"";
    case Rule::Name:
        return "up to 200 characters";
    case Rule::Text:
        return "up to 4,000 characters";
    case Rule::Currency:
        return "ISO 4217 code";
    case Rule::Language:
        return "BCP 47 language tag";
    case Rule::Timestamp:
        return "UTC `YYYY-MM-DDThh:mm:ssZ`";
    case Rule::Fraction:
        return "from 0 to 1";
    case Rule::Signed:
        return "any finite number";
    case Rule::NonNegative:
        return "0 or more";
    case Rule::Positive:
        return "more than 0";
    }
    return "";
}

// What a value of type T is, in the documentation's words.
template <class T> std::string type_text() {
    constexpr ValueKind kind = kind_of<T>();
    if constexpr (kind == ValueKind::Optional) {
        return type_text<typename T::value_type>() + " or null";
    } else if constexpr (kind == ValueKind::List) {
        using E = typename T::value_type;
        if constexpr (kind_of<E>() == ValueKind::Text)
            return "list of ids";
        else
            return "list of " + struct_name<E>();
    } else if constexpr (kind == ValueKind::Choice) {
        std::string out = "one of ";
        for (std::string_view key : EnumKeys<T>::keys)
            out += (out.size() > 7 ? ", `" : "`") + std::string(key) + "`";
        return out;
    } else if constexpr (kind == ValueKind::Text) {
        return "text";
    } else if constexpr (kind == ValueKind::Amount) {
        return "whole number (minor units)";
    } else if constexpr (kind == ValueKind::Flag) {
        return "true or false";
    } else if constexpr (kind == ValueKind::Date) {
        return "date `YYYY-MM-DD`";
    } else if constexpr (kind == ValueKind::Number) {
        return "number";
    } else if constexpr (kind == ValueKind::Object) {
        return std::is_same_v<T, Period> ? "period" : struct_name<T>();
    } else {
        static_assert(kKindNotHandled<T>, "type_text: describe the new ValueKind");
    }
}

constexpr const char* kIdPattern = "[A-Za-z0-9._-]{1,64}";

template <class T> Ordered value_schema(Rule rule, const FormatLimits& limits) {
    constexpr ValueKind kind = kind_of<T>();
    if constexpr (kind == ValueKind::Optional) {
        Ordered inner = value_schema<typename T::value_type>(rule, limits);
        if (inner.contains("$ref") || inner.contains("enum"))
            return Ordered{{"anyOf", Ordered::array({inner, Ordered{{"type", "null"}}})}};
        inner["type"] = Ordered::array({inner["type"], "null"});
        return inner;
    } else if constexpr (kind == ValueKind::List) {
        using E = typename T::value_type;
        Ordered items;
        if constexpr (kind_of<E>() == ValueKind::Text)
            items = Ordered{{"type", "string"}, {"pattern", std::string("^") + kIdPattern + "$"}};
        else
            items = Ordered{{"$ref", "#/$defs/" + struct_name<E>()}};
        return Ordered{{"type", "array"}, {"maxItems", limits.max_items}, {"items", items}};
    } else if constexpr (kind == ValueKind::Choice) {
        Ordered keys = Ordered::array();
        for (std::string_view key : EnumKeys<T>::keys)
            keys.push_back(std::string(key));
        return Ordered{{"enum", keys}};
    } else if constexpr (kind == ValueKind::Object) {
        return Ordered{{"$ref", "#/$defs/" + struct_name<T>()}};
    } else if constexpr (kind == ValueKind::Date) {
        return Ordered{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    } else if constexpr (kind == ValueKind::Flag) {
        return Ordered{{"type", "boolean"}};
    } else if constexpr (kind == ValueKind::Amount) {
        return Ordered{{"type", "integer"}, {"minimum", 0}, {"maximum", kMaxMoney}};
    } else if constexpr (kind == ValueKind::Number) {
        Ordered out{{"type", "number"}};
        if (rule == Rule::Fraction) {
            out["minimum"] = 0;
            out["maximum"] = 1;
        } else if (rule == Rule::NonNegative) {
            out["minimum"] = 0;
        } else if (rule == Rule::Positive) {
            out["exclusiveMinimum"] = 0;
        }
        return out;
    } else if constexpr (kind == ValueKind::Text) {
        Ordered out{{"type", "string"}};
        const std::string id = kIdPattern;
        switch (rule) {
        case Rule::Id:
            out["pattern"] = "^" + id + "$";
            break;
        case Rule::Ref:
            out["pattern"] = "^(" + id + ")?$";
            break;
        case Rule::Name:
            out["maxLength"] = limits.max_name_chars;
            break;
        case Rule::Text:
            out["maxLength"] = limits.max_text_chars;
            break;
        case Rule::Currency:
            out["pattern"] = "^[A-Z]{3}$";
            break;
        case Rule::Language:
            out["pattern"] = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
            break;
        case Rule::Timestamp:
            out["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$";
            break;
        default:
            break;
        }
        return out;
    } else {
        static_assert(kKindNotHandled<T>, "value_schema: give the new ValueKind a schema");
    }
}

} // namespace

std::string format_field_tables() {
    std::string out;
    each_struct([&](auto tag, const char* name) {
        typename decltype(tag)::type node{};
        out += std::string("### ") + name + "\n\n| field | value | rule | required |\n" +
               "| --- | --- | --- | --- |\n";
        for_each_field(node, [&](const char* key, const auto& field, Rule rule, Need need) {
            using F = std::decay_t<decltype(field)>;
            out += std::string("| `") + key + "` | " + type_text<F>() + " | " + rule_text(rule) +
                   " | " + (need == Need::Required ? "yes" : "") + " |\n";
        });
        out += "\n";
    });
    return out;
}

std::string format_json_schema() {
    const FormatLimits limits;
    Ordered defs = Ordered::object();
    each_struct([&](auto tag, const char* name) {
        typename decltype(tag)::type node{};
        Ordered properties = Ordered::object(), required = Ordered::array();
        for_each_field(node, [&](const char* key, const auto& field, Rule rule, Need need) {
            properties[key] = value_schema<std::decay_t<decltype(field)>>(rule, limits);
            if (need == Need::Required) required.push_back(key);
        });
        defs[name] = Ordered{{"type", "object"},
                             {"properties", properties},
                             {"required", required},
                             {"additionalProperties", false}};
    });
    const Ordered schema{
        {"$schema", "https://json-schema.org/draft/2020-12/schema"},
        {"$id", "https://funnelplan.app/schema/plan.schema.json"},
        {"title", "Funnelplan plan file, format version " + std::to_string(kFormatVersion)},
        {"description", "Generated from src/core/model_fields.h by fpcli schema; see "
                        "docs/plan-format.md. Rules across fields (unique ids, references, "
                        "dates in order) are checked by Funnelplan itself."},
        {"type", "object"},
        {"properties",
         {{"format", {{"const", std::string(kFormatName)}}},
          {"version", {{"const", kFormatVersion}}},
          {"plan", {{"$ref", "#/$defs/Plan"}}}}},
        {"required", {"format", "version", "plan"}},
        {"additionalProperties", false},
        {"$defs", defs}};
    return schema.dump(2) + "\n";
}

} // namespace fp
