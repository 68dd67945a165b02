// The Measure section: KPIs with targets and actuals, the measurement plan
// that collects their numbers, the evaluation of each after the campaign
// (problem, suggestion), and the review sessions.
#include "core/derived.h"
#include "core/money.h"
#include "ui/format.h"
#include "ui/item_table.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

std::string achievement_text(const Plan& plan, const Kpi& k) {
    const std::optional<double> rate = achievement(k);
    return rate ? percent_text(plan, achievement_percent(*rate) / 100.0, 0) : "";
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
    const Text& t = app.text();
    section_heading(section_title(t, Section::Measure).c_str(), t("measure.question").c_str());
    if (ImGui::Button((t("measure.print_review") + "##print-review").c_str())) app.print_review();
    ImGui::SameLine();
    note(t("measure.print_review_note"));

    ImGui::SeparatorText(t("measure.kpis").c_str());
    TableSpec<Kpi> kpis("kpis", "kpis", "table.add.kpi");
    kpis.columns = {
        {"metric", "column.kpis.metric", 0},
        {"dimension", "column.kpis.dimension", 110},
        {"unit", "column.kpis.unit", 90},
        {"target", "column.kpis.target", 110, Show::Value},
        {"actual", "column.kpis.actual", 110, Show::Value},
        Column<Kpi>::computed("achievement", "column.kpis.achievement", 80, achievement_text),
        {"direction", "column.kpis.direction", 150},
        {"objective_id", "column.kpis.objective_id", 180},
        {"kind", "column.kpis.kind", 90},
        {"owner", "column.kpis.owner", 110},
        {"deadline", "column.kpis.deadline", 150},
        {"counted_until", "column.kpis.counted_until", 150},
        {"source", "column.kpis.source", 140},
        {"forecast", "column.kpis.forecast", 140},
        Column<Kpi>::computed("forecast-value", "column.kpis.forecast_value", 110, forecast_text),
        Column<Kpi>::computed("forecast-gap", "column.kpis.forecast_gap", 130, gap_text)};
    kpis.make = [] { return Kpi{}; };
    item_table(app, plan, plan.kpis, kpis);

    ImGui::SeparatorText(t("measure.measurements").c_str());
    note(t("measure.measurements_note"));
    TableSpec<Measurement> measurements("measurements", "measurements", "table.add.measurement");
    measurements.columns = {{"tracked", "column.measurements.tracked", 200},
                            {"where", "column.measurements.where", 160},
                            {"how", "column.measurements.how", 0, Show::Long},
                            {"attribution", "column.measurements.attribution", 0, Show::Long},
                            {"owner", "column.measurements.owner", 160},
                            {"kpi_ids", "column.measurements.kpi_ids", 220}};
    measurements.make = [] { return Measurement{}; };
    item_table(app, plan, plan.measurements, measurements);

    ImGui::SeparatorText(t("measure.evaluation").c_str());
    note(t("measure.evaluation_note"));
    TableSpec<Kpi> evaluation("evaluation", "kpis", "table.add.kpi");
    evaluation.columns = {
        Column<Kpi>::computed("metric-shown", "column.kpis.metric", 180,
                              [](const Plan&, const Kpi& k) { return k.metric; }),
        Column<Kpi>::computed("achievement-shown", "column.kpis.achievement", 80, achievement_text),
        {"problem", "column.kpis.problem", 0, Show::Long},
        {"suggestion", "column.kpis.suggestion", 0, Show::Long}};
    evaluation.row_actions = false; // the KPI table above adds and removes KPIs
    item_table(app, plan, plan.kpis, evaluation);

    ImGui::SeparatorText(t("measure.reviews").c_str());
    TableSpec<Review> reviews("reviews", "reviews", "table.add.review");
    reviews.columns = {{"date", "column.reviews.date", 150},
                       {"findings", "column.reviews.findings", 0, Show::Long},
                       {"decisions", "column.reviews.decisions", 0, Show::Long}};
    reviews.make = [] {
        Review r;
        r.date = platform::today();
        return r;
    };
    item_table(app, plan, plan.reviews, reviews);
}

} // namespace fp::ui
