#include "core/derived.h"

#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {

Kpi kpi(double target, double actual, Direction direction = Direction::HigherIsBetter) {
    Kpi k;
    k.target = target;
    k.actual = actual;
    k.direction = direction;
    return k;
}

const SmartLetter& letter_of(const SmartCheck& check, char l) {
    for (const SmartLetter& s : check.letters)
        if (s.letter == l) return s;
    FAIL("no letter " << l);
    return check.letters[0];
}

std::vector<std::string> failing(const SmartCheck& check) {
    std::vector<std::string> out;
    for (const SmartLetter& s : check.letters)
        if (!s.pass) out.push_back(std::string(1, s.letter) + ": " + english(s.reason));
    return out;
}

} // namespace

TEST_CASE("achievement is rounded the way the source's evaluation table shows it") {
    CHECK(achievement_percent(*achievement(kpi(1000000, 850000))) == 85);
    CHECK(achievement_percent(*achievement(kpi(0.03, 0.025))) == 83);
    CHECK(achievement_percent(*achievement(kpi(0.15, 0.18))) == 120);
    CHECK(achievement_percent(0.125) == 13); // half rounds up
    CHECK(achievement_percent(0.0) == 0);
}

TEST_CASE("when lower is better, achievement is target over actual") {
    CHECK(*achievement(kpi(20, 25, Direction::LowerIsBetter)) == Approx(0.8));
    CHECK(*achievement(kpi(20, 16, Direction::LowerIsBetter)) == Approx(1.25));
}

TEST_CASE("achievement is left empty when it would mean nothing") {
    Kpi no_actual;
    no_actual.target = 100;
    CHECK_FALSE(achievement(no_actual));
    CHECK_FALSE(achievement(kpi(0, 10)));                           // zero target
    CHECK_FALSE(achievement(kpi(10, 0, Direction::LowerIsBetter))); // zero actual
    CHECK(*achievement(kpi(10, 0)) == 0.0);                         // nothing achieved yet
}

TEST_CASE("budget totals add up by stage, channel and phase and against the plan total") {
    Plan plan = sample_plan();
    plan.budget_total = 4000000;
    plan.budget.push_back({"bud-2", "Live stream", Stage::Convert, "", "ph-burst", 1500000});
    plan.budget.push_back({"bud-3", "CRM follow-up", Stage::Engage, "ch-feed", "", 700000});
    const BudgetTotals t = budget_totals(plan);
    CHECK(t.total == 5200000);
    CHECK(t.by_stage[static_cast<int>(Stage::Reach)] == 3000000);
    CHECK(t.by_stage[static_cast<int>(Stage::Convert)] == 1500000);
    CHECK(t.by_stage[static_cast<int>(Stage::Engage)] == 700000);
    CHECK(t.by_stage[static_cast<int>(Stage::Plan)] == 0);
    CHECK(t.by_channel.at("ch-feed") == 3700000);
    CHECK(t.by_channel.at("") == 1500000);
    CHECK(t.by_phase.at("ph-burst") == 4500000);
    CHECK(t.by_phase.at("") == 700000);
    CHECK(t.over_by == 1200000);
    CHECK(t.task_budget_total == 1000000);

    plan.budget_total = 9000000;
    CHECK(budget_totals(plan).over_by == 0);
    plan.budget_total.reset(); // no plan total: nothing to be over
    CHECK(budget_totals(plan).over_by == 0);
}

TEST_CASE("budget totals do not overflow at the largest amounts") {
    Plan plan;
    for (int i = 0; i < 5000; ++i)
        plan.budget.push_back({"b" + std::to_string(i), "", Stage::Reach, "", "", kMaxMoney});
    CHECK(budget_totals(plan).total == 5000 * kMaxMoney);
}

TEST_CASE("a complete objective passes all five SMART letters") {
    const Plan plan = sample_plan();
    const SmartCheck check = check_smart(plan, plan.objectives[0]);
    CHECK(check.objective_id == "obj-1");
    CHECK(failing(check).empty());
    CHECK(check.passes());
}

TEST_CASE("each SMART letter fails for its own reason") {
    Plan plan = sample_plan();
    Objective& o = plan.objectives[0];

    SECTION("S: a statement too short to say what changes") {
        o.statement = "More reach";
        CHECK(english(letter_of(check_smart(plan, o), 'S').reason).find("too short") !=
              std::string::npos);
    }
    SECTION("S: Chinese counts without spaces") {
        o.statement = "三十天内新品曝光达到一百万次";
        CHECK(letter_of(check_smart(plan, o), 'S').pass);
        o.statement = "曝光";
        CHECK_FALSE(letter_of(check_smart(plan, o), 'S').pass);
    }
    SECTION("M: no metric, no target") {
        o.metric.clear();
        CHECK(english(letter_of(check_smart(plan, o), 'M').reason) == "no metric to measure");
        o.metric = "Impressions";
        o.target.reset();
        CHECK(english(letter_of(check_smart(plan, o), 'M').reason) == "no target value");
    }
    SECTION("A: no baseline, wrong direction, too far") {
        o.baseline.reset();
        CHECK(english(letter_of(check_smart(plan, o), 'A').reason) ==
              "no baseline to judge the target against");
        o.baseline = 2000000;
        CHECK(english(letter_of(check_smart(plan, o), 'A').reason) ==
              "the target 1,000,000 is not above the baseline 2,000,000");
        o.baseline = 50000;
        CHECK(english(letter_of(check_smart(plan, o), 'A').reason) ==
              "the target 1,000,000 is more than ten times the baseline 50,000");
        o.direction = Direction::LowerIsBetter;
        o.unit = Unit::Percent;
        o.baseline = 0.2;
        o.target = 0.3;
        CHECK(english(letter_of(check_smart(plan, o), 'A').reason) ==
              "the target 30% is not below the baseline 20%");
        o.target = 0.15;
        CHECK(letter_of(check_smart(plan, o), 'A').pass);
    }
    SECTION("R: no KPI measures it") {
        plan.kpis.clear();
        CHECK(english(letter_of(check_smart(plan, o), 'R').reason) == "no KPI measures it");
    }
    SECTION("T: no deadline, or one outside the plan") {
        o.deadline.reset();
        CHECK(english(letter_of(check_smart(plan, o), 'T').reason) == "no deadline");
        o.deadline = Date{2026, 10, 1};
        CHECK(english(letter_of(check_smart(plan, o), 'T').reason) ==
              "the deadline 2026年10月1日 is before the plan starts (2026年10月25日)");
        o.deadline = Date{2027, 3, 1};
        CHECK_FALSE(letter_of(check_smart(plan, o), 'T').pass);
        o.horizon = Horizon::Long; // a long-term objective may reach beyond this plan
        CHECK(letter_of(check_smart(plan, o), 'T').pass);
    }
}

