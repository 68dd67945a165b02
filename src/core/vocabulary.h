// Names of enumerations as they appear in plan files, and the text forms of
// dates and identifiers. One place, so that the file format, the interface and
// the command-line tool spell them the same way.
#pragma once

#include "model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fp {

std::string_view stage_key(Stage stage);   // "plan", "reach", ...
std::string_view stage_title(Stage stage); // "Plan", "Reach", ...
std::optional<Stage> stage_from_key(std::string_view key);

std::string format_date(const Date& date); // "2026-11-24"
std::optional<Date> parse_date(std::string_view text);
bool is_valid_date(const Date& date);
Date add_days(const Date& date, int days);

// ISO 4217 alphabetic code shape: three upper-case ASCII letters.
bool is_currency_code(std::string_view code);

// Random identifiers: a prefix and 12 characters of Crockford base32 from 60
// bits of the caller's entropy. The core holds no generator of its own; the
// caller passes randomness in so that tests are deterministic.
std::string make_id(std::string_view prefix, std::uint64_t entropy);
bool is_valid_id(std::string_view id);

// True when `text` is well-formed UTF-8 (no overlongs, no surrogates).
bool is_valid_utf8(std::string_view text);

} // namespace fp
