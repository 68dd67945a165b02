// What one edit costs the core as the plan grows: every edit is checked
// against the whole plan (validation), the findings are worked out again,
// and removing an item first finds every reference to it. These run on each
// change, not each frame, but a keystroke waits for them.
// Prints a Markdown table; `make bench` runs it on an optimised build.
#include "bench_timing.h"
#include "core/findings.h"
#include "core/references.h"
#include "core/session.h"
#include "core/validation.h"
#include "plan_generator.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace fp;

int main() {
    const int sizes[] = {100, 1000, 3000};
    struct Row {
        const char* name;
        std::vector<double> ms;
    };
    std::vector<Row> rows = {{"validate_plan", {}},
                             {"plan_findings", {}},
                             {"removal_edits (a phase)", {}},
                             {"Session::edit (one title)", {}}};
    std::size_t sink = 0;
    for (int n : sizes) {
        const Plan plan = plan_with(n);
        rows[0].ms.push_back(
            time_runs(wall_ms, [&] { sink += validate_plan(plan).size(); }).median);
        rows[1].ms.push_back(
            time_runs(wall_ms, [&] { sink += plan_findings(plan).size(); }).median);
        rows[2].ms.push_back(time_runs(wall_ms, [&] {
                                 sink += removal_edits(plan, "phases", "ph-0").size();
                             }).median);
        Session session;
        session.add(plan, Stamp{"2026-11-01T00:00:00Z", {2026, 11, 1}, 1});
        int k = 0;
        const std::string path = "tasks/task-" + std::to_string(n / 2) + "/title";
        rows[3].ms.push_back(time_runs(wall_ms, [&] {
                                 sink += session
                                             .edit({edit::Set{path, "題 " + std::to_string(++k)}},
                                                   Moment{k * 10000.0, "2026-11-01T00:00:00Z"})
                                             .has_value();
                             }).median);
    }
    std::printf("| work per edit |");
    for (int n : sizes)
        std::printf(" %d items |", n);
    std::printf("\n|---|---|---|---|\n");
    for (const Row& r : rows) {
        std::printf("| %s |", r.name);
        for (double ms : r.ms)
            std::printf(" %.2f ms |", ms);
        std::printf("\n");
    }
    std::printf("\nMedian of 15 runs; items per list as in the frame benchmark (sink %zu).\n",
                sink % 2);
    return 0;
}
