// The Measure section: KPIs with targets and actuals, the evaluation of each
// after the campaign (problem, suggestion), and the review sessions.
#include "core/derived.h"
#include "core/money.h"
#include "ui/item_table.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

std::string achievement_text(const Plan&, const Kpi& k) {
    const std::optional<double> rate = achievement(k);
    return rate ? std::to_string(achievement_percent(*rate)) + "%" : "";
}

} // namespace

void draw_measure(App& app) {
    const Plan& plan = *app.current();
    // The forecast figure each KPI is compared with, in the KPI's unit.
    const Forecast& forecast = app.forecast();
    auto forecast_of = [&forecast](const Kpi& k) { return forecast_figure(forecast, k.forecast); };
    auto forecast_text = [&](const Plan& p, const Kpi& k) {
        const std::optional<double> v = forecast_of(k);
        return v ? format_value(*v, k.unit, p.currency, numbers_of(p)) : std::string();
    };
    auto gap_text = [&](const Plan& p, const Kpi& k) {
        const std::optional<double> v = forecast_of(k);
        return v && k.target ? format_value(*k.target - *v, k.unit, p.currency, numbers_of(p))
                             : std::string();
    };
    section_heading("Measure", "Which numbers tell us it worked, and what did we learn?");

    ImGui::SeparatorText("KPIs");
    TableSpec<Kpi> kpis("kpis", "kpis", "KPI");
    kpis.columns = {{"metric", "KPI", 0},
                    {"dimension", "Dimension", 110},
                    {"unit", "Unit", 90},
                    {"target", "Target", 110, Show::Value},
                    {"actual", "Actual", 110, Show::Value},
                    Column<Kpi>::computed("achievement", "Achieved", 80, achievement_text),
                    {"direction", "Better when", 150},
                    {"objective_id", "Objective", 180, Show::Auto, "objectives"},
                    {"kind", "Kind", 90},
                    {"owner", "Owner", 110},
                    {"deadline", "Deadline", 150},
                    {"source", "Data source", 140},
                    {"forecast", "Forecast figure", 140},
                    Column<Kpi>::computed("forecast-value", "Forecast", 110, forecast_text),
                    Column<Kpi>::computed("forecast-gap", "Target - forecast", 130, gap_text)};
    kpis.make = [] { return Kpi{}; };
    kpis.id_prefix = "kpi";
    item_table(app, plan, plan.kpis, kpis);

    ImGui::SeparatorText("Evaluation");
    ImGui::TextDisabled("After the campaign: for each KPI, what went wrong and what to do next.");
    TableSpec<Kpi> evaluation("evaluation", "kpis", "KPI");
    evaluation.columns = {
        Column<Kpi>::computed("metric-shown", "KPI", 180,
                              [](const Plan&, const Kpi& k) { return k.metric; }),
        Column<Kpi>::computed("achievement-shown", "Achieved", 80, achievement_text),
        {"problem", "Problem", 0, Show::Long},
        {"suggestion", "Suggestion", 0, Show::Long}};
    evaluation.row_actions = false; // the KPI table above adds and removes KPIs
    item_table(app, plan, plan.kpis, evaluation);

    ImGui::SeparatorText("Review sessions");
    TableSpec<Review> reviews("reviews", "reviews", "review");
    reviews.columns = {{"date", "Date", 150},
                       {"findings", "Findings", 0, Show::Long},
                       {"decisions", "Decisions", 0, Show::Long}};
    reviews.make = [] {
        Review r;
        r.date = platform::today();
        return r;
    };
    reviews.id_prefix = "review";
    item_table(app, plan, plan.reviews, reviews);
}

} // namespace fp::ui
