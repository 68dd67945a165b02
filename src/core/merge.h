// Bringing a workshop's work together: a three-way merge of the plans that
// groups made from one base plan. Items are matched by id in every list the
// field tables describe (lists inside items included); a group's change to
// a field is one that differs from the base. Changes to different fields are
// all applied; new items are added (base order, then each group's additions
// in group order); an item a group removed goes when no other group edited
// it. A field changed differently by two groups, or an item one removed and
// another edited, is a conflict: until settled the merged plan keeps the
// base's value there, and the conflict holds every group's side, so no
// group's text is lost. Settling re-runs the merge with the choices made.
//
// Not merged: the order a group moved items into (the base's order stays),
// and a group's unlinking of an item that another group removed (while that
// removal is in conflict the base's links stay, as the item does).
#pragma once

#include "json_reader.h"
#include "model.h"
#include "place.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fp {

// The side a settled conflict takes when it is not a group's: the base's.
inline constexpr std::size_t kBaseSide = static_cast<std::size_t>(-1);

enum class ConflictKind : std::uint8_t {
    Field,            // two groups set one value differently
    RemovedAndEdited, // a group removed an item that another edited
};

struct ConflictSide {
    std::size_t group;    // index into Merge::groups
    bool removed = false; // the group removed the item (value is null)
    // As a plan file holds it: the field's value, or for RemovedAndEdited
    // the whole item as the group left it.
    Json value;
};

struct MergeConflict {
    ConflictKind kind = ConflictKind::Field;
    // The field; for RemovedAndEdited the whole item (field "").
    Place place;
    std::string item_name;           // by its list's name field; "" for the plan's own fields
    Json base;                       // the base's value, or its whole item
    std::vector<ConflictSide> sides; // each group that changed it, in group order
};

// A conflict settled: the place it concerns and the side taken (a group's
// index or kBaseSide). Kept by place, not by position, so that it still
// applies when the merge runs again.
struct MergeChoice {
    Place place;
    std::size_t side = kBaseSide;
};

// A reference the merge cleared because the item it named is not in the
// merged plan (a group referred to an item another removed), as removing
// an item in the app clears it (core/references.h): a single reference
// becomes "", the id leaves a list of ids, and an item that exists only for
// the missing one (a scenario's spend on a channel) goes with it.
struct ClearedReference {
    Place place;    // the field that named it; field "" when the item went
    std::string id; // the missing item's id
};

// A conflict a choice settled, kept so that the side not taken stays in
// view (and can still be taken) until the merge is finished.
struct SettledConflict {
    MergeConflict conflict;
    std::size_t side = kBaseSide; // the side taken
};

struct Merge {
    // What was merged.
    Plan base;
    std::vector<Plan> groups;
    std::vector<MergeChoice> choices; // in the order made
    // What merging them gives with those choices.
    Plan plan;
    std::vector<MergeConflict> conflicts; // still to settle, in the plan's order
    std::vector<SettledConflict> settled; // in the plan's order
    std::vector<ClearedReference> cleared;
};

// Merges the groups' plans into the base. Every plan should be valid (read
// through read_plan); the merged plan then is too once every conflict is
// settled, unless the groups' changes clash across fields (validate_plan
// says where).
Merge merge_plans(Plan base, std::vector<Plan> groups);

// One more group's plan, merged with the choices made so far.
void add_group(Merge& merge, Plan group);

// Takes `side` (a group's index or kBaseSide) at a conflict's place,
// settled or not; the latest choice for a place is the one that counts.
// False, changing nothing, for a side out of range.
bool choose(Merge& merge, const Place& place, std::size_t side);

// Settles conflict `conflict` (an index into merge.conflicts) with `side`: a
// group's index, or kBaseSide to keep the base. Choosing a group takes what
// that group's file holds there: for a removed-and-edited item, choosing a
// group that edited it keeps it with every group's edits merged (their own
// conflicts then follow), choosing one that removed it removes it. False,
// changing nothing, for an index or side out of range.
bool settle(Merge& merge, std::size_t conflict, std::size_t side);

// Settles every remaining conflict, and any it uncovers, in favour of
// `group`: what that group's file holds (the base's value where it kept
// it). False, changing nothing, for a group out of range.
bool prefer_group(Merge& merge, std::size_t group);

// The remaining conflicts and the cleared references as JSON, groups named
// by `group_names` (one per group, such as their files):
// {"conflicts": [{"kind", "path", "pointer", "list", "item_id", "item_name",
//   "field", "base", "sides": [{"group", "value"} or {"group", "removed": true}]}],
//  "cleared_references": [{"path", "id"}]}
Json merge_report_json(const Merge& merge, const std::vector<std::string>& group_names);

} // namespace fp
