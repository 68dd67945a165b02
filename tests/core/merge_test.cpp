// Merging a workshop: groups' plans made from one base, brought together.
#include "core/edits.h"
#include "core/lists.h"
#include "core/merge.h"
#include "core/references.h"
#include "core/templates.h"
#include "core/validation.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {

// The base with `edits` applied, as a group's file would hold it.
Plan group_plan(const Plan& base, const std::vector<Edit>& edits) {
    Plan out = base;
    for (const Edit& e : edits) {
        const EditResult r = apply_edit(out, e);
        INFO(english(r.error));
        REQUIRE(r.inverse);
    }
    return out;
}

// The base with an item removed as the app removes it (references first).
Plan without(const Plan& base, const std::string& list, const std::string& id) {
    return group_plan(base, removal_edits(base, list, id));
}

Json risk(const std::string& id, const std::string& text) {
    return Json{{"id", id}, {"risk", text}};
}

bool valid(const Plan& plan) {
    const std::vector<Problem> problems = validate_plan(plan);
    for (const Problem& p : problems)
        UNSCOPED_INFO(p.pointer << ": " << english(p.message));
    return problems.empty();
}

} // namespace

TEST_CASE("edits of three groups to different fields are all applied", "[merge]") {
    const Plan base = sample_plan();
    const Plan reach = group_plan(base, {edit::Set{"name", "Double 11, Reach done"},
                                         edit::Set{"tasks/task-seed/title", "Seed ten videos"},
                                         edit::Set{"channels/ch-feed/inputs/ctr", 0.015}});
    const Plan act = group_plan(base, {edit::Set{"tasks/task-seed/owner", "Content lead"},
                                       edit::Set{"strategy/price", "Member price 10% off"},
                                       edit::Set{"channels/ch-feed/inputs/aov", 16900}});
    const Plan convert = group_plan(
        base,
        {edit::Set{"kpis/kpi-1/target", 1200000}, edit::Set{"mission", "Gifts"},
         edit::Set{"tasks/task-seed/dates", Json{{"start", "2026-10-26"}, {"end", "2026-10-31"}}}});

    const Merge m = merge_plans(base, {reach, act, convert});
    CHECK(m.conflicts.empty());
    CHECK(m.cleared.empty());
    CHECK(m.plan.name == "Double 11, Reach done");
    CHECK(m.plan.tasks[0].title == "Seed ten videos");
    CHECK(m.plan.tasks[0].owner == "Content lead");
    CHECK(m.plan.tasks[0].dates == Period{{2026, 10, 26}, {2026, 10, 31}});
    CHECK(m.plan.channels[0].inputs.ctr == 0.015);
    CHECK(m.plan.channels[0].inputs.aov == 16900);
    CHECK(m.plan.strategy.price == "Member price 10% off");
    CHECK(m.plan.strategy.product == base.strategy.product);
    CHECK(m.plan.kpis[0].target == 1200000);
    CHECK(m.plan.mission == "Gifts");
    CHECK(valid(m.plan));

    // Nothing changed anywhere: the base comes back as it was.
    CHECK(same_plan(merge_plans(base, {base, base}).plan, base));
}

TEST_CASE("a field two groups changed differently is one conflict that keeps both sides",
          "[merge]") {
    const Plan base = sample_plan();
    const Plan a = group_plan(base, {edit::Set{"tasks/task-seed/title", "Seed on Douyin"}});
    const Plan b = group_plan(base, {edit::Set{"tasks/task-seed/title", "Seed on Xiaohongshu"}});
    const Plan same = group_plan(base, {edit::Set{"tasks/task-live/owner", "Live lead"}});
    const Plan also = group_plan(base, {edit::Set{"tasks/task-live/owner", "Live lead"}});

    const Merge m = merge_plans(base, {a, same, b, also});
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.kind == ConflictKind::Field);
    CHECK(c.place == Place{"tasks", "task-seed", "title"});
    CHECK(c.item_name == "Seeding videos");
    CHECK(c.base == "Seeding videos");
    REQUIRE(c.sides.size() == 2);
    CHECK(c.sides[0].group == 0);
    CHECK(c.sides[0].value == "Seed on Douyin");
    CHECK(c.sides[1].group == 2);
    CHECK(c.sides[1].value == "Seed on Xiaohongshu");
    // Until it is settled the plan keeps the base's value; the same change by
    // two groups is no conflict.
    CHECK(m.plan.tasks[0].title == "Seeding videos");
    CHECK(m.plan.tasks[1].owner == "Live lead");
    CHECK(valid(m.plan));

    const Json report = merge_report_json(m, {"a.plan.json", "same", "b.plan.json", "also"});
    const Json& r = report["conflicts"][0];
    CHECK(r["kind"] == "field");
    CHECK(r["path"] == "tasks/task-seed/title");
    CHECK(r["pointer"] == "/plan/tasks/0/title");
    CHECK(r["item_name"] == "Seeding videos");
    CHECK(r["base"] == "Seeding videos");
    CHECK(r["sides"] == Json::parse(R"([{"group": "a.plan.json", "value": "Seed on Douyin"},
        {"group": "b.plan.json", "value": "Seed on Xiaohongshu"}])"));
}

