#include "core/forecast.h"
#include "core/plan_format.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {

// The sample plan with one paid CPM channel, all its spend in one phase.
Plan one_channel(double carryover = 0) {
    Plan p = sample_plan();
    p.channels[0].inputs = cpm_inputs();
    if (carryover > 0) p.channels[0].inputs.carryover = carryover;
    return p;
}

} // namespace

TEST_CASE("each buying model runs the funnel from spend to revenue", "[forecast]") {
    ChannelInputs in = cpm_inputs();
    FunnelFigures f = linear_funnel(in, 3000000); // 30,000.00 at 30.00 CPM
    CHECK(f.impressions == Approx(1000000));
    CHECK(f.clicks == Approx(12000));
    CHECK(f.visits == Approx(12000)); // every click a visit when no rate is given
    CHECK(f.carts == Approx(1200));
    CHECK(f.orders == Approx(360));
    CHECK(f.revenue == Approx(360 * 15900));

    in.cost_model = CostModel::Cpc;
    in.unit_cost = 150; // 1.50 a click
    in.visit_rate = 0.8;
    f = linear_funnel(in, 300000);
    CHECK(f.clicks == Approx(2000));
    CHECK(f.impressions == Approx(2000 / 0.012));
    CHECK(f.visits == Approx(1600));
    CHECK(f.orders == Approx(48));

    in.cost_model = CostModel::Cpa;
    in.unit_cost = 2500; // 25.00 an order
    f = linear_funnel(in, 100000);
    CHECK(f.orders == Approx(40));
    CHECK(f.visits == Approx(40 / 0.03));
    CHECK(f.clicks == Approx(40 / 0.03 / 0.8));

    in.cost_model = CostModel::Fixed;
    in.unit_cost = 500000; // a 5,000.00 fee for 10,000 visits
    in.volume = 10000;
    CHECK(linear_funnel(in, 500000).visits == Approx(10000));
    CHECK(linear_funnel(in, 250000).visits == Approx(5000)); // half funded

    in.cost_model = CostModel::None; // owned and earned: visits without spend
    CHECK(linear_funnel(in, 0).visits == Approx(10000));
    CHECK(linear_funnel(in, 0).orders == Approx(300));
}

TEST_CASE("the plan's totals add up its channels by stage and by phase", "[forecast]") {
    Plan p = one_channel();
    Channel owned;
    owned.id = "ch-owned";
    owned.name = "Member groups";
    owned.media = Media::Owned;
    owned.stage = Stage::Engage;
    owned.inputs.volume = 2000;
    owned.inputs.conversion_rate = 0.05;
    owned.inputs.aov = 10000;
    p.channels.push_back(owned);
    const Forecast f = forecast_plan(p);
    REQUIRE(f.channels.size() == 2);
    CHECK(f.channels[0].spend_driven);
    CHECK_FALSE(f.channels[1].spend_driven);
    CHECK(f.channels[0].total.orders == Approx(360));
    CHECK(f.channels[1].total.orders == Approx(100));
    CHECK(f.total.orders == Approx(460));
    CHECK(f.total.revenue == Approx(360 * 15900 + 100 * 10000));
    CHECK(f.by_stage[static_cast<int>(Stage::Reach)].orders == Approx(360));
    CHECK(f.by_stage[static_cast<int>(Stage::Engage)].orders == Approx(100));
    double phase_orders = 0, phase_spend = 0;
    for (const auto& [phase, part] : f.by_phase)
        phase_orders += part.orders, phase_spend += part.spend;
    CHECK(phase_orders == Approx(f.total.orders));
    CHECK(phase_spend == Approx(f.total.spend));
    // All the paid spend is in the burst phase, and so are its results.
    CHECK(f.channels[0].by_phase.at("ph-burst").orders == Approx(360));
}

