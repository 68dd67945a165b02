#include "merge.h"

#include "lists.h"
#include "model_json.h"
#include "value_kinds.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace fp {

namespace {

using Ids = std::unordered_set<std::string>;
template <class T> using Sides = std::vector<const T*>; // one per group

// The field `key` of `node`, whose type the caller knows from the same
// field of another value of that struct.
template <class F, class T> const F& field_named(const T& node, std::string_view key) {
    const F* out = nullptr;
    for_each_field(node, [&](const char* name, const auto& field, Rule, Need) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, F>)
            if (!out && key == name) out = &field;
    });
    return *out; // values of one struct have the same fields
}

// Whether two values differ, leaving out references to items some group
// removed: a group that removed a KPI also cleared it from the measurement
// plan in its own file (core/references.h), which is no edit of that field,
// and must not clash with another group's edit of it. Should the KPI stay
// after all, the base's references to it stay too.
struct Differs {
    const Ids& removed;

    std::string kept(const std::string& id) const { return removed.count(id) ? "" : id; }
    std::vector<std::string> kept(const std::vector<std::string>& ids) const {
        std::vector<std::string> out;
        for (const std::string& id : ids)
            if (!removed.count(id)) out.push_back(id);
        return out;
    }

    template <class T> bool text(const T& a, const T& b, Rule rule) const {
        return rule == Rule::Ref ? kept(a) != kept(b) : a != b;
    }
    template <class T> bool flag(const T& a, const T& b, Rule) const { return a != b; }
    template <class T> bool amount(const T& a, const T& b, Rule) const { return a != b; }
    template <class T> bool number(const T& a, const T& b, Rule) const { return a != b; }
    template <class T> bool choice(const T& a, const T& b, Rule) const { return a != b; }
    template <class T> bool date(const T& a, const T& b, Rule) const { return a != b; }
    template <class T> bool optional(const T& a, const T& b, Rule rule) const {
        if (a.has_value() != b.has_value()) return true;
        return a && walk_value(*a, *this, *b, rule);
    }
    template <class T> bool list(const T& a, const T& b, Rule rule) const {
        if constexpr (std::is_same_v<T, std::vector<std::string>>) {
            if (rule == Rule::Ref) return kept(a) != kept(b);
        }
        if (a.size() != b.size()) return true;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (walk_value(a[i], *this, b[i], rule)) return true;
        return false;
    }
    template <class T> bool object(const T& a, const T& b, Rule) const {
        bool differ = false;
        for_each_field(a, [&](const char* key, const auto& field, Rule rule, Need) {
            using F = std::decay_t<decltype(field)>;
            differ = differ || walk_value(field, *this, field_named<F>(b, key), rule);
        });
        return differ;
    }
};

// Where a value sits while merging: the item holding it and the path in it.
struct At {
    std::string list;      // as edits name it: "tasks", "scenarios/sc-1/spends"; "" for the plan
    std::string key;       // as kLists names it: "tasks", "scenarios/spends"
    std::string item_id;   // "" for the plan
    std::string item_name; // for conflicts, by the list's name field
    std::string field;     // the path inside the item

    At child(const char* name) const {
        At out = *this;
        out.field = field.empty() ? std::string(name) : field + "/" + name;
        return out;
    }
    Place place() const { return Place{list, item_id, field}; }
    // The list this value is, when it is a list of items inside the item.
    std::string inner_list() const {
        return list.empty() ? field : list + "/" + item_id + "/" + field;
    }
    std::string inner_key() const { return key.empty() ? field : key + "/" + field; }
};

// Merges a value of the base with the groups' values of it into `out`, a
// copy of the base's value, through the field tables: item lists by id,
// other structs field by field, everything else (a text, a number, a date,
// a list of ids, a period) as one value.
struct Merger {
    const Ids& removed;
    const std::vector<MergeChoice>& choices;
    std::vector<MergeConflict>& conflicts;
    std::vector<SettledConflict>& settled;

    template <class T> bool differ(const T& a, const T& b, Rule rule) const {
        return walk_value(a, Differs{removed}, b, rule);
    }

    // The side chosen for the conflict at `place`, the latest choice first.
    const std::size_t* chosen(const Place& place) const {
        for (auto it = choices.rbegin(); it != choices.rend(); ++it)
            if (it->place == place) return &it->side;
        return nullptr;
    }

