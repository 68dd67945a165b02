// Starting the next plan from a finished one: what each channel actually
// spent and sold becomes its evidence, and what belonged to the finished
// campaign is cleared (docs/forecast.md, "Learning from the last campaign").
//
// The next plan is a copy under a fresh id, with every date moved so that
// its period starts on the given day. Of the copy:
// - cleared, because they describe the finished campaign: each channel's
//   actuals (they are now its inputs), each KPI's actual and its evaluation
//   (problem, suggestion), the review sessions, task statuses (back to
//   to-do) and the stage checklists' ticks (the next plan is prepared anew);
// - kept, because they are the team's plan rather than its results: the
//   budget lines, scenarios, objectives, strategy, channels' other inputs,
//   phases, tasks, resources, the risk register with each risk's status
//   (the team's judgement of it, which the campaign's end does not change),
//   and the Plan stage's review of the last period, SWOT and the rest, for
//   the team to revise with what the review found rather than type again.
#pragma once

#include "message.h"
#include "model.h"
#include "workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace fp {

// One input of a channel that the refit changed, in its unit: money in
// minor units, rates as fractions, visits as a count.
struct InputChange {
    std::string input;  // its key in the plan file's channel inputs: "conversion_rate"
    bool money = false; // an amount (unit cost, average order value, observed spend)
    bool rate = false;  // a fraction, shown as a percentage
    std::optional<double> before, after; // empty when not stated
};

// A channel's cost per order in minor units, each empty when there are no
// orders (or no spend) to divide by.
struct CostPerOrder {
    std::optional<double> forecast_before; // the finished plan's forecast at its planned spend
    std::optional<double> actual;          // actual spend / actual orders
    std::optional<double> forecast_next;   // the next plan's forecast at the same planned spend
};

// What became of one channel, in plan order: one row of the table
// channel | cost per order before | actual | next.
struct ChannelRefit {
    std::string channel_id;
    std::string name;
    bool refitted = false;
    CostPerOrder cost_per_order;
    std::vector<InputChange> changes; // in the file's order of inputs; empty when not refitted
    Message note;                     // how it was refitted, or why it was not
};

struct NextPlanResult {
    bool ok = false;
    Plan plan;    // the next plan, valid, when ok
    int days = 0; // how far every date moved
    std::vector<ChannelRefit> channels;
    Message error; // why there is no next plan, when !ok
};

// The next plan from `plan`, starting on `start`, named `name` (the old name
// when empty). A channel with actual spend and actual orders is refitted
// through that point: its observed spend becomes the actual spend and the
// one input its orders are in proportion to is scaled so that its forecast
// at that spend, in the finished plan's calendar (where the actuals were
// counted, with its carryover up to that review), is the actual orders:
// - CPM, CPC, fixed fee, and volume-driven (owned, earned, no buying
//   model): the conversion rate; where that would pass 100%, it is held
//   at 100% and the rest is fitted by the input above it in the funnel
//   (CTR, then visits per click, then the unit cost for CPM; visits per
//   click, then the unit cost for CPC; expected visits for the others);
// - CPA: the unit cost (orders = spend / cost per order), which is whole
//   minor units, so the fit is exact to that rounding.
// The average order value becomes actual revenue / actual orders when the
// revenue is given. Refuses, with the reason, a start that is not a valid
// date or a next plan that would not be valid (a name too long, a date past
// 9999).
NextPlanResult next_plan(const Plan& plan, const Date& start, const std::string& name,
                         const Stamp& stamp);

// The day the next plan starts unless told otherwise: the day after the
// finished plan's period ends, so that periods follow one another without
// a gap or an overlap, and the same whenever it is asked.
Date next_plan_start(const Plan& plan);

} // namespace fp
