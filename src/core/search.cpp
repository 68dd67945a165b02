#include "search.h"

#include "model_json.h"

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

    template <class T>
    void walk(const T& node, const std::string& list, const std::string& item_id,
              const std::string& field) {
        if (hits.size() >= limit) return;
        if constexpr (std::is_same_v<T, std::string>) {
            if (contains_text(node, query)) hits.push_back({{list, item_id, field}, node});
        } else if constexpr (detail::IsVector<T>::value) {
            if constexpr (HasFields<typename T::value_type>::value) {
                for (const auto& item : node)
                    walk_fields(item, list.empty() ? field : list, item.id, "");
            }
        } else if constexpr (HasFields<T>::value) {
            walk_fields(node, list, item_id, field);
        }
    }

    template <class T>
    void walk_fields(const T& node, const std::string& list, const std::string& item_id,
                     const std::string& prefix) {
        for_each_field(node, [&](const char* key, const auto& field, Rule rule, Need) {
            if (!written_by_people(rule)) return;
            const std::string name = prefix.empty() ? key : prefix + "/" + key;
            walk(field, list, item_id, name);
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
    s.walk_fields(plan, "", "", "");
    return s.hits;
}

} // namespace fp
