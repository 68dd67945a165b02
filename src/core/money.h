// Money, rates and numbers as people read and type them: thousands
// separators, the currency's own number of decimals, rates as percentages.
// The model keeps exact minor units and fractions; these only convert.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace fp {

// How a market writes numbers: the separators between thousands and before
// decimals, and whether a space goes before the percent sign. The plan's
// language picks one (numbers_for); the file always keeps plain numbers.
struct Numbers {
    char group = ',';           // 12,345.6 in English, Chinese and Korean; '\0' for none
    char decimal = '.';         // 12.345,6 in Spanish and Vietnamese
    bool percent_space = false; // "12,5 %" in Spanish
};
inline constexpr Numbers kPlainNumbers{};
// Numbers for programs and spreadsheets in any market (CSV export): no
// thousands separator, a dot before decimals.
inline constexpr Numbers kDataNumbers{'\0', '.', false};
// "es", "es-MX", "vi" -> 12.345,6; "en", "zh-Hans", "ko" and the rest -> 12,345.6.
Numbers numbers_for(std::string_view language);
inline Numbers numbers_of(const Plan& plan) {
    return numbers_for(plan.language);
}

// Whether `text` is a number that two markets read 1,000 times apart: one
// separator followed by exactly three digits that this market takes as
// decimals ("1.234" in English, "1,234" in Spanish). Such text is refused,
// with this as the reason, rather than guessed.
bool ambiguous_number(std::string_view text, const Numbers& n = kPlainNumbers);

// Decimals of a currency's minor unit: 0 for KRW, VND, JPY and the like, 3
// for the dinars, 2 otherwise (ISO 4217).
int currency_decimals(std::string_view code);
// Decimals people write for a currency: its minor unit's, except where that
// unit has left daily use (TWD: prices are whole dollars). Amounts are shown
// and typed with these; the file keeps ISO's minor unit, so that it means
// the same in every version and language.
int written_decimals(std::string_view code);

// 123456789 CNY fen -> "1,234,567.89"; 1500000 KRW -> "1,500,000"; 150050
// TWD cents -> "1,501" (rounded to what is written).
std::string format_money(Money minor, std::string_view code, const Numbers& n = kPlainNumbers);
// "1,234,567.89", "1234567.8", " 12 " -> minor units; nothing for text that
// is not an amount, has more decimals than the currency is written with, is negative, is
// over kMaxMoney or is ambiguous. Text with both separators is read by
// their order, so "1,234.5" and "1.234,5" are the same amount everywhere.
std::optional<Money> parse_money(std::string_view text, std::string_view code,
                                 const Numbers& n = kPlainNumbers);

// 0.125 -> "12.5%" (up to `decimals` places, trailing zeros dropped).
std::string format_percent(double fraction, int decimals = 2, const Numbers& n = kPlainNumbers);
// "12.5", "12.5%", "-3 %" -> 0.125, -0.03.
std::optional<double> parse_percent(std::string_view text, const Numbers& n = kPlainNumbers);

// 1234567.5 -> "1,234,567.5" (up to `decimals` places, trailing zeros dropped).
std::string format_number(double value, int decimals = 2, const Numbers& n = kPlainNumbers);
// "1,234,567.5" -> 1234567.5; only finite numbers.
std::optional<double> parse_number(std::string_view text, const Numbers& n = kPlainNumbers);

// A KPI or objective value in its unit: percent as a percentage, money in
// the plan's currency (the value is in minor units), counts and numbers as
// numbers. parse_value is its inverse.
std::string format_value(double value, Unit unit, std::string_view currency,
                         const Numbers& n = kPlainNumbers);
std::optional<double> parse_value(std::string_view text, Unit unit, std::string_view currency,
                                  const Numbers& n = kPlainNumbers);

} // namespace fp
