// A place in a plan: an item of a list (or the plan itself) and a field in
// it. Files and validation name places by JSON pointer with indexes
// ("/plan/tasks/3/dates/end"), edits by id ("tasks/task-7K3M/dates/end");
// Place is the one form both convert to and from, so that a finding, a
// search hit or a merge conflict can be turned into either.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>

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

} // namespace fp
