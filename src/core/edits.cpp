#include "edits.h"

#include <algorithm>

namespace fp {

namespace {

Objective* find_objective(Plan& plan, const std::string& id) {
    for (Objective& o : plan.objectives)
        if (o.id == id) return &o;
    return nullptr;
}

template <class T> std::optional<Edit> replace(T& field, const T& value, Edit inverse) {
    if (field == value) return std::nullopt;
    field = value;
    return inverse;
}

struct Applier {
    Plan& plan;

    std::optional<Edit> operator()(const edit::SetName& e) {
        return replace(plan.name, e.name, edit::SetName{plan.name});
    }
    std::optional<Edit> operator()(const edit::SetCurrency& e) {
        return replace(plan.currency, e.code, edit::SetCurrency{plan.currency});
    }
    std::optional<Edit> operator()(const edit::SetPeriod& e) {
        return replace(plan.period, e.period, edit::SetPeriod{plan.period});
    }
    std::optional<Edit> operator()(const edit::InsertObjective& e) {
        if (e.objective.id.empty() || find_objective(plan, e.objective.id)) return std::nullopt;
        std::size_t at = std::min(e.index, plan.objectives.size());
        plan.objectives.insert(plan.objectives.begin() + static_cast<std::ptrdiff_t>(at),
                               e.objective);
        return edit::RemoveObjective{e.objective.id};
    }
    std::optional<Edit> operator()(const edit::RemoveObjective& e) {
        auto it = std::find_if(plan.objectives.begin(), plan.objectives.end(),
                               [&](const Objective& o) { return o.id == e.id; });
        if (it == plan.objectives.end()) return std::nullopt;
        edit::InsertObjective inverse{*it, static_cast<std::size_t>(it - plan.objectives.begin())};
        plan.objectives.erase(it);
        return inverse;
    }
    std::optional<Edit> operator()(const edit::SetObjectiveStatement& e) {
        Objective* o = find_objective(plan, e.id);
        if (!o) return std::nullopt;
        return replace(o->statement, e.statement, edit::SetObjectiveStatement{e.id, o->statement});
    }
    std::optional<Edit> operator()(const edit::SetObjectiveStage& e) {
        Objective* o = find_objective(plan, e.id);
        if (!o) return std::nullopt;
        return replace(o->stage, e.stage, edit::SetObjectiveStage{e.id, o->stage});
    }
};

} // namespace

std::optional<Edit> apply_edit(Plan& plan, const Edit& e) {
    return std::visit(Applier{plan}, e);
}

std::string edit_target(const Edit& e) {
    struct Target {
        std::string operator()(const edit::SetName&) const { return "name"; }
        std::string operator()(const edit::SetCurrency&) const { return "currency"; }
        std::string operator()(const edit::SetPeriod&) const { return "period"; }
        std::string operator()(const edit::InsertObjective&) const { return ""; }
        std::string operator()(const edit::RemoveObjective&) const { return ""; }
        std::string operator()(const edit::SetObjectiveStatement& s) const {
            return "objective/" + s.id + "/statement";
        }
        std::string operator()(const edit::SetObjectiveStage& s) const {
            return "objective/" + s.id + "/stage";
        }
    };
    return std::visit(Target{}, e);
}

} // namespace fp
