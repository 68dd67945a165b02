// Finding text anywhere in a plan: every text field of every item, matched
// without regard to case (ASCII letters; other scripts match as written).
#pragma once

#include "model.h"
#include "model_fields.h"
#include "place.h"
#include "value_kinds.h"

#include <optional>
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

namespace detail {
// Looks for `query` in the text fields people write, through nested structs;
// a nested list's items are items of their own (lists.h) with their own table.
struct TextFinder {
    std::string_view query;
    bool found = false;

    void text(const std::string& v, Rule rule) {
        if (written_by_people(rule) && contains_text(v, query)) found = true;
    }
    void flag(bool, Rule) {}
    void amount(Money, Rule) {}
    void number(double, Rule) {}
    template <class E> void choice(E, Rule) {}
    void date(const Date&, Rule) {}
    template <class T> void optional(const std::optional<T>& v, Rule rule) {
        if (v) walk_value(*v, *this, rule);
    }
    template <class T> void list(const std::vector<T>&, Rule) {}
    template <class T> void object(const T& v, Rule) {
        for_each_field(v, [&](const char*, const auto& field, Rule rule, Need) {
            walk_value(field, *this, rule);
        });
    }
};
} // namespace detail

// Whether any text field of `item` contains `query`; tables filter with it.
template <class T> bool item_contains(const T& item, std::string_view query) {
    detail::TextFinder finder{query};
    walk_value(item, finder, Rule::None);
    return finder.found;
}

} // namespace fp
