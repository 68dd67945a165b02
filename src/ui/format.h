// Figures in sentences and cards, written as the plan's language writes them;
// one place, so every view shows an amount the same way.
#pragma once

#include "core/money.h"
#include "ui/text.h"

#include <cmath>
#include <string>

namespace fp::ui {

// "1,234.50 CNY" (the pattern puts the code where the language wants it).
inline std::string amount_text(const Text& t, const Plan& plan, Money minor) {
    return t("common.amount_in_currency",
             {{"amount", format_money(minor, plan.currency, numbers_of(plan))},
              {"currency", plan.currency}});
}
inline std::string amount_text(const Text& t, const Plan& plan, double minor) {
    return amount_text(t, plan, static_cast<Money>(std::llround(minor)));
}

} // namespace fp::ui
