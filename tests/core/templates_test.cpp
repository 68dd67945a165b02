#include "core/derived.h"
#include "core/templates.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "language_tables.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace fp;

namespace {
Stamp stamp() {
    return Stamp{"2026-11-24T10:00:00Z", {2026, 11, 24}, 7};
}
const Messages& english() {
    static const Messages table = *read_messages(builtin_english_messages()).messages;
    return table;
}
} // namespace

TEST_CASE("the six templates and the sample are built in") {
    std::set<std::string_view> keys;
    for (const TemplateSource& t : builtin_templates())
        keys.insert(t.key);
    CHECK(keys == std::set<std::string_view>{"blank", "launch", "mega-sale", "reactivation",
                                             "membership", "brand-voice", "sample-double-11"});
}

TEST_CASE("every template is a valid plan with checklists and risks for a starting plan") {
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        PlanReadResult r = read_plan(t.text);
        INFO((r.problems.empty() ? "" : describe(r.problems.front())));
        REQUIRE(r.ok);
        std::set<Stage> stages;
        for (const ChecklistItem& item : r.plan.checklist)
            stages.insert(item.stage);
        CHECK(stages.size() == 5);
        CHECK(r.plan.risks.size() >= 4);
        if (t.key == "blank") continue;
        CHECK_FALSE(r.plan.objectives.empty());
        CHECK_FALSE(r.plan.kpis.empty());
        CHECK_FALSE(r.plan.phases.empty());
        CHECK_FALSE(r.plan.tasks.empty());
        CHECK_FALSE(r.plan.resources.empty());
    }
}

TEST_CASE("every template carries the whole RACE checklist, each item explained") {
    // The blank template holds the checklist; each other template repeats it
    // so that every file stays a complete plan of its own.
    const Plan blank = read_plan(find_template("blank")->text).plan;
    REQUIRE(blank.checklist.size() == 28);
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        const Plan plan = read_plan(t.text).plan;
        REQUIRE(plan.checklist.size() == blank.checklist.size());
        std::map<Stage, int> per_stage;
        for (std::size_t i = 0; i < plan.checklist.size(); ++i) {
            const ChecklistItem &item = plan.checklist[i], &same = blank.checklist[i];
            INFO(item.id);
            CHECK(item.id == same.id);
            CHECK(item.stage == same.stage);
            CHECK(item.text == same.text);
            CHECK(item.explanation == same.explanation);
            CHECK_FALSE(item.explanation.empty());
            ++per_stage[item.stage];
        }
        for (Stage stage : kStages)
            CHECK(per_stage[stage] >= 5);
    }
}

TEST_CASE("every template but the blank states its mission and measures every KPI") {
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        const Plan plan = read_plan(t.text).plan;
        if (t.key == "blank") {
            CHECK(plan.mission.empty());
            CHECK(plan.measurements.empty());
            continue;
        }
        CHECK_FALSE(plan.mission.empty());
        std::set<std::string> fed;
        for (const Measurement& m : plan.measurements) {
            INFO(m.id);
            CHECK_FALSE(m.tracked.empty());
            CHECK_FALSE(m.where.empty());
            CHECK_FALSE(m.how.empty());
            CHECK_FALSE(m.attribution.empty());
            CHECK_FALSE(m.owner.empty());
            fed.insert(m.kpi_ids.begin(), m.kpi_ids.end());
        }
        for (const Kpi& k : plan.kpis)
            CHECK(fed.count(k.id));
    }
}

TEST_CASE("every template file is in the exporter's own form") {
    // So that a plan made from a template and exported differs from its
    // template only where the user or the date shift changed it.
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        CHECK(write_plan(read_plan(t.text).plan) == t.text);
    }
}

TEST_CASE("templates start with SMART objectives, a clean schedule and a budget within total") {
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        const Plan plan = read_plan(t.text).plan;
        for (const SmartCheck& check : check_all_smart(plan)) {
            INFO(check.objective_id);
            for (const SmartLetter& l : check.letters) {
                INFO(l.letter << ": " << english(l.reason));
                CHECK(l.pass);
            }
        }
        for (const ScheduleFinding& f : check_schedule(plan))
            FAIL_CHECK(f.path << ": " << english(f.message));
        CHECK(budget_totals(plan).over_by == 0);
    }
}

