// Times the budget allocator (core/allocation.h) on instances read as JSON
// lines from stdin, one fixed-budget request per line:
//   {"id": 7, "budget": 5000, "channels": [{"beta": 900, "alpha": 1.8,
//    "kappa": 400, "current": 120, "min": 0, "max": 2000, "locked": false}]}
// ("max" may be null: no maximum). Writes one JSON line per instance: the
// proposed spend per channel, the total response, and the time per call in
// microseconds (median and slowest of repeated calls, steady_clock); then the
// median time of a target-ROAS request on the same channels, its target 0.9
// times the ROAS of that allocation (a search over budgets, each allocated).
// tests/bench/allocation_reference.py generates the instances and compares
// the answers with SciPy's SLSQP; `make bench` runs both.
#include "core/allocation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

using namespace fp;
using Json = nlohmann::json;

namespace {

AllocationRequest request_from(const Json& j) {
    AllocationRequest req;
    req.mode = AllocationMode::FixedBudget;
    req.amount = j.at("budget").get<double>();
    for (const Json& c : j.at("channels")) {
        AllocationChannel ch;
        ch.id = "c" + std::to_string(req.channels.size());
        ch.curve.beta = c.at("beta").get<double>();
        ch.curve.alpha = c.at("alpha").get<double>();
        ch.curve.kappa = c.at("kappa").get<double>();
        ch.current = c.at("current").get<double>();
        ch.min = c.at("min").get<double>();
        if (!c.at("max").is_null()) ch.max = c.at("max").get<double>();
        ch.locked = c.value("locked", false);
        req.channels.push_back(ch);
    }
    return req;
}

// Calls allocate until a tenth of a second has passed (at least 5, at most
// 500 calls) and returns each call's time in microseconds.
std::vector<double> time_calls(const AllocationRequest& req) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> micros;
    const Clock::time_point start = Clock::now();
    while (micros.size() < 5 ||
           (micros.size() < 500 && Clock::now() - start < std::chrono::milliseconds(100))) {
        const Clock::time_point t0 = Clock::now();
        const AllocationResult r = allocate(req);
        const Clock::time_point t1 = Clock::now();
        if (!r.ok) break; // nothing to time
        micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    return micros;
}

} // namespace

int main() {
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        const Json in = Json::parse(line);
        const AllocationRequest req = request_from(in);
        const AllocationResult result = allocate(req);
        Json out = {{"id", in.at("id")}, {"ok", result.ok}};
        if (!result.ok) {
            out["error"] = fp::english(result.error);
        } else {
            std::vector<double> spend;
            for (const ChannelAllocation& c : result.channels)
                spend.push_back(c.proposed);
            std::vector<double> micros = time_calls(req);
            std::sort(micros.begin(), micros.end());
            out["spend"] = spend;
            out["objective"] = result.response_proposed;
            out["micros"] = micros[micros.size() / 2];
            out["micros_max"] = micros.back();
            out["calls"] = micros.size();
            AllocationRequest target = req;
            target.mode = AllocationMode::TargetRoas;
            target.amount = 0.9 * result.response_proposed / result.total_proposed;
            std::vector<double> target_micros = time_calls(target);
            std::sort(target_micros.begin(), target_micros.end());
            if (!target_micros.empty())
                out["target_micros"] = target_micros[target_micros.size() / 2];
        }
        std::cout << out.dump() << '\n' << std::flush;
    }
    return 0;
}
