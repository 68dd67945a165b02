// The only ways the interface changes a plan. Each edit, once applied, yields
// the edit that reverses it, which is all undo and redo need; edits are plain
// values, so they can also be logged, replayed and merged.
#pragma once

#include "model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

namespace fp {

namespace edit {
struct SetName {
    std::string name;
};
struct SetCurrency {
    std::string code;
};
struct SetPeriod {
    Period period;
};
struct InsertObjective {
    Objective objective;
    std::size_t index = 0; // clamped to the end of the list
};
struct RemoveObjective {
    std::string id;
};
struct SetObjectiveStatement {
    std::string id;
    std::string statement;
};
struct SetObjectiveStage {
    std::string id;
    Stage stage = Stage::Plan;
};
} // namespace edit

using Edit =
    std::variant<edit::SetName, edit::SetCurrency, edit::SetPeriod, edit::InsertObjective,
                 edit::RemoveObjective, edit::SetObjectiveStatement, edit::SetObjectiveStage>;

// Applies `e` to `plan` and returns its inverse, or nothing when the edit does
// not apply (an unknown id, an id already taken, a value equal to the current).
std::optional<Edit> apply_edit(Plan& plan, const Edit& e);

// The field an edit sets ("name", "objective/obj-1/statement"), so that a burst
// of edits to one field can count as one step; "" for inserts and removals.
std::string edit_target(const Edit& e);

} // namespace fp
