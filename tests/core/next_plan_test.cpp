#include "core/next_plan.h"

#include "core/forecast.h"
#include "core/holidays.h"
#include "core/plan_format.h"
#include "core/templates.h"
#include "core/validation.h"
#include "core/value_kinds.h"
#include "core/vocabulary.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {

const Stamp kStamp{"2027-01-02T08:00:00Z", {2027, 1, 2}, 42};

// The sample plan's one channel (feed ads, CPM, all its spend in the burst
// phase) with `in` as its inputs and `actuals` as what it delivered.
Plan with_channel(const ChannelInputs& in, const ChannelActuals& actuals) {
    Plan p = sample_plan();
    p.channels[0].inputs = in;
    p.channels[0].actuals = actuals;
    return p;
}

// A whole number of weeks on, so the review falls the same number of days
// after the last phase and the next plan counts carryover as the old did.
Date weeks_later(const Plan& p, int weeks) {
    return add_days(p.period.start, 7 * weeks);
}

// Channel `i`'s orders at `spend` in `plan`.
double orders_at(const Plan& plan, std::size_t i, Money spend) {
    return forecast_plan(plan, {{plan.channels[i].id, spend}}, 0).channels[i].total.orders;
}

// The finished plan with the refitted inputs of the next: the calendar
// where the actuals were counted.
Plan refitted_in_place(Plan finished, const Plan& next) {
    for (std::size_t i = 0; i < finished.channels.size(); ++i)
        finished.channels[i].inputs = next.channels[i].inputs;
    return finished;
}

std::vector<Date> dates_of(const Plan& plan) {
    std::vector<Date> out;
    each_leaf(plan, Rule::None, [&](const auto& leaf, Rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(leaf)>, Date>) out.push_back(leaf);
    });
    return out;
}

const InputChange* change_of(const ChannelRefit& r, const std::string& input) {
    for (const InputChange& c : r.changes)
        if (c.input == input) return &c;
    return nullptr;
}

} // namespace

TEST_CASE("a channel refitted through its actuals forecasts its actual orders at its actual "
          "spend",
          "[next]") {
    ChannelInputs in = cpm_inputs();
    in.half_saturation = 4000000;
    in.observed_spend = 3000000;
    in.carryover = 0.4;
    const Plan finished = with_channel(in, {3600000, 200, 3400000});
    const NextPlanResult r = next_plan(finished, weeks_later(finished, 52), "", kStamp);
    REQUIRE(r.ok);
    const ChannelInputs& next = r.plan.channels[0].inputs;
    CHECK(next.observed_spend == 3600000);
    CHECK(next.aov == 17000); // 34,000.00 over 200 orders
    CHECK(next.ctr == in.ctr);
    CHECK(*next.conversion_rate < 0.03);
    // In the calendar where the orders were counted, with carryover up to
    // that review, and in the next plan's, which counts the same days.
    CHECK(orders_at(refitted_in_place(finished, r.plan), 0, 3600000) == Approx(200));
    CHECK(orders_at(r.plan, 0, 3600000) == Approx(200));

    const ChannelRefit& c = r.channels[0];
    CHECK(c.refitted);
    CHECK(c.note == Message("next_plan.note.refitted"));
    const Forecast before = forecast_plan(finished, {}, 0), after = forecast_plan(r.plan, {}, 0);
    CHECK(*c.cost_per_order.forecast_before == Approx(3000000 / before.channels[0].total.orders));
    CHECK(*c.cost_per_order.actual == Approx(18000));
    CHECK(*c.cost_per_order.forecast_next == Approx(3000000 / after.channels[0].total.orders));
    // The planned 30,000.00 is less than the 36,000.00 spent, so each order
    // costs less than it actually did, and more than the old plan thought.
    CHECK(*c.cost_per_order.forecast_next < *c.cost_per_order.actual);
    CHECK(*c.cost_per_order.forecast_next > *c.cost_per_order.forecast_before);

    // What changed, from what to what, in the file's order of inputs.
    REQUIRE(c.changes.size() == 3);
    CHECK(c.changes[0].input == "conversion_rate");
    CHECK(c.changes[0].rate);
    CHECK(*c.changes[0].before == 0.03);
    CHECK(*c.changes[0].after == *next.conversion_rate);
    CHECK(c.changes[1].input == "aov");
    CHECK(c.changes[1].money);
    CHECK(*c.changes[1].before == 15900);
    CHECK(*c.changes[1].after == 17000);
    CHECK(c.changes[2].input == "observed_spend");
    CHECK(*c.changes[2].before == 3000000);
    CHECK(*c.changes[2].after == 3600000);
}

