// The kinds of value the model is made of, one dispatcher over them, and
// each_leaf, the walk to every leaf of a value built on it.
// Every walk over model values (the file writer and reader, validation,
// search, templates, the format description, edits) handles each kind, not
// each C++ type: a new leaf type is added to kind_of below, and then every
// walk fails to compile until it says what to do with that kind.
#pragma once

#include "model.h"
#include "model_fields.h"

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace fp {

enum class ValueKind : std::uint8_t {
    Text,     // std::string
    Flag,     // bool
    Amount,   // Money, whole minor units (not "Money": it would shadow the type)
    Number,   // double
    Choice,   // an enum with keys in vocabulary.h
    Date,     // Date
    Optional, // std::optional of another kind
    List,     // std::vector of another kind
    Object,   // a struct with a field table in model_fields.h
};

namespace detail {
template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};
} // namespace detail

// False for every type: ends an `if constexpr (kind_of<T>() == ...)` chain of a walk over types
// alone, so that a kind the chain misses fails to compile.
template <class T> inline constexpr bool kKindNotHandled = false;

// The kind of a model value type, const or not; any other type fails to compile.
template <class T> constexpr ValueKind kind_of() {
    using V = std::remove_cv_t<std::remove_reference_t<T>>;
    if constexpr (std::is_same_v<V, std::string>) {
        return ValueKind::Text;
    } else if constexpr (std::is_same_v<V, bool>) {
        return ValueKind::Flag;
    } else if constexpr (std::is_same_v<V, Money>) {
        return ValueKind::Amount;
    } else if constexpr (std::is_same_v<V, double>) {
        return ValueKind::Number;
    } else if constexpr (std::is_enum_v<V>) {
        return ValueKind::Choice;
    } else if constexpr (std::is_same_v<V, Date>) {
        return ValueKind::Date;
    } else if constexpr (detail::IsOptional<V>::value) {
        return ValueKind::Optional;
    } else if constexpr (detail::IsVector<V>::value) {
        return ValueKind::List;
    } else if constexpr (HasFields<V>::value) {
        return ValueKind::Object;
    } else {
        static_assert(kKindNotHandled<V>,
                      "not a model value type: give it a ValueKind in kind_of (value_kinds.h)");
        return ValueKind::Object;
    }
}

// Calls the walker's member for the kind of `v` (`text`, `flag`, `amount`,
// `number`, `choice`, `date`, `optional`, `list` or `object`) with `v` and
// `args`, and returns what it returns. `v` may be const.
template <class T, class Walker, class... Args>
decltype(auto) walk_value(T& v, Walker&& w, Args&&... args) {
    constexpr ValueKind kind = kind_of<T>();
    if constexpr (kind == ValueKind::Text)
        return w.text(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Flag)
        return w.flag(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Amount)
        return w.amount(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Number)
        return w.number(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Choice)
        return w.choice(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Date)
        return w.date(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Optional)
        return w.optional(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::List)
        return w.list(v, std::forward<Args>(args)...);
    else if constexpr (kind == ValueKind::Object)
        return w.object(v, std::forward<Args>(args)...);
    else
        static_assert(kKindNotHandled<T>, "walk_value: give the new ValueKind a walker member");
}

namespace detail {
template <class F> struct Leaves {
    F& visit;

    template <class T> void text(T& v, Rule rule) { visit(v, rule); }
    template <class T> void flag(T& v, Rule rule) { visit(v, rule); }
    template <class T> void amount(T& v, Rule rule) { visit(v, rule); }
    template <class T> void number(T& v, Rule rule) { visit(v, rule); }
    template <class T> void choice(T& v, Rule rule) { visit(v, rule); }
    template <class T> void date(T& v, Rule rule) { visit(v, rule); }
    template <class T> void optional(T& v, Rule rule) {
        if (v) walk_value(*v, *this, rule);
    }
    template <class T> void list(T& v, Rule rule) {
        for (auto& item : v)
            walk_value(item, *this, rule);
    }
    template <class T> void object(T& v, Rule) {
        for_each_field(
            v, [&](const char*, auto& field, Rule r, Need) { walk_value(field, *this, r); });
    }
};
} // namespace detail

// Calls `visit(leaf, rule)` for every leaf of a value (dates included)
// through the field tables; the value may be const.
template <class T, class F> void each_leaf(T& node, Rule rule, F&& visit) {
    walk_value(node, detail::Leaves<F>{visit}, rule);
}

} // namespace fp