TEST_CASE("the paid, owned and earned mix adds up each type's channels and leaves out fees",
          "[forecast]") {
    Plan p = one_channel();
    Channel owned;
    owned.id = "ch-owned";
    owned.name = "會員群 회원 nhóm thành viên";
    owned.media = Media::Owned;
    owned.inputs.volume = 2000;
    owned.inputs.conversion_rate = 0.05;
    owned.inputs.aov = 10000;
    p.channels.push_back(owned);
    BudgetLine fee;
    fee.id = "bud-agency";
    fee.label = "Agency fee";
    fee.amount = 500000;
    p.budget.push_back(fee);
    const Forecast f = forecast_plan(p, {}, 0);
    const FunnelFigures& paid = f.by_media[static_cast<int>(Media::Paid)];
    const FunnelFigures& from_owned = f.by_media[static_cast<int>(Media::Owned)];
    CHECK(paid.orders == Approx(f.channels[0].total.orders));
    CHECK(paid.spend == Approx(f.channels[0].total.spend));
    CHECK(from_owned.visits == Approx(2000));
    CHECK(from_owned.orders == Approx(100));
    CHECK(f.by_media[static_cast<int>(Media::Earned)].revenue == 0);
    // The fee is spend of the plan but of no media type.
    CHECK(paid.spend + from_owned.spend == Approx(f.total.spend - 500000));
    CHECK(paid.revenue + from_owned.revenue == Approx(f.total.revenue));
}

TEST_CASE("diminishing returns: the known point holds, more spend returns less", "[forecast]") {
    Plan p = one_channel();
    p.channels[0].inputs.half_saturation = 3000000; // half saturation at the planned spend
    const Forecast planned = forecast_plan(p);
    CHECK(planned.total.orders == Approx(360)); // calibrated through the planned point
    const Forecast doubled = forecast_plan(p, {{"ch-feed", 6000000}});
    // alpha = 1: r(2k)/r(k) = (2/3) / (1/2) = 4/3.
    CHECK(doubled.total.orders == Approx(480));
    CHECK(doubled.total.spend == Approx(6000000));
    p.channels[0].inputs.shape = 2.0; // S-shaped: r(2k)/r(k) = (4/5) / (1/2) = 8/5
    CHECK(forecast_plan(p, {{"ch-feed", 6000000}}).total.orders == Approx(576));
}

TEST_CASE("carryover moves results into later phases and loses what runs past the end",
          "[forecast]") {
    Plan p = one_channel(0.5);
    p.budget[0].phase_id = "ph-warm"; // spend in the warm-up, 2026-10-25 to 11-03
    const Forecast f = forecast_plan(p);
    const ChannelForecast& c = f.channels[0];
    const double warm = c.by_phase.at("ph-warm").orders;
    const double burst = c.by_phase.at("ph-burst").orders;
    CHECK(burst > 0);            // some of the warm-up's effect lands in the burst
    CHECK(warm > burst);         // most of it stays where it was spent
    CHECK(c.total.orders < 360); // the tail after the plan's last day is lost
    CHECK(c.total.orders > 359); // at a daily rate of one half, very little
    CHECK(warm + burst + (c.by_phase.count("") ? c.by_phase.at("").orders : 0) ==
          Approx(c.total.orders));
    CHECK(c.by_phase.at("ph-warm").spend == Approx(3000000));
}

TEST_CASE("ratios: ROAS, ROI, cost per order, CAC and returning-customer value", "[forecast]") {
    FunnelFigures f;
    f.spend = 100000;
    f.orders = 50;
    f.revenue = 400000;
    ForecastSettings s;
    Ratios r = ratios(f, s);
    CHECK(*r.roas == Approx(4));
    CHECK_FALSE(r.roi); // no gross margin, no ROI
    CHECK(*r.cost_per_order == Approx(2000));
    CHECK(*r.cac == Approx(2000));
    CHECK(r.returning_value == 0);
    s.gross_margin = 0.5;
    s.new_customer_share = 0.8;
    s.repeat_rate = 0.25;
    s.repeat_periods = 4;
    r = ratios(f, s);
    CHECK(*r.roi == Approx(1.0)); // (400,000 x 0.5 - 100,000) / 100,000
    CHECK(*r.cac == Approx(2500));
    CHECK(r.new_customers == Approx(40));
    CHECK(r.returning_value == Approx(40 * 0.25 * 8000 * 4));
    CHECK(r.gross_profit == Approx(200000));
    CHECK_FALSE(ratios(FunnelFigures{}, s).roas);
}