TEST_CASE("plan-level fields merge like an item's, and timestamps take the latest", "[merge]") {
    const Plan base = sample_plan();
    Plan a = group_plan(base, {edit::Set{"budget_total", 7000000}});
    a.modified = "2026-10-05T10:00:00Z";
    Plan b = group_plan(base, {edit::Set{"budget_total", 8000000}, edit::Set{"business", "Tea"}});
    b.modified = "2026-10-04T10:00:00Z";
    const Merge m = merge_plans(base, {a, b});
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].place == Place{"", "", "budget_total"});
    CHECK(m.conflicts[0].base == 6000000);
    CHECK(m.plan.business == "Tea");
    CHECK(m.plan.modified == "2026-10-05T10:00:00Z");
}

TEST_CASE("a period is one value: a start moved by one group and an end by another conflict",
          "[merge]") {
    const Plan base = sample_plan();
    const Plan a = group_plan(base, {edit::Set{"phases/ph-warm/dates/start", "2026-10-26"}});
    const Plan b = group_plan(base, {edit::Set{"phases/ph-warm/dates/end", "2026-11-01"}});
    const Merge m = merge_plans(base, {a, b});
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].place == Place{"phases", "ph-warm", "dates"});
    CHECK(m.plan.phases[0].dates == base.phases[0].dates);
}

TEST_CASE("an item one group removed and another edited is a conflict; removed and untouched, it "
          "goes",
          "[merge]") {
    const Plan base = sample_plan();
    const Plan a = without(without(base, "risks", "risk-1"), "competitors", "comp-1");
    const Plan b = group_plan(base, {edit::Set{"risks/risk-1/response", "Weekly goal check"}});
    const Merge m = merge_plans(base, {a, b});
    CHECK(m.plan.competitors.empty());
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.kind == ConflictKind::RemovedAndEdited);
    CHECK(c.place == Place{"risks", "risk-1", ""});
    CHECK(c.item_name == "Vague goals");
    CHECK(c.base["response"] == "One or two goals per stage");
    REQUIRE(c.sides.size() == 2);
    CHECK(c.sides[0].group == 0);
    CHECK(c.sides[0].removed);
    CHECK(c.sides[1].group == 1);
    CHECK_FALSE(c.sides[1].removed);
    CHECK(c.sides[1].value["response"] == "Weekly goal check");
    // Until settled the item stays as the base has it.
    REQUIRE(m.plan.risks.size() == 1);
    CHECK(m.plan.risks[0].response == "One or two goals per stage");
    CHECK(valid(m.plan));

    const Json report = merge_report_json(m, {"a", "b"});
    CHECK(report["conflicts"][0]["kind"] == "removed_and_edited");
    CHECK(report["conflicts"][0]["sides"][0] == Json{{"group", "a"}, {"removed", true}});
}

TEST_CASE("new items of two groups are both kept, base order first, then each group's in turn",
          "[merge]") {
    const Plan base = sample_plan();
    const Plan a = group_plan(base, {edit::Insert{"risks", 0, risk("risk-a", "Stock runs out")}});
    const Plan b =
        group_plan(base, {edit::Insert{"risks", 1, risk("risk-b", "Courier delays")},
                          edit::Insert{"risks", 2, risk("risk-c", "Price war")},
                          edit::Insert{"scenarios", 0,
                                       Json{{"id", "sc-1"},
                                            {"name", "More feed"},
                                            {"spends", Json::array({Json{{"id", "sp-1"},
                                                                         {"channel_id", "ch-feed"},
                                                                         {"amount", 100}}})}}}});
    const Merge m = merge_plans(base, {a, b});
    CHECK(m.conflicts.empty());
    std::vector<std::string> ids;
    for (const Risk& r : m.plan.risks)
        ids.push_back(r.id);
    CHECK(ids == std::vector<std::string>{"risk-1", "risk-a", "risk-b", "risk-c"});
    CHECK(m.plan.risks[1].risk == "Stock runs out");
    REQUIRE(m.plan.scenarios.size() == 1);
    CHECK(m.plan.scenarios[0].spends.size() == 1);
    CHECK(valid(m.plan));

    // Lists inside items merge the same way.
    const Plan c = group_plan(
        m.plan, {edit::Insert{"scenarios/sc-1/spends", 1,
                              Json{{"id", "sp-2"}, {"channel_id", "ch-feed"}, {"amount", 200}}}});
    const Plan d = group_plan(m.plan, {edit::Set{"scenarios/sc-1/spends/sp-1/amount", 150}});
    const Merge n = merge_plans(m.plan, {c, d});
    CHECK(n.conflicts.empty());
    REQUIRE(n.plan.scenarios[0].spends.size() == 2);
    CHECK(n.plan.scenarios[0].spends[0].amount == 150);
    CHECK(n.plan.scenarios[0].spends[1].id == "sp-2");
}

