// The Forecast section's response curves: how each paid channel's goal
// answers to spend, and the diminishing-returns inputs the curves come from.
// Apart from forecast_view.cpp because the curves are a part of their own.
#include "core/forecast.h"
#include "core/money.h"
#include "ui/charts.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/item_table.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace fp::ui::forecast_parts {

namespace {

// Curves drawn at most: the channels with the largest planned spend.
constexpr std::size_t kShownCurves = 12;

// The last proposal, when it was made for this plan and the goal shown.
const AllocationResult* last_proposal(App& app, const Plan& plan) {
    const std::optional<Proposal>& p = app.proposal();
    if (!p || p->plan_id != plan.id || p->goal != plan.forecast.goal) return nullptr;
    return &p->result;
}

// The goal's response to spend `s` on a (gross) goal curve: profit is net of
// the spend.
double goal_response(const ResponseCurve& curve, Goal goal, double s) {
    return response(curve, s) - goal_spend_cost(goal) * s;
}

// The places of the sentences about spending `s` on a curve: the spend, the
// goal and what it brings ({response}), and what the next unit does: an
// extra order's {cost}, or what one more unit {return}s (net of itself for
// profit).
Args spend_args(const Text& t, const Plan& plan, const ResponseCurve& curve, Goal goal, double s) {
    const std::string next =
        marginal_text(plan, goal, marginal_response(curve, s) - goal_spend_cost(goal));
    return {{"spend", amount_text(t, plan, s)},
            {"goal", t(goal_noun(goal))},
            {"response", response_text(t, plan, goal, goal_response(curve, goal, s))},
            {"cost", next},
            {"return", next},
            {"currency", plan.currency}};
}

void curve_panel(App& app, const Plan& plan, const ChannelForecast& c, Goal goal,
                 const AllocationResult* last, float width) {
    const double planned = c.total.spend;
    std::optional<double> proposed;
    if (last)
        for (const ChannelAllocation& a : last->channels)
            if (a.id == c.channel_id) proposed = a.proposed;
    const ResponseCurve curve = goal_curve(c, goal, plan.forecast);
    const double base = std::max({planned, proposed.value_or(0.0), curve.kappa});
    const double x_max = base > 0 ? base * 2 : std::pow(10.0, currency_decimals(plan.currency) + 4);

    const Text& t = app.text();
    const bool orders = goal == Goal::Orders;
    charts::Panel panel;
    charts::begin_panel(
        panel, channel_name(app, c.channel_id).c_str(),
        t("forecast.curve.planned_note", {{"amount", amount_text(t, plan, planned)}}), width);
    const float inner = panel.inner_width();
    charts::CurveChart chart;
    chart.curve = [&](double s) { return goal_response(curve, goal, s); };
    chart.x_max = x_max;
    chart.colour = charts::tone_colour(Tone::Accent);
    chart.format_x = [&](double v) { return compact_text(t, plan, major_units(plan, v)); };
    chart.format_y = [&](double v) {
        return compact_text(t, plan, orders ? v : major_units(plan, v));
    };
    chart.describe = [&](double s) {
        const Args args = spend_args(t, plan, curve, goal, s);
        return t("forecast.curve.at_spend", args) + "\n" +
               t(orders ? "forecast.curve.extra_order" : "forecast.curve.next_unit", args);
    };
    chart.caption = orders ? t("forecast.curve.caption_orders", {{"currency", plan.currency}})
                           : t("forecast.curve.caption",
                               {{"goal", t(goal_noun(goal))}, {"currency", plan.currency}});
    chart.markers.push_back({planned,
                             t("forecast.curve.planned", {{"amount", money_text(plan, planned)}}),
                             charts::muted_colour()});
    if (proposed)
        chart.markers.push_back(
            {*proposed, t("forecast.curve.proposed", {{"amount", money_text(plan, *proposed)}}),
             charts::tone_colour(Tone::Good)});
    chart.height = ImGui::GetTextLineHeight() * 11;
    charts::curve_chart(("curve-" + c.channel_id).c_str(), chart, inner);
    const std::string at_planned =
        t(orders ? "forecast.curve.at_planned_order" : "forecast.curve.at_planned_unit",
          spend_args(t, plan, curve, goal, planned));
    tone_text(curve.kappa > 0 ? at_planned
                              : t("forecast.curve.no_saturation", {{"sentence", at_planned}}),
              Tone::Neutral);
    charts::end_panel(panel);
}

} // namespace

