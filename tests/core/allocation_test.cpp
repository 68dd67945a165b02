// The budget allocator (core/allocation.h): response curves and calibration,
// the three modes on cases with closed-form answers, S-shaped curves,
// locked channels and bounds, refusals, reasons and determinism.
#include "core/allocation.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using namespace fp;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

ResponseCurve hill(double beta, double alpha, double kappa) {
    return {beta, alpha, kappa};
}
ResponseCurve line(double slope) {
    return {slope, 1, 0};
}

AllocationChannel channel(std::string id, ResponseCurve curve, double current = 0, double min = 0,
                          double max = 1e300) {
    AllocationChannel c;
    c.id = std::move(id);
    c.curve = curve;
    c.current = current;
    c.min = min;
    c.max = max;
    return c;
}

AllocationRequest fixed(std::vector<AllocationChannel> channels, double budget) {
    AllocationRequest r;
    r.channels = std::move(channels);
    r.mode = AllocationMode::FixedBudget;
    r.amount = budget;
    return r;
}

std::vector<double> proposed(const AllocationResult& r) {
    std::vector<double> out;
    for (const ChannelAllocation& c : r.channels)
        out.push_back(c.proposed);
    return out;
}

std::string refusal(AllocationRequest request) {
    const AllocationResult r = allocate(request);
    CHECK_FALSE(r.ok);
    CHECK(r.channels.empty());
    return english(r.error);
}

} // namespace

TEST_CASE("response curves: half the saturation at kappa, marginals, straight lines",
          "[allocation]") {
    CHECK(response(hill(1000, 2.5, 300), 300) == Approx(500));
    CHECK(response(hill(1000, 0.7, 300), 0) == 0);
    CHECK(response(line(2.5), 40) == Approx(100));
    CHECK(marginal_response(line(2.5), 1e9) == 2.5);
    // alpha = 1: r'(s) = beta kappa / (s + kappa)^2
    CHECK(marginal_response(hill(1000, 1, 100), 50) == Approx(1000.0 * 100 / (150.0 * 150)));
    CHECK(marginal_response(hill(1000, 1, 100), 0) == Approx(10));
    CHECK(marginal_response(hill(1000, 3, 100), 0) == 0); // an S-curve starts flat
    // The derivative agrees with the curve's own slope on either side of the bend.
    for (double s : {20.0, 80.0, 400.0}) {
        const ResponseCurve c = hill(5000, 2.2, 150);
        const double h = 1e-4 * s;
        const double slope = (response(c, s + h) - response(c, s - h)) / (2 * h);
        CHECK(marginal_response(c, s) == Approx(slope).epsilon(1e-6));
    }
}

TEST_CASE("calibrate finds the curve through a known point", "[allocation]") {
    const ResponseCurve straight = calibrate(2000, 5000, 1, 0);
    CHECK(straight.beta == Approx(2.5));
    CHECK(response(straight, 2000) == Approx(5000));
    for (double alpha : {0.6, 1.0, 2.7}) {
        const ResponseCurve c = calibrate(1200, 3000, alpha, 800);
        CHECK(c.alpha == alpha);
        CHECK(c.kappa == 800);
        CHECK(response(c, 1200) == Approx(3000));
    }
    CHECK(calibrate(0, 3000, 1, 800).beta == 0); // no spend: nothing to go by
}

TEST_CASE("straight lines take the budget in order of their slopes", "[allocation]") {
    const AllocationResult r =
        allocate(fixed({channel("low", line(1), 0, 0, 100), channel("high", line(3), 0, 0, 100),
                        channel("mid", line(2), 0, 0, 100)},
                       150));
    REQUIRE(r.ok);
    CHECK(proposed(r) == std::vector<double>{0, 100, 50});
    CHECK(r.response_proposed == Approx(400));
    CHECK(r.total_proposed == Approx(150));

    // Equal slopes: the earlier channel fills first.
    const AllocationResult tie =
        allocate(fixed({channel("a", line(2), 0, 0, 100), channel("b", line(2), 0, 0, 100)}, 150));
    REQUIRE(tie.ok);
    CHECK(proposed(tie) == std::vector<double>{100, 50});
}

