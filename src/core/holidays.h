// The public holidays of the markets the interface's languages stand for
// (assets/holidays.json, written by scripts/holidays/ and built into the
// program), which a plan made from a template starts with as its
// non-working days. Only the years that file covers are known; outside them,
// and for a language without a market, there are none.
#pragma once

#include "model.h"

#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct PublicHoliday {
    Date date;
    std::string name; // in the market's own language
};

// Generated at build time from assets/holidays.json.
std::string_view builtin_holidays();

// The holidays of `language`'s market (messages.h) from `from` to `to`,
// both included, in date order.
std::vector<PublicHoliday> public_holidays(std::string_view language, const Date& from,
                                           const Date& to);

// The holidays of the plan's market over its dates (its period to two weeks
// past its last phase, which covers the review's three working days even
// after a week-long holiday) that it does not list yet,
// as non-working days with ids made from their dates ("day-2026-10-01").
std::vector<NonWorkingDay> missing_public_holidays(const Plan& plan);

} // namespace fp
