#include "core/model_json.h"
#include "core/plan_format.h"
#include "core/references.h"
#include "core/session.h"
#include "plan_generator.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {
Stamp stamp(std::uint64_t entropy) {
    return Stamp{"2026-11-24T10:00:00Z", {2026, 11, 24}, entropy};
}
Moment at(double ms) {
    return Moment{ms, "2026-11-24T10:00:01Z"};
}
edit::Set set(std::string path, Json value) {
    return edit::Set{std::move(path), std::move(value)};
}
} // namespace

TEST_CASE("a session restores stored plans and says which it could not") {
    Session s;
    CHECK_FALSE(s.restore({"plan-sample", write_plan(sample_plan())}));
    const auto broken = s.restore({"plan-2", "{\"format\": \"funnelplan.plan\""});
    REQUIRE(broken);
    CHECK(broken->id == "plan-2");
    CHECK(broken->problem);
    const auto twin = s.restore({"plan-3", write_plan(sample_plan())});
    REQUIRE(twin);
    CHECK_FALSE(twin->problem); // the same id as a plan already restored
    CHECK(s.workspace().plans.size() == 1);
    CHECK(s.current_id() == "plan-sample");
}

TEST_CASE("edits to the open plan undo and redo, and typing in one field is one step") {
    Session s;
    s.add(sample_plan(), stamp(1));
    CHECK_FALSE(s.edit({set("name", "雙十一 A")}, at(0), "name"));
    CHECK_FALSE(s.edit({set("name", "雙十一 AB")}, at(500), "name"));
    CHECK_FALSE(s.edit({set("name", "雙十一 ABC")}, at(1000), "name"));
    // A pause longer than the typing window starts a new step.
    CHECK_FALSE(s.edit({set("name", "Tết sale")}, at(1000 + Session::kMergeTypingMs), "name"));
    CHECK(s.current()->name == "Tết sale");
    CHECK(s.current()->modified == "2026-11-24T10:00:01Z");
    REQUIRE(s.undo(at(5000)));
    CHECK(s.current()->name == "雙十一 ABC");
    REQUIRE(s.undo(at(5001)));
    CHECK(s.current()->name == "Double 11 push 雙十一");
    CHECK_FALSE(s.can_undo());
    REQUIRE(s.redo(at(5002)));
    CHECK(s.current()->name == "雙十一 ABC");
    // A new edit drops what could be redone.
    CHECK_FALSE(s.edit({set("business", "차 가게")}, at(6000)));
    CHECK_FALSE(s.can_redo());
}

TEST_CASE("a refused edit in a group leaves the plan as it was, and says why") {
    Session s;
    s.add(sample_plan(), stamp(1));
    const std::uint64_t before = s.revision();
    const std::optional<Message> error =
        s.edit({set("name", "새 이름"), set("budget_total", -5)}, at(0));
    REQUIRE(error);
    CHECK_FALSE(error->key.empty());
    CHECK(s.current()->name == "Double 11 push 雙十一");
    CHECK(s.revision() == before);
    CHECK_FALSE(s.can_undo());
    CHECK_FALSE(s.saving());
}

TEST_CASE("removing an item and clearing its references is one undo step") {
    Session s;
    s.add(sample_plan(), stamp(1));
    const Plan before = *s.current();
    REQUIRE_FALSE(s.edit(removal_edits(before, "phases", before.phases[0].id), at(0)));
    CHECK(s.current()->phases.size() == before.phases.size() - 1);
    REQUIRE(s.undo(at(10)));
    Plan restored = before;
    restored.modified = at(10).utc; // undoing is a change too, saved like any other
    CHECK(same_plan(*s.current(), restored));
    CHECK_FALSE(s.can_undo());
}