TEST_CASE("equal curves split the budget equally", "[allocation]") {
    SECTION("concave") {
        std::vector<AllocationChannel> channels;
        for (const char* id : {"a", "b", "c", "d"})
            channels.push_back(channel(id, hill(3000, 0.8, 500), 400));
        const AllocationResult r = allocate(fixed(channels, 1000));
        REQUIRE(r.ok);
        for (double s : proposed(r))
            CHECK(s == Approx(250).epsilon(1e-9));
    }
    SECTION("S-shaped, with a budget that takes each past its bend") {
        std::vector<AllocationChannel> channels;
        for (const char* id : {"a", "b", "c"})
            channels.push_back(channel(id, hill(1000, 2.5, 100), 100 * (channels.size() + 1)));
        const AllocationResult r = allocate(fixed(channels, 900));
        REQUIRE(r.ok);
        for (double s : proposed(r))
            CHECK(s == Approx(300).epsilon(1e-9));
    }
}

TEST_CASE("a small budget goes into one S-curve rather than two halves", "[allocation]") {
    // Two equal S-curves (alpha 3, kappa 100, beta 1000) and 120 to spend.
    // Halves leave both in their slow start: 2 x 1000 / (1 + (100/60)^3)
    // = 2 x 177.6 = 355.2. All in one: 1000 / (1 + (100/120)^3) = 633.4.
    const AllocationResult r = allocate(
        fixed({channel("a", hill(1000, 3, 100), 60), channel("b", hill(1000, 3, 100), 60)}, 120));
    REQUIRE(r.ok);
    CHECK(proposed(r) == std::vector<double>{120, 0}); // the earlier channel, as they tie
    CHECK(r.response_proposed == Approx(1000 / (1 + std::pow(100.0 / 120, 3))));
    CHECK(r.response_current == Approx(2 * 1000 / (1 + std::pow(100.0 / 60, 3))));
    // Past 120 the other returns 5.8 on its last unit; this one, at best
    // r(t)/t = 5.3 where its tangent from 0 touches (t = 100 x 2^(1/3)).
    CHECK(english(r.channels[1].reason) ==
          "cut to its minimum: it returns less than other channels at every level");
}

TEST_CASE("a locked channel keeps its spend and bounds hold", "[allocation]") {
    AllocationChannel locked = channel("print", hill(500, 1, 1000), 700);
    locked.locked = true;
    const AllocationResult r = allocate(fixed({channel("search", hill(8000, 0.9, 400), 100, 0, 300),
                                               locked, channel("social", hill(4000, 1.4, 600), 100),
                                               channel("display", hill(300, 1, 2000), 900, 250)},
                                              2000));
    REQUIRE(r.ok);
    CHECK(r.channels[1].proposed == 700);
    CHECK(english(r.channels[1].reason) == "locked: keeps its current spend");
    CHECK(r.channels[0].proposed == Approx(300)); // the best channel, held at its maximum
    CHECK_THAT(english(r.channels[0].reason), StartsWith("raised to its maximum"));
    CHECK(r.channels[3].proposed == Approx(250)); // the worst, down to its minimum
    CHECK_THAT(english(r.channels[3].reason), StartsWith("cut to its minimum"));
    CHECK(r.total_proposed == Approx(2000));
    CHECK(r.channels[2].proposed == Approx(2000 - 700 - 300 - 250));
    CHECK(r.response_proposed > r.response_current);
}

