// How items refer to each other, for removing an item others still use: the
// removal is the set of edits that first clears every reference to it, then
// removes it, applied and undone as one step.
#pragma once

#include "edits.h"
#include "model.h"

#include <string>
#include <vector>

namespace fp {

// Edits that clear each reference to item `id` of `list` ("phases",
// "channels", "objectives", "tasks", "swot", "kpis") and then remove it. Empty when
// there is no such item.
std::vector<Edit> removal_edits(const Plan& plan, const std::string& list, const std::string& id);

// How many fields refer to item `id` of `list`, to warn before removing it.
int count_references(const Plan& plan, const std::string& list, const std::string& id);

} // namespace fp