TEST_CASE("KPIs read forecast figures in their own units", "[forecast]") {
    const Forecast f = forecast_plan(one_channel());
    CHECK_FALSE(forecast_figure(f, ForecastFigure::None));
    CHECK(*forecast_figure(f, ForecastFigure::Orders) == Approx(360));
    CHECK(*forecast_figure(f, ForecastFigure::Impressions) == Approx(1000000));
    CHECK(*forecast_figure(f, ForecastFigure::Revenue) == Approx(360 * 15900));
    CHECK(*forecast_figure(f, ForecastFigure::Roas) == Approx(360.0 * 15900 / 3000000));
    CHECK(*forecast_figure(f, ForecastFigure::CostPerOrder) == Approx(3000000 / 360.0));
}

TEST_CASE("scenarios are forecast beside the plan", "[forecast]") {
    Plan p = one_channel();
    p.channels[0].inputs.half_saturation = 3000000;
    p.scenarios = {{"sc-1", "Double the feed", "", {{"sp-1", "ch-feed", 6000000}}}};
    const std::vector<ScenarioComparison> c = compare_scenarios(p);
    REQUIRE(c.size() == 1);
    CHECK(c[0].scenario_id == "sc-1");
    CHECK(c[0].total.spend == Approx(6000000));
    CHECK(c[0].total.orders == Approx(480));
    CHECK(*c[0].ratios.roas < *forecast_plan(p).ratios.roas);
}

TEST_CASE("the allocator sees spend-driven channels with their bounds", "[forecast]") {
    Plan p = one_channel();
    p.channels[0].inputs.min_spend = 100000;
    p.channels[0].inputs.max_spend = 5000000;
    p.channels[0].inputs.locked = true;
    Channel fee = p.channels[0];
    fee.id = "ch-fee";
    fee.inputs.cost_model = CostModel::Fixed;
    fee.inputs.unit_cost = 100000;
    fee.inputs.volume = 1000;
    Channel owned = p.channels[0];
    owned.id = "ch-owned";
    owned.media = Media::Earned;
    p.channels.push_back(fee);
    p.channels.push_back(owned);
    const Forecast f = forecast_plan(p);
    const AllocationRequest r =
        allocation_request(p, f, Goal::Orders, AllocationMode::FixedBudget, 3000000);
    REQUIRE(r.channels.size() == 1); // the fixed fee and the earned channel stay out
    CHECK(r.channels[0].id == "ch-feed");
    CHECK(r.channels[0].current == Approx(3000000));
    CHECK(r.channels[0].min == Approx(100000));
    CHECK(r.channels[0].max == Approx(5000000));
    CHECK(r.channels[0].locked);
    CHECK(response(r.channels[0].curve, 3000000) == Approx(360));
}

TEST_CASE("the review compares channels' actual returns and proposes the next split",
          "[forecast]") {
    Plan p = one_channel();
    Channel live = p.channels[0];
    live.id = "ch-live";
    live.inputs.half_saturation = 2000000;
    p.channels[0].inputs.half_saturation = 2000000;
    p.channels[0].actuals = {2000000, 100, 1500000}; // ROAS 0.75
    live.actuals = {2000000, 300, 6000000};          // ROAS 3
    p.channels.push_back(live);
    const CampaignReview r = review_campaign(p);
    REQUIRE(r.channels.size() == 2);
    CHECK(*r.channels[0].roas == Approx(0.75));
    CHECK(*r.channels[1].cost_per_order == Approx(2000000 / 300.0));
    REQUIRE(r.proposal);
    REQUIRE(r.proposal->ok);
    CHECK(r.proposal->total_proposed == Approx(4000000));
    CHECK(r.proposal->channels[1].proposed > r.proposal->channels[0].proposed);
    // The last phase ends on Wednesday 2026-11-11: three working days on is Monday 11-16.
    REQUIRE(r.review_on);
    CHECK(format_date(*r.review_on) == "2026-11-16");
}

