// Money, rates and numbers as people read and type them: thousands
// separators, the currency's own number of decimals, rates as percentages.
// The model keeps exact minor units and fractions; these only convert.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace fp {

// Decimals of a currency's minor unit: 0 for KRW, VND, JPY and the like, 3
// for the dinars, 2 otherwise (ISO 4217).
int currency_decimals(std::string_view code);

// 123456789 CNY fen -> "1,234,567.89"; 1500000 KRW -> "1,500,000".
std::string format_money(Money minor, std::string_view code);
// "1,234,567.89", "1234567.8", " 12 " -> minor units; nothing for text that
// is not an amount, has more decimals than the currency, is negative or is
// over kMaxMoney.
std::optional<Money> parse_money(std::string_view text, std::string_view code);

// 0.125 -> "12.5%" (up to `decimals` places, trailing zeros dropped).
std::string format_percent(double fraction, int decimals = 2);
// "12.5", "12.5%", "-3 %" -> 0.125, -0.03.
std::optional<double> parse_percent(std::string_view text);

// 1234567.5 -> "1,234,567.5" (up to `decimals` places, trailing zeros dropped).
std::string format_number(double value, int decimals = 2);
// "1,234,567.5" -> 1234567.5; only finite numbers.
std::optional<double> parse_number(std::string_view text);

// A KPI or objective value in its unit: percent as a percentage, money in
// the plan's currency (the value is in minor units), counts and numbers as
// numbers. parse_value is its inverse.
std::string format_value(double value, Unit unit, std::string_view currency);
std::optional<double> parse_value(std::string_view text, Unit unit, std::string_view currency);

} // namespace fp
