#include "place.h"

#include "lists.h"

#include <algorithm>

namespace fp {

namespace {

// `path` below `prefix`: "" when they are equal, the rest after a "/" when
// `prefix` leads to it, nothing otherwise.
std::optional<std::string_view> below(std::string_view path, std::string_view prefix) {
    if (path.substr(0, prefix.size()) != prefix) return std::nullopt;
    const std::string_view rest = path.substr(prefix.size());
    if (rest.empty()) return rest;
    if (rest.front() != '/') return std::nullopt;
    return rest.substr(1);
}

} // namespace

std::string_view Place::top_field() const {
    return std::string_view(field).substr(0, field.find('/'));
}

namespace {

// Finds the item `rest` ("tasks/3/dates") points into below `node`, by
// index, descending into lists inside items; `edit_list` is where `node`'s
// lists sit in an edit path ("" for the plan). False when `rest` leads into
// no list of `node`, or to an index past its end.
template <class Node>
bool locate(const Node& node, std::string_view rest, const std::string& edit_list, Place& out,
            bool& bad_index) {
    const std::string_view head = rest.substr(0, rest.find('/'));
    bool found = false;
    for_each_field(node, [&](const char* key, const auto& field, Rule, Need) {
        using F = std::decay_t<decltype(field)>;
        if constexpr (kind_of<F>() == ValueKind::List) {
            if constexpr (kind_of<typename F::value_type>() == ValueKind::Object) {
                if (found || head != key) return;
                found = true;
                const std::string_view after = rest.substr(std::min(rest.size(), head.size() + 1));
                const std::string_view index = after.substr(0, after.find('/'));
                std::size_t i = 0;
                for (char c : index)
                    i = c >= '0' && c <= '9' && i < field.size() ? i * 10 + (c - '0')
                                                                 : field.size();
                if (index.empty() || i >= field.size()) {
                    bad_index = true;
                    return;
                }
                const auto& item = field[i];
                const std::string list = edit_list.empty() ? key : edit_list + "/" + key;
                const std::string_view inside =
                    after.substr(std::min(after.size(), index.size() + 1));
                if (!locate(item, inside, list + "/" + item.id, out, bad_index) && !bad_index)
                    out = Place{list, item.id, std::string(inside)};
            }
        }
    });
    return found;
}

} // namespace

std::optional<Place> place_of_pointer(const Plan& plan, std::string_view pointer) {
    const std::optional<std::string_view> in_plan = below(pointer, "/plan");
    if (!in_plan) return std::nullopt;
    Place out;
    bool bad_index = false;
    if (locate(plan, *in_plan, "", out, bad_index)) {
        if (bad_index) return std::nullopt;
        return out;
    }
    return Place{"", "", std::string(*in_plan)}; // the plan's own field
}

std::optional<std::string> pointer_of(const Plan& plan, const Place& place) {
    if (place.list.empty())
        return std::string("/plan") + (place.field.empty() ? "" : "/" + place.field);
    std::optional<std::string> out;
    for_each_item(plan, [&](const ItemPosition& at, const auto& item) {
        if (!out && item.id == place.item_id && at.edit_list() == place.list)
            out = at.pointer() + (place.field.empty() ? "" : "/" + place.field);
    });
    return out;
}

std::string edit_path(const Place& place) {
    if (place.list.empty()) return place.field;
    std::string out = place.list + "/" + place.item_id;
    if (!place.field.empty()) out += "/" + place.field;
    return out;
}

} // namespace fp