TEST_CASE("a plan from a template starts today, keeps its shape and gets a new id") {
    const TemplateSource* source = find_template("mega-sale");
    REQUIRE(source);
    const Plan original = read_plan(source->text).plan;
    TemplateResult made = plan_from_template(*source, "My 11.11", stamp(), english());
    REQUIRE(made.ok);
    const Plan& plan = made.plan;
    CHECK(plan.name == "My 11.11");
    CHECK(plan.id != original.id);
    CHECK(plan.created == "2026-11-24T10:00:00Z");
    CHECK(plan.period.start == Date{2026, 11, 24});
    const int shift = days_between(original.period.start, plan.period.start);
    CHECK(days_between(original.period.end, plan.period.end) == shift);
    REQUIRE(plan.tasks.size() == original.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        CHECK(days_between(original.tasks[i].dates.start, plan.tasks[i].dates.start) == shift);
    CHECK(validate_plan(plan).empty());
}

TEST_CASE("every template lands whole on days that break planners") {
    // A month's last day, New Year's Eve, 29 February, a Friday, a Sunday.
    const Date day = GENERATE(Date{2027, 3, 31}, Date{2026, 12, 31}, Date{2028, 2, 29},
                              Date{2026, 12, 4}, Date{2026, 12, 6});
    INFO(format_date(day));
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        const Plan original = read_plan(t.text).plan;
        TemplateResult made =
            plan_from_template(t, "", Stamp{format_date(day) + "T10:00:00Z", day, 7}, english());
        REQUIRE(made.ok);
        const Plan& plan = made.plan;
        CHECK(plan.period.start == day);
        const int shift = days_between(original.period.start, day);
        CHECK(days_between(original.period.end, plan.period.end) == shift);
        for (std::size_t i = 0; i < plan.phases.size(); ++i)
            CHECK(days_between(original.phases[i].dates.start, plan.phases[i].dates.start) ==
                  shift);
        CHECK(validate_plan(plan).empty());
        CHECK(check_schedule(plan).empty());
    }
}

TEST_CASE("an empty name keeps the template's") {
    TemplateResult made = plan_from_template(*find_template("launch"), "", stamp(), english());
    REQUIRE(made.ok);
    CHECK(made.plan.name == read_plan(find_template("launch")->text).plan.name);
}

TEST_CASE("the sample reproduces the source's evaluation table") {
    const Plan plan = read_plan(find_template("sample-double-11")->text).plan;
    std::multiset<int> percents;
    for (const Kpi& k : plan.kpis)
        if (auto rate = achievement(k)) percents.insert(achievement_percent(*rate));
    CHECK(percents.count(85) == 1);
    CHECK(percents.count(83) == 1);
    CHECK(percents.count(120) == 1);
}

TEST_CASE("dates move across month and year ends") {
    CHECK(add_days({2026, 12, 30}, 3) == Date{2027, 1, 2});
    CHECK(add_days({2028, 3, 1}, -1) == Date{2028, 2, 29});
    CHECK(days_between({2026, 1, 1}, {2027, 1, 1}) == 365);
    CHECK(date_from_day_number(day_number({1999, 12, 31})) == Date{1999, 12, 31});
}

TEST_CASE("a template started in another language is in that language, its market's currency "
          "and the same figures") {
    const TemplateSource& launch = *find_template("launch");
    const Plan original = read_plan(launch.text).plan;
    for (const Language& language : kLanguages) {
        INFO(language.code);
        const Messages table = read_language(language.code);
        const TemplateResult made = plan_from_template(launch, "", stamp(), table);
        REQUIRE(made.ok);
        const Plan& plan = made.plan;
        CHECK(plan.language == language.code);
        CHECK(plan.currency == language.currency);
        if (language.code != std::string_view("en")) {
            CHECK(plan.name == table.template_text.at(original.name));
            CHECK(plan.objectives[0].statement ==
                  table.template_text.at(original.objectives[0].statement));
        }
        CHECK(validate_plan(plan).empty());
        // Every amount in the same proportion: the budget's share of the total stays.
        REQUIRE(plan.budget_total);
        REQUIRE(original.budget_total);
        for (std::size_t i = 0; i < plan.budget.size(); ++i)
            CHECK(static_cast<double>(plan.budget[i].amount) /
                      static_cast<double>(*plan.budget_total) ==
                  Approx(static_cast<double>(original.budget[i].amount) /
                         static_cast<double>(*original.budget_total)));
    }
    const TemplateResult korean = plan_from_template(launch, "", stamp(), read_language("ko"));
    CHECK(*korean.plan.budget_total ==
          *original.budget_total / 100 * 1300); // KRW has no minor unit
}

TEST_CASE("the sample keeps its currency and its achievement figures in every language") {
    const TemplateSource& sample = *find_template("sample-double-11");
    for (const Language& language : kLanguages) {
        INFO(language.code);
        const TemplateResult made =
            plan_from_template(sample, "", stamp(), read_language(language.code));
        REQUIRE(made.ok);
        CHECK(made.plan.currency == "CNY");
        std::multiset<int> percents;
        for (const Kpi& k : made.plan.kpis)
            if (auto rate = achievement(k)) percents.insert(achievement_percent(*rate));
        CHECK(percents.count(85) == 1);
        CHECK(percents.count(83) == 1);
        CHECK(percents.count(120) == 1);
    }
}