TEST_CASE("working days skip weekends", "[forecast]") {
    CHECK(format_date(add_working_days({2026, 11, 27}, 3)) == "2026-12-02"); // Friday on
    CHECK(format_date(add_working_days({2026, 11, 28}, 1)) == "2026-11-30"); // Saturday on
    CHECK(format_date(add_working_days({2026, 11, 24}, 0)) == "2026-11-24");
    CHECK(format_date(add_working_days({2026, 12, 31}, 3)) == "2027-01-05"); // into the new year
    CHECK(format_date(add_working_days({2028, 2, 25}, 2)) == "2028-02-29");  // Friday to 29 Feb
    CHECK(format_date(add_working_days({2027, 3, 31}, 3)) == "2027-04-05");  // a month's end
}

TEST_CASE("a proposal saved in whole units spends exactly its rounded total") {
    AllocationResult r;
    auto propose = [&](std::initializer_list<double> amounts) {
        r.channels.clear();
        for (double v : amounts) {
            r.channels.emplace_back();
            r.channels.back().proposed = v;
        }
        return whole_amounts(r);
    };
    CHECK(propose({1.4, 1.4, 1.2, -0.3}) == std::vector<Money>{2, 1, 1, 0});
    CHECK(propose({123456.5}) == std::vector<Money>{123457});
}

TEST_CASE("the allocator's refusals show money as the plan's people type it", "[forecast]") {
    Plan p = one_channel(); // CNY, in fen
    p.channels[0].inputs.min_spend = 2000000;
    const Forecast f = forecast_plan(p);
    auto refusal = [&](const Plan& plan) {
        const AllocationResult r =
            allocate(allocation_request(plan, f, Goal::Revenue, AllocationMode::FixedBudget, 1000));
        REQUIRE_FALSE(r.ok);
        return english(r.error);
    };
    // A user who typed a budget of 10 reads 10, not the 1000 fen it is stored as.
    CHECK(refusal(p) == "the minimums (and locked spends) add up to 20,000.00, above the "
                        "budget of 10.00");
    p.language = "es";
    CHECK(refusal(p) == "the minimums (and locked spends) add up to 20.000,00, above the "
                        "budget of 10,00");
    p.currency = "KRW"; // no minor unit
    CHECK(refusal(p) ==
          "the minimums (and locked spends) add up to 2.000.000, above the budget of 1.000");
}

TEST_CASE("a proposal becomes a valid scenario of whole amounts with fresh ids", "[forecast]") {
    Plan p = sample_plan();
    Proposal proposal;
    proposal.plan_id = p.id;
    for (const Channel& c : p.channels) {
        proposal.result.channels.emplace_back();
        proposal.result.channels.back().id = c.id;
        proposal.result.channels.back().proposed = 1000.5;
    }
    std::uint64_t next = 7;
    const BudgetScenario s =
        scenario_of(proposal, "提案 40,000", "Đề xuất ngày 1/11", [&] { return next += 977; });
    CHECK(s.name == "提案 40,000");
    CHECK(s.notes == "Đề xuất ngày 1/11");
    REQUIRE(s.spends.size() == p.channels.size());
    Money total = 0;
    for (const ScenarioSpend& sp : s.spends) {
        total += sp.amount;
        CHECK(sp.id != s.id);
    }
    CHECK(total == std::llround(1000.5 * static_cast<double>(p.channels.size())));
    p.scenarios.push_back(s);
    CHECK(validate_plan(p).empty()); // ids unique, channels known
}

