#include "lists.h"

#include <algorithm>

namespace fp {

const ListInfo* find_list(std::string_view key) {
    // "scenarios/sc-1/spends" -> "scenarios/spends": every other segment is an id.
    std::string plain;
    std::size_t n = 0;
    for (std::size_t at = 0; at <= key.size(); ++n) {
        const std::size_t slash = std::min(key.find('/', at), key.size());
        if (n % 2 == 0)
            plain += (plain.empty() ? "" : "/") + std::string(key.substr(at, slash - at));
        at = slash + 1;
    }
    if (n % 2 == 0) return nullptr; // "scenarios/sc-1" is an item, not a list
    for (const ListInfo& l : kLists)
        if (plain == l.key) return &l;
    return nullptr;
}

const ReferenceInfo* find_reference(std::string_view list, std::string_view field) {
    for (const ReferenceInfo& r : kReferences)
        if (list == r.list && field == r.field) return &r;
    return nullptr;
}

std::vector<ReferenceSite> reference_sites(const Plan& plan) {
    std::vector<ReferenceSite> out;
    for_each_item(plan, [&](const std::string& list, const std::string& pointer,
                            const std::string& edit_list, const auto& item) {
        for_each_field(item, [&](const char* key, const auto& field, Rule rule, Need) {
            if (rule != Rule::Ref) return;
            const ReferenceInfo* info = find_reference(list, key);
            if (!info) return; // lists_test holds every Ref field to the table
            ReferenceSite site{*info, pointer + "/" + key, edit_list, item.id, {}, false};
            using F = std::decay_t<decltype(field)>;
            if constexpr (std::is_same_v<F, std::string>) {
                if (!field.empty()) site.ids.push_back(field);
            } else if constexpr (std::is_same_v<F, std::vector<std::string>>) {
                site.ids = field;
                site.many = true;
            }
            out.push_back(std::move(site));
        });
    });
    return out;
}

std::vector<std::pair<std::string, std::string>> names_in(const Plan& plan, std::string_view list) {
    std::vector<std::pair<std::string, std::string>> out;
    const ListInfo* info = find_list(list);
    if (!info) return out;
    for_each_item(plan, [&](const std::string& key, const std::string&, const std::string&,
                            const auto& item) {
        if (key == info->key) out.emplace_back(item.id, item_name(item, *info));
    });
    return out;
}

std::optional<Stage> item_stage(const Plan& plan, std::string_view list, std::string_view id) {
    std::optional<Stage> out;
    for_each_item(plan, [&](const std::string& key, const std::string&, const std::string&,
                            const auto& item) {
        if (out || key != list || item.id != id) return;
        for_each_field(item, [&](const char*, const auto& field, Rule, Need) {
            if constexpr (std::is_same_v<std::decay_t<decltype(field)>, Stage>) out = field;
        });
    });
    return out;
}

} // namespace fp