void curves_part(App& app, const Plan& plan, const Forecast& f, float width) {
    const Text& t = app.text();
    const Goal goal = plan.forecast.goal;
    if (goal == Goal::Profit && !plan.forecast.gross_margin)
        tone_text(t("forecast.curves.profit_without_margin"), Tone::Warning);
    tone_text(t("forecast.curves.intro", {{"goal", t(goal_noun(goal))}}), Tone::Neutral);
    // The channels the allocator moves: spend-driven, and not bought for a fixed fee.
    std::set<std::string> driven;
    for (const AllocationChannel& c :
         allocation_request(plan, f, goal, AllocationMode::FixedBudget, 0).channels)
        driven.insert(c.id);
    if (driven.empty()) {
        tone_text(t("forecast.curves.none"), Tone::Warning);
        return;
    }
    const AllocationResult* last = last_proposal(app, plan);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const int columns = width >= kTwoColumnWidth ? 2 : 1;
    const float w = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    // The channels with the largest planned spend, in plan order.
    std::vector<const ChannelForecast*> charted;
    for (const ChannelForecast& c : f.channels)
        if (driven.count(c.channel_id)) charted.push_back(&c);
    if (charted.size() > kShownCurves) {
        std::vector<const ChannelForecast*> largest = charted;
        std::nth_element(largest.begin(), largest.begin() + kShownCurves - 1, largest.end(),
                         [](const ChannelForecast* a, const ChannelForecast* b) {
                             return a->total.spend > b->total.spend;
                         });
        const double cut = largest[kShownCurves - 1]->total.spend;
        std::vector<const ChannelForecast*> kept;
        for (const ChannelForecast* c : charted)
            if (kept.size() < kShownCurves && c->total.spend >= cut) kept.push_back(c);
        tone_text(t("forecast.curves.largest",
                    {{"shown", count_text(plan, static_cast<double>(kShownCurves))},
                     {"count", count_text(plan, static_cast<double>(charted.size()))}}),
                  Tone::Neutral);
        charted = std::move(kept);
    }
    int shown = 0;
    for (const ChannelForecast* chart : charted) {
        const ChannelForecast& c = *chart;
        if (shown++ % columns) ImGui::SameLine(0, gap);
        // In a group, so that the panel beside it lines up.
        ImGui::BeginGroup();
        curve_panel(app, plan, c, goal, last, w);
        ImGui::EndGroup();
    }

    ImGui::SeparatorText(t("forecast.curves.limits").c_str());
    tone_text(t("forecast.curves.limits_help"), Tone::Neutral);
    TableSpec<Channel> spec("forecast-curve-inputs", "channels", "table.add.channel");
    spec.columns = {channel_name_column(app, "name-curve", 150),
                    {"inputs/observed_spend", "column.channels.inputs.observed_spend", 150},
                    {"inputs/half_saturation", "column.channels.inputs.half_saturation", 150},
                    {"inputs/shape", "column.channels.inputs.shape", 70},
                    {"inputs/carryover", "column.channels.inputs.carryover", 90},
                    {"inputs/min_spend", "column.channels.inputs.min_spend", 115},
                    {"inputs/max_spend", "column.channels.inputs.max_spend", 115},
                    {"inputs/locked", "column.channels.inputs.locked", 95}};
    spec.include = [&driven](const Channel& ch) { return driven.count(ch.id) > 0; };
    spec.row_actions = false; // channels are added and removed under their RACE stage
    item_table(app, plan, plan.channels, spec);

    // Every channel's guesses, owned ones included: the ranges come from these.
    ImGui::SeparatorText(t("forecast.curves.uncertainty").c_str());
    tone_text(t("forecast.curves.uncertainty_help"), Tone::Neutral);
    TableSpec<Channel> sure("forecast-uncertainty", "channels", "table.add.channel");
    sure.columns = {channel_name_column(app, "name-uncertainty", 150)};
    static constexpr const char* kUncertain[][2] = {
        {"inputs/uncertainty/unit_cost", "column.channels.inputs.uncertainty.unit_cost"},
        {"inputs/uncertainty/ctr", "column.channels.inputs.uncertainty.ctr"},
        {"inputs/uncertainty/cart_rate", "column.channels.inputs.uncertainty.cart_rate"},
        {"inputs/uncertainty/conversion_rate",
         "column.channels.inputs.uncertainty.conversion_rate"},
        {"inputs/uncertainty/aov", "column.channels.inputs.uncertainty.aov"},
        {"inputs/uncertainty/volume", "column.channels.inputs.uncertainty.volume"},
        {"inputs/uncertainty/half_saturation",
         "column.channels.inputs.uncertainty.half_saturation"}};
    for (const auto& [field, header] : kUncertain)
        sure.columns.push_back({field, header, 110});
    sure.row_actions = false;
    item_table(app, plan, plan.channels, sure);
}

} // namespace fp::ui::forecast_parts
