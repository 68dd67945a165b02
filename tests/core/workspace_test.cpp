#include "core/model_json.h"
#include "core/plan_format.h"
#include "core/workspace.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {
Stamp stamp(std::uint64_t entropy) {
    return Stamp{"2026-11-24T10:00:00Z", {2026, 11, 24}, entropy};
}
} // namespace

TEST_CASE("adding a plan whose id is taken gives it a fresh id") {
    Workspace ws;
    std::string a = add_plan(ws, sample_plan(), stamp(1));
    std::string b = add_plan(ws, sample_plan(), stamp(1));
    CHECK(a == "plan-sample");
    CHECK(b != a);
    CHECK(b.rfind("plan-", 0) == 0);
    CHECK(ws.plans.size() == 2);
}

TEST_CASE("duplicate copies everything but id, name and times") {
    Workspace ws;
    add_plan(ws, sample_plan(), stamp(1));
    std::string copy = duplicate_plan(ws, "plan-sample", stamp(2));
    const Plan* p = find_plan(ws, copy);
    REQUIRE(p);
    CHECK(p->name == "Double 11 push 雙十一 (copy)");
    CHECK(p->created == "2026-11-24T10:00:00Z");
    CHECK(to_json(p->tasks) == to_json(sample_plan().tasks));
    CHECK(duplicate_plan(ws, "missing", stamp(3)).empty());
}

TEST_CASE("import adds a plan and never replaces one") {
    Workspace ws;
    add_plan(ws, sample_plan(), stamp(1));
    auto r = import_plan(ws, write_plan(sample_plan()), stamp(5));
    REQUIRE(r.ok);
    CHECK(ws.plans.size() == 2);
    CHECK(r.plan_id != "plan-sample");
    CHECK(same_plan(ws.plans[0], sample_plan()));
}

TEST_CASE("a refused import leaves the workspace as it was") {
    Workspace ws;
    add_plan(ws, sample_plan(), stamp(1));
    auto r =
        import_plan(ws, "{\"format\": \"funnelplan.plan\", \"version\": 1, \"plan\": 3}", stamp(5));
    CHECK_FALSE(r.ok);
    CHECK(r.problems.size() == 1);
    CHECK(ws.plans.size() == 1);
}

TEST_CASE("remove deletes only the named plan") {
    Workspace ws;
    add_plan(ws, sample_plan(), stamp(1));
    CHECK_FALSE(remove_plan(ws, "other"));
    CHECK(remove_plan(ws, "plan-sample"));
    CHECK(ws.plans.empty());
}
