// Generated plans for the benchmarks, in one place: the native benchmarks'
// plan with the same number of items in every list, and the large sample
// (issue 16) that `fpcli new --template large-sample` writes and the browser
// benchmark imports. Deterministic: the same call gives the same plan, file
// for file, whatever the date.
#pragma once

#include "core/model.h"

#include <string_view>

namespace fp {

// How many items each list gets; every plan also has three 100-day phases.
struct PlanCounts {
    int objectives = 0, kpis = 0, tasks = 0, budget_lines = 0, risks = 0, channels = 0,
        checklist = 0;
};

// What the items hold. Numbered: an id, a number for a name and the few
// fields a list needs, the plan the native benchmarks have measured since
// they began (so their figures stay comparable). Realistic: what a team's
// plan holds: sentences in Chinese, Korean, Vietnamese and English in turn,
// owners, statuses, dependencies, outputs, sources.
enum class Detail { Numbered, Realistic };

Plan generated_plan(const PlanCounts& counts, Detail detail);

// The native benchmarks' plan: `n` items in every list.
inline Plan plan_with(int n) {
    return generated_plan({n, n, n, n, n, n, n}, Detail::Numbered);
}

// Gives every channel the forecast's inputs (a fifth each CPM, CPC, CPA,
// fixed fee and owned; diminishing returns, carryover, every input
// uncertain), replaces the budget with a line per channel and phase, and adds
// three scenarios that scale the channels' spend.
void add_forecast_inputs(Plan& plan);

// The large sample: 300 objectives, 2,000 tasks, 500 KPIs, 60 channels with
// forecast inputs, 200 risks and a 40-item checklist, realistic, each count
// times `scale` up to the file format's 5,000 items per list (the browser
// benchmark's 5 MB file is a larger scale). Not a template of the app:
// fpcli makes it by this key.
inline constexpr std::string_view kLargeSampleKey = "large-sample";
Plan large_sample(double scale = 1);

} // namespace fp