TEST_CASE("an item two groups added with one id is added once, merged field by field", "[merge]") {
    const Plan base = sample_plan();
    Json same = risk("risk-x", "Stock runs out");
    const Plan a = group_plan(base, {edit::Insert{"risks", 1, same}});
    same["owner"] = "Ops";
    same["response"] = "Reorder early";
    const Plan b = group_plan(base, {edit::Insert{"risks", 1, same}});
    Json other = same;
    other["response"] = "Cap orders";
    other["owner"] = "";
    const Plan c = group_plan(base, {edit::Insert{"risks", 1, other}});

    Merge m = merge_plans(base, {a, b, c});
    REQUIRE(m.plan.risks.size() == 2);
    CHECK(m.plan.risks[1].risk == "Stock runs out");
    CHECK(m.plan.risks[1].owner == "Ops");
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].place == Place{"risks", "risk-x", "response"});
    CHECK(m.conflicts[0].base == "");
    REQUIRE(settle(m, 0, 2));
    CHECK(m.plan.risks[1].response == "Cap orders");
    CHECK(valid(m.plan));
}

TEST_CASE("conflicts are settled one by one, for the base, or all for one group", "[merge]") {
    const Plan base = sample_plan();
    const Plan a = group_plan(
        without(base, "risks", "risk-1"),
        {edit::Set{"tasks/task-seed/title", "A's title"}, edit::Set{"strategy/place", "Tmall"}});
    const Plan b =
        group_plan(base, {edit::Set{"tasks/task-seed/title", "B's title"},
                          edit::Set{"risks/risk-1/owner", "B"}, edit::Set{"strategy/place", "JD"}});
    const Plan c = group_plan(base, {edit::Set{"risks/risk-1/owner", "C"}});

    const Merge merged = merge_plans(base, {a, b, c});
    REQUIRE(merged.conflicts.size() == 3); // the place, the title, the risk

    SECTION("one by one") {
        Merge m = merged;
        CHECK_FALSE(settle(m, 3, 0));
        CHECK_FALSE(settle(m, 0, 3));
        REQUIRE(m.conflicts[1].place == Place{"tasks", "task-seed", "title"});
        REQUIRE(settle(m, 1, 1));
        CHECK(m.plan.tasks[0].title == "B's title");
        REQUIRE(m.conflicts.size() == 2);
        REQUIRE(m.conflicts[0].place == Place{"", "", "strategy/place"});
        REQUIRE(settle(m, 0, kBaseSide));
        CHECK(m.plan.strategy.place == base.strategy.place);
        // Keeping the risk for a group that edited it brings both edits in,
        // and their clash is the next conflict.
        REQUIRE(m.conflicts.size() == 1);
        REQUIRE(settle(m, 0, 1));
        REQUIRE(m.conflicts.size() == 1);
        CHECK(m.conflicts[0].place == Place{"risks", "risk-1", "owner"});
        REQUIRE(settle(m, 0, 2));
        CHECK(m.conflicts.empty());
        REQUIRE(m.plan.risks.size() == 1);
        CHECK(m.plan.risks[0].owner == "C");
        CHECK(valid(m.plan));
    }
    SECTION("the removal wins") {
        Merge m = merged;
        REQUIRE(m.conflicts[2].place == Place{"risks", "risk-1", ""});
        REQUIRE(settle(m, 2, 0));
        CHECK(m.plan.risks.empty());
        CHECK(m.conflicts.size() == 2);
    }
    SECTION("prefer one group for every conflict left") {
        Merge m = merged;
        CHECK_FALSE(prefer_group(m, 3));
        REQUIRE(prefer_group(m, 1));
        CHECK(m.conflicts.empty());
        CHECK(m.plan.tasks[0].title == "B's title");
        CHECK(m.plan.strategy.place == "JD");
        REQUIRE(m.plan.risks.size() == 1);
        CHECK(m.plan.risks[0].owner == "B");
        CHECK(valid(m.plan));
    }
    SECTION("prefer a group that made no change there takes what its file holds") {
        Merge m = merged;
        REQUIRE(prefer_group(m, 2));
        CHECK(m.conflicts.empty());
        CHECK(m.plan.tasks[0].title == base.tasks[0].title);
        CHECK(m.plan.risks[0].owner == "C");
        CHECK(valid(m.plan));
    }
    SECTION("prefer the group that removed it") {
        Merge m = merged;
        REQUIRE(prefer_group(m, 0));
        CHECK(m.plan.risks.empty());
        CHECK(m.plan.tasks[0].title == "A's title");
        CHECK(valid(m.plan));
    }
}

