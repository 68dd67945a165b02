// Budget allocation across channels with diminishing returns: where the next
// unit of budget earns most. Pure and deterministic; knows nothing of plans
// (core/forecast.h builds the curves from a plan's channels).
//
// Each channel's response to spend s is a Hill curve
//     r(s) = beta * s^alpha / (s^alpha + kappa^alpha)
// (concave for alpha <= 1, S-shaped for alpha > 1), or the line r(s) =
// beta * s when kappa is 0 (no saturation). Spend and response are in the
// caller's units (money in minor units, response in revenue, orders or
// gross profit). A request may count the response net of its spend
// (AllocationRequest::spend_cost): the curves stay as they are, and what the
// result reports is net.
#pragma once

#include "message.h"

#include <functional>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fp {

struct ResponseCurve {
    double beta = 0;  // the response the curve tends to (per unit of spend when kappa is 0)
    double alpha = 1; // shape: > 0; above 1 the curve is S-shaped
    double kappa = 0; // half-saturation spend: r(kappa) = beta / 2; 0 for a straight line
};
double response(const ResponseCurve& c, double spend);
// dr/ds; at zero spend it is infinite when alpha < 1 and 0 when alpha > 1.
double marginal_response(const ResponseCurve& c, double spend);

// The curve through one known point (spend, result) with the given shape, so
// that nobody has to type beta. Spend > 0 and result >= 0; otherwise beta is
// left at 0 (a curve that returns nothing).
ResponseCurve calibrate(double spend, double result, double alpha, double kappa);

struct AllocationChannel {
    std::string id;
    ResponseCurve curve;
    double current = 0;  // spend now
    double min = 0;      // absolute bounds on the proposed spend
    double max = 1e300;  // 1e300 (or more): no maximum
    bool locked = false; // keeps its current spend
};

// FixedBudget and TargetRoas allocate a total so as to maximise total
// response (the sum of each channel's r(s)).
enum class AllocationMode : std::uint8_t {
    FixedBudget,  // spend exactly `amount` in total
    TargetRoas,   // the largest budget whose best allocation keeps response/spend >= `amount`
    MarginalRoas, // spend while the next unit returns at least `amount` (marginal response)
};
// TargetRoas looks within the channels' bounds (locked channels count at
// their current spend) and also reports the smallest such budget.
// MarginalRoas decides each channel on its own: an S-shaped channel spends
// past its slow start only when that pays as a whole (r(s) - amount * s
// is larger there than at its minimum).

struct AllocationRequest {
    std::vector<AllocationChannel> channels;
    AllocationMode mode = AllocationMode::FixedBudget;
    double amount = 0; // the budget, or the target ROAS, or the marginal ROAS
    // The response is counted net of this much per unit of spend (1 when the
    // goal is profit net of spend): the amount, the result and its messages
    // are all net. Each channel's curve stays gross.
    double spend_cost = 0;
    // Warn when the proposal's last unit returns less than this (net, as the
    // result reports it): 1 when the response is revenue, 0 when it is net
    // of spend; nothing for a response that is not money.
    std::optional<double> break_even_marginal;
    // How an amount of spend reads in a refusal, as the user would type it
    // (a plan's currency and number style); plain numbers in the caller's
    // units when not given.
    std::function<std::string(double)> spend_text;
};

struct ChannelAllocation {
    std::string id;
    double current = 0, proposed = 0;
    // marginal_response() and response() at each, net of the spend's cost.
    double marginal_current = 0, marginal_proposed = 0;
    double response_current = 0, response_proposed = 0;
    // One line in plain words: why it moved, or why it did not. "1" is one
    // unit of spend, whatever the currency (the caller formats money).
    Message reason;
};

struct AllocationResult {
    bool ok = false;
    Message error;   // what makes the request impossible, with its numbers, when !ok
    Message warning; // an answer allowed but worth a second look; empty when none
    std::vector<ChannelAllocation> channels;            // in the request's order
    double total_current = 0, total_proposed = 0;       // spend
    double response_current = 0, response_proposed = 0; // total response (net)
    // TargetRoas: the smallest total budget at which the best allocation
    // reaches the target (the proposal is at the largest that keeps it).
    double smallest_budget = 0;
};

// Never throws: a request that cannot be met (bounds that do not add up, a
// negative amount, alpha <= 0, a target no budget reaches, a straight line
// with no maximum that beats a ROAS target, ...) comes back with ok false and
// the reason. The same request always gives the same answer; ties go to the
// earlier channel. With S-shaped curves the problem is not convex and the
// answer is the best a bounded search finds; docs/benchmarks.md compares it
// with SciPy's SLSQP and times it (60 channels: under a millisecond for a
// fixed budget; a few for a target ROAS, which allocates many budgets).
AllocationResult allocate(const AllocationRequest& request);

} // namespace fp