TEST_CASE("reasons say where budget came from and went in plain words", "[allocation]") {
    // Everything starts in the weaker channel; the stronger one takes most.
    const AllocationResult r = allocate(fixed(
        {channel("strong", hill(6000, 1, 1000), 0), channel("weak", hill(2000, 1, 1000), 1000)},
        1000));
    REQUIRE(r.ok);
    const ChannelAllocation &strong = r.channels[0], &weak = r.channels[1];
    CHECK(strong.proposed > weak.proposed);
    CHECK_THAT(english(strong.reason), StartsWith("moved up: each extra 1 returns ") &&
                                           Contains("it returned where budget came from"));
    CHECK_THAT(english(weak.reason), StartsWith("moved down: each 1 taken out returned ") &&
                                         Contains("it returns where it went"));
    // Both end where the next unit returns the same.
    CHECK(strong.marginal_proposed == Approx(weak.marginal_proposed));
    CHECK(strong.response_proposed == Approx(response(hill(6000, 1, 1000), strong.proposed)));

    const AllocationResult same = allocate(fixed({channel("a", line(2), 10, 10, 10)}, 10));
    REQUIRE(same.ok);
    CHECK(english(same.channels[0].reason) == "held: its minimum and maximum are the same");
}

TEST_CASE("infeasible requests are refused, naming the numbers", "[allocation]") {
    const ResponseCurve c = hill(1000, 1, 100);
    CHECK(refusal(fixed({channel("a", c, 0, 700), channel("b", c, 0, 500)}, 1000)) ==
          "the minimums (and locked spends) add up to 1200, above the budget of 1000");
    CHECK(refusal(fixed({channel("a", c, 0, 0, 300), channel("b", c, 0, 0, 500)}, 1000)) ==
          "the maximums (and locked spends) add up to 800, below the budget of 1000");
    CHECK(refusal(fixed({channel("tv", c, 0, 500, 300)}, 1000)) ==
          "channel \"tv\": minimum 500 is above its maximum 300");
    AllocationChannel locked = channel("radio", c, 700, 0, 500);
    locked.locked = true;
    CHECK(refusal(fixed({locked}, 1000)) ==
          "channel \"radio\" is locked at 700, outside its bounds 0 to 500");
    CHECK(refusal(fixed({channel("a", hill(1000, 0, 100))}, 10)) ==
          "channel \"a\": alpha must be above 0 (got 0)");
    CHECK(refusal(fixed({channel("a", hill(1000, -1.5, 100))}, 10)) ==
          "channel \"a\": alpha must be above 0 (got -1.5)");
    CHECK(refusal(fixed({channel("a", c)}, -5)) == "the budget must not be negative (got -5)");
    CHECK(refusal(fixed({channel("a", hill(-3, 1, 100))}, 10)) ==
          "channel \"a\": beta must not be negative (got -3)");
    CHECK(refusal(fixed({channel("a", c, -20)}, 10)) ==
          "channel \"a\": current spend must not be negative (got -20)");
    CHECK(refusal(fixed({channel("", c, std::nan(""))}, 10)) ==
          "channel 1: current spend is not a finite number");

    AllocationRequest roas = fixed({channel("a", hill(1000, 1, 100), 0, 0, 5000)}, 0);
    roas.mode = AllocationMode::TargetRoas;
    CHECK(refusal(roas) == "the target ROAS must be above 0 (got 0)");
    roas.amount = 20; // r(s)/s falls from beta/kappa = 10 at zero spend
    CHECK(refusal(roas) ==
          "no budget reaches a ROAS of 20.00: the best is 10.00, with next to nothing spent");
    // An S-curve's best ROAS is where its tangent from 0 touches: (t/kappa)^alpha
    // = alpha - 1, so t = 100 x 1.5^(1/2.5) = 117.61, r(t)/t = 600 / 117.61 = 5.10.
    roas.channels[0].curve = hill(1000, 2.5, 100);
    roas.amount = 8;
    CHECK(refusal(roas) ==
          "no budget reaches a ROAS of 8.00: the best is 5.10, at a total budget of 117.61");
    roas.channels = {channel("feed", line(3))};
    roas.amount = 2;
    CHECK(refusal(roas) == "channel \"feed\" returns 3.00 per unit without limit, at least the "
                           "target ROAS of 2.00, and has no maximum: give it one");
}

