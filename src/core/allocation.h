// Budget allocation across channels with diminishing returns: where the next
// unit of budget earns most. Pure and deterministic; knows nothing of plans
// (core/forecast.h builds the curves from a plan's channels).
//
// Each channel's response to spend s is a Hill curve
//     r(s) = beta * s^alpha / (s^alpha + kappa^alpha)
// (concave for alpha <= 1, S-shaped for alpha > 1), or the line r(s) =
// beta * s when kappa is 0 (no saturation). Spend and response are in the
// caller's units (money in minor units, response in revenue, orders or
// gross profit).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fp {

struct ResponseCurve {
    double beta = 0;  // the response the curve tends to (per unit of spend when kappa is 0)
    double alpha = 1; // shape: > 0; above 1 the curve is S-shaped
    double kappa = 0; // half-saturation spend: r(kappa) = beta / 2; 0 for a straight line
};
double response(const ResponseCurve& c, double spend);
double marginal_response(const ResponseCurve& c, double spend); // dr/ds

// The curve through one known point (spend, result) with the given shape, so
// that nobody has to type beta. Spend > 0 and result >= 0.
ResponseCurve calibrate(double spend, double result, double alpha, double kappa);

struct AllocationChannel {
    std::string id;
    ResponseCurve curve;
    double current = 0; // spend now
    double min = 0;     // absolute bounds on the proposed spend
    double max = 1e300;
    bool locked = false; // keeps its current spend
};

enum class AllocationMode : std::uint8_t {
    FixedBudget,  // spend exactly `amount` in total
    TargetRoas,   // the largest budget whose best allocation keeps response/spend >= `amount`
    MarginalRoas, // spend while the next unit returns at least `amount` (marginal response)
};

struct AllocationRequest {
    std::vector<AllocationChannel> channels;
    AllocationMode mode = AllocationMode::FixedBudget;
    double amount = 0; // the budget, or the target ROAS, or the marginal ROAS
};

struct ChannelAllocation {
    std::string id;
    double current = 0, proposed = 0;
    double marginal_current = 0, marginal_proposed = 0; // marginal response per unit spend
    double response_current = 0, response_proposed = 0;
    std::string reason; // one line: why it moved, or why it did not
};

struct AllocationResult {
    bool ok = false;
    std::string error; // what makes the request impossible, when !ok
    std::vector<ChannelAllocation> channels; // in the request's order
    double total_current = 0, total_proposed = 0;       // spend
    double response_current = 0, response_proposed = 0; // total response
    // TargetRoas: the smallest total budget at which the best allocation
    // reaches the target (the proposal is at the largest that keeps it).
    double smallest_budget = 0;
};

AllocationResult allocate(const AllocationRequest& request);

} // namespace fp
