// The forecast, an allocation and a next plan's refits as JSON documents:
// what `fpcli forecast`, `fpcli allocate` and `fpcli next` print, for
// scripts and later reports. Money is in minor units (rounded to whole
// ones), counts to two decimals.
#pragma once

#include "forecast.h"
#include "json_reader.h"
#include "next_plan.h"

namespace fp {

Json forecast_json(const Plan& plan);
// `forecast` is the plan's, from which `request` was made.
Json allocation_json(const Plan& plan, const Forecast& forecast, const AllocationRequest& request,
                     const AllocationResult& result, Goal goal);
// The next plan (its id, name and period) and each channel's refit: cost per
// order before, actual and next, the inputs changed (as the file holds them)
// and the note. `result` is ok.
Json next_plan_json(const NextPlanResult& result);

} // namespace fp