TEST_CASE("a KPI can be tied to every figure of the funnel", "[forecast]") {
    const Plan p = one_channel();
    const Forecast f = forecast_plan(p);
    const FunnelFigures& t = f.total;
    REQUIRE(t.visits > 0);
    REQUIRE(t.orders > 0);
    CHECK(*forecast_figure(f, ForecastFigure::Clicks) == Approx(t.clicks));
    CHECK(*forecast_figure(f, ForecastFigure::Carts) == Approx(t.carts));
    CHECK(*forecast_figure(f, ForecastFigure::ConversionRate) == Approx(t.orders / t.visits));
    CHECK(*forecast_figure(f, ForecastFigure::CartRate) == Approx(t.carts / t.visits));
    CHECK(*forecast_figure(f, ForecastFigure::Aov) == Approx(t.revenue / t.orders));
    CHECK(*forecast_figure(f, ForecastFigure::ReturningValue) == Approx(f.ratios.returning_value));
    // With nothing forecast there is no rate to compare with.
    CHECK_FALSE(forecast_figure(Forecast{}, ForecastFigure::ConversionRate));
    // Every figure has a key in the file.
    for (std::string_view key : EnumKeys<ForecastFigure>::keys)
        CHECK(enum_from_key<ForecastFigure>(key));
    CHECK(enum_from_key<ForecastFigure>("aov") == ForecastFigure::Aov);
}

namespace {

// A CPA channel at 10.00 an order whose price was seen at 300,000 of spend,
// saturating at half of what it could ever bring at 300,000.
Plan evidence_plan(Money line) {
    Plan p = one_channel();
    ChannelInputs& in = p.channels[0].inputs;
    in.cost_model = CostModel::Cpa;
    in.unit_cost = 1000;
    in.aov = 5000;
    in.observed_spend = 300000;
    in.half_saturation = 300000;
    p.budget[0].amount = line;
    return p;
}

} // namespace

TEST_CASE("the same spend forecasts the same through a budget line, a scenario or the allocator",
          "[forecast]") {
    const Forecast lined = forecast_plan(evidence_plan(300000));
    Plan small = evidence_plan(100000);
    small.scenarios = {{"sc-1", "Triple", "", {{"sp-1", "ch-feed", 300000}}}};
    const ScenarioComparison scenario = compare_scenarios(small).at(0);
    CHECK(scenario.total.revenue == Approx(lined.total.revenue).epsilon(1e-12));
    CHECK(scenario.total.orders == Approx(300)); // the evidence holds where it was seen
    const Forecast f = forecast_plan(small);
    const AllocationRequest r =
        allocation_request(small, f, Goal::Revenue, AllocationMode::FixedBudget, 300000);
    CHECK(response(r.channels.at(0).curve, 300000) == Approx(lined.total.revenue).epsilon(1e-12));
    // Nothing planned at all: the same again.
    Plan none = evidence_plan(0);
    CHECK(forecast_plan(none, {{"ch-feed", 300000}}).total.revenue ==
          Approx(lined.total.revenue).epsilon(1e-12));
}

TEST_CASE("a budget line that doubles returns less than double", "[forecast]") {
    const double once = forecast_plan(evidence_plan(300000)).total.revenue;
    const double twice = forecast_plan(evidence_plan(600000)).total.revenue;
    CHECK(twice < 2 * once);
    // alpha = 1: r(2k) / r(k) = (2/3) / (1/2) = 4/3.
    CHECK(twice / once == Approx(4.0 / 3));
}