TEST_CASE("changed plans are saved once changes pause, and each history stays with its plan") {
    Session s;
    const std::string a = s.add(sample_plan(), stamp(1));
    const std::string b = s.add(sample_plan(), stamp(2));
    CHECK(s.current_id() == b);
    CHECK_FALSE(s.saving()); // adding is not a change: save_soon says when to save it
    s.edit({set("name", "B")}, at(1000));
    CHECK(s.saving());
    CHECK(s.take_saves(1000 + Session::kSaveDelayMs - 1).empty());
    const std::vector<PlanRecord> saved = s.take_saves(1000 + Session::kSaveDelayMs);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].id == b);
    CHECK(read_plan(saved[0].text).plan.name == "B");
    CHECK_FALSE(s.saving());

    REQUIRE(s.open(a));
    CHECK_FALSE(s.can_undo());
    REQUIRE(s.open(b));
    CHECK(s.can_undo());
    REQUIRE(s.remove(b));
    CHECK(s.current_id() == a);
    CHECK_FALSE(s.open(b));
}

TEST_CASE("a large plan is saved a slice a call, and an edit, a removal or a flush meanwhile "
          "is kept") {
    Session s;
    const std::string id = s.add(large_sample(0.5), stamp(1));
    const auto edit_name = [&](const std::string& name, double ms) {
        REQUIRE_FALSE(s.edit({set("name", name)}, at(ms)));
    };
    const auto saves_until_whole = [&](double ms, int& calls) {
        std::vector<PlanRecord> saved;
        for (calls = 1; (saved = s.take_saves(ms)).empty(); ++calls) {
            CHECK(s.saving());
            CHECK(s.unsaved(id));
            REQUIRE(calls < 1000);
        }
        return saved;
    };

    s.save_soon(id); // a plan just added is due without a pause
    int calls = 0;
    std::vector<PlanRecord> saved = saves_until_whole(0, calls);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].id == id);
    CHECK(saved[0].text == write_plan(*s.current()));
    const std::size_t slices = saved[0].text.size() / Session::kSaveSliceBytes;
    CHECK(slices >= 3);
    CHECK(calls >= int(slices));
    CHECK_FALSE(s.saving());

    // An edit while the file is written starts it again, with the edit in it.
    edit_name("first", 1000);
    const double due = 1000 + Session::kSaveDelayMs;
    CHECK(s.take_saves(due).empty());
    edit_name("第二 · 둘째 · thứ hai", due + 1);
    CHECK(s.take_saves(due + 1).empty()); // changes have not paused
    saved = saves_until_whole(due + 1 + Session::kSaveDelayMs, calls);
    REQUIRE(saved.size() == 1);
    CHECK(read_plan(saved[0].text).plan.name == "第二 · 둘째 · thứ hai");
    CHECK(saved[0].text == write_plan(*s.current()));

    // Without `now` (the page is going away) the rest is written at once.
    edit_name("third", 5000);
    CHECK(s.take_saves(5000 + Session::kSaveDelayMs).empty());
    saved = s.take_saves();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].text == write_plan(*s.current()));

    // A plan removed while its file is written is not saved.
    edit_name("fourth", 9000);
    CHECK(s.take_saves(9000 + Session::kSaveDelayMs).empty());
    REQUIRE(s.remove(id));
    CHECK_FALSE(s.saving());
    CHECK(s.take_saves().empty());
}

TEST_CASE("derived figures follow the open plan and are worked out again after a change") {
    Session s;
    s.add(sample_plan(), stamp(1));
    const Money total = s.derived().budget.total;
    const std::vector<Finding>& findings = s.derived().findings;
    for (const Finding& f : findings)
        if (!f.place.item_id.empty())
            CHECK_FALSE(s.findings_about(f.place.list, f.place.item_id).empty());
    const Plan& plan = *s.current();
    REQUIRE_FALSE(plan.budget.empty());
    const std::string path = "budget/" + plan.budget[0].id + "/amount";
    REQUIRE_FALSE(s.edit({set(path, plan.budget[0].amount + 100)}, at(0)));
    CHECK(s.derived().budget.total == total + 100);
}
