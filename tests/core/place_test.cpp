// Places in a plan: file pointers and edit paths, each from the other.
#include "core/edits.h"
#include "core/place.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

TEST_CASE("a file pointer names an item by index and an edit path names it by id") {
    Plan plan = sample_plan();
    plan.scenarios.push_back({"sc-a", "A", "", {{"sp-1", "ch-feed", 5}, {"sp-2", "ch-feed", 7}}});
    const std::string scenario = "/plan/scenarios/" + std::to_string(plan.scenarios.size() - 1);

    const std::optional<Place> task = place_of_pointer(plan, "/plan/tasks/1/dates/end");
    REQUIRE(task);
    CHECK(*task == Place{"tasks", plan.tasks[1].id, "dates/end"});
    CHECK(task->top_field() == "dates");
    CHECK(edit_path(*task) == "tasks/" + plan.tasks[1].id + "/dates/end");
    CHECK(pointer_of(plan, *task) == "/plan/tasks/1/dates/end");

    const std::optional<Place> spend = place_of_pointer(plan, scenario + "/spends/1/amount");
    REQUIRE(spend);
    CHECK(*spend == Place{"scenarios/sc-a/spends", "sp-2", "amount"});
    CHECK(edit_path(*spend) == "scenarios/sc-a/spends/sp-2/amount");
    CHECK(pointer_of(plan, *spend) == scenario + "/spends/1/amount");
    CHECK(*place_of_pointer(plan, scenario + "/name") == Place{"scenarios", "sc-a", "name"});

    const std::optional<Place> own = place_of_pointer(plan, "/plan/strategy/price");
    REQUIRE(own);
    CHECK(*own == Place{"", "", "strategy/price"});
    CHECK(edit_path(*own) == "strategy/price");
    CHECK(pointer_of(plan, *own) == "/plan/strategy/price");

    // Whatever names no item of this plan is no place in it.
    CHECK_FALSE(place_of_pointer(plan, "/plan/tasks/2/title"));
    CHECK_FALSE(place_of_pointer(plan, "/plan/tasks/x/title"));
    CHECK_FALSE(place_of_pointer(plan, "/plan/tasks/99999999999999999999999"));
    CHECK_FALSE(place_of_pointer(plan, "/plan/tasks"));
    CHECK_FALSE(place_of_pointer(plan, scenario + "/spends/2"));
    CHECK_FALSE(place_of_pointer(plan, "/format"));
    CHECK_FALSE(pointer_of(plan, Place{"tasks", "task-gone", "title"}));
}

TEST_CASE("an edit path made from a file pointer changes that field") {
    Plan plan = sample_plan();
    const std::optional<Place> title = place_of_pointer(plan, "/plan/tasks/0/title");
    REQUIRE(title);
    REQUIRE(apply_edit(plan, edit::Set{edit_path(*title), "Seeding, round two"}).inverse);
    CHECK(plan.tasks[0].title == "Seeding, round two");
}