TEST_CASE("carryover then saturation, counted up to the review, by hand", "[forecast]") {
    // 1,000.00 a day on Monday to Wednesday 2027-03-01..03 at a daily carryover
    // of 0.5; the review is due three working days after, on Monday 03-08.
    Plan p = evidence_plan(300000);
    p.period = {{2027, 3, 1}, {2027, 3, 3}};
    p.phases = {{"ph-1", "Burst", PhaseKind::Burst, {{2027, 3, 1}, {2027, 3, 3}}}};
    p.budget[0].phase_id = "ph-1";
    p.channels[0].inputs.carryover = 0.5;
    CHECK(format_date(review_due(p)) == "2027-03-08");
    // Geometric adstock a(t) = 0.5 x(t) + 0.5 a(t-1), day by day to the review:
    // 50,000 75,000 87,500 | 43,750 21,875 10,937.5 5,468.75 2,734.375
    const double in_phase = 50000 + 75000 + 87500;
    const double after = 43750 + 21875 + 10937.5 + 5468.75 + 2734.375;
    const double effective = in_phase + after; // 297,265.625 of 300,000
    // Saturation on the adstocked spend: the Hill curve through 300 orders at
    // 300,000 with half saturation there has beta 600 orders.
    const double orders = 600 * effective / (effective + 300000);
    const Forecast f = forecast_plan(p);
    const ChannelForecast& c = f.channels[0];
    CHECK(c.total.orders == Approx(orders).epsilon(1e-12));
    CHECK(c.total.spend == Approx(300000));
    CHECK(c.after_campaign.orders == Approx(orders * after / effective).epsilon(1e-12));
    CHECK(c.by_phase.at("ph-1").orders == Approx(orders * in_phase / effective).epsilon(1e-12));
    CHECK(f.after_campaign.orders == Approx(c.after_campaign.orders));
    // The allocator's curve of spend gives the same.
    CHECK(response(c.orders_curve, 300000) == Approx(orders).epsilon(1e-12));
}

TEST_CASE("a channel whose inputs are all certain has a range of no width", "[forecast]") {
    const Forecast f = forecast_plan(evidence_plan(300000));
    const ChannelForecast& c = f.channels[0];
    CHECK(c.range.low.revenue == c.total.revenue);
    CHECK(c.range.high.revenue == c.total.revenue);
    CHECK(f.range.low.orders == f.total.orders);
    CHECK(f.range.high.orders == f.total.orders);
    CHECK(*f.range.low_ratios.roas == *f.ratios.roas);
}

TEST_CASE("uncertain inputs give a range around the expected forecast, the same every time",
          "[forecast]") {
    Plan p = evidence_plan(300000);
    p.channels[0].inputs.uncertainty.unit_cost = 0.2;
    p.channels[0].inputs.uncertainty.aov = 0.1;
    const Forecast f = forecast_plan(p);
    const FigureRange& r = f.channels[0].range;
    CHECK(r.low.revenue < f.total.revenue);
    CHECK(r.high.revenue > f.total.revenue);
    CHECK(r.low.revenue > 0.7 * f.total.revenue); // at most 20% and 10% off, mostly less
    CHECK(r.high.revenue < 1.4 * f.total.revenue);
    CHECK(r.low.spend == f.total.spend); // spend is what the plan decides, not a guess
    CHECK(*f.range.low_ratios.cost_per_order < *f.ratios.cost_per_order);
    CHECK(forecast_plan(p).range.low.revenue == f.range.low.revenue);
    // Another channel's draws leave this one's as they were.
    Channel other = p.channels[0];
    other.id = "ch-other";
    p.channels.push_back(other);
    CHECK(forecast_plan(p).channels[0].range.low.revenue == r.low.revenue);
    // The scenario comparison carries its own range.
    p.scenarios = {{"sc-1", "More", "", {{"sp-1", "ch-feed", 600000}}}};
    const ScenarioComparison s = compare_scenarios(p).at(0);
    CHECK(s.range.low.revenue < s.total.revenue);
    CHECK(s.range.high.revenue > s.total.revenue);
}

TEST_CASE("a plan of an earlier version keeps its forecast on opening", "[forecast]") {
    // Version 3 anchored the curve at the planned spend: at 30,000.00 planned
    // with half saturation at 10,000.00, the straight funnel's 360 orders, and
    // at 60,000.00 360 x 2 x (3 + 1) / (6 + 1) orders.
    Plan p = one_channel();
    p.channels[0].inputs.half_saturation = 1000000;
    p.scenarios = {{"sc-1", "Double", "", {{"sp-1", "ch-feed", 6000000}}}};
    std::string text = write_plan(p);
    text.replace(text.find("\"version\": 4"), 12, "\"version\": 3");
    const PlanReadResult read = read_plan(text);
    REQUIRE(read.ok);
    CHECK(read.plan.channels[0].inputs.observed_spend == 3000000);
    CHECK(forecast_plan(read.plan).total.orders == Approx(360).epsilon(1e-12));
    CHECK(compare_scenarios(read.plan).at(0).total.orders ==
          Approx(360 * 2 * 4.0 / 7).epsilon(1e-12));
    // A file of this version means what it says: no evidence, the curve
    // pinned at half saturation.
    CHECK_FALSE(read_plan(write_plan(p)).plan.channels[0].inputs.observed_spend);
}

