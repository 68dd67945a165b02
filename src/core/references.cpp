#include "references.h"

#include "model_json.h"

#include <algorithm>

namespace fp {

namespace {

// Calls `clear(edit)` for every edit that removes a reference to `id` in `list`.
template <class Clear>
void each_reference(const Plan& plan, const std::string& list, const std::string& id,
                    Clear&& clear) {
    auto without = [&](const std::vector<std::string>& ids) {
        std::vector<std::string> kept;
        std::copy_if(ids.begin(), ids.end(), std::back_inserter(kept),
                     [&](const std::string& x) { return x != id; });
        return to_json(kept);
    };
    auto uses = [&](const std::vector<std::string>& ids) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    if (list == "phases") {
        for (const Task& t : plan.tasks)
            if (t.phase_id == id) clear(edit::Set{"tasks/" + t.id + "/phase_id", ""});
        for (const BudgetLine& b : plan.budget)
            if (b.phase_id == id) clear(edit::Set{"budget/" + b.id + "/phase_id", ""});
    } else if (list == "channels") {
        for (const BudgetLine& b : plan.budget)
            if (b.channel_id == id) clear(edit::Set{"budget/" + b.id + "/channel_id", ""});
        // A scenario's spend exists only for its channel: it goes with it.
        for (const BudgetScenario& sc : plan.scenarios)
            for (const ScenarioSpend& sp : sc.spends)
                if (sp.channel_id == id)
                    clear(edit::Remove{"scenarios/" + sc.id + "/spends", sp.id});
    } else if (list == "objectives") {
        for (const Kpi& k : plan.kpis)
            if (k.objective_id == id) clear(edit::Set{"kpis/" + k.id + "/objective_id", ""});
    } else if (list == "tasks") {
        for (const Task& t : plan.tasks)
            if (uses(t.depends_on))
                clear(edit::Set{"tasks/" + t.id + "/depends_on", without(t.depends_on)});
    } else if (list == "swot") {
        for (const TowsStrategy& s : plan.tows)
            if (uses(s.swot_ids))
                clear(edit::Set{"tows/" + s.id + "/swot_ids", without(s.swot_ids)});
    }
}

} // namespace

std::vector<Edit> removal_edits(const Plan& plan, const std::string& list, const std::string& id) {
    std::vector<Edit> out;
    bool found = false;
    for_each_field(plan, [&](const char* key, const auto& field, Rule, Need) {
        using T = std::decay_t<decltype(field)>;
        if constexpr (detail::IsVector<T>::value) {
            if constexpr (HasFields<typename T::value_type>::value) {
                if (list == key)
                    for (const auto& item : field)
                        found = found || item.id == id;
            }
        }
    });
    // Lists inside items ("scenarios/sc-1/spends") are referred to by nothing:
    // removing one of theirs is the removal alone (apply_edit says if it is missing).
    if (!found && list.find('/') != std::string::npos) out.push_back(edit::Remove{list, id});
    if (!found) return out;
    each_reference(plan, list, id, [&](Edit e) { out.push_back(std::move(e)); });
    out.push_back(edit::Remove{list, id});
    return out;
}

int count_references(const Plan& plan, const std::string& list, const std::string& id) {
    int n = 0;
    each_reference(plan, list, id, [&](const Edit&) { ++n; });
    return n;
}

} // namespace fp
