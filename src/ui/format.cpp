#include "ui/format.h"

#include "core/money.h"

#include <cmath>

namespace fp::ui {

std::string money_text(const Plan& plan, Money minor) {
    return format_money(minor, plan.currency, numbers_of(plan));
}

std::string money_text(const Plan& plan, double minor) {
    return money_text(plan, static_cast<Money>(std::llround(minor)));
}

std::string signed_money_text(const Plan& plan, double minor) {
    const Money m = std::llround(minor);
    return (m > 0 ? "+" : "") + money_text(plan, m);
}

std::string amount_text(const Text& t, const Plan& plan, Money minor) {
    return t("common.amount_in_currency",
             {{"amount", money_text(plan, minor)}, {"currency", plan.currency}});
}

std::string amount_text(const Text& t, const Plan& plan, double minor) {
    return amount_text(t, plan, static_cast<Money>(std::llround(minor)));
}

std::string count_text(const Plan& plan, double n) {
    const Numbers numbers = numbers_of(plan);
    return std::fabs(n) >= 100 ? format_number(std::round(n), 0, numbers)
                               : format_number(n, 1, numbers);
}

std::string counted_text(const Text& t, const Plan& plan, std::string_view key, double n,
                         Args args) {
    args.emplace_back("count", count_text(plan, n));
    return t.count(key, n, std::move(args));
}

std::string compact_text(const Text& t, const Plan& plan, double n) {
    const Numbers numbers = numbers_of(plan);
    const double a = std::fabs(n);
    if (a >= 1e6)
        return t("forecast.compact.millions", {{"n", format_number(n / 1e6, 1, numbers)}});
    if (a >= 1e3)
        return t("forecast.compact.thousands", {{"n", format_number(n / 1e3, 1, numbers)}});
    return format_number(n, a >= 10 ? 0 : 1, numbers);
}

double major_units(const Plan& plan, double minor) {
    return minor / std::pow(10.0, currency_decimals(plan.currency));
}

std::string ratio_text(const Plan& plan, double ratio) {
    const Numbers numbers = numbers_of(plan);
    std::string s = format_number(ratio, 2, numbers);
    const std::size_t point = s.find(numbers.decimal);
    if (point == std::string::npos) return s + numbers.decimal + "00";
    return s + std::string(2 - (s.size() - point - 1), '0');
}

std::string ratio_text(const Plan& plan, const std::optional<double>& ratio) {
    return ratio ? ratio_text(plan, *ratio) : "-";
}

std::string percent_text(const Plan& plan, double fraction, int decimals) {
    return format_percent(fraction, decimals, numbers_of(plan));
}

std::string range_text(const Text& t, const std::string& low, const std::string& high) {
    return t("forecast.range", {{"low", low}, {"high", high}});
}

std::string days_text(const Text& t, int days) {
    return t.count("timeline.days", days);
}

} // namespace fp::ui
