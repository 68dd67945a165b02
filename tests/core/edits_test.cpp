#include "core/edits.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace fp;

TEST_CASE("every edit's inverse restores the plan") {
    const Plan original = sample_plan();
    const std::vector<Edit> edits = {
        edit::SetName{"Renamed"},
        edit::SetCurrency{"EUR"},
        edit::SetPeriod{{{2026, 1, 1}, {2026, 3, 31}}},
        edit::InsertObjective{{"obj-9", Stage::Act, "Capture 5,000 leads"}, 1},
        edit::RemoveObjective{"obj-2"},
        edit::SetObjectiveStatement{"obj-3", "Repurchase +25%"},
        edit::SetObjectiveStage{"obj-1", Stage::Plan},
    };
    for (const Edit& e : edits) {
        Plan plan = original;
        auto inverse = apply_edit(plan, e);
        REQUIRE(inverse);
        CHECK_FALSE(plan == original);
        auto again = apply_edit(plan, *inverse);
        REQUIRE(again);
        CHECK(plan == original);
    }
}

TEST_CASE("edits that change nothing or name unknown items do not apply") {
    Plan plan = sample_plan();
    CHECK_FALSE(apply_edit(plan, edit::SetName{plan.name}));
    CHECK_FALSE(apply_edit(plan, edit::RemoveObjective{"nope"}));
    CHECK_FALSE(apply_edit(plan, edit::SetObjectiveStatement{"nope", "x"}));
    CHECK_FALSE(apply_edit(plan, edit::InsertObjective{{"obj-1", Stage::Act, "dup"}, 0}));
    CHECK(plan == sample_plan());
}

TEST_CASE("removing an objective and undoing it keeps its place") {
    Plan plan = sample_plan();
    auto inverse = apply_edit(plan, edit::RemoveObjective{"obj-2"});
    REQUIRE(plan.objectives.size() == 2);
    apply_edit(plan, *inverse);
    CHECK(plan.objectives[1].id == "obj-2");
}
