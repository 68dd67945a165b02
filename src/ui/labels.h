// What the interface calls each value of the model's enumerations. The file
// format has its own keys (core/vocabulary.h); these are for people, and are
// where translations will plug in.
#pragma once

#include "core/model.h"

#include <cstddef>

namespace fp::ui {

template <class E> struct EnumLabels;
#define FP_ENUM_LABELS(E, ...)                                                                     \
    template <> struct EnumLabels<E> { static constexpr const char* labels[] = {__VA_ARGS__}; };
FP_ENUM_LABELS(Stage, "Plan", "Reach", "Act", "Convert", "Engage")
FP_ENUM_LABELS(Scenario, "Custom", "New product launch", "Mega-sale", "Traffic reactivation",
               "Membership operations", "Brand voice")
FP_ENUM_LABELS(Horizon, "Short term", "Mid term", "Long term")
FP_ENUM_LABELS(Direction, "Higher is better", "Lower is better")
FP_ENUM_LABELS(Media, "Paid", "Owned", "Earned")
FP_ENUM_LABELS(Funnel, "Top", "Middle", "Bottom", "Retention")
FP_ENUM_LABELS(CostModel, "None", "CPM", "CPC", "CPA", "Fixed fee")
FP_ENUM_LABELS(ResourceType, "Content", "Traffic", "User operations", "Data", "Other")
FP_ENUM_LABELS(Availability, "Available", "Partly available", "To acquire")
FP_ENUM_LABELS(PhaseKind, "Warm-up", "Burst", "Follow-through", "Custom")
FP_ENUM_LABELS(TaskStatus, "To do", "Doing", "Done", "Blocked")
FP_ENUM_LABELS(KpiDimension, "Traffic", "Conversion", "Users", "Custom")
FP_ENUM_LABELS(KpiKind, "Result", "Process")
FP_ENUM_LABELS(Unit, "Count", "Percent", "Money", "Number")
FP_ENUM_LABELS(Level, "Low", "Medium", "High")
FP_ENUM_LABELS(RiskStatus, "Open", "Watching", "Closed")
FP_ENUM_LABELS(SwotQuadrant, "Strength", "Weakness", "Opportunity", "Threat")
FP_ENUM_LABELS(TowsKind, "SO", "ST", "WO", "WT")
FP_ENUM_LABELS(Goal, "Revenue", "Orders", "Gross profit")
FP_ENUM_LABELS(ForecastFigure, "None", "Impressions", "Visits", "Orders", "Revenue", "ROAS", "ROI",
               "Cost per order", "CAC")
#undef FP_ENUM_LABELS

// "January" for 1.
const char* month_name(int month);

template <class E> const char* enum_label(E value) {
    return EnumLabels<E>::labels[static_cast<std::size_t>(value)];
}
template <class E> constexpr std::size_t enum_count() {
    return sizeof(EnumLabels<E>::labels) / sizeof(EnumLabels<E>::labels[0]);
}

} // namespace fp::ui
