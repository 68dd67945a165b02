#include "core/findings.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fp;

namespace {
const Finding* find(const std::vector<Finding>& all, FindingKind kind, const std::string& item,
                    const std::string& field) {
    auto it = std::find_if(all.begin(), all.end(), [&](const Finding& f) {
        return f.kind == kind && f.place.item_id == item && f.place.field == field;
    });
    return it == all.end() ? nullptr : &*it;
}
} // namespace

TEST_CASE("findings name the item and field they concern") {
    Plan plan = sample_plan();
    plan.budget[0].amount = 7000000;            // over the 60,000.00 total
    plan.tasks[1].dates.start = {2026, 10, 28}; // before its predecessor ends
    const std::vector<Finding> all = plan_findings(plan);

    // obj-2 has no baseline (A), no KPI (R) and no deadline (T).
    CHECK(find(all, FindingKind::Smart, "obj-2", "target"));
    CHECK(find(all, FindingKind::Smart, "obj-2", "deadline"));
    const Finding* late = find(all, FindingKind::Schedule, "task-live", "depends_on");
    REQUIRE(late);
    CHECK(late->place.list == "tasks");
    CHECK(find(all, FindingKind::Schedule, "task-live", "dates")); // outside its phase
    const Finding* budget = find(all, FindingKind::Budget, "", "budget_total");
    REQUIRE(budget);
    CHECK(english(budget->message).find("10,000.00 over") != std::string::npos);
    const Finding* kpi = find(all, FindingKind::Kpi, "kpi-1", "actual");
    REQUIRE(kpi);
    CHECK(english(kpi->message) == "at 85% of its target");
}

TEST_CASE("a plan that meets every check has no findings beyond its objectives") {
    Plan plan = sample_plan();
    plan.objectives.clear();
    plan.kpis[0].objective_id.clear();
    plan.kpis[0].actual = 1000000;
    CHECK(plan_findings(plan).empty());
}

TEST_CASE("a KPI that no item of the measurement plan feeds is found") {
    Plan plan = sample_plan();
    Kpi orders;
    orders.id = "kpi-2";
    orders.metric = "Orders";
    plan.kpis.push_back(orders);
    std::vector<Finding> all = plan_findings(plan);
    const Finding* unmeasured = find(all, FindingKind::Kpi, "kpi-2", "source");
    REQUIRE(unmeasured);
    CHECK(english(unmeasured->message) == "no item of the measurement plan collects this number");
    CHECK_FALSE(find(all, FindingKind::Kpi, "kpi-1", "source")); // meas-1 feeds it
    // A plan without a measurement plan is not flagged KPI by KPI.
    plan.measurements.clear();
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Kpi, "kpi-2", "source"));
}

TEST_CASE("a channel whose planned spend's last unit returns less than 1 in revenue is found") {
    Plan plan = sample_plan();
    plan.objectives.clear();
    plan.kpis.clear();
    CHECK(plan_findings(plan).empty()); // no half saturation: returns are straight
    // Half saturation at the planned 30,000.00: the last unit returns 11,448,000 / 4 x 3,000,000.
    plan.channels[0].inputs.half_saturation = 3000000;
    plan.language = "en";
    std::vector<Finding> all = plan_findings(plan);
    REQUIRE(all.size() == 1);
    const Finding& f = all[0];
    CHECK(f.kind == FindingKind::Budget);
    CHECK(f.place.list == "channels");
    CHECK(f.place.item_id == "ch-feed");
    CHECK(english(f.message) ==
          "the last unit of the planned spend on channel \"Feed ads\" returns 0.95 in revenue, "
          "less than it costs: spending less there would save more than it loses");
    CHECK(english(f.title) == "Budget");
    // Saturating far beyond the planned spend, the last unit still returns 1.73.
    plan.channels[0].inputs.half_saturation = 30000000;
    CHECK(plan_findings(plan).empty());
    // Small returns get a third digit; the plan's language writes the number.
    plan.channels[0].inputs.half_saturation = 3000000;
    plan.channels[0].inputs.aov = 795; // a twentieth: the last unit returns 0.0477
    plan.language = "es";
    all = plan_findings(plan);
    REQUIRE(all.size() == 1);
    CHECK(english(all[0].message).find("returns 0,048 in revenue") != std::string::npos);
}
