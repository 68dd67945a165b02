#include "edits.h"

#include "lists.h"
#include "model_json.h"
#include "place.h"
#include "validation.h"
#include "vocabulary.h"

#include <algorithm>
#include <type_traits>

namespace fp {

namespace {

// An item of a list: a struct with an id.
template <class T, class = void> struct IsItem : std::false_type {};
template <class T> struct IsItem<T, std::void_t<decltype(T::id)>> : std::true_type {};

// Why an edit cannot give an item the id `id`, if it cannot. Its inverse,
// and the undoing of a refused edit, find the item by that id, so it must be
// a valid id that no other item has.
Message new_id_problem(const Plan& plan, const std::string& pointer, const std::string& id) {
    Message problem;
    if (!is_valid_id(id)) problem = Message{"problem.invalid_id", {{"id", id}}};
    for_each_item(plan, [&](const ItemPosition&, const auto& item) {
        if (problem.empty() && item.id == id)
            problem = Message{"problem.duplicate_id", {{"id", id}}};
    });
    return problem.empty() ? problem : description(Problem{pointer, {}, std::move(problem)});
}

// `path` with the item it names last called `id`: an edit that changes an
// item's id (the whole item, ".../old", or its id, ".../old/id") is undone
// through the new id, since the old one names nothing any more.
std::string renamed(std::string_view path, bool id_field, const std::string& id) {
    const std::string_view item = id_field ? path.substr(0, path.size() - 3) : path;
    std::string out(item.substr(0, item.rfind('/') + 1));
    out += id;
    if (id_field) out += "/id";
    return out;
}

// Runs `change` on the list named `list` when it is a list of items with ids.
template <class Change>
bool with_list(Plan& plan, const std::string& list, EditResult& result, Change&& change) {
    return resolve_path(plan, list, [&](auto& target, Rule) {
        using T = std::decay_t<decltype(target)>;
        if constexpr (kind_of<T>() == ValueKind::List) {
            if constexpr (kind_of<typename T::value_type>() == ValueKind::Object)
                return change(target);
        }
        result.error = Message{"edit.not_a_list", {{"list", list}}};
    });
}

struct Applier {
    Plan& plan;
    EditResult result;

    void operator()(const edit::Set& e) {
        if (e.path.empty()) {
            set(plan, Rule::None, e);
            return;
        }
        const bool found =
            resolve_path(plan, e.path, [&](auto& target, Rule rule) { set(target, rule, e); });
        if (!found) result.error = Message{"edit.no_path", {{"path", e.path}}};
    }

    template <class T> void set(T& target, Rule rule, const edit::Set& e) {
        std::vector<Problem> problems;
        T value{};
        const std::string pointer = e.path.empty() ? "/plan" : "/plan/" + e.path;
        ValueReader(problems, FormatLimits{}).read(e.value, pointer, value);
        if (!problems.empty()) {
            result.error = description(problems.front());
            return;
        }
        std::string undo_path = e.path;
        if constexpr (std::is_same_v<T, Plan>) {
            value.id = target.id;
        } else if constexpr (IsItem<T>::value) {
            if (value.id != target.id) {
                result.error = new_id_problem(plan, pointer + "/id", value.id);
                if (!result.error.empty()) return;
                undo_path = renamed(e.path, false, value.id);
            }
        } else if constexpr (std::is_same_v<T, std::string>) {
            // The plan's own id ("id") is no item's.
            if (rule == Rule::Id && e.path != "id" && value != target) {
                result.error = new_id_problem(plan, pointer, value);
                if (!result.error.empty()) return;
                undo_path = renamed(e.path, true, value);
            }
        }
        Json old = to_json(target);
        if (old == to_json(value)) return;
        target = std::move(value);
        result.inverse = edit::Set{std::move(undo_path), std::move(old)};
    }

    void operator()(const edit::Insert& e) {
        with_list(plan, e.list, result, [&](auto& list) {
            std::vector<Problem> problems;
            typename std::decay_t<decltype(list)>::value_type item{};
            ValueReader(problems, FormatLimits{}).read(e.item, "/plan/" + e.list + "/-", item);
            if (!problems.empty()) {
                result.error = description(problems.front());
                return;
            }
            result.error = new_id_problem(plan, "/plan/" + e.list + "/-/id", item.id);
            if (!result.error.empty()) return;
            const std::size_t at = std::min(e.index, list.size());
            result.inverse = edit::Remove{e.list, item.id};
            list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
        });
    }

    // The item with this id, or end() with the error set.
    template <class List>
    auto find_item(List& list, const std::string& name, const std::string& id) {
        auto it = std::find_if(list.begin(), list.end(), [&](auto& i) { return i.id == id; });
        if (it == list.end()) result.error = Message{"edit.no_item", {{"id", id}, {"list", name}}};
        return it;
    }

    void operator()(const edit::Remove& e) {
        with_list(plan, e.list, result, [&](auto& list) {
            const auto it = find_item(list, e.list, e.id);
            if (it == list.end()) return;
            result.inverse =
                edit::Insert{e.list, static_cast<std::size_t>(it - list.begin()), to_json(*it)};
            list.erase(it);
        });
    }

    void operator()(const edit::Move& e) {
        with_list(plan, e.list, result, [&](auto& list) {
            const auto it = find_item(list, e.list, e.id);
            if (it == list.end()) return;
            const std::size_t from = static_cast<std::size_t>(it - list.begin());
            const std::size_t to = std::min(e.index, list.size() - 1);
            if (from == to) return;
            auto item = std::move(*it);
            list.erase(it);
            list.insert(list.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
            result.inverse = edit::Move{e.list, e.id, from};
        });
    }
};

} // namespace

EditResult apply_edit(Plan& plan, const Edit& e) {
    Applier applier{plan, {}};
    std::visit(applier, e);
    if (!applier.result.inverse) return applier.result;
    // Keep every plan a valid file: undo an edit that would break it.
    std::vector<Problem> problems = validate_plan(plan);
    if (problems.empty()) return applier.result;
    Applier undo{plan, {}};
    std::visit(undo, *applier.result.inverse);
    return EditResult{std::nullopt, description(problems.front())};
}

std::string edit_target(const Edit& e) {
    if (const auto* set = std::get_if<edit::Set>(&e)) return set->path;
    return {};
}

} // namespace fp
