// The forecast and an allocation as JSON documents: what `fpcli forecast` and
// `fpcli allocate` print, for scripts and later reports. Money is in minor
// units (rounded to whole ones), counts to two decimals.
#pragma once

#include "forecast.h"
#include "json_reader.h"

namespace fp {

Json forecast_json(const Plan& plan);
// `forecast` is the plan's, from which `request` was made.
Json allocation_json(const Plan& plan, const Forecast& forecast, const AllocationRequest& request,
                     const AllocationResult& result, Goal goal);

} // namespace fp