TEST_CASE("the profit goal is revenue at the gross margin less the spend", "[forecast]") {
    Plan p = one_channel();
    p.channels[0].inputs.half_saturation = 3000000;
    Channel search = p.channels[0];
    search.id = "ch-search";
    search.inputs.half_saturation = 1000000;
    p.channels.push_back(search);
    p.budget.push_back({"bud-2", "Search", Stage::Reach, "ch-search", "ph-burst", 1000000});
    p.forecast.gross_margin = 0.4;
    const Forecast f = forecast_plan(p);
    const double spend = f.total.spend, revenue = f.total.revenue;
    REQUIRE(spend == Approx(4000000));

    const AllocationRequest profit =
        allocation_request(p, f, Goal::Profit, AllocationMode::FixedBudget, spend);
    CHECK(profit.spend_cost == 1);
    REQUIRE(profit.break_even_marginal);
    CHECK(*profit.break_even_marginal == 0);
    const AllocationResult r = allocate(profit);
    REQUIRE(r.ok);
    CHECK(r.response_current == Approx(revenue * 0.4 - spend));
    for (std::size_t i = 0; i < r.channels.size(); ++i)
        CHECK(r.channels[i].response_current ==
              Approx(f.channels[i].total.revenue * 0.4 - f.channels[i].total.spend));

    // A fixed budget splits as for revenue; profit is that revenue at the margin, less the budget.
    const AllocationResult by_revenue =
        allocate(allocation_request(p, f, Goal::Revenue, AllocationMode::FixedBudget, spend));
    REQUIRE(by_revenue.ok);
    CHECK(r.channels[0].proposed == Approx(by_revenue.channels[0].proposed).epsilon(1e-9));
    CHECK(r.response_proposed == Approx(by_revenue.response_proposed * 0.4 - spend));

    // Without a gross margin, profit is revenue less spend.
    p.forecast.gross_margin.reset();
    const AllocationResult whole =
        allocate(allocation_request(p, f, Goal::Profit, AllocationMode::FixedBudget, spend));
    REQUIRE(whole.ok);
    CHECK(whole.response_current == Approx(revenue - spend));
}

TEST_CASE("a proposal whose last unit returns less than it costs comes with a warning",
          "[forecast]") {
    Plan p = one_channel();
    // Half saturation at the planned 30,000.00: r'(k) = beta / 4k = 0.95 of revenue per unit.
    p.channels[0].inputs.half_saturation = 3000000;
    const Forecast f = forecast_plan(p);
    const auto warning = [&](Goal goal, double budget) {
        const AllocationResult r =
            allocate(allocation_request(p, f, goal, AllocationMode::FixedBudget, budget));
        REQUIRE(r.ok);
        return english(r.warning);
    };
    CHECK(warning(Goal::Revenue, 3000000) ==
          "The last unit of this budget returns 0.95: below what it costs. A smaller budget "
          "would earn more than it spends at the margin.");
    CHECK(warning(Goal::Revenue, 1000000).empty()); // r'(k/3) = 11,448,000 x 3 / 16 = 2.15
    CHECK(warning(Goal::Orders, 3000000).empty());  // orders are not money
    p.forecast.gross_margin = 0.5;
    CHECK(warning(Goal::Profit, 3000000) ==
          "The last unit of this budget returns -0.52 after its own cost: it loses money. A "
          "smaller budget would make more profit.");
}

