#include "core/edits.h"
#include "core/model_json.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace fp;

TEST_CASE("every kind of edit applies and its inverse restores the plan") {
    const Plan original = sample_plan();
    Objective extra;
    extra.id = "obj-9";
    extra.stage = Stage::Act;
    extra.statement = "Capture 5,000 leads";
    const std::vector<Edit> edits = {
        edit::Set{"name", "Renamed"},
        edit::Set{"period", Json{{"start", "2026-10-20"}, {"end", "2026-11-30"}}},
        edit::Set{"strategy/price", "Member prices"},
        edit::Set{"objectives/obj-2/target", 0.035},
        edit::Set{"objectives/obj-1/deadline", nullptr},
        edit::Set{"channels/ch-feed/inputs/ctr", 0.02},
        edit::Set{"tasks/task-live/depends_on", Json::array()},
        edit::Insert{"objectives", 1, to_json(extra)},
        edit::Remove{"objectives", "obj-2"},
        edit::Move{"phases", "ph-burst", 0},
    };
    for (const Edit& e : edits) {
        Plan plan = original;
        EditResult r = apply_edit(plan, e);
        INFO(english(r.error));
        REQUIRE(r.inverse);
        CHECK_FALSE(same_plan(plan, original));
        EditResult back = apply_edit(plan, *r.inverse);
        REQUIRE(back.inverse);
        CHECK(same_plan(plan, original));
    }
}

TEST_CASE("an edit that would make the plan an invalid file is refused") {
    Plan plan = sample_plan();
    EditResult r = apply_edit(plan, edit::Set{"channels/ch-feed/inputs/ctr", 1.5});
    CHECK_FALSE(r.inverse);
    CHECK(english(r.error).find("between 0 and 1") != std::string::npos);
    r = apply_edit(plan, edit::Set{"period", Json{{"start", "2026-12-01"}, {"end", "2026-01-01"}}});
    CHECK(english(r.error).find("before it starts") != std::string::npos);
    r = apply_edit(plan, edit::Remove{"phases", "ph-warm"}); // task-seed is in that phase
    CHECK(english(r.error).find("refers to phase \"ph-warm\"") != std::string::npos);
    r = apply_edit(plan, edit::Set{"name", 42});
    CHECK(english(r.error) == "plan.name: must be text, not a number");
    r = apply_edit(plan, edit::Set{"objectives/obj-1/stage", "awareness"});
    CHECK(english(r.error).find("is not one of") != std::string::npos);
    r = apply_edit(plan, edit::Insert{"objectives", 0, to_json(plan.objectives[0])});
    CHECK(english(r.error).find("used more than once") != std::string::npos);
    CHECK(same_plan(plan, sample_plan()));
}

TEST_CASE("edits naming nothing, or changing nothing, do not apply") {
    Plan plan = sample_plan();
    CHECK(english(apply_edit(plan, edit::Set{"nope", 1}).error) == "this plan has no \"nope\"");
    CHECK(english(apply_edit(plan, edit::Set{"objectives/obj-7/target", 1}).error) ==
          "this plan has no \"objectives/obj-7/target\"");
    CHECK(english(apply_edit(plan, edit::Remove{"objectives", "obj-7"}).error) ==
          "there is no \"obj-7\" in objectives");
    CHECK(english(apply_edit(plan, edit::Remove{"name", "x"}).error) ==
          "\"name\" is not a list of items");
    EditResult same = apply_edit(plan, edit::Set{"name", plan.name});
    CHECK_FALSE(same.inverse);
    CHECK(same.error.empty());
    CHECK(same_plan(plan, sample_plan()));
}

TEST_CASE("removing an item and undoing it puts it back in its place") {
    Plan plan = sample_plan();
    // obj-1 is referred to by kpi-1, so removing it is refused at first
    EditResult r = apply_edit(plan, edit::Remove{"objectives", "obj-1"});
    CHECK_FALSE(r.inverse);
    CHECK(plan.objectives.size() == 2);
    plan.kpis[0].objective_id.clear();
    r = apply_edit(plan, edit::Remove{"objectives", "obj-1"});
    REQUIRE(r.inverse);
    REQUIRE(plan.objectives.size() == 1);
    apply_edit(plan, *r.inverse);
    CHECK(plan.objectives[0].id == "obj-1");
}