    template <class T> void text(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void flag(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void amount(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void number(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void choice(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void date(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void optional(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        one_value(o, b, g, r, at);
    }
    template <class T> void list(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        if constexpr (kind_of<typename T::value_type>() == ValueKind::Object)
            items(o, b, g, at);
        else
            one_value(o, b, g, r, at); // a list of ids: one value
    }
    template <class T> void object(T& o, const T& b, const Sides<T>& g, Rule r, const At& at) {
        if constexpr (kOneValue<T>) {
            one_value(o, b, g, r, at);
        } else {
            for_each_field(o, [&](const char* key, auto& field, Rule rule, Need) {
                using F = std::decay_t<decltype(field)>;
                Sides<F> theirs;
                theirs.reserve(g.size());
                for (const T* group : g)
                    theirs.push_back(&field_named<F>(*group, key));
                walk_value(field, *this, field_named<F>(b, key), theirs, rule, at.child(key));
            });
        }
    }

    // A value the groups change whole: kept when no group changed it, taken
    // when those that did agree, a conflict otherwise.
    template <class T>
    void one_value(T& out, const T& base, const Sides<T>& groups, Rule rule, const At& at) {
        std::vector<std::size_t> changed;
        for (std::size_t i = 0; i < groups.size(); ++i)
            if (differ(*groups[i], base, rule)) changed.push_back(i);
        if (changed.empty()) return;
        if constexpr (std::is_same_v<T, std::string>) {
            // A timestamp says when, not what: the latest, never a conflict
            // (every group's file was modified at its own time).
            if (rule == Rule::Timestamp) {
                for (std::size_t i : changed)
                    out = std::max(out, *groups[i]);
                return;
            }
        }
        const T& first = *groups[changed.front()];
        if (std::none_of(changed.begin(), changed.end(),
                         [&](std::size_t i) { return differ(*groups[i], first, rule); })) {
            out = first;
            return;
        }
        const Place place = at.place();
        MergeConflict conflict{ConflictKind::Field, place, at.item_name, to_json(base), {}};
        for (std::size_t i : changed)
            conflict.sides.push_back(ConflictSide{i, false, to_json(*groups[i])});
        if (const std::size_t* side = chosen(place)) {
            out = *side == kBaseSide ? base : *groups[*side];
            settled.push_back(SettledConflict{std::move(conflict), *side});
            return;
        }
        // Until settled `out` keeps the base's value; the conflict keeps every side.
        conflicts.push_back(std::move(conflict));
    }

    // A list of items, matched by id: the base's items in its order (each
    // kept, removed or in conflict), then each group's new items in group
    // order. An item that several groups added with the same id is added
    // once, merged field by field against a blank item.
    template <class Item>
    void items(std::vector<Item>& out, const std::vector<Item>& base,
               const Sides<std::vector<Item>>& groups, const At& at) {
        const std::string list = at.inner_list();
        const std::string key = at.inner_key();
        const ListInfo* info = find_list(key);
        const auto name_of = [&](const Item& item) {
            return info ? item_name(item, *info) : std::string();
        };
        std::vector<std::unordered_map<std::string_view, const Item*>> by_id(groups.size());
        for (std::size_t i = 0; i < groups.size(); ++i)
            for (const Item& item : *groups[i])
                by_id[i].emplace(item.id, &item);
        const auto find = [&](std::size_t group, const std::string& id) -> const Item* {
            const auto it = by_id[group].find(id);
            return it == by_id[group].end() ? nullptr : it->second;
        };

        out.clear();
        Ids seen;
        for (const Item& b : base) {
            seen.insert(b.id);
            const At item_at{list, key, b.id, name_of(b), ""};
            Sides<Item> theirs(groups.size(),
                               &b); // a group that removed it has no say on its fields
            std::vector<std::size_t> removed_by, edited_by;
            for (std::size_t i = 0; i < groups.size(); ++i) {
                if (const Item* mine = find(i, b.id)) {
                    theirs[i] = mine;
                    if (differ(*mine, b, Rule::None)) edited_by.push_back(i);
                } else {
                    removed_by.push_back(i);
                }
            }
            if (!removed_by.empty()) {
                if (edited_by.empty()) continue; // removed, and nobody else touched it
                MergeConflict conflict =
                    removed_and_edited(b, theirs, removed_by, edited_by, item_at);
                const std::size_t* side = chosen(item_at.place());
                if (!side) {
                    conflicts.push_back(std::move(conflict));
                    out.push_back(b);
                    continue;
                }
                settled.push_back(SettledConflict{std::move(conflict), *side});
                const auto has = [&](const std::vector<std::size_t>& v) {
                    return std::find(v.begin(), v.end(), *side) != v.end();
                };
                if (has(removed_by)) continue;
                if (!has(edited_by)) { // the base's, or a group that left it alone
                    out.push_back(b);
                    continue;
                }
            }
            out.push_back(b);
            walk_value(out.back(), *this, b, theirs, Rule::None, item_at);
        }
        for (std::size_t i = 0; i < groups.size(); ++i) {
            for (const Item& added : *groups[i]) {
                if (!seen.insert(added.id).second) continue;
                Item blank{};
                blank.id = added.id;
                Sides<Item> theirs(groups.size(), &blank);
                bool several = false;
                for (std::size_t j = i; j < groups.size(); ++j) {
                    if (const Item* mine = find(j, added.id)) {
                        theirs[j] = mine;
                        several = several || j != i;
                    }
                }
                if (!several) {
                    out.push_back(added);
                    continue;
                }
                out.push_back(blank);
                walk_value(out.back(), *this, blank, theirs, Rule::None,
                           At{list, key, added.id, name_of(added), ""});
            }
        }
    }

    template <class Item>
    MergeConflict removed_and_edited(const Item& base, const Sides<Item>& groups,
                                     const std::vector<std::size_t>& removed_by,
                                     const std::vector<std::size_t>& edited_by, const At& at) {
        MergeConflict out{
            ConflictKind::RemovedAndEdited, at.place(), at.item_name, to_json(base), {}};
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (std::find(removed_by.begin(), removed_by.end(), i) != removed_by.end())
                out.sides.push_back(ConflictSide{i, true, Json(nullptr)});
            else if (std::find(edited_by.begin(), edited_by.end(), i) != edited_by.end())
                out.sides.push_back(ConflictSide{i, false, to_json(*groups[i])});
        }
        return out;
    }
};

// Clears every reference to an item not in the plan, as removal_edits
// (core/references.h) clears those to an item being removed.
struct Cleaner {
    const Ids& present;
    std::vector<ClearedReference>& cleared;

    bool missing(const std::string& id) const { return !id.empty() && !present.count(id); }

    template <class Node>
    void node(Node& n, const std::string& list, const std::string& key, const std::string& id) {
        for_each_field(n, [&](const char* name, auto& field, Rule rule, Need) {
            using F = std::decay_t<decltype(field)>;
            if constexpr (std::is_same_v<F, std::string>) {
                if (rule != Rule::Ref || !missing(field)) return;
                cleared.push_back(ClearedReference{Place{list, id, name}, field});
                field.clear();
            } else if constexpr (std::is_same_v<F, std::vector<std::string>>) {
                if (rule != Rule::Ref) return;
                const auto gone = std::stable_partition(
                    field.begin(), field.end(), [&](const std::string& x) { return !missing(x); });
                for (auto it = gone; it != field.end(); ++it)
                    cleared.push_back(ClearedReference{Place{list, id, name}, *it});
                field.erase(gone, field.end());
            } else if constexpr (kind_of<F>() == ValueKind::List) {
                if constexpr (kind_of<typename F::value_type>() == ValueKind::Object)
                    items(field, list.empty() ? name : list + "/" + id + "/" + name,
                          key.empty() ? name : key + "/" + name);
            }
        });
    }

    template <class Item>
    void items(std::vector<Item>& entries, const std::string& list, const std::string& key) {
        // An item that exists only for the item it names goes with it.
        const auto orphan = [&](const Item& item) {
            bool out = false;
            for_each_field(item, [&](const char* name, const auto& field, Rule rule, Need) {
                if constexpr (std::is_same_v<std::decay_t<decltype(field)>, std::string>) {
                    const ReferenceInfo* info =
                        rule == Rule::Ref ? find_reference(key, name) : nullptr;
                    if (out || !info || !info->owned_by_target || !missing(field)) return;
                    cleared.push_back(ClearedReference{Place{list, item.id, ""}, field});
                    out = true;
                }
            });
            return out;
        };
        entries.erase(std::remove_if(entries.begin(), entries.end(), orphan), entries.end());
        for (Item& item : entries)
            node(item, list, key, item.id);
    }
};

// Ids of the base's items that some group removed.
Ids removed_ids(const Plan& base, const std::vector<Plan>& groups) {
    Ids out;
    for (const Plan& group : groups) {
        Ids kept;
        for_each_item(group, [&](const ItemPosition&, const auto& item) { kept.insert(item.id); });
        for_each_item(base, [&](const ItemPosition&, const auto& item) {
            if (!kept.count(item.id)) out.insert(item.id);
        });
    }
    return out;
}

void run(Merge& merge) {
    merge.conflicts.clear();
    merge.settled.clear();
    merge.cleared.clear();
    const Ids removed = removed_ids(merge.base, merge.groups);
    Sides<Plan> groups;
    for (const Plan& g : merge.groups)
        groups.push_back(&g);
    merge.plan = merge.base;
    walk_value(merge.plan, Merger{removed, merge.choices, merge.conflicts, merge.settled},
               merge.base, groups, Rule::None, At{});
    Ids present;
    for_each_item(merge.plan,
                  [&](const ItemPosition&, const auto& item) { present.insert(item.id); });
    Cleaner{present, merge.cleared}.node(merge.plan, "", "", "");
}

} // namespace

Merge merge_plans(Plan base, std::vector<Plan> groups) {
    Merge out;
    out.base = std::move(base);
    out.groups = std::move(groups);
    run(out);
    return out;
}

void add_group(Merge& merge, Plan group) {
    merge.groups.push_back(std::move(group));
    run(merge);
}

bool choose(Merge& merge, const Place& place, std::size_t side) {
    if (side != kBaseSide && side >= merge.groups.size()) return false;
    merge.choices.push_back(MergeChoice{place, side});
    run(merge);
    return true;
}

bool settle(Merge& merge, std::size_t conflict, std::size_t side) {
    if (conflict >= merge.conflicts.size()) return false;
    return choose(merge, merge.conflicts[conflict].place, side);
}

bool prefer_group(Merge& merge, std::size_t group) {
    if (group >= merge.groups.size()) return false;
    // Each round settles what is left; an item kept for a group that edited
    // it can uncover conflicts inside it, settled by the next round.
    while (!merge.conflicts.empty()) {
        const std::size_t first = merge.choices.size();
        for (const MergeConflict& c : merge.conflicts)
            merge.choices.push_back(MergeChoice{c.place, group});
        run(merge);
        // A choice always settles its place; should one not, stop rather than loop.
        const bool stuck = std::any_of(
            merge.conflicts.begin(), merge.conflicts.end(), [&](const MergeConflict& c) {
                return std::any_of(merge.choices.begin() + static_cast<std::ptrdiff_t>(first),
                                   merge.choices.end(),
                                   [&](const MergeChoice& m) { return m.place == c.place; });
            });
        if (stuck) break;
    }
    return true;
}

Json merge_report_json(const Merge& merge, const std::vector<std::string>& group_names) {
    const auto group = [&](std::size_t i) {
        return i < group_names.size() ? group_names[i] : std::to_string(i);
    };
    Json conflicts = Json::array();
    for (const MergeConflict& c : merge.conflicts) {
        Json sides = Json::array();
        for (const ConflictSide& s : c.sides) {
            Json side = Json::object();
            side["group"] = group(s.group);
            if (s.removed)
                side["removed"] = true;
            else
                side["value"] = s.value;
            sides.push_back(std::move(side));
        }
        Json one = Json::object();
        one["kind"] = c.kind == ConflictKind::Field ? "field" : "removed_and_edited";
        one["path"] = edit_path(c.place);
        const std::optional<std::string> pointer = pointer_of(merge.plan, c.place);
        one["pointer"] = pointer ? Json(*pointer) : Json(nullptr);
        one["list"] = c.place.list;
        one["item_id"] = c.place.item_id;
        one["item_name"] = c.item_name;
        one["field"] = c.place.field;
        one["base"] = c.base;
        one["sides"] = std::move(sides);
        conflicts.push_back(std::move(one));
    }
    Json cleared = Json::array();
    for (const ClearedReference& r : merge.cleared) {
        Json one = Json::object();
        one["path"] = edit_path(r.place);
        one["id"] = r.id;
        cleared.push_back(std::move(one));
    }
    Json out = Json::object();
    out["conflicts"] = std::move(conflicts);
    out["cleared_references"] = std::move(cleared);
    return out;
}

} // namespace fp
