#include "core/findings.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

using namespace fp;

namespace {
const Finding* find(const std::vector<Finding>& all, FindingKind kind, const std::string& item,
                    const std::string& field) {
    auto it = std::find_if(all.begin(), all.end(), [&](const Finding& f) {
        return f.kind == kind && f.place.item_id == item && f.place.field == field;
    });
    return it == all.end() ? nullptr : &*it;
}
// The finding on a phase's length, apart from the schedule's own on its dates.
std::optional<Finding> length_of(const Plan& plan, const std::string& phase) {
    for (Finding& f : plan_findings(plan))
        if (f.place.item_id == phase && f.message.key.rfind("finding.phase_", 0) == 0) return f;
    return std::nullopt;
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

TEST_CASE(
    "a phase much shorter or much longer than the source's rule is found, one near it is not") {
    Plan plan = sample_plan();
    plan.period.end = {2026, 12, 31}; // room for a follow-through
    // The sample's warm-up has 10 days and its burst 8: near 7 to 10 and within twice 3 to 5.
    CHECK_FALSE(length_of(plan, "ph-warm"));
    CHECK_FALSE(length_of(plan, "ph-burst"));

    plan.phases[1].dates = {{2026, 11, 4}, {2026, 11, 4}}; // a one-day burst
    plan.tasks[1].dates = plan.phases[1].dates;
    std::optional<Finding> burst = length_of(plan, "ph-burst");
    REQUIRE(burst);
    CHECK(burst->kind == FindingKind::Schedule);
    CHECK(burst->place.list == "phases");
    CHECK(burst->place.field == "dates");
    CHECK(english(burst->message) == "lasts 1 day, much less than the 3 to 5 days of a burst: too "
                                     "short for the channels to work together");
    CHECK(english(burst->title) == "Phase \"Burst\"");

    plan.phases[1].dates = {{2026, 11, 4}, {2026, 11, 14}}; // 11 days, over twice 5
    plan.tasks[1].dates = {{2026, 11, 14}, {2026, 11, 14}};
    burst = length_of(plan, "ph-burst");
    REQUIRE(burst);
    CHECK(english(burst->message).rfind("lasts 11 days, much more than the 3 to 5 days", 0) == 0);
    plan.phases[1].dates.end = {2026, 11, 13}; // 10 days: long, but not much
    plan.tasks[1].dates = {{2026, 11, 13}, {2026, 11, 13}};
    CHECK_FALSE(length_of(plan, "ph-burst"));

    plan.phases[0].dates = {{2026, 10, 25}, {2026, 10, 27}}; // 3 days, under half of 7
    plan.tasks[0].dates = plan.phases[0].dates;
    const std::optional<Finding> warm = length_of(plan, "ph-warm");
    REQUIRE(warm);
    CHECK(english(warm->message).rfind("lasts 3 days, much less than the 7 to 10 days", 0) == 0);
    plan.phases[0].dates.end = {2026, 10, 28}; // 4 days: short, but not much
    CHECK_FALSE(length_of(plan, "ph-warm"));

    // A follow-through of about 7 days: 15 is much longer, 14 is not.
    plan.phases.push_back({"ph-follow",
                           "Follow-through",
                           PhaseKind::FollowThrough,
                           {{2026, 11, 15}, {2026, 11, 29}}});
    const std::optional<Finding> follow = length_of(plan, "ph-follow");
    REQUIRE(follow);
    CHECK(english(follow->message).rfind("lasts 15 days, much more than the about 7 days", 0) == 0);
    plan.phases.back().dates.end = {2026, 11, 28};
    CHECK_FALSE(length_of(plan, "ph-follow"));

    // A custom phase follows no rule, however long.
    plan.phases.back().kind = PhaseKind::Custom;
    plan.phases.back().dates.end = {2026, 12, 31};
    CHECK_FALSE(length_of(plan, "ph-follow"));
}

TEST_CASE("a resource no task uses is found once some task names the resources it uses") {
    Plan plan = sample_plan();
    plan.resources.push_back(
        {"res-2", ResourceType::Traffic, "Feed ads account", "Channels", Availability::Available});
    // No task names its resources yet: an older plan is not flagged resource by resource.
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Resource, "res-1", "examples"));
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Resource, "res-2", "examples"));

    plan.tasks[0].resource_ids = {"res-1"};
    const std::vector<Finding> all = plan_findings(plan);
    CHECK_FALSE(find(all, FindingKind::Resource, "res-1", "examples"));
    const Finding* unused = find(all, FindingKind::Resource, "res-2", "examples");
    REQUIRE(unused);
    CHECK(unused->place.list == "resources");
    CHECK(english(unused->message) == "no task uses this resource: link it to the tasks that need "
                                      "it, so that nothing already on hand is bought again");
    CHECK(english(unused->title) == "Resource \"Feed ads account\"");

    plan.tasks[1].resource_ids = {"res-2"};
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Resource, "res-2", "examples"));
}

TEST_CASE("a task that needs a resource still to be acquired is found, to acquire it before the "
          "task starts") {
    Plan plan = sample_plan();
    plan.resources.push_back(
        {"res-2", ResourceType::Traffic, "Referral tool", "Channels", Availability::ToAcquire});
    plan.tasks[0].resource_ids = {"res-1"};
    plan.tasks[1].resource_ids = {"res-2"};
    std::vector<Finding> all = plan_findings(plan);
    const Finding* needs = find(all, FindingKind::Schedule, "task-live", "resource_ids");
    REQUIRE(needs);
    CHECK(needs->place.list == "tasks");
    CHECK(english(needs->message) == "needs \"Referral tool\", which is still to be acquired: it "
                                     "must be in hand before the task starts");
    CHECK(english(needs->title) == "Task \"KOL live stream\"");
    // res-1 is partly available, which is not "to acquire".
    CHECK_FALSE(find(all, FindingKind::Schedule, "task-seed", "resource_ids"));
    // Once acquired, the task is clear.
    plan.resources[1].availability = Availability::Available;
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Schedule, "task-live", "resource_ids"));
}

TEST_CASE("a KPI due before its figure stops counting is found") {
    Plan plan = sample_plan();
    Kpi& k = plan.kpis.front();
    k.deadline = Date{2026, 11, 24};
    k.counted_until = Date{2026, 12, 10}; // a 30-day repurchase rate
    const std::vector<Finding> early = plan_findings(plan);
    const Finding* f = find(early, FindingKind::Kpi, k.id, "deadline");
    REQUIRE(f);
    CHECK(f->message.key == "finding.kpi_due_early");
    CHECK(f->message.args == Args{{"deadline", "2026年11月24日"}, {"until", "2026年12月10日"}});

    k.deadline = k.counted_until; // reported the day it is complete
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Kpi, k.id, "deadline"));
    k.counted_until.reset(); // or with no window stated
    k.deadline = Date{2026, 11, 1};
    CHECK_FALSE(find(plan_findings(plan), FindingKind::Kpi, k.id, "deadline"));
}
