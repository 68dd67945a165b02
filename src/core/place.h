// A place in a plan: an item of a list (or the plan itself) and a field in
// it. Files and validation name places by JSON pointer with indexes
// ("/plan/tasks/3/dates/end"), edits by id ("tasks/task-7K3M/dates/end");
// Place is the one form both convert to and from, so that a finding, a
// search hit or a merge conflict can be turned into either.
#pragma once

#include "model.h"
#include "value_kinds.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace fp {

struct Place {
    std::string list;    // as edits name it: "tasks", "scenarios/sc-1/spends"; "" for the plan
    std::string item_id; // "" for the plan's own fields
    std::string field;   // path inside the item: "dates/end", "depends_on/0"; "" for the whole item

    // The first step of `field`: the item's own field ("dates" of "dates/end").
    std::string_view top_field() const;
    friend bool operator==(const Place& a, const Place& b) {
        return a.list == b.list && a.item_id == b.item_id && a.field == b.field;
    }
};

// The place a file pointer of this plan names; nothing when it names no
// item of the plan (an index past the end, or not under "/plan").
std::optional<Place> place_of_pointer(const Plan& plan, std::string_view pointer);
// The file pointer of a place in this plan; nothing when its item is gone.
std::optional<std::string> pointer_of(const Plan& plan, const Place& place);
// The edit path of a place: "tasks/task-7K3M/dates/end", "budget_total".
std::string edit_path(const Place& place);

namespace detail {
// Takes the first step of `path` below a value: into the field of that name
// of a struct, or the item with that id of a list of items; then calls
// `visit` there when it was the last step, or takes the next one.
template <class Visit> struct PathStep {
    std::string_view path;
    Visit& visit;

    // Leaves and optional values have nothing below them for a path to name.
    template <class T> bool text(T&) const { return false; }
    template <class T> bool flag(T&) const { return false; }
    template <class T> bool amount(T&) const { return false; }
    template <class T> bool number(T&) const { return false; }
    template <class T> bool choice(T&) const { return false; }
    template <class T> bool date(T&) const { return false; }
    template <class T> bool optional(T&) const { return false; }
    template <class T> bool list(T& items) const {
        if constexpr (kind_of<typename T::value_type>() == ValueKind::Object) {
            for (auto& item : items)
                if (item.id == head()) return arrive(item, Rule::None);
        }
        return false;
    }
    template <class T> bool object(T& node) const {
        bool found = false;
        for_each_field(node, [&](const char* key, auto& field, Rule rule, Need) {
            if (!found && head() == key) found = arrive(field, rule);
        });
        return found;
    }

    std::string_view head() const { return path.substr(0, path.find('/')); }
    template <class T> bool arrive(T& value, Rule rule) const {
        const std::size_t slash = path.find('/');
        if (slash == std::string_view::npos) {
            visit(value, rule);
            return true;
        }
        return walk_value(value, PathStep{path.substr(slash + 1), visit});
    }
};
} // namespace detail

// Calls `visit(value, rule)` on the value `path` names below `node` through
// the field tables, list items by id: an edit path below the plan
// ("scenarios/sc-1/spends", "tasks/task-7K3M/dates/end") or a field path in
// one item ("dates/start"). False, without a call, when nothing is there.
// `node` may be const or a blank item for the field's type alone; the one
// walk every path in a plan goes through.
template <class T, class Visit> bool resolve_path(T&& node, std::string_view path, Visit&& visit) {
    return walk_value(node, detail::PathStep<Visit>{path, visit});
}

// The same for the value a place names in `plan`.
template <class P, class Visit> bool resolve(P& plan, const Place& place, Visit&& visit) {
    static_assert(std::is_same_v<std::remove_const_t<P>, Plan>, "a place is a place in a plan");
    return resolve_path(plan, edit_path(place), visit);
}

} // namespace fp
