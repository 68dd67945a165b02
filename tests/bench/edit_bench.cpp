// What one edit costs the core as the plan grows: every edit is checked
// against the whole plan (validation), the findings are worked out again,
// and removing an item first finds every reference to it. These run on each
// change, not each frame, but a keystroke waits for them.
// Prints a Markdown table; `make bench` runs it on an optimised build.
#include "bench_plan.h"
#include "core/findings.h"
#include "core/references.h"
#include "core/session.h"
#include "core/validation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace fp;

namespace {

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The median of 15 runs after 2 to warm up.
double median_ms(const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < 17; ++i) {
        const double start = now_ms();
        work();
        if (i >= 2) times.push_back(now_ms() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

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
        rows[0].ms.push_back(median_ms([&] { sink += validate_plan(plan).size(); }));
        rows[1].ms.push_back(median_ms([&] { sink += plan_findings(plan).size(); }));
        rows[2].ms.push_back(
            median_ms([&] { sink += removal_edits(plan, "phases", "ph-0").size(); }));
        Session session;
        session.add(plan, Stamp{"2026-11-01T00:00:00Z", {2026, 11, 1}, 1});
        int k = 0;
        const std::string path = "tasks/task-" + std::to_string(n / 2) + "/title";
        rows[3].ms.push_back(median_ms([&] {
            sink += session
                        .edit({edit::Set{path, "題 " + std::to_string(++k)}},
                              Moment{k * 10000.0, "2026-11-01T00:00:00Z"})
                        .has_value();
        }));
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