TEST_CASE("references to an item another group removed are cleared as removing it clears them",
          "[merge]") {
    const Plan base = sample_plan();
    // Group A removes the KPI and the channel, which clears its own file's
    // references to them; group B links a new measurement to the KPI and
    // plans a scenario on the channel; group C links the measurement it
    // already had to another KPI it added.
    const Plan a = without(without(base, "kpis", "kpi-1"), "channels", "ch-feed");
    const Plan b = group_plan(
        base, {edit::Insert{"measurements", 1,
                            Json{{"id", "meas-2"}, {"tracked", "Orders"}, {"kpi_ids", {"kpi-1"}}}},
               edit::Insert{"scenarios", 0,
                            Json{{"id", "sc-1"},
                                 {"spends", Json::array({Json{{"id", "sp-1"},
                                                              {"channel_id", "ch-feed"},
                                                              {"amount", 100}}})}}}});
    const Plan c = group_plan(base, {edit::Insert{"kpis", 1, Json{{"id", "kpi-2"}}},
                                     edit::Set{"measurements/meas-1/kpi_ids", {"kpi-1", "kpi-2"}}});

    const Merge m = merge_plans(base, {a, b, c});
    CHECK(m.conflicts.empty()); // A's clearing of kpi-1 is no edit that clashes with C's
    CHECK(m.plan.kpis.size() == 1);
    CHECK(m.plan.channels.empty());
    CHECK(m.plan.measurements[0].kpi_ids == std::vector<std::string>{"kpi-2"});
    CHECK(m.plan.measurements[1].kpi_ids.empty());
    CHECK(m.plan.budget[0].channel_id.empty());
    REQUIRE(m.plan.scenarios.size() == 1);
    CHECK(m.plan.scenarios[0].spends.empty()); // it existed only for the channel
    std::vector<std::string> cleared;
    for (const ClearedReference& r : m.cleared)
        cleared.push_back(edit_path(r.place) + " " + r.id);
    CHECK(cleared == std::vector<std::string>{"budget/bud-1/channel_id ch-feed",
                                              "measurements/meas-1/kpi_ids kpi-1",
                                              "measurements/meas-2/kpi_ids kpi-1",
                                              "scenarios/sc-1/spends/sp-1 ch-feed"});
    CHECK(valid(m.plan));

    // Should the KPI stay after all (another group edited it), the references stay.
    const Plan d = group_plan(base, {edit::Set{"kpis/kpi-1/target", 900000}});
    Merge kept = merge_plans(base, {a, d});
    REQUIRE(kept.conflicts.size() == 1);
    CHECK(kept.conflicts[0].place == Place{"kpis", "kpi-1", ""});
    CHECK(kept.plan.measurements[0].kpi_ids == std::vector<std::string>{"kpi-1"});
    CHECK(valid(kept.plan));
    REQUIRE(settle(kept, 0, 1));
    CHECK(kept.plan.kpis[0].target == 900000);
    CHECK(kept.plan.measurements[0].kpi_ids == std::vector<std::string>{"kpi-1"});
    REQUIRE(prefer_group(kept, 0)); // nothing left to settle
    Merge gone = merge_plans(base, {a, d});
    REQUIRE(settle(gone, 0, 0));
    CHECK(gone.plan.kpis.empty());
    CHECK(gone.plan.measurements[0].kpi_ids.empty());
    CHECK(valid(gone.plan));
}