TEST_CASE("marginal ROAS: spend until the next unit returns the target", "[allocation]") {
    AllocationRequest r;
    r.mode = AllocationMode::MarginalRoas;
    r.amount = 2;
    r.channels = {
        channel("concave", hill(1000, 1, 100), 50),
        // S-shaped, its best average return from 0 is r'(t) at the tangent
        // point (t/kappa)^3 = 2: 3000 x 3 x 2 / (t x 9) with t = 100 x 2^(1/3),
        // about 5.3: worth passing the slow start.
        channel("s-curve", hill(3000, 3, 100), 10),
        // Returns at most 0.5 per unit: never worth it.
        channel("weak", hill(100, 2, 100), 300),
        channel("line", line(2.5), 0, 0, 400),
    };
    const AllocationResult res = allocate(r);
    REQUIRE(res.ok);
    // alpha = 1: beta kappa / (s + kappa)^2 = 2 at s = sqrt(1000 x 100 / 2) - 100.
    CHECK(res.channels[0].proposed == Approx(std::sqrt(1000.0 * 100 / 2) - 100));
    CHECK(res.channels[0].marginal_proposed == Approx(2));
    CHECK(res.channels[1].proposed > 100 * std::cbrt(2.0));
    CHECK(res.channels[1].marginal_proposed == Approx(2));
    CHECK(res.channels[2].proposed == 0);
    CHECK_THAT(english(res.channels[2].reason),
               StartsWith("cut to its minimum: no level of spend"));
    CHECK(res.channels[3].proposed == 400);
}

TEST_CASE("target ROAS: the largest budget that keeps it, and the smallest", "[allocation]") {
    AllocationRequest r;
    r.mode = AllocationMode::TargetRoas;
    r.amount = 3;
    // One S-curve: the ROAS r(B)/B rises to its best at the tangent point and
    // falls after, so the target is met on a range of budgets.
    r.channels = {channel("video", hill(6000, 2.5, 1000), 500)};
    const AllocationResult one = allocate(r);
    REQUIRE(one.ok);
    const ResponseCurve c = r.channels[0].curve;
    const double tangent = 1000 * std::pow(1.5, 1 / 2.5);
    CHECK(one.total_proposed > tangent);
    CHECK(response(c, one.total_proposed) / one.total_proposed == Approx(3).epsilon(1e-8));
    CHECK(one.smallest_budget < tangent);
    CHECK(response(c, one.smallest_budget) / one.smallest_budget == Approx(3).epsilon(1e-8));

    // Several channels: the proposal's ROAS is the target, and a slightly
    // larger budget's best allocation falls short of it.
    r.channels = {channel("search", hill(4000, 0.8, 800), 300),
                  channel("video", hill(6000, 2.5, 1000), 500),
                  channel("feed", line(1.5), 0, 0, 2000)};
    const AllocationResult many = allocate(r);
    REQUIRE(many.ok);
    CHECK(many.response_proposed / many.total_proposed == Approx(3).epsilon(1e-8));
    CHECK(many.response_proposed / many.total_proposed >= 3 * (1 - 1e-12));
    AllocationRequest more = r;
    more.mode = AllocationMode::FixedBudget;
    more.amount = many.total_proposed * 1.01;
    const AllocationResult larger = allocate(more);
    REQUIRE(larger.ok);
    CHECK(larger.response_proposed / larger.total_proposed < 3);
    CHECK(many.smallest_budget == 0); // the concave channel's first units return more than 3
}