TEST_CASE("the worked example of docs/forecast.md: last campaign's search", "[next]") {
    ChannelInputs in;
    in.cost_model = CostModel::Cpc;
    in.unit_cost = 150; // 1.50 a click
    in.visit_rate = 0.9;
    in.conversion_rate = 0.04;
    in.aov = 19900;
    in.observed_spend = 1000000;
    in.half_saturation = 2000000;
    Plan finished = with_channel(in, {1500000, 250, 4750000});
    finished.budget[0].amount = 1000000; // planned 10,000.00, spent 15,000.00
    const NextPlanResult r = next_plan(finished, next_plan_start(finished), "", kStamp);
    REQUIRE(r.ok);
    const ChannelRefit& c = r.channels[0];
    CHECK(*c.cost_per_order.forecast_before == Approx(4166.67).margin(0.01)); // 240 orders
    CHECK(*c.cost_per_order.actual == Approx(6000));
    // 0.04 x 250 / 360: at 15,000.00 the old inputs gave 10,000 clicks, 9,000
    // visits and 360 orders.
    CHECK(*r.plan.channels[0].inputs.conversion_rate == Approx(0.0277778));
    CHECK(r.plan.channels[0].inputs.aov == 19000);
    // At 10,000.00: 6,666.67 clicks x 0.9 x 0.0277778 = 166.67 orders on the
    // straight funnel, x (1.5M + 2M) / (1M + 2M) = 194.44 on the curve.
    const Forecast next = forecast_plan(r.plan, {}, 0);
    CHECK(next.channels[0].total.orders == Approx(194.444));
    CHECK(*c.cost_per_order.forecast_next == Approx(5142.86).margin(0.01));
}

TEST_CASE("dates move by the same number of days and actuals are cleared", "[next]") {
    Plan finished = sample_plan();
    finished.channels[0].actuals = {3000000, 300, 4770000};
    finished.tasks[0].status = TaskStatus::Done;
    finished.tasks[1].status = TaskStatus::Blocked;
    finished.kpis[0].problem = "Feed ads under-delivered";
    finished.kpis[0].suggestion = "Raise bids";
    finished.kpis[0].deadline = Date{2026, 11, 11};
    finished.scenarios = {{"sc-1", "More search", "", {{"sp-1", "ch-feed", 2000000}}}};
    REQUIRE(validate_plan(finished).empty());

    const Date start{2027, 1, 5};
    const NextPlanResult r = next_plan(finished, start, "Spring 2027", kStamp);
    REQUIRE(r.ok);
    const Plan& next = r.plan;
    CHECK(r.days == days_between(finished.period.start, start));
    CHECK(next.period.start == start);
    CHECK(next.period.end == add_days(finished.period.end, r.days));
    // Every date, the review sessions' aside (they are cleared) and the
    // non-working days (those of the new dates are added).
    Plan without_reviews = finished;
    without_reviews.reviews.clear();
    Plan schedule = next;
    schedule.non_working_days.clear();
    const std::vector<Date> was = dates_of(without_reviews), now = dates_of(schedule);
    REQUIRE(was.size() == now.size());
    REQUIRE(was.size() > 10);
    for (std::size_t k = 0; k < was.size(); ++k)
        CHECK(now[k] == add_days(was[k], r.days));

    // Its market's holidays over the new dates (Taiwan's Lunar New Year).
    CHECK(missing_public_holidays(next).empty());
    CHECK(std::any_of(next.non_working_days.begin(), next.non_working_days.end(),
                      [](const NonWorkingDay& d) {
                          return d.date == Date{2027, 2, 6};
                      }));

    CHECK(next.id != finished.id);
    CHECK(is_valid_id(next.id));
    CHECK(next.name == "Spring 2027");
    CHECK(next.created == kStamp.now_utc);
    CHECK(next.modified == kStamp.now_utc);

    CHECK_FALSE(next.channels[0].actuals.spend);
    CHECK_FALSE(next.channels[0].actuals.orders);
    CHECK_FALSE(next.channels[0].actuals.revenue);
    CHECK_FALSE(next.kpis[0].actual);
    CHECK(next.kpis[0].problem.empty());
    CHECK(next.kpis[0].suggestion.empty());
    CHECK(next.kpis[0].target == finished.kpis[0].target);
    CHECK(next.reviews.empty());
    for (const Task& t : next.tasks)
        CHECK(t.status == TaskStatus::Todo);
    CHECK_FALSE(next.checklist[0].done);

    // The plan itself stays: budget, scenarios, risks, strategy, objectives
    // (their deadlines moved), last period's review.
    Plan kept = finished;
    kept.channels[0].inputs = next.channels[0].inputs;
    kept.channels[0].actuals = {};
    kept.kpis = next.kpis;
    kept.reviews.clear();
    kept.tasks = next.tasks;
    kept.checklist = next.checklist;
    kept.objectives[0].deadline = next.objectives[0].deadline;
    kept.phases = next.phases;
    kept.milestones = next.milestones;
    kept.period = next.period;
    kept.non_working_days = next.non_working_days; // the new dates' holidays
    kept.id = next.id;
    kept.name = next.name;
    kept.created = next.created;
    kept.modified = next.modified;
    CHECK(same_plan(kept, next));

    CHECK(next_plan(finished, start, "", kStamp).plan.name == finished.name);
    CHECK(next_plan_start(finished) == Date{2026, 11, 19}); // the day after the period ends
}

