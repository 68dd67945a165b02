// The plan's lists described once: what each is called, how its items are
// named and numbered, where the interface shows it, and which fields refer
// to items of another list. Validation, reference clearing, pickers,
// finding titles, section routing and new ids all read these tables, so a
// new list or reference is one line here (and its field table in
// model_fields.h); lists_test fails when the two disagree.
#pragma once

#include "model_fields.h"
#include "model_json.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace fp {

struct ListInfo {
    const char* key;        // the plan's member, in a file and in edit paths: "tasks"
    const char* noun;       // one item, in message keys: "task" (finding.title.task)
    const char* id_prefix;  // of new items' ids: "task" -> "task-7K3M..."
    const char* name_field; // the text field that names an item: "title"; "" for none
    // The section that shows it ("execution"), or "stage" when each item's
    // stage decides (an objective of Reach is shown on Reach).
    const char* section;
};

inline constexpr ListInfo kLists[] = {
    {"review", "review_row", "rev", "channel", "plan"},
    {"activities", "activity", "act", "name", "plan"},
    {"competitors", "competitor", "comp", "name", "plan"},
    {"swot", "swot", "sw", "text", "plan"},
    {"tows", "tows", "tows", "text", "plan"},
    {"segments", "segment", "seg", "name", "plan"},
    {"milestones", "milestone", "ms", "title", "plan"},
    {"objectives", "objective", "obj", "statement", "stage"},
    {"channels", "channel", "ch", "name", "stage"},
    {"resources", "resource", "res", "examples", "execution"},
    {"phases", "phase", "ph", "name", "execution"},
    {"tasks", "task", "task", "title", "execution"},
    {"budget", "budget_line", "bud", "label", "execution"},
    {"non_working_days", "non_working_day", "day", "name", "execution"},
    {"kpis", "kpi", "kpi", "metric", "measure"},
    {"measurements", "measurement", "meas", "tracked", "measure"},
    {"reviews", "review", "review", "", "measure"},
    {"checklist", "check", "chk", "text", "stage"},
    {"risks", "risk", "risk", "risk", "risks"},
    {"scenarios", "scenario", "sc", "name", "forecast"},
    // Lists inside items are named by their path through the plan.
    {"scenarios/spends", "scenario_spend", "sp", "", "forecast"},
};

struct ReferenceInfo {
    const char* list;   // the list whose items hold the field (kLists key)
    const char* field;  // the field: an id, or a list of ids
    const char* target; // the list it names items of
    // An item that exists only for the item it names (a scenario's spend
    // on a channel) goes when that item goes; other references are cleared.
    bool owned_by_target;
};

inline constexpr ReferenceInfo kReferences[] = {
    {"tows", "swot_ids", "swot", false},
    {"tasks", "phase_id", "phases", false},
    {"tasks", "depends_on", "tasks", false},
    {"tasks", "resource_ids", "resources", false},
    {"budget", "channel_id", "channels", false},
    {"budget", "phase_id", "phases", false},
    {"kpis", "objective_id", "objectives", false},
    {"measurements", "kpi_ids", "kpis", false},
    {"scenarios/spends", "channel_id", "channels", true},
};

// The entry for a list ("tasks", "scenarios/spends", or an edit path's list
// "scenarios/sc-1/spends", whose ids are skipped); nothing for an unknown one.
const ListInfo* find_list(std::string_view key);
// The entry for a reference field of a list; nothing when it is not one.
const ReferenceInfo* find_reference(std::string_view list, std::string_view field);

// Where an item sits in the plan. Its file pointer and edit path are made
// only when asked: most walks need just the list, and making both strings
// for every item of a large plan cost more than the walk itself.
struct ItemPosition {
    const std::string& list;    // the list's key: "tasks", "scenarios/spends"
    const char* name;           // the list's own field name: "spends"
    std::size_t index;          // in that list
    std::string_view id;        // the item's own id
    const ItemPosition* parent; // the item holding the list; null for the plan's lists

    std::string pointer() const;   // "/plan/scenarios/0/spends/2"
    std::string edit_list() const; // "scenarios/sc-1/spends"
};

namespace lists_detail {

// Calls `visit(position, item)` for every item of every list, lists inside
// items included.
template <class Node, class Visit>
void each_item(const Node& node, const ItemPosition* holder, Visit& visit) {
    for_each_field(node, [&](const char* name, const auto& field, Rule, Need) {
        using F = std::decay_t<decltype(field)>;
        if constexpr (detail::IsVector<F>::value) {
            if constexpr (HasFields<typename F::value_type>::value) {
                const std::string list = holder ? holder->list + "/" + name : std::string(name);
                for (std::size_t i = 0; i < field.size(); ++i) {
                    const ItemPosition at{list, name, i, field[i].id, holder};
                    visit(at, field[i]);
                    each_item(field[i], &at, visit);
                }
            }
        }
    });
}

} // namespace lists_detail

// Calls `visit(position, item)` for every item in the plan, in the file's
// order: ("tasks", index 3), the task.
template <class Visit> void for_each_item(const Plan& plan, Visit&& visit) {
    lists_detail::each_item(plan, nullptr, visit);
}

// One reference field of one item, as the walk below finds it.
struct ReferenceSite {
    const ReferenceInfo& info;
    const ItemPosition& at;   // the item holding the field
    std::string_view item_id; // that item's id
    const std::string* ids;   // the ids it names: one for a single reference, none when ""
    std::size_t count;
    bool many; // a list of ids rather than one

    std::string pointer() const; // the field in a file: "/plan/tasks/3/phase_id"
    bool names(std::string_view id) const;
};

// Calls `visit(site)` for every reference field of every item, in the
// plan's order.
template <class Visit> void for_each_reference(const Plan& plan, Visit&& visit) {
    for_each_item(plan, [&](const ItemPosition& at, const auto& item) {
        for_each_field(item, [&](const char* key, const auto& field, Rule rule, Need) {
            if (rule != Rule::Ref) return;
            const ReferenceInfo* info = find_reference(at.list, key);
            if (!info) return; // lists_test holds every Ref field to the table
            using F = std::decay_t<decltype(field)>;
            if constexpr (std::is_same_v<F, std::string>) {
                visit(ReferenceSite{*info, at, item.id, &field, field.empty() ? 0u : 1u, false});
            } else if constexpr (std::is_same_v<F, std::vector<std::string>>) {
                visit(ReferenceSite{*info, at, item.id, field.data(), field.size(), true});
            }
        });
    });
}

// An item's name as its list names it (by its name field), "" when unnamed.
template <class Item> std::string item_name(const Item& item, const ListInfo& list) {
    std::string out;
    for_each_field(item, [&](const char* key, const auto& field, Rule, Need) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, std::string>)
            if (std::string_view(key) == list.name_field) out = field;
    });
    return out;
}

// (id, name) of every item of `list`, in order, names "" where unnamed.
std::vector<std::pair<std::string, std::string>> names_in(const Plan& plan, std::string_view list);

// The stage of item `id` of `list` when its items have one.
std::optional<Stage> item_stage(const Plan& plan, std::string_view list, std::string_view id);

} // namespace fp
