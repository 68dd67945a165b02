// Finding text anywhere in a plan: every text field of every item, matched
// without regard to case (ASCII letters; other scripts match as written).
#pragma once

#include "model.h"

#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct SearchHit {
    std::string list;    // "objectives", ...; "" for the plan's own fields
    std::string item_id; // "" for the plan's own fields
    std::string field;   // "statement", "strategy/price", ...
    std::string text;    // the whole text of the field
};

// Hits in the order the plan file holds them, at most `limit`.
std::vector<SearchHit> search_plan(const Plan& plan, std::string_view query,
                                   std::size_t limit = 200);

// Whether `text` contains `query`, ignoring ASCII case; tables filter with it.
bool contains_text(std::string_view text, std::string_view query);

} // namespace fp
