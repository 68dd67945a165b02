#include "workspace.h"

#include "value_kinds.h"
#include "vocabulary.h"

#include <algorithm>

namespace fp {

Plan* find_plan(Workspace& ws, const std::string& id) {
    for (Plan& p : ws.plans)
        if (p.id == id) return &p;
    return nullptr;
}

const Plan* find_plan(const Workspace& ws, const std::string& id) {
    for (const Plan& p : ws.plans)
        if (p.id == id) return &p;
    return nullptr;
}

std::string add_plan(Workspace& ws, Plan plan, const Stamp& stamp) {
    // Mix the counter in so that a burst of adds with one stamp stays unique.
    for (std::uint64_t salt = 0; plan.id.empty() || find_plan(ws, plan.id); ++salt)
        plan.id = make_id("plan", stamp.entropy ^ (salt * 0x9E3779B97F4A7C15ull));
    ws.plans.push_back(std::move(plan));
    return ws.plans.back().id;
}

void stamp_as_new(Plan& plan, const std::string& name, const Stamp& stamp) {
    plan.id = make_id("plan", stamp.entropy);
    if (!name.empty()) plan.name = name;
    plan.created = stamp.now_utc;
    plan.modified = stamp.now_utc;
}

void move_dates(Plan& plan, int days) {
    // Holidays and closures are days of the calendar, not of the plan's schedule.
    std::vector<NonWorkingDay> off = std::move(plan.non_working_days);
    each_leaf(plan, Rule::None, [&](auto& leaf, Rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(leaf)>, Date>)
            leaf = add_days(leaf, days);
    });
    plan.non_working_days = std::move(off);
}

std::string duplicate_plan(Workspace& ws, const std::string& id, const Stamp& stamp) {
    const Plan* source = find_plan(ws, id);
    if (!source) return {};
    Plan copy = *source;
    stamp_as_new(copy, copy.name + " (copy)", stamp);
    return add_plan(ws, std::move(copy), stamp);
}

bool remove_plan(Workspace& ws, const std::string& id) {
    auto it =
        std::find_if(ws.plans.begin(), ws.plans.end(), [&](const Plan& p) { return p.id == id; });
    if (it == ws.plans.end()) return false;
    ws.plans.erase(it);
    return true;
}

ImportResult import_plan(Workspace& ws, std::string_view text, const Stamp& stamp,
                         const FormatLimits& limits) {
    ImportResult result;
    PlanReadResult read = read_plan(text, limits);
    if (!read.ok) {
        result.problems = std::move(read.problems);
        return result;
    }
    result.plan_id = add_plan(ws, std::move(read.plan), stamp);
    result.ok = true;
    return result;
}

} // namespace fp
