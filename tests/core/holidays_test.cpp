#include "core/forecast.h"
#include "core/holidays.h"
#include "core/json_reader.h"
#include "core/next_plan.h"
#include "core/templates.h"
#include "core/vocabulary.h"
#include "core/workspace.h"
#include "language_tables.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace fp;

namespace {
std::vector<std::string> days_of(const std::vector<PublicHoliday>& list) {
    std::vector<std::string> out;
    for (const PublicHoliday& h : list)
        out.push_back(format_date(h.date));
    return out;
}
Stamp stamp_on(const Date& day) {
    return Stamp{format_date(day) + "T10:00:00Z", day, 7};
}
using Days = std::vector<std::string>;
} // namespace

TEST_CASE("the built-in holidays cover every language's market for 2026 to 2030, in date order") {
    const Json all = Json::parse(builtin_holidays());
    CHECK(all["years"] == Json::array({2026, 2030}));
    for (const Language& l : kLanguages) {
        INFO(l.code);
        const std::vector<PublicHoliday> days =
            public_holidays(l.code, {2026, 1, 1}, {2030, 12, 31});
        REQUIRE(days.size() >= 5 * 8);
        CHECK(std::is_sorted(days.begin(), days.end(),
                             [](auto& a, auto& b) { return a.date < b.date; }));
        for (int year = 2026; year <= 2030; ++year)
            CHECK(std::count_if(days.begin(), days.end(),
                                [&](auto& h) { return h.date.year == year; }) >= 8);
        for (const PublicHoliday& h : days)
            CHECK(is_valid_utf8(h.name));
    }
}

TEST_CASE("each market's holidays are those its law gives everyone, lunar ones included") {
    // Mainland China: the Spring Festival's eve and first three days, two
    // days for Labour Day, three for National Day; not Youth Day (May 4).
    CHECK(days_of(public_holidays("zh-Hans", {2026, 2, 1}, {2026, 2, 28})) ==
          Days{"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"});
    CHECK(days_of(public_holidays("zh-Hans", {2026, 5, 1}, {2026, 5, 31})) ==
          Days{"2026-05-01", "2026-05-02"});
    CHECK(days_of(public_holidays("zh-Hans", {2027, 9, 1}, {2027, 10, 31})) ==
          Days{"2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03"});
    // Korea: Chuseok the day before, of and after; Seollal the same.
    CHECK(days_of(public_holidays("ko", {2026, 9, 20}, {2026, 9, 30})) ==
          Days{"2026-09-24", "2026-09-25", "2026-09-26"});
    CHECK(days_of(public_holidays("ko", {2027, 2, 1}, {2027, 2, 28})) ==
          Days{"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"}); // Sunday: a day in lieu
    // Vietnam: Tet's five days and the Hung Kings' day (10th of the 3rd lunar month).
    const std::vector<PublicHoliday> tet = public_holidays("vi", {2026, 2, 1}, {2026, 4, 29});
    CHECK(days_of(tet) ==
          Days{"2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-04-26"});
    CHECK(tet.front().name == "Tết Nguyên Đán");
    CHECK(public_holidays("zh-Hant", {2026, 10, 10}, {2026, 10, 10}).front().name ==
          "國慶日 / 雙十節");
    CHECK(days_of(public_holidays("es", {2026, 12, 1}, {2026, 12, 31})) ==
          Days{"2026-12-06", "2026-12-08", "2026-12-25"});
    CHECK(days_of(public_holidays("en", {2026, 11, 1}, {2026, 11, 30})) ==
          Days{"2026-11-11", "2026-11-26"});
    // Outside the years known, and for a language without a market: none.
    CHECK(public_holidays("zh-Hans", {2025, 1, 1}, {2025, 12, 31}).empty());
    CHECK(public_holidays("fr", {2026, 1, 1}, {2026, 12, 31}).empty());
}

TEST_CASE("working days skip weekends and the plan's non-working days") {
    const std::vector<NonWorkingDay> national = {{"day-1", {2026, 10, 1}, "国庆节"},
                                                 {"day-2", {2026, 10, 2}, "国庆节"}};
    // Wednesday 30 September: Thursday and Friday are off, so Monday, Tuesday, Wednesday.
    CHECK(format_date(add_working_days({2026, 9, 30}, 3)) == "2026-10-05");
    CHECK(format_date(add_working_days({2026, 9, 30}, 3, national)) == "2026-10-07");
    // A non-working day on a weekend changes nothing.
    CHECK(format_date(add_working_days({2026, 10, 2}, 1, {{"d", {2026, 10, 3}, ""}})) ==
          "2026-10-05");
}

TEST_CASE("a plan's review date moves past its non-working days") {
    Plan plan;
    plan.period = {{2026, 9, 1}, {2026, 9, 30}};
    CHECK(format_date(review_due(plan)) == "2026-10-05");
    plan.non_working_days = {{"day-2026-10-01", {2026, 10, 1}, "国庆节"},
                             {"day-2026-10-02", {2026, 10, 2}, "国庆节"}};
    CHECK(format_date(review_due(plan)) == "2026-10-07");
}

TEST_CASE("a plan made from a template starts with its market's holidays over its dates") {
    const TemplateSource& launch = *find_template("launch");
    const Stamp today = stamp_on({2026, 9, 14});
    const TemplateResult chinese = plan_from_template(launch, "", today, read_language("zh-Hans"));
    REQUIRE(chinese.ok);
    const Plan& plan = chinese.plan;
    REQUIRE_FALSE(plan.non_working_days.empty());
    for (const NonWorkingDay& d : plan.non_working_days) {
        CHECK(plan.period.start <= d.date);
        CHECK(d.id == "day-" + format_date(d.date));
    }
    const auto national = std::find_if(plan.non_working_days.begin(), plan.non_working_days.end(),
                                       [](const NonWorkingDay& d) {
                                           return d.date == Date{2026, 10, 1};
                                       });
    REQUIRE(national != plan.non_working_days.end());
    CHECK(national->name == "国庆节");
    // Nothing is missing once made, and the review skips what is listed.
    CHECK(missing_public_holidays(plan).empty());
    CHECK(std::none_of(plan.non_working_days.begin(), plan.non_working_days.end(),
                       [&](const NonWorkingDay& d) { return d.date == review_due(plan); }));

    // The sample is a campaign of 2025, before the years known: none.
    const TemplateResult sample =
        plan_from_template(*find_template("sample-double-11"), "", today, read_language("zh-Hans"));
    REQUIRE(sample.ok);
    CHECK(sample.plan.non_working_days.empty());
}

TEST_CASE("moving a plan's dates leaves its non-working days on theirs and finds its new dates' "
          "holidays missing") {
    Plan plan;
    plan.language = "ko";
    plan.period = {{2026, 9, 1}, {2026, 9, 30}};
    plan.non_working_days = {{"day-2026-09-24", {2026, 9, 24}, "추석"}};
    move_dates(plan, 365);
    CHECK(plan.period.start == Date{2027, 9, 1});
    CHECK(plan.non_working_days.front().date == Date{2026, 9, 24});
    // 2027's Chuseok (14-16 September), the Foundation Day (3 October, a
    // Sunday) and Hangul Day (9 October, a Saturday) with their days in lieu.
    const std::vector<NonWorkingDay> missing = missing_public_holidays(plan);
    std::vector<std::string> ids;
    for (const NonWorkingDay& d : missing)
        ids.push_back(d.id);
    CHECK(ids == Days{"day-2027-09-14", "day-2027-09-15", "day-2027-09-16", "day-2027-10-03",
                      "day-2027-10-04", "day-2027-10-09", "day-2027-10-11"});
}
