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

std::string ItemPosition::pointer() const {
    return (parent ? parent->pointer() : std::string("/plan")) + "/" + name + "/" +
           std::to_string(index);
}

std::string ItemPosition::edit_list() const {
    if (!parent) return name;
    return parent->edit_list() + "/" + std::string(parent->id) + "/" + name;
}

std::string ReferenceSite::pointer() const {
    return at.pointer() + "/" + info.field;
}

bool ReferenceSite::names(std::string_view id) const {
    return std::find(ids, ids + count, id) != ids + count;
}

std::vector<std::pair<std::string, std::string>> names_in(const Plan& plan, std::string_view list) {
    std::vector<std::pair<std::string, std::string>> out;
    const ListInfo* info = find_list(list);
    if (!info) return out;
    for_each_item(plan, [&](const ItemPosition& at, const auto& item) {
        if (at.list == info->key) out.emplace_back(item.id, item_name(item, *info));
    });
    return out;
}

std::optional<Stage> item_stage(const Plan& plan, std::string_view list, std::string_view id) {
    std::optional<Stage> out;
    for_each_item(plan, [&](const ItemPosition& at, const auto& item) {
        if (out || at.list != list || item.id != id) return;
        for_each_field(item, [&](const char*, const auto& field, Rule, Need) {
            if constexpr (std::is_same_v<std::decay_t<decltype(field)>, Stage>) out = field;
        });
    });
    return out;
}

} // namespace fp
