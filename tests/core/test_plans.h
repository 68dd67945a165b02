// A small, fully filled plan shared by the core tests.
#pragma once

#include "core/model.h"

inline fp::Plan sample_plan() {
    fp::Plan p;
    p.id = "plan-sample";
    p.name = "Double 11 push 雙十一";
    p.currency = "CNY";
    p.period = {{2026, 10, 25}, {2026, 11, 18}};
    p.created = "2026-10-01T08:00:00Z";
    p.modified = "2026-10-02T09:30:00Z";
    p.objectives = {
        {"obj-1", fp::Stage::Reach, "1,000,000 impressions in 30 days"},
        {"obj-2", fp::Stage::Convert, "Overall conversion rate of at least 3%"},
        {"obj-3", fp::Stage::Engage, "Member repurchase +20% within the quarter"},
    };
    return p;
}
