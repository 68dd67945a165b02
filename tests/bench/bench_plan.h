// The generated plan the benchmarks share: `n` items in each list
// (objectives, KPIs, tasks, budget lines, risks, channels, checklist items)
// plus three phases every task and budget line refers to.
#pragma once

#include "core/model.h"
#include "core/vocabulary.h"

#include <string>

inline fp::Plan plan_with(int n) {
    using namespace fp;
    Plan p;
    p.id = "plan-bench";
    p.name = "Bench " + std::to_string(n);
    p.currency = "CNY";
    p.created = p.modified = "2026-11-01T00:00:00Z";
    p.period = {{2026, 11, 1}, {2027, 10, 31}};
    p.budget_total = Money{1'000'000'000};
    for (int i = 0; i < 3; ++i) {
        const Date start = add_days(p.period.start, i * 100);
        p.phases.push_back({"ph-" + std::to_string(i),
                            "Phase " + std::to_string(i),
                            static_cast<PhaseKind>(i),
                            {start, add_days(start, 99)}});
    }
    for (int i = 0; i < n; ++i) {
        const std::string k = std::to_string(i);
        Objective o;
        o.id = "obj-" + k;
        o.stage = kStages[static_cast<std::size_t>(i) % kStages.size()];
        o.statement = "Grow repeat orders by a fifth before the season " + k;
        o.metric = "Orders";
        o.baseline = 100;
        o.target = 120;
        o.deadline = p.period.end;
        p.objectives.push_back(o);
        Kpi kpi;
        kpi.id = "kpi-" + k;
        kpi.metric = "Orders " + k;
        kpi.target = 1000;
        kpi.actual = 900 + i % 200;
        kpi.objective_id = o.id;
        p.kpis.push_back(kpi);
        Task t;
        t.id = "task-" + k;
        t.title = "Task " + k;
        const int phase = i % 3;
        t.phase_id = p.phases[static_cast<std::size_t>(phase)].id;
        const Date start = add_days(p.phases[static_cast<std::size_t>(phase)].dates.start, i % 90);
        t.dates = {start, add_days(start, 5)};
        t.budget = 10000;
        p.tasks.push_back(t);
        p.budget.push_back({"bud-" + k, "Line " + k, Stage::Reach, "", t.phase_id, 1000});
        p.risks.push_back({"risk-" + k, "Risk " + k, Level::Low, Level::High, "Watch it", "Lead",
                           RiskStatus::Open});
        p.channels.push_back(
            {"ch-" + k, "Channel " + k, Media::Paid, o.stage, Funnel::Top, {}, {}});
        p.checklist.push_back({"chk-" + k, o.stage, "Check " + k, i % 2 == 0, "Why " + k});
    }
    return p;
}
