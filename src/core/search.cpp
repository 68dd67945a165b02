#include "search.h"

#include "value_kinds.h"

#include <algorithm>

namespace fp {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

struct Searcher {
    std::string_view query;
    std::size_t limit;
    std::vector<SearchHit> hits;

    template <class T> void walk(const T& node, const Place& at) {
        if (hits.size() < limit) walk_value(node, *this, at);
    }

    // One member per kind of value, called through walk_value.
    void text(const std::string& v, const Place& at) {
        if (contains_text(v, query)) hits.push_back({at, v});
    }
    void flag(bool, const Place&) {}
    void amount(Money, const Place&) {}
    void number(double, const Place&) {}
    template <class E> void choice(E, const Place&) {}
    void date(const Date&, const Place&) {}
    template <class T> void optional(const std::optional<T>& v, const Place& at) {
        if (v) walk(*v, at);
    }
    // Items of a list inside the plan or an item are found under their own id.
    template <class T> void list(const std::vector<T>& v, const Place& at) {
        if constexpr (kind_of<T>() == ValueKind::Object) {
            for (const auto& item : v)
                walk_fields(item, {at.list.empty() ? at.field : at.list, item.id, ""});
        }
    }
    template <class T> void object(const T& v, const Place& at) { walk_fields(v, at); }

    template <class T> void walk_fields(const T& node, const Place& at) {
        for_each_field(node, [&](const char* key, const auto& field, Rule rule, Need) {
            if (!written_by_people(rule)) return;
            walk(field, {at.list, at.item_id, at.field.empty() ? key : at.field + "/" + key});
        });
    }
};

} // namespace

bool contains_text(std::string_view text, std::string_view query) {
    if (query.empty()) return true;
    return std::search(text.begin(), text.end(), query.begin(), query.end(),
                       [](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

std::vector<SearchHit> search_plan(const Plan& plan, std::string_view query, std::size_t limit) {
    Searcher s{query, limit, {}};
    if (query.empty()) return {};
    s.walk_fields(plan, Place{});
    return s.hits;
}

} // namespace fp
