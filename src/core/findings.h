// Everything worth a planner's attention in one list, each finding tied to
// the item and field it concerns so the interface can show it beside the
// field and jump there: SMART letters that fail, schedule conflicts, budget
// over the total or spent past where it pays (a channel whose last unit
// returns less than 1 in revenue), KPIs under target, phases far from the
// source's lengths, KPIs due before their figure stops counting, and
// resources nothing uses or still to be acquired. (References that dangle
// cannot occur: every edit keeps a plan valid and removals clear references first.)
#pragma once

#include "forecast.h"
#include "message.h"
#include "model.h"
#include "place.h"

#include <string>
#include <vector>

namespace fp {

enum class FindingKind : std::uint8_t { Smart, Schedule, Budget, Kpi, Resource };

struct Finding {
    FindingKind kind = FindingKind::Smart;
    // The item and its field concerned: ("tasks", id, "dates"), ("", "", "budget_total").
    Place place;
    Message message; // a sentence, without the item's name when it is shown beside it
    Message title;   // what the finding is about, for a list of findings
};

std::vector<Finding> plan_findings(const Plan& plan);
// The same with the plan's forecast already worked out (its expected
// figures are what the findings read; its ranges are not needed), so that a
// caller who has it does not forecast the plan a second time.
std::vector<Finding> plan_findings(const Plan& plan, const Forecast& forecast);

} // namespace fp
