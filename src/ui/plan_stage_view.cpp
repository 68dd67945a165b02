// The Plan section: the plan's details, where we are (last period's review,
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
    plan_field(app, plan, "name", "Plan name");
    plan_field(app, plan, "business", "Business");
    plan_field(app, plan, "scenario", "Scenario", 260);
    plan_field(app, plan, "period/start", "Starts", 170);
    plan_field(app, plan, "period/end", "Ends", 170);
    plan_field(app, plan, "currency", "Currency", 80);
    plan_field(app, plan, "language", "Language", 80);
    ImGui::SameLine();
    help_marker("The language the plan is written in, as a tag such as en, zh-Hans, zh-Hant, "
                "ko, vi or es. All money in the plan is in its currency (ISO 4217 code).");
}

void draw_situation(App& app, const Plan& plan) {
    ImGui::SeparatorText("Last period: what worked, by channel");
    TableSpec<ReviewRow> review("review", "review", "row");
    review.columns = {{"channel", "Channel", 160},
                      {"what_worked", "What worked", 0, Show::Long},
                      {"growth_rate", "Growth", 90, Show::Percent},
                      {"missed_chances", "Missed chances", 0, Show::Long}};
    review.make = [] { return ReviewRow{}; };
    review.id_prefix = "rev";
    item_table(app, plan, plan.review, review);

    ImGui::SeparatorText("Current digital activities");
    TableSpec<Activity> activities("activities", "activities", "activity");
    activities.columns = {
        {"name", "Activity", 0}, {"channel", "Channel", 160}, {"notes", "Notes", 0, Show::Long}};
    activities.make = [] { return Activity{}; };
    activities.id_prefix = "act";
    item_table(app, plan, plan.activities, activities);

    ImGui::SeparatorText("Competitors");
    TableSpec<Competitor> competitors("competitors", "competitors", "competitor");
    competitors.columns = {{"name", "Competitor", 180},
                           {"strengths", "Strengths", 0, Show::Long},
                           {"weaknesses", "Weaknesses", 0, Show::Long}};
    competitors.make = [] { return Competitor{}; };
    competitors.id_prefix = "comp";
    item_table(app, plan, plan.competitors, competitors);
}

void draw_swot(App& app, const Plan& plan) {
    ImGui::SeparatorText("SWOT");
    static constexpr const char* kIds[] = {"swot-s", "swot-w", "swot-o", "swot-t"};
    static constexpr const char* kNouns[] = {"strength", "weakness", "opportunity", "threat"};
    if (ImGui::BeginTable("swot-grid", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (int q = 0; q < 4; ++q) {
            ImGui::TableNextColumn();
            const SwotQuadrant quadrant = static_cast<SwotQuadrant>(q);
            ImGui::TextUnformatted(q == 0   ? "Strengths"
                                   : q == 1 ? "Weaknesses"
                                   : q == 2 ? "Opportunities"
                                            : "Threats");
            TableSpec<SwotItem> spec(kIds[q], "swot", kNouns[q]);
            spec.columns = {{"text", kNouns[q], 0, Show::Long}};
            spec.include = [quadrant](const SwotItem& s) { return s.quadrant == quadrant; };
            spec.make = [quadrant] {
                SwotItem s;
                s.quadrant = quadrant;
                return s;
            };
            spec.id_prefix = "sw";
            item_table(app, plan, plan.swot, spec);
        }
        ImGui::EndTable();
    }

    ImGui::SeparatorText("TOWS strategies");
    ImGui::TextDisabled("SO: use strengths to seize opportunities. ST: use strengths against "
                        "threats. WO: fix weaknesses through opportunities. WT: limit both.");
    TableSpec<TowsStrategy> tows("tows", "tows", "strategy");
    tows.columns = {{"kind", "Kind", 80},
                    {"text", "Strategy", 0, Show::Long},
                    {"swot_ids", "Built on", 260, Show::Auto, "swot"}};
    tows.make = [] { return TowsStrategy{}; };
    tows.id_prefix = "tows";
    item_table(app, plan, plan.tows, tows);
}

void draw_market(App& app, const Plan& plan) {
    ImGui::SeparatorText("Target market");
    TableSpec<Segment> segments("segments", "segments", "segment");
    segments.columns = {{"name", "Segment", 160},
                        {"needs", "Needs", 0, Show::Long},
                        {"wants", "Wants", 0, Show::Long},
                        {"expectations", "Expectations", 0, Show::Long}};
    segments.make = [] { return Segment{}; };
    segments.id_prefix = "seg";
    item_table(app, plan, plan.segments, segments);

    ImGui::SeparatorText("Growth timeline");
    TableSpec<Milestone> milestones("milestones", "milestones", "milestone");
    milestones.columns = {{"date", "Date", 170}, {"title", "Milestone", 0}};
    milestones.make = [&plan] {
        Milestone m;
        m.date = plan.period.start;
        return m;
    };
    milestones.id_prefix = "ms";
    item_table(app, plan, plan.milestones, milestones);
}

void draw_strategy(App& app, const Plan& plan) {
    ImGui::SeparatorText("Strategy: the 4P");
    plan_field(app, plan, "strategy/product", "Product", 0, Show::Long);
    plan_field(app, plan, "strategy/price", "Price", 0, Show::Long);
    plan_field(app, plan, "strategy/place", "Place", 0, Show::Long);
    plan_field(app, plan, "strategy/promotion", "Promotion", 0, Show::Long);
}

} // namespace

void draw_plan_stage(App& app) {
    const Plan& plan = *app.current();
    section_heading("Plan", "Where are we now, where do we want to go, and how will we get there?");
    draw_details(app, plan);
    draw_situation(app, plan);
    draw_swot(app, plan);
    draw_market(app, plan);
    draw_strategy(app, plan);
    ImGui::SeparatorText("SMART objectives, every stage");
    objectives_table(app, plan, Stage::Plan, true);
}

} // namespace fp::ui
