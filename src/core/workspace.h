// The set of plans a user keeps: creating, copying, removing and importing
// whole plans. Time and randomness come in from the caller.
#pragma once

#include "model.h"
#include "plan_format.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fp {

struct Workspace {
    std::vector<Plan> plans; // in the order the user sees them
};

// What the core needs from the outside world to make a new item.
struct Stamp {
    std::string now_utc; // "2026-11-24T09:30:00Z"
    Date today;
    std::uint64_t entropy = 0; // fresh randomness for identifiers
};

Plan* find_plan(Workspace& ws, const std::string& id);
const Plan* find_plan(const Workspace& ws, const std::string& id);

// Adds `plan` at the end, replacing its id with a fresh one if the id is taken.
// Returns the id under which it was added.
std::string add_plan(Workspace& ws, Plan plan, const Stamp& stamp);

// `plan` made anew: a fresh id, `name` (its own when empty), created and
// modified now. Templates, copies and next plans start this way.
void stamp_as_new(Plan& plan, const std::string& name, const Stamp& stamp);

// Every date of `plan` (period, phases, tasks, milestones, deadlines,
// reviews) moved by `days`, so that its schedule keeps its shape; its
// non-working days stay, being days of the calendar.
void move_dates(Plan& plan, int days);

// A copy under a new id and the name "<name> (copy)"; returns the new id or "".
std::string duplicate_plan(Workspace& ws, const std::string& id, const Stamp& stamp);

bool remove_plan(Workspace& ws, const std::string& id);

struct ImportResult {
    bool ok = false;
    std::string plan_id;
    std::vector<Problem> problems;
};

// Reads a plan file and adds it as a new plan; never replaces an existing one.
// On any problem the workspace is left exactly as it was.
ImportResult import_plan(Workspace& ws, std::string_view text, const Stamp& stamp,
                         const FormatLimits& limits = {});

} // namespace fp
