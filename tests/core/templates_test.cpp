#include "core/derived.h"
#include "core/findings.h"
#include "core/forecast.h"
#include "core/templates.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "language_tables.h"

#include <catch2/catch.hpp>

#include <algorithm>
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
Stamp stamp_on(const Date& day) {
    return Stamp{format_date(day) + "T10:00:00Z", day, 7};
}
const Phase& burst(const Plan& plan) {
    for (const Phase& p : plan.phases)
        if (p.kind == PhaseKind::Burst) return p;
    FAIL("the plan has no burst phase");
    return plan.phases.front();
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

TEST_CASE("no template has a phase far from the source's rule or a resource unused or to acquire") {
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        for (const Finding& f : plan_findings(read_plan(t.text).plan)) {
            const bool phase = f.message.key.rfind("finding.phase_", 0) == 0;
            const bool resource = f.message.key.rfind("finding.resource_", 0) == 0;
            if (phase || resource) FAIL_CHECK(f.place.item_id << ": " << english(f.message));
        }
    }
}

TEST_CASE("the sample and the mega-sale link their tasks to every resource of their inventory") {
    for (const char* key : {"sample-double-11", "mega-sale"}) {
        INFO(key);
        const Plan plan = read_plan(find_template(key)->text).plan;
        std::set<std::string> used;
        for (const Task& task : plan.tasks) {
            INFO(task.id);
            CHECK_FALSE(task.resource_ids.empty());
            used.insert(task.resource_ids.begin(), task.resource_ids.end());
        }
        for (const Resource& r : plan.resources)
            CHECK(used.count(r.id));
    }
}