TEST_CASE("a CPA channel is refitted through its cost per order", "[next]") {
    ChannelInputs in = cpm_inputs();
    in.cost_model = CostModel::Cpa;
    in.unit_cost = 2500; // 25.00 an order
    in.half_saturation = 3000000;
    in.observed_spend = 3000000;
    const Plan finished = with_channel(in, {2000000, 64, {}});
    const NextPlanResult r = next_plan(finished, weeks_later(finished, 1), "", kStamp);
    REQUIRE(r.ok);
    const ChannelInputs& next = r.plan.channels[0].inputs;
    // 20,000.00 for 64 orders is 312.50 an order; at its own evidence the
    // forecast is straight, so the unit cost is the actual cost per order
    // (whole minor units: exact to half a unit per order).
    CHECK(next.unit_cost == 31250);
    CHECK(next.conversion_rate == in.conversion_rate);
    CHECK(next.aov == in.aov); // no revenue given
    CHECK(orders_at(r.plan, 0, 2000000) == Approx(64).epsilon(0.5 / 31250));
    REQUIRE(r.channels[0].changes.size() == 2);
    CHECK(r.channels[0].changes[0].input == "unit_cost");
    CHECK(r.channels[0].changes[1].input == "observed_spend");
}

TEST_CASE("a volume-driven channel is refitted through its conversion rate", "[next]") {
    Plan finished = sample_plan();
    Channel& owned = finished.channels[0];
    owned.media = Media::Owned;
    owned.inputs = {};
    owned.inputs.volume = 2000;
    owned.inputs.conversion_rate = 0.05;
    owned.inputs.aov = 10000;
    owned.actuals = {100000, 150, 1800000};
    const NextPlanResult r = next_plan(finished, weeks_later(finished, 2), "", kStamp);
    REQUIRE(r.ok);
    const ChannelInputs& next = r.plan.channels[0].inputs;
    CHECK(*next.conversion_rate == Approx(0.075)); // 150 orders of 2,000 visits
    CHECK(next.volume == 2000);
    CHECK(next.aov == 12000);
    CHECK(orders_at(r.plan, 0, 100000) == Approx(150));
    CHECK(forecast_plan(r.plan, {}, 0).channels[0].total.orders ==
          Approx(150)); // whatever it spends
}

TEST_CASE("a conversion rate that would pass 100% is held there and the input above it fits",
          "[next]") {
    SECTION("CPM: the CTR takes up the rest") {
        // 30,000.00 buys 1,000,000 impressions, 12,000 clicks and visits: 15,000
        // orders need a conversion rate of 125%.
        const Plan finished = with_channel(cpm_inputs(), {3000000, 15000, {}});
        const NextPlanResult r = next_plan(finished, weeks_later(finished, 1), "", kStamp);
        REQUIRE(r.ok);
        const ChannelInputs& next = r.plan.channels[0].inputs;
        CHECK(next.conversion_rate == 1.0);
        CHECK(*next.ctr == Approx(0.015));
        CHECK(orders_at(r.plan, 0, 3000000) == Approx(15000));
        const ChannelRefit& c = r.channels[0];
        CHECK(c.refitted);
        CHECK(c.note.key == "next_plan.note.held");
        CHECK(english(c.note) == "refitted, but it would need a conversion rate of 125%: held at "
                                 "100%, with \"CTR\" fitted instead");
    }
    SECTION("CPC: visits per click are already all, so the cost per click fits") {
        ChannelInputs in = cpm_inputs();
        in.cost_model = CostModel::Cpc;
        in.unit_cost = 150;
        in.conversion_rate = 0.5;
        // 3,000,000 buys 20,000 clicks, each a visit (no rate stated): 30,000
        // orders need 150%.
        const Plan finished = with_channel(in, {3000000, 30000, {}});
        const NextPlanResult r = next_plan(finished, weeks_later(finished, 1), "", kStamp);
        REQUIRE(r.ok);
        const ChannelInputs& next = r.plan.channels[0].inputs;
        CHECK(next.conversion_rate == 1.0);
        CHECK_FALSE(next.visit_rate); // still unstated: it was at its most already
        CHECK(next.unit_cost == 100);
        CHECK(orders_at(r.plan, 0, 3000000) == Approx(30000));
        CHECK(change_of(r.channels[0], "unit_cost"));
        CHECK_FALSE(change_of(r.channels[0], "visit_rate"));
        CHECK(english(r.channels[0].note) ==
              "refitted, but it would need a conversion rate of 150%: held at 100%, with "
              "\"Unit cost\" fitted instead");
    }
}

