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
    {"kpis", "kpi", "kpi", "metric", "measure"},
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
    {"budget", "channel_id", "channels", false},
    {"budget", "phase_id", "phases", false},
    {"kpis", "objective_id", "objectives", false},
    {"scenarios/spends", "channel_id", "channels", true},
};

// The entry for a list ("tasks", "scenarios/spends", or an edit path's list
// "scenarios/sc-1/spends", whose ids are skipped); nothing for an unknown one.
const ListInfo* find_list(std::string_view key);
// The entry for a reference field of a list; nothing when it is not one.
const ReferenceInfo* find_reference(std::string_view list, std::string_view field);

// One reference field of one item, as the walk below finds it.
struct ReferenceSite {
    const ReferenceInfo& info;
    std::string pointer;   // the field in a file: "/plan/tasks/3/phase_id"
    std::string edit_list; // the item's list as edits name it: "scenarios/sc-1/spends"
    std::string item_id;
    std::vector<std::string> ids; // the ids it names ("" dropped); one for a single reference
    bool many;                    // a list of ids rather than one
};

namespace lists_detail {

// Calls `visit(list_key, pointer, edit_list, item)` for every item of every
// list, lists inside items included.
template <class Node, class Visit>
void each_item(const Node& node, const std::string& key, const std::string& pointer,
               const std::string& edit_list, Visit& visit) {
    for_each_field(node, [&](const char* name, const auto& field, Rule, Need) {
        using F = std::decay_t<decltype(field)>;
        if constexpr (detail::IsVector<F>::value) {
            if constexpr (HasFields<typename F::value_type>::value) {
                const std::string list = key.empty() ? name : key + "/" + name;
                const std::string edit = edit_list.empty() ? name : edit_list + "/" + name;
                for (std::size_t i = 0; i < field.size(); ++i) {
                    const std::string at = pointer + "/" + name + "/" + std::to_string(i);
                    visit(list, at, edit, field[i]);
                    each_item(field[i], list, at, edit + "/" + field[i].id, visit);
                }
            }
        }
    });
}

} // namespace lists_detail

// Calls `visit(list_key, pointer, edit_list, item)` for every item in the
// plan: "tasks", "/plan/tasks/3", "tasks", the task.
template <class Visit> void for_each_item(const Plan& plan, Visit&& visit) {
    lists_detail::each_item(plan, "", "/plan", "", visit);
}

// Every reference field of every item, in the plan's order.
std::vector<ReferenceSite> reference_sites(const Plan& plan);

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
