// What the interface calls each value of the model's enumerations, in the
// current language: the file format's keys (core/vocabulary.h) name them in
// the text tables (assets/i18n).
#pragma once

#include "core/model.h"
#include "core/vocabulary.h"
#include "ui/text.h"

#include <cstddef>

namespace fp::ui {

// Each enumeration's values are named in assets/i18n under a prefix and
// the value's file key (core/vocabulary.h): "phase_kind.warm_up".
template <class E> struct EnumText;
#define FP_ENUM_TEXT(E, PREFIX)                                                                    \
    template <> struct EnumText<E> { static constexpr const char* prefix = PREFIX; };
FP_ENUM_TEXT(Stage, "stage")
FP_ENUM_TEXT(Scenario, "scenario")
FP_ENUM_TEXT(Horizon, "horizon")
FP_ENUM_TEXT(Direction, "direction")
FP_ENUM_TEXT(Media, "media")
FP_ENUM_TEXT(Funnel, "funnel")
FP_ENUM_TEXT(CostModel, "cost_model")
FP_ENUM_TEXT(ResourceType, "resource_type")
FP_ENUM_TEXT(Availability, "availability")
FP_ENUM_TEXT(PhaseKind, "phase_kind")
FP_ENUM_TEXT(TaskStatus, "task_status")
FP_ENUM_TEXT(KpiDimension, "kpi_dimension")
FP_ENUM_TEXT(KpiKind, "kpi_kind")
FP_ENUM_TEXT(Unit, "unit")
FP_ENUM_TEXT(Level, "level")
FP_ENUM_TEXT(RiskStatus, "risk_status")
FP_ENUM_TEXT(SwotQuadrant, "swot")
FP_ENUM_TEXT(TowsKind, "tows")
FP_ENUM_TEXT(Goal, "goal")
FP_ENUM_TEXT(ForecastFigure, "forecast_figure")
#undef FP_ENUM_TEXT

// "January" and "Jan" for 1, in the interface's language.
const std::string& month_name(const Text& text, int month);
const std::string& month_short_name(const Text& text, int month);

// What the interface calls `value` in the current language.
template <class E> const std::string& enum_label(const Text& text, E value) {
    return text(std::string(EnumText<E>::prefix) + "." + std::string(enum_key(value)));
}
template <class E> constexpr std::size_t enum_count() {
    return std::size(EnumKeys<E>::keys);
}

} // namespace fp::ui
