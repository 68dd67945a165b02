// How long the interface takes to draw a frame of each section as the plan
// grows from 10 to 3,000 items in each of its lists (the largest plan file
// that fits the 8 MiB import limit), natively and headless (the same
// App and views as the web build, without WebGL). Tables and the timeline
// draw only the rows in view, so the cost should stay flat as lists grow.
// Prints a Markdown table; `make bench` runs it on an optimised build.
#include "bench_timing.h"
#include "core/plan_format.h"
#include "plan_generator.h"
#include "platform/native_stand_in.h"
#include "ui/app.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace fp;

namespace {

struct Result {
    double median_ms, max_ms;
    int vertices;
};

Result measure(ui::App& app, ui::Section section) {
    app.ui().section = section;
    for (int i = 0; i < 5; ++i)
        platform::native::step_frame(); // settle layout and the findings cache
    std::vector<double> times;
    for (int i = 0; i < 60; ++i) {
        const double start = wall_ms();
        platform::native::step_frame();
        times.push_back(wall_ms() - start);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back(), ImGui::GetDrawData()->TotalVtxCount};
}

} // namespace

int main() {
    const int sizes[] = {10, 100, 1000, 3000};
    std::printf("| section |");
    for (int n : sizes)
        std::printf(" %d items |", n);
    std::printf("\n|---|");
    for (int n : sizes) {
        (void)n;
        std::printf("---|");
    }
    std::printf("\n");
    std::vector<std::vector<Result>> results(ui::kSections.size());
    for (int n : sizes) {
        platform::native::set_stored_plans({{"plan-bench", write_plan(plan_with(n))}});
        ui::App app;
        platform::Hooks hooks;
        hooks.draw = [&app] { app.draw(); };
        hooks.api = [&app](std::string_view r, std::string_view text) { return app.api(r, text); };
        platform::run(std::move(hooks));
        if (!app.current()) {
            std::fprintf(stderr, "the plan with %d items did not load\n", n);
            return 1;
        }
        for (std::size_t s = 0; s < ui::kSections.size(); ++s)
            results[s].push_back(measure(app, ui::kSections[s]));
        platform::native::shutdown();
    }
    const ui::Text english(*read_messages(builtin_english_messages()).messages);
    for (std::size_t s = 0; s < ui::kSections.size(); ++s) {
        std::printf("| %s |", ui::section_title(english, ui::kSections[s]).c_str());
        for (const Result& r : results[s])
            std::printf(" %.2f ms (max %.2f), %d vertices |", r.median_ms, r.max_ms, r.vertices);
        std::printf("\n");
    }
    std::printf("\nMedian CPU time per frame over 60 frames at 1280x800 (max in brackets), "
                "and the vertices the frame drew.\n");
    return 0;
}
