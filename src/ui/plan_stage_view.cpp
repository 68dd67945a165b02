// The Plan section: the plan's details and mission, where we are (last period's review,
// current digital activities, competitors), SWOT and the TOWS strategies
// built on it, the target market, the growth timeline, the 4P strategy and
// every SMART objective.
#include "ui/item_table.h"
#include "ui/stage_tables.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

void draw_details(App& app, const Plan& plan) {
    const Text& t = app.text();
    plan_field(app, plan, "name", t("plan.field.name").c_str());
    plan_field(app, plan, "business", t("plan.field.business").c_str());
    plan_field(app, plan, "mission", t("plan.field.mission").c_str(), 0, Show::Long);
    note(t("plan.field.mission.hint"));
    plan_field(app, plan, "scenario", t("plan.field.scenario").c_str(), 260);
    plan_field(app, plan, "period/start", t("plan.field.start").c_str(), 170);
    plan_field(app, plan, "period/end", t("plan.field.end").c_str(), 170);
    plan_field(app, plan, "currency", t("plan.field.currency").c_str(), 80);
    plan_field(app, plan, "language", t("plan.field.language").c_str(), 150);
    ImGui::SameLine();
    help_marker(t("plan.field.language.help").c_str());
}

void draw_situation(App& app, const Plan& plan) {
    const Text& t = app.text();
    ImGui::SeparatorText(t("plan.review").c_str());
    TableSpec<ReviewRow> review("review", "review", "table.add.row");
    review.columns = {{"channel", "column.review.channel", 160},
                      {"what_worked", "column.review.what_worked", 0, Show::Long},
                      {"growth_rate", "column.review.growth_rate", 90, Show::Percent},
                      {"missed_chances", "column.review.missed_chances", 0, Show::Long}};
    review.make = [] { return ReviewRow{}; };
    item_table(app, plan, plan.review, review);

    ImGui::SeparatorText(t("plan.activities").c_str());
    TableSpec<Activity> activities("activities", "activities", "table.add.activity");
    activities.columns = {{"name", "column.activities.name", 0},
                          {"channel", "column.activities.channel", 160},
                          {"notes", "column.activities.notes", 0, Show::Long}};
    activities.make = [] { return Activity{}; };
    item_table(app, plan, plan.activities, activities);

    ImGui::SeparatorText(t("plan.competitors").c_str());
    TableSpec<Competitor> competitors("competitors", "competitors", "table.add.competitor");
    competitors.columns = {{"name", "column.competitors.name", 180},
                           {"strengths", "column.competitors.strengths", 0, Show::Long},
                           {"weaknesses", "column.competitors.weaknesses", 0, Show::Long}};
    competitors.make = [] { return Competitor{}; };
    item_table(app, plan, plan.competitors, competitors);
}

void draw_swot(App& app, const Plan& plan) {
    const Text& t = app.text();
    ImGui::SeparatorText(t("plan.swot").c_str());
    // Per quadrant, in SwotQuadrant's order: table id, heading, column and Add button.
    struct Quadrant {
        const char *id, *heading, *column, *add;
    };
    static constexpr Quadrant kQuadrants[] = {
        {"swot-s", "plan.swot.strengths", "column.swot.strength", "table.add.strength"},
        {"swot-w", "plan.swot.weaknesses", "column.swot.weakness", "table.add.weakness"},
        {"swot-o", "plan.swot.opportunities", "column.swot.opportunity", "table.add.opportunity"},
        {"swot-t", "plan.swot.threats", "column.swot.threat", "table.add.threat"}};
    if (ImGui::BeginTable("swot-grid", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (int q = 0; q < 4; ++q) {
            ImGui::TableNextColumn();
            const SwotQuadrant quadrant = static_cast<SwotQuadrant>(q);
            ImGui::TextUnformatted(t(kQuadrants[q].heading).c_str());
            TableSpec<SwotItem> spec(kQuadrants[q].id, "swot", kQuadrants[q].add);
            spec.columns = {{"text", kQuadrants[q].column, 0, Show::Long}};
            spec.include = [quadrant](const SwotItem& s) { return s.quadrant == quadrant; };
            spec.make = [quadrant] {
                SwotItem s;
                s.quadrant = quadrant;
                return s;
            };
            item_table(app, plan, plan.swot, spec);
        }
        ImGui::EndTable();
    }

    ImGui::SeparatorText(t("plan.tows").c_str());
    note(t("plan.tows.help"));
    TableSpec<TowsStrategy> tows("tows", "tows", "table.add.strategy");
    tows.columns = {{"kind", "column.tows.kind", 80},
                    {"text", "column.tows.text", 0, Show::Long},
                    {"swot_ids", "column.tows.swot_ids", 260}};
    tows.make = [] { return TowsStrategy{}; };
    item_table(app, plan, plan.tows, tows);
}

void draw_market(App& app, const Plan& plan) {
    const Text& t = app.text();
    ImGui::SeparatorText(t("plan.market").c_str());
    TableSpec<Segment> segments("segments", "segments", "table.add.segment");
    segments.columns = {{"name", "column.segments.name", 160},
                        {"needs", "column.segments.needs", 0, Show::Long},
                        {"wants", "column.segments.wants", 0, Show::Long},
                        {"expectations", "column.segments.expectations", 0, Show::Long}};
    segments.make = [] { return Segment{}; };
    item_table(app, plan, plan.segments, segments);

    ImGui::SeparatorText(t("plan.milestones").c_str());
    TableSpec<Milestone> milestones("milestones", "milestones", "table.add.milestone");
    milestones.columns = {{"date", "column.milestones.date", 170},
                          {"title", "column.milestones.title", 0}};
    milestones.make = [&plan] {
        Milestone m;
        m.date = plan.period.start;
        return m;
    };
    item_table(app, plan, plan.milestones, milestones);
}

void draw_strategy(App& app, const Plan& plan) {
    const Text& t = app.text();
    ImGui::SeparatorText(t("plan.strategy").c_str());
    plan_field(app, plan, "strategy/product", t("plan.strategy.product").c_str(), 0, Show::Long);
    plan_field(app, plan, "strategy/price", t("plan.strategy.price").c_str(), 0, Show::Long);
    plan_field(app, plan, "strategy/place", t("plan.strategy.place").c_str(), 0, Show::Long);
    plan_field(app, plan, "strategy/promotion", t("plan.strategy.promotion").c_str(), 0,
               Show::Long);
}

} // namespace

void draw_plan_stage(App& app) {
    const Plan& plan = *app.current();
    const Text& t = app.text();
    section_heading(section_title(t, Section::Plan).c_str(), t("plan.question").c_str());
    draw_details(app, plan);
    draw_situation(app, plan);
    draw_swot(app, plan);
    draw_market(app, plan);
    draw_strategy(app, plan);
    ImGui::SeparatorText(t("plan.objectives").c_str());
    objectives_table(app, plan, Stage::Plan, true);
}

} // namespace fp::ui
