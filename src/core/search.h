// Finding text anywhere in a plan: every text field of every item, matched
// without regard to case (ASCII letters; other scripts match as written).
#pragma once

#include "model.h"
#include "model_fields.h"
#include "place.h"

#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct SearchHit {
    Place place;      // ("objectives", id, "statement"), ("", "", "strategy/price")
    std::string text; // the whole text of the field
};

// Hits in the order the plan file holds them, at most `limit`.
std::vector<SearchHit> search_plan(const Plan& plan, std::string_view query,
                                   std::size_t limit = 200);

// Whether `text` contains `query`, ignoring ASCII case.
bool contains_text(std::string_view text, std::string_view query);

// Fields people write: not identifiers, references or time stamps. Search
// and table filters look in these alone.
inline bool written_by_people(Rule rule) {
    return rule != Rule::Id && rule != Rule::Ref && rule != Rule::Timestamp;
}

// Whether any text field of `item` contains `query`; tables filter with it.
template <class T> bool item_contains(const T& item, std::string_view query) {
    bool found = false;
    for_each_field(item, [&](const char*, const auto& field, Rule rule, Need) {
        using F = std::decay_t<decltype(field)>;
        if constexpr (std::is_same_v<F, std::string>) {
            if (written_by_people(rule) && contains_text(field, query)) found = true;
        } else if constexpr (HasFields<F>::value) {
            found = found || item_contains(field, query);
        }
    });
    return found;
}

} // namespace fp
