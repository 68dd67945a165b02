// The clocks and the repeated timing the native benchmarks share.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>
#include <vector>

// The wall clock, in milliseconds.
inline double wall_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The process's CPU time, in milliseconds: what the work costs, not what it
// waited while a build ran beside it.
inline double cpu_ms() {
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

struct Timing {
    double median = 0, slowest = 0;
};

// `work` timed on `now_ms` over 15 runs after 2 to warm up.
inline Timing time_runs(double (*now_ms)(), const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < 17; ++i) {
        const double start = now_ms();
        work();
        if (i >= 2) times.push_back(now_ms() - start);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}