TEST_CASE("the same request gives the same answer", "[allocation]") {
    std::vector<AllocationChannel> channels;
    for (int i = 0; i < 24; ++i) {
        const double alpha = 0.5 + 0.11 * i, kappa = i % 7 == 0 ? 0 : 200.0 + 37 * i;
        const double beta = kappa == 0 ? 0.5 + 0.1 * i : (2 + i % 5) * kappa;
        AllocationChannel c = channel("c" + std::to_string(i), hill(beta, alpha, kappa),
                                      50.0 * (i % 4), i % 5 == 0 ? 20 : 0, 900 + 50.0 * i);
        c.locked = i % 11 == 3;
        channels.push_back(c);
    }
    const AllocationRequest request = fixed(channels, 6000);
    const AllocationResult a = allocate(request), b = allocate(request);
    REQUIRE(a.ok);
    REQUIRE(a.channels.size() == b.channels.size());
    for (std::size_t i = 0; i < a.channels.size(); ++i) {
        CHECK(a.channels[i].proposed == b.channels[i].proposed);
        CHECK(a.channels[i].reason == b.channels[i].reason);
    }
    CHECK(a.response_proposed == b.response_proposed);
    CHECK(a.total_proposed == Approx(6000));
}

TEST_CASE("net of spend, a fixed budget splits as before and reports the response less the spend",
          "[allocation]") {
    AllocationRequest gross = fixed({channel("search", hill(8000, 0.9, 400), 100, 0, 900),
                                     channel("social", hill(4000, 1.4, 600), 700),
                                     channel("display", hill(1500, 2.5, 300), 400)},
                                    1200);
    AllocationRequest net = gross;
    net.spend_cost = 1;
    const AllocationResult g = allocate(gross), n = allocate(net);
    REQUIRE(g.ok);
    REQUIRE(n.ok);
    CHECK(proposed(n) == proposed(g));
    CHECK(n.response_proposed == Approx(g.response_proposed - 1200));
    CHECK(n.response_current == Approx(g.response_current - 1200));
    for (std::size_t i = 0; i < g.channels.size(); ++i) {
        const ChannelAllocation &a = g.channels[i], &b = n.channels[i];
        CHECK(b.response_proposed == Approx(a.response_proposed - a.proposed));
        CHECK(b.response_current == Approx(a.response_current - a.current));
        CHECK(b.marginal_proposed == Approx(a.marginal_proposed - 1));
        CHECK(b.marginal_current == Approx(a.marginal_current - 1));
    }
}

TEST_CASE("a marginal ROAS net of spend is the gross one plus the spend's cost", "[allocation]") {
    AllocationRequest net;
    net.mode = AllocationMode::MarginalRoas;
    net.amount = 1;
    net.spend_cost = 1;
    net.channels = {channel("concave", hill(1000, 1, 100), 50),
                    channel("s-curve", hill(3000, 3, 100), 10),
                    channel("weak", hill(100, 2, 100), 300), channel("line", line(2.5), 0, 0, 400)};
    AllocationRequest gross = net;
    gross.amount = 2;
    gross.spend_cost = 0;
    const AllocationResult n = allocate(net), g = allocate(gross);
    REQUIRE(n.ok);
    REQUIRE(g.ok);
    CHECK(proposed(n) == proposed(g));
    // The next unit returns 2 gross where the concave channel stops: 1 after its cost.
    CHECK(n.channels[0].marginal_proposed == Approx(1));
    CHECK(n.channels[1].marginal_proposed == Approx(1));
    CHECK_THAT(english(n.channels[0].reason),
               StartsWith("moved up to where the next 1 returns 1.00: each extra 1 returns "));
    // The straight line returns 1.50 a unit after its cost, more than the 1 asked for.
    CHECK(
        english(n.channels[3].reason) ==
        "raised to its maximum: the next 1 would still return 1.50, more than the 1.00 asked for");
}

