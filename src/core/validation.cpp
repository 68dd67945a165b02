#include "validation.h"

#include "vocabulary.h"

#include <unordered_set>

namespace fp {

std::size_t count_chars(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::vector<Problem> validate_plan(const Plan& plan, const FormatLimits& limits) {
    std::vector<Problem> out;
    auto add = [&](std::string pointer, std::string message) {
        out.push_back(Problem{std::move(pointer), {}, std::move(message)});
    };
    auto check_text = [&](const std::string& pointer, const std::string& text, std::size_t max,
                          bool required) {
        if (!is_valid_utf8(text))
            add(pointer, "the text is not valid UTF-8");
        else if (required && text.empty())
            add(pointer, "must not be empty");
        else if (count_chars(text) > max)
            add(pointer, "is " + std::to_string(count_chars(text)) +
                             " characters long; the limit is " + std::to_string(max));
    };

    if (!is_valid_id(plan.id))
        add("/plan/id", "\"" + plan.id + "\" is not a valid identifier (letters, digits, - _ .)");
    check_text("/plan/name", plan.name, limits.max_name_chars, true);
    if (!is_currency_code(plan.currency))
        add("/plan/currency",
            "\"" + plan.currency + "\" is not an ISO 4217 currency code such as EUR or CNY");
    if (!is_valid_date(plan.period.start)) add("/plan/period/start", "is not a valid date");
    if (!is_valid_date(plan.period.end)) add("/plan/period/end", "is not a valid date");
    if (plan.period.end < plan.period.start)
        add("/plan/period/end", "the period ends (" + format_date(plan.period.end) +
                                    ") before it starts (" + format_date(plan.period.start) + ")");
    if (plan.objectives.size() > limits.max_objectives)
        add("/plan/objectives", "has " + std::to_string(plan.objectives.size()) +
                                    " objectives; the limit is " +
                                    std::to_string(limits.max_objectives));

    std::unordered_set<std::string> ids{plan.id};
    for (std::size_t i = 0; i < plan.objectives.size(); ++i) {
        const Objective& o = plan.objectives[i];
        const std::string base = "/plan/objectives/" + std::to_string(i);
        if (!is_valid_id(o.id))
            add(base + "/id",
                "\"" + o.id + "\" is not a valid identifier (letters, digits, - _ .)");
        else if (!ids.insert(o.id).second)
            add(base + "/id", "the identifier \"" + o.id + "\" is used more than once");
        check_text(base + "/statement", o.statement, limits.max_text_chars, false);
    }
    return out;
}

} // namespace fp