TEST_CASE("check_all_smart covers every objective in order") {
    const Plan plan = sample_plan();
    const auto checks = check_all_smart(plan);
    REQUIRE(checks.size() == 2);
    CHECK(checks[1].objective_id == "obj-2");
    // "Overall conversion rate of at least 3%" has no metric, baseline, KPI or deadline.
    CHECK(failing(checks[1]) ==
          std::vector<std::string>{"S: no metric says what is counted", "M: no metric to measure",
                                   "A: no baseline to judge the target against",
                                   "R: no KPI measures it", "T: no deadline"});
}

TEST_CASE("a consistent schedule has no findings") {
    CHECK(check_schedule(sample_plan()).empty());
}

TEST_CASE("schedule: a phase outside the plan period") {
    Plan plan = sample_plan();
    plan.phases[1].dates.end = {2026, 11, 25};
    const auto findings = check_schedule(plan);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].path == "/plan/phases/1/dates");
    CHECK(findings[0].item_ids == std::vector<std::string>{"ph-burst"});
    CHECK(english(findings[0].message) ==
          "phase \"Burst\" (2026年11月4日 to 2026年11月25日) lies outside the "
          "plan period (2026年10月25日 to 2026年11月18日)");
}

TEST_CASE("schedule: a task outside its phase, and one without a phase outside the period") {
    Plan plan = sample_plan();
    plan.tasks[0].dates.end = {2026, 11, 5};
    plan.tasks[1].phase_id = "";
    plan.tasks[1].dates = {{2026, 11, 19}, {2026, 11, 20}};
    const auto findings = check_schedule(plan);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].path == "/plan/tasks/0/dates");
    CHECK(english(findings[0].message) ==
          "task \"Seeding videos\" (2026年10月25日 to 2026年11月5日) lies outside "
          "its phase \"Warm-up\" (2026年10月25日 to 2026年11月3日)");
    CHECK(findings[1].path == "/plan/tasks/1/dates");
    CHECK(english(findings[1].message).find("outside the plan period") != std::string::npos);
}

TEST_CASE("schedule: a task that starts before its predecessor ends") {
    Plan plan = sample_plan();
    plan.tasks[1].dates.start = {2026, 10, 30}; // the day the seeding ends
    plan.tasks[1].phase_id = "";
    const auto findings = check_schedule(plan);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].path == "/plan/tasks/1/depends_on/0");
    CHECK(findings[0].item_ids == std::vector<std::string>{"task-live", "task-seed"});
    CHECK(english(findings[0].message) ==
          "task \"KOL live stream\" starts on 2026年10月30日, before \"Seeding "
          "videos\", which it depends on, ends on 2026年10月30日");
}

TEST_CASE("schedule: circular dependencies are found, however long the chain") {
    Plan plan = sample_plan();
    plan.tasks[0].depends_on = {"task-live"}; // seed <-> live
    auto findings = check_schedule(plan);
    REQUIRE_FALSE(findings.empty());
    CHECK(findings.back().item_ids == std::vector<std::string>{"task-seed", "task-live"});
    CHECK(english(findings.back().message).find("in a circle") != std::string::npos);

    // A chain of 100,000 tasks closed into a loop, plus one task hanging off
    // it: no recursion, and only the loop is reported.
    Plan chain;
    chain.period = {{2026, 1, 1}, {2026, 12, 31}};
    const int n = 100000;
    for (int i = 0; i < n; ++i) {
        Task t;
        t.id = "t" + std::to_string(i);
        t.dates = chain.period;
        t.depends_on = {"t" + std::to_string((i + 1) % n)};
        chain.tasks.push_back(t);
    }
    Task tail;
    tail.id = "tail";
    tail.dates = chain.period;
    tail.depends_on = {"t0"};
    chain.tasks.push_back(tail);
    findings = check_schedule(chain);
    REQUIRE_FALSE(findings.empty());
    CHECK(findings.back().item_ids.size() == static_cast<std::size_t>(n));
}

TEST_CASE("a task depending on itself is a circle of one") {
    Plan plan = sample_plan();
    plan.tasks[0].depends_on = {"task-seed"};
    const auto findings = check_schedule(plan);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].item_ids == std::vector<std::string>{"task-seed"});
}
