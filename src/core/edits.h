// The only ways a plan changes. Each edit names its target by stable ids, not
// positions, so edits stay meaningful when others insert or remove items (the
// basis for merging plans later); once applied it yields the edit that
// reverses it, which is all undo and redo need. A plan stays valid: an edit
// that would make it an invalid file is refused, with the reason.
#pragma once

#include "json_reader.h"
#include "message.h"
#include "model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <variant>

namespace fp {

namespace edit {
// Sets one value. `path` names it through the plan's fields, with list items
// by id: "name", "period", "strategy/price", "objectives/obj-1/target",
// "channels/ch-2/inputs/ctr". `value` is as a plan file holds it. The empty
// path sets the whole plan at once (replacing it with an imported copy, or
// finishing a merge), its id kept: lists that refer to each other change
// together, so no step in between has to be a valid plan.
struct Set {
    std::string path;
    Json value;
};
// Inserts an item (as a plan file holds it) into a list ("objectives",
// "tasks", ...) at `index`, clamped to the end.
struct Insert {
    std::string list;
    std::size_t index = 0;
    Json item;
};
struct Remove {
    std::string list;
    std::string id;
};
// Moves an item within its list to `index` (clamped), for reordering.
struct Move {
    std::string list;
    std::string id;
    std::size_t index = 0;
};
} // namespace edit

using Edit = std::variant<edit::Set, edit::Insert, edit::Remove, edit::Move>;

struct EditResult {
    std::optional<Edit> inverse; // set when the edit applied
    Message error;               // why it did not apply (empty when it changed nothing)
};

EditResult apply_edit(Plan& plan, const Edit& e);

// The field an edit sets, so that a burst of edits to one field (typing) can
// count as one undo step; "" for inserts, removals and moves.
std::string edit_target(const Edit& e);

} // namespace fp
