// Figures in sentences, cards and cells, written as the plan's language
// writes them: the one place where amounts, counts, ratios, percentages and
// lengths are localised for display, so that every view shows them alike.
#pragma once

#include "core/model.h"
#include "ui/text.h"

#include <optional>
#include <string>
#include <string_view>

namespace fp::ui {

// An amount in minor units without its currency: "1,234.50". A forecast's
// amounts are doubles, shown rounded to whole minor units.
std::string money_text(const Plan& plan, Money minor);
std::string money_text(const Plan& plan, double minor);
// A change of an amount: "+12.00", "-3.00", "0.00".
std::string signed_money_text(const Plan& plan, double minor);
// "1,234.50 CNY" (the pattern puts the code where the language wants it).
std::string amount_text(const Text& t, const Plan& plan, Money minor);
std::string amount_text(const Text& t, const Plan& plan, double minor);

// Counts: whole numbers, but a tenth shows on small ones (2.4 orders).
std::string count_text(const Plan& plan, double n);
// The sentence `key` counting `n`, in the form the language uses for that
// count, with {count} written as the plan writes numbers.
std::string counted_text(const Text& t, const Plan& plan, std::string_view key, double n,
                         Args args = {});
// Short figures for chart axes: "12k", "1.5M".
std::string compact_text(const Text& t, const Plan& plan, double n);
// An amount in minor units as whole units of the plan's currency, for
// compact_text: 150000 fen -> 1500 yuan.
double major_units(const Plan& plan, double minor);

// Ratios such as ROAS always with two decimals, so that columns line up;
// "-" when there is none.
std::string ratio_text(const Plan& plan, double ratio);
std::string ratio_text(const Plan& plan, const std::optional<double>& ratio);

// 0.125 -> "12.5%" with up to `decimals` places.
std::string percent_text(const Plan& plan, double fraction, int decimals);

// How far a figure may fall either way, its ends already written: "likely
// 610,000 to 880,000" (the 10th to 90th percentile, docs/forecast.md).
std::string range_text(const Text& t, const std::string& low, const std::string& high);

// "4 days", a length of time in the interface's language.
std::string days_text(const Text& t, int days);

} // namespace fp::ui
