// A small plan touching every part of the model, shared by the core tests.
#pragma once

#include "core/model.h"
#include "core/plan_format.h"

// A paid channel bought per thousand impressions, with every rate of its funnel.
inline fp::ChannelInputs cpm_inputs() {
    fp::ChannelInputs in;
    in.cost_model = fp::CostModel::Cpm;
    in.unit_cost = 3000; // 30.00 per thousand impressions
    in.ctr = 0.012;
    in.conversion_rate = 0.03;
    in.cart_rate = 0.1;
    in.aov = 15900;
    return in;
}

inline fp::Plan sample_plan() {
    using namespace fp;
    Plan p;
    p.id = "plan-sample";
    p.name = "Double 11 push 雙十一";
    p.business = "Tea shop";
    p.currency = "CNY";
    p.language = "zh-Hant";
    p.scenario = Scenario::MegaSale;
    p.period = {{2026, 10, 25}, {2026, 11, 18}};
    p.created = "2026-10-01T08:00:00Z";
    p.modified = "2026-10-02T09:30:00Z";
    p.budget_total = 6000000;
    p.mission = "Make the new tea the gift members reach for this season";
    p.review = {{"rev-1", "Feed ads", "Short video ads", 0.12, "No retargeting"}};
    p.activities = {{"act-1", "Weekly live stream", "Douyin", "Two hosts"}};
    p.competitors = {{"comp-1", "Leaf & Co", "Low prices", "Slow delivery"}};
    p.swot = {{"sw-s1", SwotQuadrant::Strength, "Loyal members"},
              {"sw-o1", SwotQuadrant::Opportunity, "Gift season"}};
    p.tows = {{"tows-1", TowsKind::SO, "Member gift bundles", {"sw-s1", "sw-o1"}}};
    p.segments = {
        {"seg-1", "Office workers", "Quick brewing", "Nice packaging", "Next-day delivery"}};
    p.milestones = {{"ms-1", {2026, 11, 11}, "Burst day"}};
    Objective reach;
    reach.id = "obj-1";
    reach.stage = Stage::Reach;
    reach.statement = "Reach one million people with the new tea in thirty days";
    reach.metric = "Impressions";
    reach.baseline = 300000;
    reach.target = 1000000;
    reach.deadline = Date{2026, 11, 18};
    reach.owner = "Ads lead";
    Objective convert;
    convert.id = "obj-2";
    convert.stage = Stage::Convert;
    convert.statement = "Overall conversion rate of at least 3%";
    convert.unit = Unit::Percent;
    convert.target = 0.03;
    p.objectives = {reach, convert};
    p.strategy.product = "Selling points in short videos";
    p.strategy.intent_message = "Order before the 11th";
    Channel feed;
    feed.id = "ch-feed";
    feed.name = "Feed ads";
    feed.inputs.cost_model = CostModel::Cpm;
    feed.inputs.unit_cost = 3000;
    feed.inputs.ctr = 0.012;
    feed.inputs.conversion_rate = 0.03;
    feed.inputs.aov = 15900;
    p.channels = {feed};
    p.resources = {
        {"res-1", ResourceType::Content, "5 short videos", "Content team", Availability::Partial}};
    p.phases = {{"ph-warm", "Warm-up", PhaseKind::WarmUp, {{2026, 10, 25}, {2026, 11, 3}}},
                {"ph-burst", "Burst", PhaseKind::Burst, {{2026, 11, 4}, {2026, 11, 11}}}};
    Task seed;
    seed.id = "task-seed";
    seed.title = "Seeding videos";
    seed.phase_id = "ph-warm";
    seed.dates = {{2026, 10, 25}, {2026, 10, 30}};
    seed.budget = 500000;
    Task live = seed;
    live.id = "task-live";
    live.title = "KOL live stream";
    live.phase_id = "ph-burst";
    live.dates = {{2026, 11, 11}, {2026, 11, 11}};
    live.depends_on = {"task-seed"};
    p.tasks = {seed, live};
    p.budget = {{"bud-1", "Feed ads", Stage::Reach, "ch-feed", "ph-burst", 3000000}};
    Kpi exposure;
    exposure.id = "kpi-1";
    exposure.metric = "Total exposure";
    exposure.target = 1000000;
    exposure.actual = 850000;
    exposure.objective_id = "obj-1";
    exposure.source = "Ads back-end";
    p.kpis = {exposure};
    p.measurements = {{"meas-1",
                       "Exposure per ad channel",
                       "Ads back-end",
                       "utm_campaign=double11 on every link",
                       "Last click; shop orders by coupon",
                       "Ads lead",
                       {"kpi-1"}}};
    p.reviews = {{"review-1", {2026, 11, 20}, "Exposure short", "Raise bids"}};
    p.checklist = {{"chk-1", Stage::Reach, "Track every campaign link", true,
                    "Untagged links cannot be credited to a channel"}};
    p.risks = {{"risk-1", "Vague goals", Level::High, Level::Medium, "One or two goals per stage",
                "Lead", RiskStatus::Open}};
    return p;
}

// Plans have no operator==: the file writer is the one complete description.
inline bool same_plan(const fp::Plan& a, const fp::Plan& b) {
    return fp::write_plan(a) == fp::write_plan(b);
}