TEST_CASE("a plan from a template starts today, keeps its shape and gets a new id") {
    const TemplateSource* source = find_template("launch");
    REQUIRE(source);
    const Plan original = read_plan(source->text).plan;
    TemplateResult made = plan_from_template(*source, "My launch", stamp(), english());
    REQUIRE(made.ok);
    const Plan& plan = made.plan;
    CHECK(plan.name == "My launch");
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
        CHECK(validate_plan(plan).empty());
        CHECK(check_schedule(plan).empty());
        if (t.dates == TemplateDates::Own) {
            CHECK(plan.period.start == original.period.start);
            continue;
        }
        if (t.dates == TemplateDates::Event) {
            CHECK(burst(plan).dates.end == next_sale_event(day));
            continue;
        }
        CHECK(plan.period.start == day);
        const int shift = days_between(original.period.start, day);
        CHECK(days_between(original.period.end, plan.period.end) == shift);
        for (std::size_t i = 0; i < plan.phases.size(); ++i)
            CHECK(days_between(original.phases[i].dates.start, plan.phases[i].dates.start) ==
                  shift);
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

TEST_CASE("the sample keeps its own dates when a plan is made from it") {
    // It is a worked example of Double 11 2025: moved, its messages and its
    // results would read as if they were about another day.
    const TemplateSource& sample = *find_template("sample-double-11");
    const Plan original = read_plan(sample.text).plan;
    const TemplateResult made = plan_from_template(sample, "", stamp(), english());
    REQUIRE(made.ok);
    CHECK(made.plan.period.start == Date{2025, 11, 1});
    CHECK(made.plan.period.end == original.period.end);
    REQUIRE(made.plan.tasks.size() == original.tasks.size());
    for (std::size_t i = 0; i < original.tasks.size(); ++i)
        CHECK(made.plan.tasks[i].dates.start == original.tasks[i].dates.start);
    CHECK(made.plan.reviews.front().date == original.reviews.front().date);
}

TEST_CASE("the next 11.11 and 6.18 come after today, across the year's end") {
    CHECK(next_sale_event({2026, 12, 20}) == Date{2027, 6, 18});
    CHECK(next_sale_event({2026, 6, 18}) == Date{2026, 11, 11});
    CHECK(next_sale_event({2026, 11, 11}) == Date{2027, 6, 18});
    CHECK(next_sale_event({2026, 1, 1}) == Date{2026, 6, 18});
    CHECK(parse_event("11.11", {2026, 11, 20}) == Date{2027, 11, 11});
    CHECK(parse_event("11.11", {2026, 11, 10}) == Date{2026, 11, 11});
    CHECK(parse_event("6.18", {2026, 12, 20}) == Date{2027, 6, 18});
    CHECK(parse_event("2028-02-29", {2026, 12, 20}) == Date{2028, 2, 29});
    CHECK_FALSE(parse_event("12.12", {2026, 12, 20}));
}

TEST_CASE("a mega-sale plan is placed around its event by the source's rule") {
    // Warm-up 7-10 days before the core days, the core days 3-5 ending on the
    // event, follow-through the 7 days after; everything dated moves with them.
    const TemplateSource& mega = *find_template("mega-sale");
    CHECK(mega.dates == TemplateDates::Event);
    const Plan original = read_plan(mega.text).plan;
    struct Case {
        Date today;
        std::optional<Date> event;
        Date burst_ends;
    };
    const Case c = GENERATE(Case{{2026, 12, 20}, std::nullopt, {2027, 6, 18}},
                            Case{{2026, 11, 20}, Date{2027, 11, 11}, {2027, 11, 11}},
                            Case{{2026, 7, 1}, std::nullopt, {2026, 11, 11}},
                            Case{{2026, 12, 2}, Date{2027, 1, 1}, {2027, 1, 1}});
    INFO(format_date(c.today) << " -> " << format_date(c.burst_ends));
    const TemplateResult made =
        plan_from_template(mega, "", stamp_on(c.today), english(), TemplateOptions{c.event});
    REQUIRE(made.ok);
    const Plan& plan = made.plan;
    CHECK(validate_plan(plan).empty());
    CHECK(check_schedule(plan).empty());
    const int shift = days_between(burst(original).dates.end, c.burst_ends);
    for (const Phase& p : plan.phases) {
        const int days = days_between(p.dates.start, p.dates.end) + 1;
        if (p.kind == PhaseKind::WarmUp) {
            CHECK(days >= 7);
            CHECK(days <= 10);
            CHECK(add_days(p.dates.end, 1) == burst(plan).dates.start);
        } else if (p.kind == PhaseKind::Burst) {
            CHECK(p.dates.end == c.burst_ends);
            CHECK(days >= 3);
            CHECK(days <= 5);
        } else if (p.kind == PhaseKind::FollowThrough) {
            CHECK(p.dates.start == add_days(c.burst_ends, 1));
            CHECK(days == 7);
        }
    }
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        CHECK(days_between(original.tasks[i].dates.start, plan.tasks[i].dates.start) == shift);
    for (std::size_t i = 0; i < plan.kpis.size(); ++i)
        CHECK(days_between(*original.kpis[i].deadline, *plan.kpis[i].deadline) == shift);
    for (std::size_t i = 0; i < plan.objectives.size(); ++i)
        CHECK(days_between(*original.objectives[i].deadline, *plan.objectives[i].deadline) ==
              shift);
}

TEST_CASE("a mega-sale plan's review meeting falls on a working day whatever the event") {
    const TemplateSource& mega = *find_template("mega-sale");
    for (int i = 0; i < 14; ++i) {
        const Date event = add_days({2027, 11, 11}, i);
        INFO(format_date(event));
        const TemplateResult made = plan_from_template(mega, "", stamp_on({2026, 12, 3}), english(),
                                                       TemplateOptions{event});
        REQUIRE(made.ok);
        const Plan& plan = made.plan;
        const auto review =
            std::find_if(plan.milestones.begin(), plan.milestones.end(),
                         [](const Milestone& m) { return m.title == "Review meeting"; });
        REQUIRE(review != plan.milestones.end());
        CHECK(review->date == review_due(plan));
        CHECK(weekday(day_number(review->date)) < 5);
    }
}

TEST_CASE("only an event-anchored template takes an event") {
    const TemplateResult made = plan_from_template(*find_template("launch"), "", stamp(), english(),
                                                   TemplateOptions{Date{2027, 6, 18}});
    CHECK_FALSE(made.ok);
    CHECK(made.error == "the template \"launch\" is not tied to an event");
}

TEST_CASE("every template forecasts results from every channel it spends on and no loss on its "
          "goal") {
    for (const TemplateSource& t : builtin_templates()) {
        INFO(t.key);
        const Plan plan = read_plan(t.text).plan;
        const Forecast f = forecast_plan(plan, {}, 0);
        for (const ChannelForecast& c : f.channels) {
            INFO(c.channel_id << " " << c.missing);
            if (c.total.spend > 0) CHECK(c.total.orders > 0);
        }
        if (t.key == "blank") continue;
        CHECK(f.total.orders > 0);
        // Orders count no money, so only a revenue or profit goal can lose.
        if (plan.forecast.goal != Goal::Orders) {
            REQUIRE(f.ratios.roi);
            CHECK(*f.ratios.roi >= 0);
        }
    }
    // Brand voice exists for reach; orders are the nearest goal the forecast has.
    CHECK(read_plan(find_template("brand-voice")->text).plan.forecast.goal == Goal::Orders);
}

namespace {
// The source (the e-commerce marketing-mix scheme) in Simplified Chinese, as
// the sample reads in that language. Its deadlines count from the end of the
// activity, the core days (11.10): its follow-through, "the 7 days after
// the activity", is 11.11-11.17.
struct Table1Row {
    const char* metric;
    double target;
    const char* owner;
    int days_after;
    const char* source;
};
constexpr Table1Row kTable1[] = {
    {"活动总曝光量", 1000000, "经理", 1, "电商平台后台+广告后台"},
    {"独立访客数（UV）", 200000, "专员", 1, "统计工具"},
    {"整体转化率", 0.03, "主管", 1, "生意参谋"},
    {"新品首单量", 5000, "运营", 3, "订单系统"},
    {"新增会员数", 20000, "助理", 7, "CRM系统"},
    {"会员复购率", 0.15, "经理", 30, "CRM系统"},
};
struct Table2Row {
    const char* phase;
    Date start, end;
    const char* task;
    const char* owner;
    const char* resources;
    const char* outputs;
};
const Table2Row kTable2[] = {
    {"预热期",
     {2025, 11, 1},
     {2025, 11, 7},
     "小红书/抖音短视频发布",
     "策划",
     "5条短视频，话题预算5000元",
     "短视频播放量、互动量"},
    {"预热期",
     {2025, 11, 3},
     {2025, 11, 7},
     "社群预告与优惠券发放",
     "运营",
     "社群10个，优惠券1000张",
     "入群人数、领取量"},
    {"爆发期",
     {2025, 11, 8},
     {2025, 11, 10},
     "淘宝直播带货",
     "主管",
     "KOL费用2万元，直播间福利5000元",
     "直播观看人数、转化量"},
    {"爆发期",
     {2025, 11, 8},
     {2025, 11, 10},
     "朋友圈广告投放",
     "专员",
     "广告预算3万元，定向人群50万",
     "广告点击率、转化成本"},
    {"延续期",
     {2025, 11, 11},
     {2025, 11, 17},
     "催付与复购券发放",
     "助理",
     "短信模板10套，复购券2000张",
     "催付成功率、复购率"},
};
struct Table3Row {
    const char* metric;
    double target, actual;
    int percent;
    const char* problem;
    const char* suggestion;
};
constexpr Table3Row kTable3[] = {
    {"活动总曝光量", 1000000, 850000, 85, "信息流广告曝光未达标", "调整出价策略，拓展定向人群"},
    {"整体转化率", 0.03, 0.025, 83, "详情页跳出率较高", "优化产品卖点呈现，提升加载速度"},
    {"会员复购率", 0.15, 0.18, 120, "会员复购券效果显著", "增加复购券发放频次，扩大适用范围"},
};
const Kpi* kpi_named(const Plan& plan, const std::string& metric) {
    for (const Kpi& k : plan.kpis)
        if (k.metric == metric) return &k;
    return nullptr;
}
} // namespace

TEST_CASE("the sample reads like the source's tables 1, 2 and 3, line by line") {
    const TemplateResult made = plan_from_template(*find_template("sample-double-11"), "", stamp(),
                                                   read_language("zh-Hans"));
    REQUIRE(made.ok);
    const Plan& plan = made.plan;
    const Date activity_ends{2025, 11, 10};
    CHECK(burst(plan).dates.end == activity_ends);

    REQUIRE(plan.kpis.size() == std::size(kTable1));
    for (const Table1Row& row : kTable1) {
        INFO(row.metric);
        const Kpi* k = kpi_named(plan, row.metric);
        REQUIRE(k);
        CHECK(k->target == Approx(row.target));
        CHECK(k->owner == row.owner);
        CHECK(k->deadline == add_days(activity_ends, row.days_after));
        CHECK(k->source == row.source);
    }

    REQUIRE(plan.tasks.size() == std::size(kTable2));
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Table2Row& row = kTable2[i];
        const Task& task = plan.tasks[i];
        INFO(row.task);
        CHECK(task.title == row.task);
        const auto phase = std::find_if(plan.phases.begin(), plan.phases.end(),
                                        [&](const Phase& p) { return p.id == task.phase_id; });
        REQUIRE(phase != plan.phases.end());
        CHECK(phase->name == row.phase);
        CHECK(task.dates.start == row.start);
        CHECK(task.dates.end == row.end);
        CHECK(task.owner == row.owner);
        CHECK(task.resources == row.resources);
        // Task 4 adds the cost per conversion the forecast gives it.
        CHECK(task.outputs.rfind(row.outputs, 0) == 0);
    }
    for (const Phase& p : plan.phases) {
        INFO(p.name);
        const auto first = std::find_if(std::begin(kTable2), std::end(kTable2),
                                        [&](const Table2Row& r) { return p.name == r.phase; });
        REQUIRE(first != std::end(kTable2));
        CHECK(p.dates.start == first->start);
        CHECK(p.dates.end == (p.kind == PhaseKind::FollowThrough ? Date{2025, 11, 17}
                              : p.kind == PhaseKind::Burst       ? Date{2025, 11, 10}
                                                                 : Date{2025, 11, 7}));
    }

    for (const Table3Row& row : kTable3) {
        INFO(row.metric);
        const Kpi* k = kpi_named(plan, row.metric);
        REQUIRE(k);
        CHECK(k->target == Approx(row.target));
        CHECK(k->actual == Approx(row.actual));
        CHECK(achievement_percent(*achievement(*k)) == row.percent);
        CHECK(k->problem == row.problem);
        CHECK(k->suggestion == row.suggestion);
    }
}

