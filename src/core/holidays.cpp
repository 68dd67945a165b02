#include "holidays.h"

#include "json_reader.h"
#include "messages.h"
#include "vocabulary.h"

#include <algorithm>
#include <set>

namespace fp {

std::vector<PublicHoliday> public_holidays(std::string_view language, const Date& from,
                                           const Date& to) {
    std::vector<PublicHoliday> out;
    const Language* known = find_language(language);
    if (!known) return out;
    // Parsed on each call: it is asked once per new plan, and a table kept
    // between calls would be state the core otherwise never holds.
    const Json all = Json::parse(builtin_holidays());
    const auto market = all["markets"].find(known->market);
    if (market == all["markets"].end()) return out;
    for (const Json& day : *market) {
        const std::optional<Date> date = parse_date(day[0].get<std::string>());
        if (date && from <= *date && *date <= to) out.push_back({*date, day[1].get<std::string>()});
    }
    return out;
}

std::vector<NonWorkingDay> missing_public_holidays(const Plan& plan) {
    Date last = plan.period.end;
    for (const Phase& p : plan.phases)
        last = std::max(last, p.dates.end);
    std::set<Date> listed;
    std::set<std::string_view> ids;
    for (const NonWorkingDay& d : plan.non_working_days)
        listed.insert(d.date), ids.insert(d.id);
    std::vector<NonWorkingDay> out;
    for (PublicHoliday& h : public_holidays(plan.language, plan.period.start, add_days(last, 14))) {
        std::string id = "day-" + format_date(h.date);
        if (listed.count(h.date) || ids.count(id)) continue;
        out.push_back({std::move(id), h.date, std::move(h.name)});
    }
    return out;
}

} // namespace fp