// Found by the edits fuzzer (tests/fuzz/corpus/edits/crash-id-change): the
// inverse named the item by its old id, which named nothing any more, and a
// refused edit's undoing then left the plan changed.
TEST_CASE("an edit that changes an item's id is undone through its new id") {
    const Plan original = sample_plan();
    for (const Edit& e : std::vector<Edit>{
             edit::Set{"milestones/ms-1/id", "ms-9"},
             edit::Set{"milestones/ms-1", Json{{"id", "ms-9"}, {"date", "2026-11-11"}}}}) {
        Plan plan = original;
        const EditResult r = apply_edit(plan, e);
        REQUIRE(r.inverse);
        CHECK(plan.milestones[0].id == "ms-9");
        REQUIRE(apply_edit(plan, *r.inverse).inverse);
        CHECK(same_plan(plan, original));
    }
    // task-seed is in phase ph-warm: renaming the phase is refused, and
    // undoing it inside apply_edit leaves the plan as it was.
    Plan plan = original;
    EditResult r = apply_edit(plan, edit::Set{"phases/ph-warm/id", "ph-9"});
    CHECK_FALSE(r.inverse);
    CHECK(english(r.error).find("refers to phase \"ph-warm\"") != std::string::npos);
    CHECK(same_plan(plan, original));
}

// Found while fixing the above: with two items by one id, the undoing of a
// refused insert removed the first of them, the plan's own item.
TEST_CASE("an edit may not give an item an id the plan has, or an invalid one") {
    const Plan original = sample_plan();
    Plan plan = original;
    Phase copy = plan.phases[0];
    copy.name = "Copy";
    EditResult r = apply_edit(plan, edit::Insert{"phases", 5, to_json(copy)});
    CHECK_FALSE(r.inverse);
    CHECK(english(r.error).find("\"ph-warm\" is used more than once") != std::string::npos);
    r = apply_edit(plan, edit::Set{"phases/ph-burst/id", "ph-warm"});
    CHECK(english(r.error).find("used more than once") != std::string::npos);
    r = apply_edit(plan, edit::Set{"milestones/ms-1/id", "ms/9"});
    CHECK(english(r.error).find("not a valid identifier") != std::string::npos);
    CHECK(same_plan(plan, original));
}

TEST_CASE("edit targets let typing in one field count as one step") {
    CHECK(edit_target(edit::Set{"objectives/obj-1/statement", "x"}) ==
          "objectives/obj-1/statement");
    CHECK(edit_target(edit::Remove{"objectives", "obj-1"}).empty());
}

TEST_CASE("setting the whole plan replaces every list at once, keeps its id, and undoes") {
    const Plan original = sample_plan();
    Plan other = original;
    other.id = "plan-elsewhere";
    other.name = "같은 계획, 다른 파일";
    // A new channel and a budget line paid to it arrive in one step.
    Channel channel = other.channels.front();
    channel.id = "ch-new";
    channel.name = "Kênh mới";
    other.channels.push_back(channel);
    other.budget.front().channel_id = "ch-new";

    Plan plan = original;
    const EditResult done = apply_edit(plan, edit::Set{"", to_json(other)});
    REQUIRE(done.inverse);
    CHECK(plan.id == original.id);
    CHECK(plan.name == other.name);
    CHECK(plan.budget.front().channel_id == "ch-new");
    REQUIRE(apply_edit(plan, *done.inverse).inverse);
    CHECK(to_json(plan) == to_json(original));

    Plan broken = other;
    broken.budget.front().channel_id = "ch-missing";
    Plan refused = original;
    const EditResult result = apply_edit(refused, edit::Set{"", to_json(broken)});
    CHECK_FALSE(result.inverse);
    CHECK_FALSE(result.error.empty());
    CHECK(to_json(refused) == to_json(original));
}