TEST_CASE("a target ROAS net of spend is the gross one plus the spend's cost", "[allocation]") {
    AllocationRequest net;
    net.mode = AllocationMode::TargetRoas;
    net.amount = 2;
    net.spend_cost = 1;
    net.channels = {channel("search", hill(4000, 0.8, 800), 300),
                    channel("video", hill(6000, 2.5, 1000), 500),
                    channel("feed", line(1.5), 0, 0, 2000)};
    AllocationRequest gross = net;
    gross.amount = 3;
    gross.spend_cost = 0;
    const AllocationResult n = allocate(net), g = allocate(gross);
    REQUIRE(n.ok);
    REQUIRE(g.ok);
    CHECK(proposed(n) == proposed(g));
    CHECK(n.smallest_budget == g.smallest_budget);
    CHECK(n.response_proposed / n.total_proposed == Approx(2).epsilon(1e-8));
    CHECK(n.response_proposed == Approx(g.response_proposed - g.total_proposed));
}

TEST_CASE("refusals net of spend show the amount as it was asked for", "[allocation]") {
    AllocationRequest roas = fixed({channel("a", hill(1000, 1, 100), 0, 0, 5000)}, 0);
    roas.mode = AllocationMode::TargetRoas;
    roas.spend_cost = 1;
    // 0 net would be 1 gross: the check is on what was asked.
    CHECK(refusal(roas) == "the target ROAS must be above 0 (got 0)");
    roas.amount = 20; // r(s)/s falls from 10 at zero spend: 9 after the spend
    CHECK(refusal(roas) ==
          "no budget reaches a ROAS of 20.00: the best is 9.00, with next to nothing spent");
    roas.channels = {channel("feed", line(3))};
    roas.amount = 1.5; // 2.5 gross
    CHECK(refusal(roas) == "channel \"feed\" returns 2.00 per unit without limit, at least the "
                           "target ROAS of 1.50, and has no maximum: give it one");
    roas.mode = AllocationMode::MarginalRoas;
    roas.amount = -1;
    CHECK(refusal(roas) == "the marginal ROAS must be above 0 (got -1)");
}

TEST_CASE("a budget whose last unit returns less than it costs is allowed but flagged",
          "[allocation]") {
    // alpha = 1: r'(s) = 1000 x 100 / (s + 100)^2, 0.28 at 500 and 2.5 at 100.
    AllocationRequest request =
        fixed({channel("a", hill(1000, 1, 100), 300), channel("b", hill(1000, 1, 100), 200)}, 1000);
    request.break_even_marginal = 1;
    AllocationResult r = allocate(request);
    REQUIRE(r.ok);
    CHECK(english(r.warning) == "The last unit of this budget returns 0.28: below what it costs. "
                                "A smaller budget would earn more than it spends at the margin.");
    request.amount = 200;
    CHECK(allocate(request).warning.empty());
    request.amount = 1000;
    request.break_even_marginal.reset(); // orders, say: no break-even to compare with
    CHECK(allocate(request).warning.empty());

    // Net of spend the break-even is 0: each last unit loses 0.72.
    request.spend_cost = 1;
    request.break_even_marginal = 0;
    r = allocate(request);
    REQUIRE(r.ok);
    CHECK(english(r.warning) == "The last unit of this budget returns -0.72 after its own cost: it "
                                "loses money. A smaller budget would make more profit.");

    // Nothing can be cut: the channels are held at their minimums or locked.
    request.channels[0].min = 500;
    request.channels[1].locked = true;
    request.channels[1].current = 500;
    REQUIRE(allocate(request).ok);
    CHECK(allocate(request).warning.empty());

    // A marginal ROAS below the break-even is flagged too.
    request = fixed({channel("a", hill(1000, 1, 100))}, 0);
    request.mode = AllocationMode::MarginalRoas;
    request.amount = 0.5;
    request.break_even_marginal = 1;
    CHECK_THAT(english(allocate(request).warning),
               StartsWith("The last unit of this budget returns 0.50:"));
}
