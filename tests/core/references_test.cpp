#include "core/edits.h"
#include "core/references.h"
#include "core/validation.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {
void apply_all(Plan& plan, const std::vector<Edit>& edits) {
    for (const Edit& e : edits) {
        EditResult r = apply_edit(plan, e);
        INFO(english(r.error));
        REQUIRE(r.inverse);
    }
}
} // namespace

TEST_CASE("removing an item others refer to clears the references first") {
    struct Case {
        const char* list;
        const char* id;
        int references;
    };
    const Case cases[] = {{"phases", "ph-burst", 2},  // a task and a budget line
                          {"channels", "ch-feed", 1}, // a budget line
                          {"objectives", "obj-1", 1}, // a KPI
                          {"tasks", "task-seed", 1},  // a dependency
                          {"swot", "sw-s1", 1},       // a TOWS strategy
                          {"kpis", "kpi-1", 1}};      // a measurement
    for (const Case& c : cases) {
        INFO(c.list << " " << c.id);
        Plan plan = sample_plan();
        CHECK(count_references(plan, c.list, c.id) == c.references);
        // Removing it alone would leave a dangling reference, which is refused.
        Plan direct = plan;
        CHECK_FALSE(apply_edit(direct, edit::Remove{c.list, c.id}).inverse);
        const std::vector<Edit> edits = removal_edits(plan, c.list, c.id);
        REQUIRE(edits.size() == static_cast<std::size_t>(c.references) + 1);
        apply_all(plan, edits);
        CHECK(validate_plan(plan).empty());
        CHECK(count_references(plan, c.list, c.id) == 0);
    }
}

TEST_CASE("an item nobody refers to is removed by one edit; a missing one by none") {
    const Plan plan = sample_plan();
    CHECK(removal_edits(plan, "risks", "risk-1").size() == 1);
    CHECK(removal_edits(plan, "risks", "risk-9").empty());
    CHECK(removal_edits(plan, "nonsense", "risk-1").empty());
}

TEST_CASE("an item of a list inside an item is removed by one edit") {
    Plan plan = sample_plan();
    plan.scenarios = {{"sc-1", "More feed", "", {{"sp-1", "ch-feed", 100000}}}};
    const std::vector<Edit> edits = removal_edits(plan, "scenarios/sc-1/spends", "sp-1");
    REQUIRE(edits.size() == 1);
    apply_all(plan, edits);
    CHECK(plan.scenarios[0].spends.empty());
}

TEST_CASE("a task's resource that is not in the plan is reported, and removing a resource clears "
          "it from the tasks") {
    Plan plan = sample_plan();
    plan.tasks[0].resource_ids = {"res-1"};
    plan.tasks[1].resource_ids = {"res-1", "res-9"};
    const std::vector<Problem> problems = validate_plan(plan);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pointer == "/plan/tasks/1/resource_ids/1");
    CHECK(english(problems[0].message) ==
          "refers to resource \"res-9\", which is not in this plan");

    plan.tasks[1].resource_ids = {"res-1"};
    CHECK(count_references(plan, "resources", "res-1") == 2);
    const std::vector<Edit> edits = removal_edits(plan, "resources", "res-1");
    REQUIRE(edits.size() == 3);
    apply_all(plan, edits);
    CHECK(plan.resources.empty());
    CHECK(plan.tasks[0].resource_ids.empty());
    CHECK(plan.tasks[1].resource_ids.empty());
    CHECK(validate_plan(plan).empty());
}