TEST_CASE("a channel without actuals stays as it was and says why", "[next]") {
    Plan finished = with_channel(cpm_inputs(), {});
    Channel no_orders = finished.channels[0];
    no_orders.id = "ch-no-orders";
    no_orders.actuals = {500000, {}, 100000};
    Channel no_ctr = finished.channels[0];
    no_ctr.id = "ch-no-ctr";
    no_ctr.inputs.ctr.reset();
    no_ctr.actuals = {500000, 20, 400000};
    finished.channels.push_back(no_orders);
    finished.channels.push_back(no_ctr);
    const NextPlanResult r = next_plan(finished, weeks_later(finished, 1), "", kStamp);
    REQUIRE(r.ok);
    const char* notes[] = {"next_plan.note.no_spend", "next_plan.note.no_orders",
                           "next_plan.note.no_visits"};
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(finished.channels[i].id);
        const ChannelRefit& c = r.channels[i];
        CHECK(c.channel_id == finished.channels[i].id);
        CHECK_FALSE(c.refitted);
        CHECK(c.changes.empty());
        CHECK(c.note == Message(notes[i]));
        Plan one;
        one.channels = {finished.channels[i]};
        one.channels[0].actuals = {};
        Plan other;
        other.channels = {r.plan.channels[i]};
        CHECK(same_plan(one, other)); // inputs as they were, actuals cleared
    }
    CHECK_FALSE(r.channels[0].cost_per_order.actual);
    CHECK_FALSE(r.channels[1].cost_per_order.actual);
    CHECK(*r.channels[2].cost_per_order.actual == Approx(25000));
    CHECK(r.channels[0].cost_per_order.forecast_before ==
          r.channels[0].cost_per_order.forecast_next);
    CHECK(english(r.channels[1].note) == "not refitted: no actual orders");
}

TEST_CASE("a plan written in Chinese, Korean and Vietnamese keeps its texts", "[next]") {
    Plan finished = sample_plan();
    finished.name = "双十一 新品推广";
    finished.business = "차 가게";
    finished.strategy.promotion = "Giảm giá 20% cho thành viên trong ngày Tết";
    finished.channels[0].name = "信息流广告";
    finished.channels[0].actuals = {3000000, 300, {}};
    finished.phases[0].name = "預熱";
    finished.kpis[0].problem.clear(); // texts of the campaign, cleared anyway
    finished.kpis[0].suggestion.clear();
    finished.reviews.clear();
    const std::string name = "Kế hoạch Tết 2027 · 설날 · 春节";
    const NextPlanResult r = next_plan(finished, {2027, 1, 10}, name, kStamp);
    REQUIRE(r.ok);
    CHECK(r.plan.name == name);
    CHECK(r.channels[0].name == "信息流广告");
    Plan renamed = finished;
    renamed.name = name;
    renamed.non_working_days = r.plan.non_working_days; // the new dates' holidays
    CHECK(template_texts(r.plan) == template_texts(renamed));
    const PlanReadResult read = read_plan(write_plan(r.plan));
    REQUIRE(read.ok);
    CHECK(read.plan.name == name);
    CHECK(read.plan.business == "차 가게");
    CHECK(read.plan.strategy.promotion == finished.strategy.promotion);
    CHECK(read.plan.phases[0].name == "預熱");
}

TEST_CASE("a start that is not a date, or a next plan that would not be valid, is refused",
          "[next]") {
    const Plan finished = sample_plan();
    NextPlanResult r = next_plan(finished, {2027, 2, 29}, "", kStamp);
    CHECK_FALSE(r.ok);
    CHECK(english(r.error) == "the next plan cannot start on 2027-02-29: that is not a date");

    r = next_plan(finished, {9999, 12, 20}, "", kStamp); // would end in the year 10000
    CHECK_FALSE(r.ok);
    CHECK(english(r.error).find("plan.period.end") != std::string::npos);

    r = next_plan(finished, {2027, 1, 4}, std::string(201, 'x'), kStamp);
    CHECK_FALSE(r.ok);
    CHECK(english(r.error).find("plan.name") != std::string::npos);
}