TEST_CASE("the review's profit is counted after spend", "[forecast]") {
    Plan p = one_channel();
    Channel live = p.channels[0];
    live.id = "ch-live";
    p.channels[0].inputs.half_saturation = 2000000;
    live.inputs.half_saturation = 2000000;
    p.channels[0].actuals = {2000000, 100, 1500000};
    live.actuals = {2000000, 300, 6000000};
    p.channels.push_back(live);
    p.forecast.goal = Goal::Profit;
    p.forecast.gross_margin = 0.5;
    const CampaignReview r = review_campaign(p);
    REQUIRE(r.proposal);
    REQUIRE(r.proposal->ok);
    // Through each channel's actual result: 0.5 x revenue - spend at the spend it had.
    CHECK(r.proposal->channels[0].response_current == Approx(1500000 * 0.5 - 2000000));
    CHECK(r.proposal->channels[1].response_current == Approx(6000000 * 0.5 - 2000000));
    CHECK(r.proposal->response_current == Approx(7500000 * 0.5 - 4000000));
}

TEST_CASE("a proposal's expected return has the range of its channels' uncertain inputs",
          "[forecast]") {
    Plan p = evidence_plan(300000);
    Channel search = p.channels[0];
    search.id = "ch-search";
    search.inputs.observed_spend = 100000;
    p.channels.push_back(search);
    p.budget.push_back({"bud-2", "Search", Stage::Reach, "ch-search", "ph-burst", 100000});
    // A fixed fee stays out of the allocation, and so out of its range.
    Channel fee = p.channels[0];
    fee.id = "ch-fee";
    fee.inputs = {};
    fee.inputs.cost_model = CostModel::Fixed;
    fee.inputs.unit_cost = 50000;
    fee.inputs.volume = 1000;
    fee.inputs.conversion_rate = 0.5;
    fee.inputs.aov = 5000;
    fee.inputs.uncertainty.volume = 0.5;
    p.channels.push_back(fee);
    p.budget.push_back({"bud-3", "Fee", Stage::Reach, "ch-fee", "ph-burst", 50000});

    const Forecast certain = forecast_plan(p);
    Proposal sure = propose(p, certain, Goal::Revenue, AllocationMode::FixedBudget, 400000);
    REQUIRE(sure.result.ok);
    REQUIRE(sure.result.channels.size() == 2);
    // Only the fee is uncertain: the allocator's channels have no range.
    CHECK(sure.ranges.proposed.low == sure.result.response_proposed);
    CHECK(sure.ranges.proposed.high == sure.result.response_proposed);
    // The allocator's figure is the forecast of its channels at the proposed spend.
    SpendOverride at;
    for (const ChannelAllocation& a : sure.result.channels)
        at[a.id] = static_cast<Money>(std::llround(a.proposed));
    const Forecast moved = forecast_plan(p, at);
    CHECK(moved.total.revenue - moved.channels[2].total.revenue ==
          Approx(sure.result.response_proposed).epsilon(1e-6));

    p.channels[0].inputs.uncertainty.conversion_rate = 0.3;
    p.channels[1].inputs.uncertainty.aov = 0.1;
    const Proposal unsure =
        propose(p, forecast_plan(p), Goal::Revenue, AllocationMode::FixedBudget, 400000);
    for (const ResponseRange& r : {unsure.ranges.current, unsure.ranges.proposed})
        CHECK(r.low < r.high);
    CHECK(unsure.ranges.proposed.low < unsure.result.response_proposed);
    CHECK(unsure.ranges.proposed.high > unsure.result.response_proposed);
    CHECK(unsure.ranges.current.low < unsure.result.response_current);
    // Profit is net of the spend, which is not a guess: the same width at the margin.
    p.forecast.gross_margin = 0.5;
    const Proposal profit =
        propose(p, forecast_plan(p), Goal::Profit, AllocationMode::FixedBudget, 400000);
    REQUIRE(profit.result.ok);
    CHECK(profit.ranges.proposed.low < profit.result.response_proposed);
    CHECK(profit.ranges.proposed.high - profit.ranges.proposed.low ==
          Approx(0.5 * (unsure.ranges.proposed.high - unsure.ranges.proposed.low)).epsilon(0.05));
}