TEST_CASE("the sample's figures agree with each other") {
    const Plan plan = read_plan(find_template("sample-double-11")->text).plan;
    const Forecast f = forecast_plan(plan, {}, 0);
    // Within a factor of 1.5 of its targets: 5,000 first orders, 200,000 UV.
    CHECK(f.total.orders >= 5000 / 1.5);
    CHECK(f.total.orders <= 5000 * 1.5);
    CHECK(f.total.visits >= 200000 / 1.5);
    CHECK(f.total.visits <= 200000 * 1.5);
    // The channels' actual orders are the KPI's: 176,000 visitors at 2.5%.
    double orders = 0;
    for (const Channel& c : plan.channels)
        orders += c.actuals.orders.value_or(0);
    CHECK(orders == Approx(*kpi_named(plan, "First orders of the new product")->actual));
    CHECK(orders == Approx(*kpi_named(plan, "Unique visitors (UV)")->actual *
                           *kpi_named(plan, "Overall conversion rate")->actual));
    // Task 4 promises the feed ads' forecast cost per conversion.
    const auto feed =
        std::find_if(f.channels.begin(), f.channels.end(),
                     [](const ChannelForecast& c) { return c.channel_id == "ch-feed"; });
    REQUIRE(feed != f.channels.end());
    const double cost = feed->total.spend / feed->total.orders / 100;
    CHECK(plan.tasks[3].outputs.find("about " + std::to_string(std::lround(cost))) !=
          std::string::npos);
    // The review's decision follows its proposal: budget to the live streams.
    const CampaignReview review = review_campaign(plan);
    REQUIRE(review.proposal);
    const auto most =
        std::max_element(review.proposal->channels.begin(), review.proposal->channels.end(),
                         [](const ChannelAllocation& a, const ChannelAllocation& b) {
                             return a.proposed - a.current < b.proposed - b.current;
                         });
    REQUIRE(most != review.proposal->channels.end());
    CHECK(most->id == "ch-live");
    CHECK(plan.reviews.front().decisions.rfind("Move budget to the live streams", 0) == 0);
    CHECK(plan.reviews.front().date == *review.review_on);
}
