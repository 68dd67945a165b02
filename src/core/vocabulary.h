// Names of enumerations as they appear in plan files, and the text forms of
// dates and identifiers. One place, so that the file format, the interface and
// the command-line tool spell them the same way.
#pragma once

#include "model.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace fp {

// The names of each enumeration's values in plan files, in declaration order.
template <class E> struct EnumKeys;
#define FP_ENUM_KEYS(E, ...)                                                                       \
    template <> struct EnumKeys<E> { static constexpr std::string_view keys[] = {__VA_ARGS__}; };
FP_ENUM_KEYS(Stage, "plan", "reach", "act", "convert", "engage")
FP_ENUM_KEYS(Scenario, "custom", "launch", "mega_sale", "reactivation", "membership", "brand_voice")
FP_ENUM_KEYS(Horizon, "short", "mid", "long")
FP_ENUM_KEYS(Direction, "higher", "lower")
FP_ENUM_KEYS(Media, "paid", "owned", "earned")
FP_ENUM_KEYS(Funnel, "top", "middle", "bottom", "retention")
FP_ENUM_KEYS(CostModel, "none", "cpm", "cpc", "cpa", "fixed")
FP_ENUM_KEYS(ResourceType, "content", "traffic", "user_ops", "data", "other")
FP_ENUM_KEYS(Availability, "available", "partial", "to_acquire")
FP_ENUM_KEYS(PhaseKind, "warm_up", "burst", "follow_through", "custom")
FP_ENUM_KEYS(TaskStatus, "todo", "doing", "done", "blocked")
FP_ENUM_KEYS(KpiDimension, "traffic", "conversion", "users", "custom")
FP_ENUM_KEYS(KpiKind, "result", "process")
FP_ENUM_KEYS(Unit, "count", "percent", "money", "number")
FP_ENUM_KEYS(Level, "low", "medium", "high")
FP_ENUM_KEYS(RiskStatus, "open", "watching", "closed")
FP_ENUM_KEYS(SwotQuadrant, "strength", "weakness", "opportunity", "threat")
FP_ENUM_KEYS(TowsKind, "so", "st", "wo", "wt")
FP_ENUM_KEYS(Goal, "revenue", "orders", "profit")
FP_ENUM_KEYS(ForecastFigure, "none", "impressions", "visits", "orders", "revenue", "roas", "roi",
             "cost_per_order", "cac", "clicks", "carts", "conversion_rate", "cart_rate", "aov",
             "returning_value")
#undef FP_ENUM_KEYS

template <class E> std::string_view enum_key(E value) {
    return EnumKeys<E>::keys[static_cast<std::size_t>(value)];
}
template <class E> std::optional<E> enum_from_key(std::string_view key) {
    std::size_t i = 0;
    for (std::string_view k : EnumKeys<E>::keys) {
        if (k == key) return static_cast<E>(i);
        ++i;
    }
    return std::nullopt;
}
// "plan, reach, act, convert or engage", for messages.
template <class E> std::string enum_choices() {
    std::string out;
    const std::size_t n = std::size(EnumKeys<E>::keys);
    for (std::size_t i = 0; i < n; ++i) {
        if (i) out += i + 1 == n ? " or " : ", ";
        out += EnumKeys<E>::keys[i];
    }
    return out;
}

std::string_view stage_title(Stage stage); // "Plan", "Reach", ...

std::string format_date(const Date& date); // "2026-11-24"
std::optional<Date> parse_date(std::string_view text);
bool is_valid_date(const Date& date);
Date add_days(const Date& date, int days);
int days_between(const Date& from, const Date& to); // to - from, in days
// Days since 1970-01-01 (negative before), and back.
int day_number(const Date& date);
Date date_from_day_number(int days);
// Day of the week of a day number: 0 for Monday to 6 for Sunday.
int weekday(int day_number);

// ISO 4217 alphabetic code shape: three upper-case ASCII letters.
bool is_currency_code(std::string_view code);

// Random identifiers: a prefix and 12 characters of Crockford base32 from 60
// bits of the caller's entropy. The core holds no generator of its own; the
// caller passes randomness in so that tests are deterministic.
std::string make_id(std::string_view prefix, std::uint64_t entropy);
bool is_valid_id(std::string_view id);

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);
// Where the first character that is not well-formed UTF-8 starts, or npos.
std::size_t utf8_error_at(std::string_view text);

} // namespace fp