TEST_CASE("texts in Chinese, Korean and Vietnamese survive a merge byte for byte", "[merge]") {
    const Plan base = sample_plan();
    const std::string zh = "双十一 新品推广：会员专享礼盒 🎁";
    const std::string ko = "설날 선물 세트 라이브 방송";
    const std::string vi = "Giảm giá 20% cho thành viên trong ngày Tết";
    const std::string vi2 = "Trì hoãn giao hàng dịp Tết Nguyên Đán";
    const Plan a =
        group_plan(base, {edit::Set{"mission", zh}, edit::Set{"risks/risk-1/owner", ko}});
    const Plan b = group_plan(base, {edit::Set{"tasks/task-live/title", ko},
                                     edit::Set{"risks/risk-1/owner", vi},
                                     edit::Insert{"risks", 1, risk("risk-vi", vi2)}});
    Merge m = merge_plans(base, {a, b});
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].sides[0].value.get<std::string>() == ko);
    CHECK(m.conflicts[0].sides[1].value.get<std::string>() == vi);
    const Json report = merge_report_json(m, {"组一.plan.json", "nhóm 2.plan.json"});
    CHECK(Json::parse(report.dump())["conflicts"][0]["sides"][1]["value"] == vi);
    CHECK(report["conflicts"][0]["sides"][0]["group"] == "组一.plan.json");
    REQUIRE(settle(m, 0, 1));

    const PlanReadResult read = read_plan(write_plan(m.plan));
    REQUIRE(read.ok);
    CHECK(read.plan.mission == zh);
    CHECK(read.plan.tasks[1].title == ko);
    CHECK(read.plan.risks[0].owner == vi);
    CHECK(read.plan.risks[1].risk == vi2);
    CHECK(valid(read.plan));
}

TEST_CASE("in every list, an item one group removed goes with its references, and one group's "
          "rename comes through",
          "[merge]") {
    Plan base = read_plan(find_template("sample-double-11")->text).plan;
    base.scenarios = {{"sc-1", "More search", "", {{"sp-1", base.channels[0].id, 100000}}}};
    REQUIRE(valid(base));
    std::vector<std::pair<std::string, std::string>> items; // (edit list, id)
    for_each_item(base, [&](const ItemPosition& at, const auto& item) {
        items.emplace_back(at.edit_list(), item.id);
    });
    REQUIRE(items.size() > 90);
    for (const auto& [list, id] : items) {
        INFO(list << " " << id);
        const Plan removed = without(base, list, id);
        const Merge gone = merge_plans(base, {base, removed});
        CHECK(gone.conflicts.empty());
        CHECK(same_plan(gone.plan, removed));

        const ListInfo& info = *find_list(list);
        if (*info.name_field == '\0') continue;
        const Plan renamed = group_plan(
            base, {edit::Set{edit_path(Place{list, id, info.name_field}), "새 이름 · tên mới"}});
        const Merge merged = merge_plans(base, {base, renamed});
        CHECK(merged.conflicts.empty());
        CHECK(same_plan(merged.plan, renamed));
    }
}

TEST_CASE("a settled conflict keeps the side not taken, which can still be taken", "[merge]") {
    const Plan base = sample_plan();
    const Plan a = group_plan(base, {edit::Set{"tasks/task-seed/title", "种草十条视频"}});
    const Plan b = group_plan(base, {edit::Set{"tasks/task-seed/title", "영상 열 편"}});
    Merge m = merge_plans(base, {a, b});
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.settled.empty());
    const Place title{"tasks", "task-seed", "title"};

    REQUIRE(settle(m, 0, 1));
    CHECK(m.conflicts.empty());
    REQUIRE(m.settled.size() == 1);
    CHECK(m.settled[0].side == 1);
    CHECK(m.settled[0].conflict.place == title);
    REQUIRE(m.settled[0].conflict.sides.size() == 2);
    CHECK(m.settled[0].conflict.sides[0].value == "种草十条视频");
    CHECK(m.plan.tasks[0].title == "영상 열 편");

    // Changing one's mind: the latest choice counts.
    REQUIRE(choose(m, title, 0));
    CHECK(m.plan.tasks[0].title == "种草十条视频");
    REQUIRE(m.settled.size() == 1);
    CHECK(m.settled[0].side == 0);
    CHECK_FALSE(choose(m, title, 2));
}

TEST_CASE("a group's file added later is merged with the choices already made", "[merge]") {
    const Plan base = sample_plan();
    const Plan a = group_plan(base, {edit::Set{"strategy/place", "Tmall"}});
    const Plan b = group_plan(base, {edit::Set{"strategy/place", "JD"}});
    const Plan c = group_plan(base, {edit::Set{"mission", "Quà tặng cho khách quen"}});
    Merge m = merge_plans(base, {a, b});
    REQUIRE(settle(m, 0, 0));
    add_group(m, c);
    CHECK(m.groups.size() == 3);
    CHECK(m.conflicts.empty());
    CHECK(m.plan.strategy.place == "Tmall");
    CHECK(m.plan.mission == "Quà tặng cho khách quen");
}
