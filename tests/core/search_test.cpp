#include "core/search.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

TEST_CASE("search finds text in every part of the plan, ignoring case") {
    const Plan plan = sample_plan();
    const std::vector<SearchHit> hits = search_plan(plan, "STREAM");
    // the activity "Weekly live stream" and the task "KOL live stream"
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].place.list == "activities");
    CHECK(hits[0].place.item_id == "act-1");
    CHECK(hits[0].place.field == "name");
    CHECK(hits[1].place.list == "tasks");
    CHECK(hits[1].place.item_id == "task-live");
    CHECK(hits[1].place.field == "title");
}

TEST_CASE("search reaches nested fields and other scripts, and ignores ids") {
    const Plan plan = sample_plan();
    const std::vector<SearchHit> price = search_plan(plan, "selling POINTS");
    REQUIRE(price.size() == 1);
    CHECK(price[0].place.list.empty());
    CHECK(price[0].place.field == "strategy/product");
    const std::vector<SearchHit> name = search_plan(plan, "雙十一");
    REQUIRE(name.size() == 1);
    CHECK(name[0].place.field == "name");
    CHECK(search_plan(plan, "obj-1").empty());
    CHECK(search_plan(plan, "").empty());
    CHECK(search_plan(plan, "e", 3).size() == 3);
}

TEST_CASE("search finds what the measurement plan tracks and how") {
    const Plan plan = sample_plan();
    const std::vector<SearchHit> hits = search_plan(plan, "UTM_CAMPAIGN");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].place.list == "measurements");
    CHECK(hits[0].place.item_id == "meas-1");
    CHECK(hits[0].place.field == "how");
    const std::vector<SearchHit> mission = search_plan(plan, "gift members");
    REQUIRE(mission.size() == 1);
    CHECK(mission[0].place.field == "mission");
}
