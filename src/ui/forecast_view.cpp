// The Forecast section: what the plan will return, channel by channel, from
// spend to revenue, with the ratios marketers judge a plan by; each paid
// channel's response to spend and its diminishing-returns inputs; the budget
// allocator and its proposal; budget scenarios beside the plan; and the
// review after the campaign. The figures come from core/forecast.h; this
// file only shows them and turns clicks into edits.
#include "core/date_format.h"
#include "core/forecast.h"
#include "core/model_json.h"
#include "core/money.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/format.h"
#include "ui/item_table.h"
#include "ui/labels.h"
#include "ui/sections.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace fp::ui {

namespace {

using charts::Tone;

// Narrower sections stack side-by-side panels in one column.
constexpr float kTwoColumnWidth = 900;
constexpr float kMinCardWidth = 170;
// Long lists are summed up: the rest is in the tables.
constexpr std::size_t kListedMissing = 6;
constexpr std::size_t kShownCurves = 12;
// The stage and phase totals side by side need room for five columns each.
constexpr float kTotalsSideBySide = 1100;

// --- figures as text ---------------------------------------------------------

// A column header with the currency its amounts are in: "Spend (CNY)".
std::string in_currency(const Text& t, const Plan& plan, const std::string& header) {
    return t("table.header_with_currency", {{"header", header}, {"currency", plan.currency}});
}

double major_units(const Plan& plan, double minor) {
    return minor / std::pow(10.0, currency_decimals(plan.currency));
}

std::string channel_name(App& app, const std::string& id) {
    const auto& names = app.names_of("channels");
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

// Pushed text colour for the scope of one piece of text.
void tone_text(const std::string& text, Tone tone) {
    ImGui::PushStyleColor(ImGuiCol_Text, tone == Tone::Neutral ? charts::muted_colour()
                                                               : charts::tone_colour(tone));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// --- the goal: revenue, orders or gross profit ---------------------------------

// The key of the goal's name inside a sentence ("orders"); enum_label names
// it on its own ("Orders").
const char* goal_noun(Goal goal) {
    switch (goal) {
    case Goal::Orders:
        return "forecast.goal_noun.orders";
    case Goal::Profit:
        return "forecast.goal_noun.profit";
    case Goal::Revenue:
        break;
    }
    return "forecast.goal_noun.revenue";
}

// A response in the goal's unit.
std::string response_text(const Text& t, const Plan& plan, Goal goal, double v) {
    return goal == Goal::Orders ? counted_text(t, plan, "forecast.orders_count", v)
                                : amount_text(t, plan, v);
}

// What the next unit of spend brings: for money, how much per unit (a
// marginal ROAS); for orders, what one more order costs.
std::string marginal_text(const Plan& plan, Goal goal, double m) {
    if (!std::isfinite(m)) return "-"; // an S-curve's first unit, or a concave one's
    if (goal == Goal::Orders) return m > 0 ? money_text(plan, 1 / m) : "-";
    return ratio_text(plan, m);
}

// The last proposal, when it was made for this plan and the goal shown.
const AllocationResult* last_proposal(App& app, const Plan& plan) {
    const ForecastUi& ui = app.ui().forecast;
    if (!ui.result || ui.result_plan != plan.id || ui.result_goal != plan.forecast.goal)
        return nullptr;
    return &*ui.result;
}

// --- tables of figures ---------------------------------------------------------

// A read-only table of figures: the first column names the row and stays in
// view; the table scrolls sideways when its columns do not fit, and up and
// down past most of the section's height (draw its rows through a clipper).
struct FigureColumn {
    std::string header;
    float width; // pixels at 16 px text; 0 stretches
};

// `width` 0 takes the rest of the line.
bool begin_figure_table(const char* id, const std::vector<FigureColumn>& columns, int rows,
                        float row_lines = 1, float width = 0) {
    const float scale = ImGui::GetFontSize() / 16.0f;
    const ImGuiStyle& style = ImGui::GetStyle();
    float needed = 0;
    for (const FigureColumn& c : columns)
        needed += (c.width > 0 ? c.width : 150) * scale + style.CellPadding.x * 2;
    const bool wide = needed > (width > 0 ? width : ImGui::GetContentRegionAvail().x);
    const float row_h = ImGui::GetTextLineHeight() * row_lines + style.CellPadding.y * 2 + 1;
    const float height = ImGui::GetTextLineHeight() + style.CellPadding.y * 2 +
                         row_h * static_cast<float>(std::max(rows, 1)) +
                         (wide ? style.ScrollbarSize : 0) + 4;
    const float max_height = std::max(row_h * 8, ImGui::GetWindowHeight() * 0.6f);
    const bool scrolls = wide || height > max_height;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | (wide ? ImGuiTableFlags_ScrollX : 0) |
                                  (scrolls ? ImGuiTableFlags_ScrollY : 0);
    if (!ImGui::BeginTable(id, static_cast<int>(columns.size()), flags,
                           ImVec2(width, scrolls ? std::min(height, max_height) : 0)))
        return false;
    ImGui::TableSetupScrollFreeze(1, 1);
    for (const FigureColumn& c : columns) {
        const bool fixed = c.width > 0 || wide;
        ImGui::TableSetupColumn(c.header.c_str(),
                                fixed ? ImGuiTableColumnFlags_WidthFixed
                                      : ImGuiTableColumnFlags_WidthStretch,
                                c.width > 0 ? c.width * scale
                                : fixed     ? 200 * scale
                                            : 1.0f);
    }
    table_headers_row();
    return true;
}

// A total row stands out from the rows it adds up.
void total_row() {
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
}

// --- settings ------------------------------------------------------------------

void settings_part(App& app, const Plan& plan) {
    const Text& t = app.text();
    struct Setting {
        const char* field;
        const char* label; // its key; the explanation's is "<label>.help"
    };
    static constexpr Setting kSettings[] = {
        {"forecast/gross_margin", "forecast.field.gross_margin"},
        {"forecast/new_customer_share", "forecast.field.new_customer_share"},
        {"forecast/repeat_rate", "forecast.field.repeat_rate"},
        {"forecast/repeat_periods", "forecast.field.repeat_periods"},
        {"forecast/goal", "forecast.field.goal"},
    };
    for (const Setting& s : kSettings) {
        plan_field(app, plan, s.field, t(s.label).c_str(), 170);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        tone_text(t(std::string(s.label) + ".help"), Tone::Neutral);
    }
}

// --- what the plan returns -------------------------------------------------------

struct FunnelField {
    const char* key;    // names the figure for automation: "forecast-<channel>-<key>"
    const char* header; // its key
    double FunnelFigures::*value;
    bool money;
    float width;
};
// Widths fit the table in the section at 1280 pixels; narrower, it scrolls.
constexpr FunnelField kFunnelFields[] = {
    {"spend", "forecast.figure.spend", &FunnelFigures::spend, true, 100},
    {"impressions", "forecast_figure.impressions", &FunnelFigures::impressions, false, 95},
    {"clicks", "forecast.figure.clicks", &FunnelFigures::clicks, false, 75},
    {"visits", "forecast_figure.visits", &FunnelFigures::visits, false, 75},
    {"carts", "forecast.figure.carts", &FunnelFigures::carts, false, 85},
    {"orders", "forecast_figure.orders", &FunnelFigures::orders, false, 65},
    {"revenue", "forecast_figure.revenue", &FunnelFigures::revenue, true, 110},
};

std::vector<charts::Card> ratio_cards(const Text& t, const Plan& plan, const Forecast& f) {
    const Ratios& r = f.ratios;
    const ForecastSettings& s = plan.forecast;
    const double channels = static_cast<double>(f.channels.size());
    std::vector<charts::Card> cards;
    cards.push_back({t("forecast.figure.spend"), amount_text(t, plan, f.total.spend),
                     counted_text(t, plan, "forecast.card.spend.detail", channels), Tone::Neutral,
                     t("forecast.card.spend.tooltip")});
    cards.push_back({t("forecast_figure.revenue"), amount_text(t, plan, f.total.revenue),
                     counted_text(t, plan, "forecast.card.revenue.detail", f.total.orders),
                     Tone::Accent, t("forecast.card.revenue.tooltip")});
    cards.push_back({t("forecast_figure.roas"), ratio_text(plan, r.roas),
                     t("forecast.card.roas.detail", {{"currency", plan.currency}}), Tone::Accent,
                     t("forecast.card.roas.tooltip")});
    charts::Card roi{
        t("forecast_figure.roi"), r.roi ? percent_text(plan, *r.roi, 1) : "-",
        r.roi ? t("forecast.card.roi.detail", {{"amount", amount_text(t, plan, r.gross_profit)}})
              : t("forecast.card.roi.no_margin"),
        r.roi ? (*r.roi >= 0 ? Tone::Good : Tone::Bad) : Tone::Warning,
        t("forecast.card.roi.tooltip")};
    cards.push_back(roi);
    cards.push_back({t("forecast_figure.cost_per_order"),
                     r.cost_per_order ? amount_text(t, plan, *r.cost_per_order) : "-",
                     t("forecast.card.cost_per_order.detail"), Tone::Neutral,
                     t("forecast.card.cost_per_order.tooltip")});
    cards.push_back({t("forecast_figure.cac"), r.cac ? amount_text(t, plan, *r.cac) : "-",
                     counted_text(t, plan, "forecast.card.cac.detail", r.new_customers),
                     Tone::Neutral, t("forecast.card.cac.tooltip")});
    const bool repeats = s.repeat_rate && s.repeat_periods;
    cards.push_back(
        {t("forecast.card.returning"), amount_text(t, plan, r.returning_value),
         t(repeats ? "forecast.card.returning.detail" : "forecast.card.returning.no_repeats"),
         repeats ? Tone::Neutral : Tone::Warning, t("forecast.card.returning.tooltip")});
    return cards;
}

// The channel whose funnel is drawn: the one chosen, else the one that
// brings most revenue.
const ChannelForecast* shown_channel(App& app, const Forecast& f) {
    const ChannelForecast* shown = nullptr;
    for (const ChannelForecast& c : f.channels)
        if (c.channel_id == app.ui().forecast.channel) return &c;
    for (const ChannelForecast& c : f.channels)
        if (!shown || c.total.revenue > shown->total.revenue) shown = &c;
    return shown;
}

void funnel_table(App& app, const Plan& plan, const Forecast& f) {
    const Text& t = app.text();
    ForecastUi& ui = app.ui().forecast;
    const ChannelForecast* shown = shown_channel(app, f);
    std::vector<FigureColumn> columns = {{t("forecast.column.channel"), 0}};
    for (const FunnelField& field : kFunnelFields)
        columns.push_back({t(field.header), field.width});
    columns.push_back({t("forecast_figure.roas"), 50});
    tone_text(t("forecast.funnel.hint", {{"currency", plan.currency}}), Tone::Neutral);
    if (!begin_figure_table("funnel", columns, static_cast<int>(f.channels.size()) + 1)) return;
    const ImVec4 warning = charts::tone_colour(Tone::Warning);
    auto figures = [&](const FunnelFigures& funnel, const std::string& id) {
        for (const FunnelField& field : kFunnelFields) {
            ImGui::TableNextColumn();
            const double v = funnel.*(field.value);
            charts::figure_text(field.money ? money_text(plan, v) : count_text(plan, v),
                                "forecast-" + id + "-" + field.key, true);
        }
        ImGui::TableNextColumn();
        charts::figure_text(ratio_text(plan, ratios(funnel, plan.forecast).roas),
                            "forecast-" + id + "-roas", true);
    };
    ImGuiListClipper clipper; // thousands of channels cost no more than a screenful
    clipper.Begin(static_cast<int>(f.channels.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ChannelForecast& c = f.channels[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(c.channel_id.c_str());
            // A click on the row shows this channel's funnel in the chart below.
            const std::string name = channel_name(app, c.channel_id);
            if (ImGui::Selectable((name + "##select").c_str(), shown == &c,
                                  ImGuiSelectableFlags_SpanAllColumns |
                                      ImGuiSelectableFlags_AllowOverlap))
                ui.channel = c.channel_id;
            if (!c.missing.empty()) {
                ImGui::SameLine();
                ImGui::TextColored(warning, "(!)");
                charts::item_tooltip(t("forecast.funnel.short", {{"missing", c.missing}}));
            }
            figures(c.total, c.channel_id);
            ImGui::PopID();
        }
    }
    total_row();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(t("common.total").c_str());
    figures(f.total, "total");
    ImGui::EndTable();
}

// Channels whose inputs are lacking, each a link to where they are filled in.
void missing_inputs(App& app, const Plan& plan, const Forecast& f) {
    const Text& t = app.text();
    std::size_t listed = 0, short_of_inputs = 0;
    for (const ChannelForecast& c : f.channels) {
        if (c.missing.empty()) continue;
        if (++short_of_inputs > kListedMissing) continue;
        if (listed++ == 0) tone_text(t("forecast.missing.intro"), Tone::Warning);
        const std::string text =
            t("forecast.channel_note",
              {{"channel", channel_name(app, c.channel_id)}, {"note", c.missing}}) +
            "##missing-" + c.channel_id;
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, charts::tone_colour(Tone::Warning));
        const bool clicked = ImGui::Selectable(text.c_str());
        ImGui::PopStyleColor();
        if (clicked) app.jump_to("channels", c.channel_id, "inputs");
    }
    if (short_of_inputs > listed)
        tone_text(t("forecast.missing.more",
                    {{"count", count_text(plan, static_cast<double>(short_of_inputs - listed))}}),
                  Tone::Warning);
}

// `missing` says why a funnel is empty. Drawn in a group, so that a panel
// beside it lines up.
void funnel_panel(const Text& t, const std::string& title, const std::string& note,
                  const Plan& plan, const FunnelFigures& funnel, const std::string& missing,
                  const char* id, float width, const std::function<void(float)>& header = {}) {
    ImGui::BeginGroup();
    charts::Panel panel;
    charts::begin_panel(panel, title.c_str(), note, width);
    const float inner = panel.inner_width();
    if (header) header(inner);
    std::vector<charts::FunnelStep> steps = {
        {t("forecast_figure.impressions"), funnel.impressions, ""},
        {t("forecast.figure.clicks"), funnel.clicks, ""},
        {t("forecast_figure.visits"), funnel.visits, ""},
        {t("forecast.figure.carts"), funnel.carts, ""},
        {t("forecast_figure.orders"), funnel.orders, ""}};
    // Owned and earned channels start at visits: no impressions to show.
    while (!steps.empty() && steps.front().value <= 0)
        steps.erase(steps.begin());
    for (charts::FunnelStep& s : steps)
        s.value_text = count_text(plan, s.value);
    if (steps.empty())
        tone_text(missing.empty() ? t("forecast.funnel.none")
                                  : t("forecast.funnel.none_because", {{"missing", missing}}),
                  Tone::Warning);
    else
        charts::funnel_chart(t, numbers_of(plan), id, steps, charts::tone_colour(Tone::Accent),
                             inner);
    ImGui::Spacing();
    tone_text(
        t("forecast.funnel.spend_revenue", {{"spend", amount_text(t, plan, funnel.spend)},
                                            {"revenue", amount_text(t, plan, funnel.revenue)}}),
        Tone::Neutral);
    charts::end_panel(panel);
    ImGui::EndGroup();
}

void funnel_charts(App& app, const Plan& plan, const Forecast& f, float width) {
    const Text& t = app.text();
    ForecastUi& ui = app.ui().forecast;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool two = width >= kTwoColumnWidth && !f.channels.empty();
    const float w = two ? (width - gap) / 2 : width;
    funnel_panel(t, t("forecast.funnel.whole_plan"), "", plan, f.total, "", "funnel-total", w);
    if (f.channels.empty()) return;
    if (two) ImGui::SameLine(0, gap);
    const ChannelForecast* shown = shown_channel(app, f);
    const std::string name = channel_name(app, shown->channel_id);
    funnel_panel(t, t("forecast.funnel.one_channel"), t("forecast.funnel.choose"), plan,
                 shown->total, shown->missing, "funnel-channel", w, [&](float inner) {
                     ImGui::SetNextItemWidth(std::min(inner, ImGui::GetFontSize() * 18));
                     if (begin_picker("##forecast-channel", name)) {
                         for (const ChannelForecast& c : f.channels) {
                             ImGui::PushID(c.channel_id.c_str());
                             if (picker_option(channel_name(app, c.channel_id),
                                               c.channel_id == shown->channel_id))
                                 ui.channel = c.channel_id;
                             ImGui::PopID();
                         }
                         end_picker();
                     }
                     ImGui::Spacing();
                 });
}

// A group of the plan (a stage, a phase) and its figures; `key` names them
// for automation: "<table>-<key>-revenue".
struct GroupRow {
    std::string key, label;
    const FunnelFigures* funnel;
};

// Spend, orders, revenue and ROAS of groups of the plan.
void totals_table(const Text& t, const char* id, const std::string& first, const Plan& plan,
                  const std::vector<GroupRow>& rows, float width) {
    const std::vector<FigureColumn> columns = {
        {first, 0},
        {in_currency(t, plan, t("forecast.figure.spend")), 120},
        {t("forecast_figure.orders"), 80},
        {in_currency(t, plan, t("forecast_figure.revenue")), 120},
        {t("forecast_figure.roas"), 60}};
    if (!begin_figure_table(id, columns, static_cast<int>(rows.size()), 1, width)) return;
    for (const auto& [row_key, label, funnel] : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label.c_str());
        const std::string key = std::string(id) + "-" + row_key;
        ImGui::TableNextColumn();
        charts::figure_text(money_text(plan, funnel->spend), key + "-spend", true);
        ImGui::TableNextColumn();
        charts::figure_text(count_text(plan, funnel->orders), key + "-orders", true);
        ImGui::TableNextColumn();
        charts::figure_text(money_text(plan, funnel->revenue), key + "-revenue", true);
        ImGui::TableNextColumn();
        charts::figure_text(ratio_text(plan, ratios(*funnel, plan.forecast).roas), key + "-roas",
                            true);
    }
    ImGui::EndTable();
}

void group_totals(const Text& text, const Plan& plan, const Forecast& f, float width) {
    std::vector<GroupRow> stages, phases;
    for (Stage stage : kStages)
        stages.push_back({std::string(enum_key(stage)), enum_label(text, stage).c_str(),
                          &f.by_stage[static_cast<std::size_t>(stage)]});
    for (const Phase& p : plan.phases)
        if (auto it = f.by_phase.find(p.id); it != f.by_phase.end())
            phases.push_back(
                {p.id, p.name.empty() ? text("common.unnamed_phase") : p.name, &it->second});
    if (auto it = f.by_phase.find(""); it != f.by_phase.end())
        phases.push_back({"none", text("forecast.totals.outside_phases"), &it->second});

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool two = width >= kTotalsSideBySide;
    const float w = two ? (width - gap) / 2 : width;
    ImGui::BeginGroup();
    ImGui::TextUnformatted(text("forecast.totals.by_stage").c_str());
    totals_table(text, "by-stage", text("forecast.column.stage"), plan, stages, w);
    ImGui::EndGroup();
    if (two) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::TextUnformatted(text("forecast.totals.by_phase").c_str());
    if (phases.empty())
        tone_text(text("forecast.totals.no_phases"), Tone::Neutral);
    else
        totals_table(text, "by-phase", text("forecast.column.phase"), plan, phases, w);
    ImGui::EndGroup();
}

void returns_part(App& app, const Plan& plan, const Forecast& f, float width) {
    const Text& t = app.text();
    charts::card_grid("forecast-ratios", ratio_cards(t, plan, f), width, kMinCardWidth);
    ImGui::Spacing();
    ImGui::SeparatorText(t("forecast.returns.funnels").c_str());
    funnel_table(app, plan, f);
    missing_inputs(app, plan, f);
    ImGui::Spacing();
    funnel_charts(app, plan, f, width);
    ImGui::SeparatorText(t("forecast.returns.totals").c_str());
    group_totals(t, plan, f, width);
}

// --- response curves -------------------------------------------------------------

// The places of the sentences about spending `s` on a curve: the spend, the
// goal and what it brings ({response}), and what the next unit does: an
// extra order's {cost}, or what one more unit {return}s.
Args spend_args(const Text& t, const Plan& plan, const ResponseCurve& curve, Goal goal, double s) {
    const std::string next = marginal_text(plan, goal, marginal_response(curve, s));
    return {{"spend", amount_text(t, plan, s)},
            {"goal", t(goal_noun(goal))},
            {"response", response_text(t, plan, goal, response(curve, s))},
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
    chart.curve = [&](double s) { return response(curve, s); };
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

void curves_part(App& app, const Plan& plan, const Forecast& f, float width) {
    const Text& t = app.text();
    Goal goal = plan.forecast.goal;
    if (goal == Goal::Profit && !plan.forecast.gross_margin) {
        tone_text(t("forecast.curves.profit_needs_margin"), Tone::Warning);
        goal = Goal::Revenue;
    }
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
    spec.columns = {Column<Channel>::computed("name-curve", "column.channels.name", 150,
                                              [&app](const Plan&, const Channel& ch) {
                                                  return channel_name(app, ch.id);
                                              }),
                    {"inputs/half_saturation", "column.channels.inputs.half_saturation", 150},
                    {"inputs/shape", "column.channels.inputs.shape", 70},
                    {"inputs/carryover", "column.channels.inputs.carryover", 90},
                    {"inputs/min_spend", "column.channels.inputs.min_spend", 115},
                    {"inputs/max_spend", "column.channels.inputs.max_spend", 115},
                    {"inputs/locked", "column.channels.inputs.locked", 95}};
    spec.include = [&driven](const Channel& ch) { return driven.count(ch.id) > 0; };
    spec.row_actions = false; // channels are added and removed under their RACE stage
    item_table(app, plan, plan.channels, spec);
}

// --- budget allocation -------------------------------------------------------------

struct ModeChoice {
    AllocationMode mode;
    const char* label; // its key; the explanation's is "<label>.help"
    const char* id;
};
constexpr ModeChoice kModes[] = {
    {AllocationMode::FixedBudget, "forecast.allocate.mode.fixed", "##allocate-fixed"},
    {AllocationMode::TargetRoas, "forecast.allocate.mode.target", "##allocate-target"},
    {AllocationMode::MarginalRoas, "forecast.allocate.mode.marginal", "##allocate-marginal"},
};

// The amount field's name and example, by mode and goal.
std::pair<std::string, std::string> amount_words(const Text& t, const Plan& plan,
                                                 AllocationMode mode, Goal goal, double current) {
    const Args cur = {{"currency", plan.currency}};
    auto such_as = [&](double example) {
        return t("forecast.allocate.example",
                 {{"example", format_number(example, 1, numbers_of(plan))}});
    };
    switch (mode) {
    case AllocationMode::FixedBudget:
        return {t("forecast.allocate.amount.budget", cur),
                t("forecast.allocate.amount.as_planned", {{"amount", money_text(plan, current)}})};
    case AllocationMode::TargetRoas:
        if (goal == Goal::Orders)
            return {t("forecast.allocate.amount.max_cost_per_order", cur), such_as(50)};
        return {goal == Goal::Profit ? t("forecast.allocate.amount.min_profit", cur)
                                     : t("forecast.allocate.amount.target_roas"),
                such_as(3.5)};
    case AllocationMode::MarginalRoas:
        if (goal == Goal::Orders)
            return {t("forecast.allocate.amount.stop_order_cost", cur), such_as(80)};
        return {t("forecast.allocate.amount.stop_return", cur), such_as(1)};
    }
    return {};
}

double current_total(const AllocationRequest& request) {
    double total = 0;
    for (const AllocationChannel& c : request.channels)
        total += c.current;
    return total;
}

void propose(const Plan& plan, const Forecast& f, ForecastUi& ui) {
    const Goal goal = plan.forecast.goal;
    const Numbers numbers = numbers_of(plan);
    ui.problem = {};
    const bool empty = ui.amount.find_first_not_of(" \t") == std::string::npos;
    double amount = 0;
    if (ui.mode == AllocationMode::FixedBudget) {
        const std::optional<Money> m = parse_money(ui.amount, plan.currency, numbers);
        if (empty)
            amount = current_total(allocation_request(plan, f, goal, ui.mode, 0));
        else if (m)
            amount = static_cast<double>(*m);
        else
            ui.problem = Message{"forecast.allocate.problem.budget",
                                 {{"example", format_number(40000, 0, numbers)}}};
    } else if (goal == Goal::Orders) {
        // The allocator works in orders per unit of spend: the inverse.
        const std::optional<Money> m = parse_money(ui.amount, plan.currency, numbers);
        if (m && *m > 0)
            amount = 1.0 / static_cast<double>(*m);
        else
            ui.problem = Message{"forecast.allocate.problem.order_cost",
                                 {{"example", format_number(50, 0, numbers)}}};
    } else {
        const std::optional<double> n = parse_number(ui.amount, numbers);
        if (n && *n > 0)
            amount = *n;
        else
            ui.problem = Message{"forecast.allocate.problem.number",
                                 {{"example", format_number(3.5, 1, numbers)}}};
    }
    if (!ui.problem.empty()) return;
    ui.result = allocate(allocation_request(plan, f, goal, ui.mode, amount));
    ui.result_plan = plan.id;
    ui.result_goal = goal;
    ui.result_mode = ui.mode;
    ui.saved.clear();
}

// Whole minor units that add up to the rounded total of `amounts`, the
// units lost to rounding going to the largest fractions, so that a saved
// proposal spends exactly its budget.
std::vector<Money> whole_amounts(const std::vector<double>& amounts) {
    std::vector<Money> out;
    std::vector<std::pair<double, std::size_t>> fractions;
    double sum = 0;
    Money floors = 0;
    for (std::size_t i = 0; i < amounts.size(); ++i) {
        const double v = std::max(0.0, amounts[i]);
        sum += v;
        out.push_back(static_cast<Money>(std::floor(v)));
        floors += out.back();
        fractions.emplace_back(v - std::floor(v), i);
    }
    std::stable_sort(fractions.begin(), fractions.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    Money missing = std::llround(sum) - floors;
    for (std::size_t k = 0; k < fractions.size() && missing > 0; ++k, --missing)
        ++out[fractions[k].second];
    return out;
}

void save_as_scenario(App& app, const Plan& plan, const AllocationResult& r, ForecastUi& ui) {
    const Text& t = app.text();
    BudgetScenario scenario;
    scenario.id = make_id("sc", platform::entropy());
    const char* mode =
        ui.result_mode == AllocationMode::FixedBudget  ? "forecast.allocate.saved_mode.fixed"
        : ui.result_mode == AllocationMode::TargetRoas ? "forecast.allocate.saved_mode.target"
                                                       : "forecast.allocate.saved_mode.marginal";
    scenario.name =
        t("forecast.allocate.saved_name", {{"amount", amount_text(t, plan, r.total_proposed)}});
    scenario.notes = t("forecast.allocate.saved_notes",
                       {{"date", format_local_date(platform::today(), plan.language)},
                        {"mode", t(mode)},
                        {"goal", t(goal_noun(ui.result_goal))}});
    std::vector<double> proposed;
    for (const ChannelAllocation& a : r.channels)
        proposed.push_back(a.proposed);
    const std::vector<Money> amounts = whole_amounts(proposed);
    for (std::size_t i = 0; i < r.channels.size(); ++i)
        scenario.spends.push_back(
            {make_id("sp", platform::entropy()), r.channels[i].id, amounts[i]});
    // One insert, so that one undo takes the whole scenario away.
    if (app.edit(edit::Insert{"scenarios", plan.scenarios.size(), to_json(scenario)}))
        ui.saved = scenario.id;
}

// Why each channel moved, under the table: too long for a column.
void reasons(App& app, const std::vector<ChannelAllocation>& channels) {
    for (const ChannelAllocation& a : channels) {
        if (a.reason.empty()) continue;
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped(
            "%s", app.text()("forecast.channel_note",
                             {{"channel", channel_name(app, a.id)}, {"note", app.text()(a.reason)}})
                      .c_str());
    }
}

// Why the allocator made no proposal (its reason, from core).
void no_proposal(const Text& t, const Message& error) {
    ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
    ImGui::TextWrapped("%s", t("forecast.no_proposal", {{"reason", t(error)}}).c_str());
    ImGui::PopStyleColor();
}

void allocation_table(App& app, const Plan& plan, const AllocationResult& r, Goal goal) {
    const Text& t = app.text();
    const std::string marginal =
        goal == Goal::Orders ? t("forecast.allocate.extra_order")
                             : t("forecast.allocate.next_unit", {{"currency", plan.currency}});
    tone_text(goal == Goal::Orders ? t("forecast.allocate.hint_orders",
                                       {{"currency", plan.currency}, {"marginal", marginal}})
                                   : t("forecast.allocate.hint", {{"currency", plan.currency},
                                                                  {"marginal", marginal},
                                                                  {"goal", t(goal_noun(goal))}}),
              Tone::Neutral);
    const std::vector<FigureColumn> columns = {
        {t("forecast.column.channel"), 0},
        {t("forecast.allocate.now"), 105},
        {t("forecast.allocate.proposed"), 105},
        {t("forecast.allocate.change"), 105},
        {t("forecast.allocate.marginal_now", {{"marginal", marginal}}), 125},
        {t("forecast.allocate.marginal_proposed", {{"marginal", marginal}}), 160}};
    if (!begin_figure_table("allocate-result", columns, static_cast<int>(r.channels.size()) + 1))
        return;
    const ImVec4 good = charts::tone_colour(Tone::Good), bad = charts::tone_colour(Tone::Bad);
    for (const ChannelAllocation& a : r.channels) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(channel_name(app, a.id).c_str());
        const std::string key = "allocate-" + a.id + "-";
        ImGui::TableNextColumn();
        charts::figure_text(money_text(plan, a.current), key + "current", true);
        ImGui::TableNextColumn();
        charts::figure_text(money_text(plan, a.proposed), key + "proposed", true);
        ImGui::TableNextColumn();
        const double change = a.proposed - a.current;
        charts::figure_text(signed_money_text(plan, change), key + "change", true,
                            std::llround(change) == 0 ? charts::muted_colour()
                            : change > 0              ? good
                                                      : bad);
        ImGui::TableNextColumn();
        charts::figure_text(marginal_text(plan, goal, a.marginal_current), key + "marginal-now",
                            true);
        ImGui::TableNextColumn();
        charts::figure_text(marginal_text(plan, goal, a.marginal_proposed),
                            key + "marginal-proposed", true);
    }
    total_row();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(t("common.total").c_str());
    ImGui::TableNextColumn();
    charts::figure_text(money_text(plan, r.total_current), "allocate-total-current", true);
    ImGui::TableNextColumn();
    charts::figure_text(money_text(plan, r.total_proposed), "allocate-total-proposed", true);
    ImGui::TableNextColumn();
    charts::figure_text(signed_money_text(plan, r.total_proposed - r.total_current),
                        "allocate-total-change", true);
    ImGui::EndTable();
    reasons(app, r.channels);
}

void allocation_result(App& app, const Plan& plan, const AllocationResult& r, float width) {
    const Text& t = app.text();
    ForecastUi& ui = app.ui().forecast;
    const Goal goal = ui.result_goal;
    if (!r.ok) {
        no_proposal(t, r.error);
        return;
    }
    std::vector<charts::Card> cards;
    cards.push_back(
        {t("forecast.allocate.card.spend"), amount_text(t, plan, r.total_proposed),
         t("forecast.allocate.card.now", {{"amount", amount_text(t, plan, r.total_current)}}),
         Tone::Neutral, ""});
    const double gain = r.response_proposed - r.response_current;
    const std::string now = response_text(t, plan, goal, r.response_current);
    const std::string detail =
        r.response_current > 0
            ? t("forecast.allocate.card.now_change",
                {{"amount", now},
                 {"change",
                  (gain >= 0 ? "+" : "") + percent_text(plan, gain / r.response_current, 1)}})
            : t("forecast.allocate.card.now", {{"amount", now}});
    cards.push_back({t("forecast.allocate.card.expected", {{"goal", enum_label(t, goal)}}),
                     response_text(t, plan, goal, r.response_proposed), detail,
                     gain >= 0 ? Tone::Good : Tone::Bad,
                     t("forecast.allocate.card.expected.tooltip")});
    // With concave curves the smallest budget is next to nothing: not worth a card.
    if (ui.result_mode == AllocationMode::TargetRoas && r.smallest_budget >= 1)
        cards.push_back({t("forecast.allocate.card.smallest"),
                         amount_text(t, plan, r.smallest_budget),
                         t("forecast.allocate.card.smallest.detail"), Tone::Accent, ""});
    charts::card_grid("allocate-summary", cards, width, kMinCardWidth);
    ImGui::Spacing();
    allocation_table(app, plan, r, goal);
    ImGui::Spacing();
    charts::PairedBarChart bars;
    for (const ChannelAllocation& a : r.channels)
        bars.pairs.push_back({channel_name(app, a.id), a.current, a.proposed});
    bars.first_name = t("forecast.allocate.now");
    bars.second_name = t("forecast.allocate.proposed");
    bars.first_colour = charts::muted_colour();
    bars.second_colour = charts::tone_colour(Tone::Accent);
    bars.format = [&t, &plan](double v) { return amount_text(t, plan, v); };
    charts::paired_bar_chart(t, "allocate-bars", bars, std::min(width, ImGui::GetFontSize() * 48));
    ImGui::Spacing();
    if (ImGui::Button((t("forecast.allocate.save") + "##allocate").c_str()))
        save_as_scenario(app, plan, r, ui);
    const auto saved = std::find_if(plan.scenarios.begin(), plan.scenarios.end(),
                                    [&](const BudgetScenario& s) { return s.id == ui.saved; });
    if (saved != plan.scenarios.end()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        tone_text(t("forecast.allocate.saved", {{"name", saved->name}}), Tone::Good);
    }
}

void allocation_part(App& app, const Plan& plan, const Forecast& f, float width) {
    const Text& t = app.text();
    ForecastUi& ui = app.ui().forecast;
    const Goal goal = plan.forecast.goal;
    const AllocationRequest planned = allocation_request(plan, f, goal, ui.mode, 0);
    tone_text(t("forecast.allocate.intro"), Tone::Neutral);
    if (planned.channels.empty()) {
        tone_text(t("forecast.allocate.no_channels"), Tone::Warning);
        return;
    }
    const float scale = ImGui::GetFontSize() / 16.0f;
    const auto [amount_label, hint] = amount_words(t, plan, ui.mode, goal, current_total(planned));
    if (ImGui::BeginTable("allocate-form", 2, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthFixed, 170 * scale);
        ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(t("forecast.allocate.how").c_str());
        ImGui::TableNextColumn();
        for (const ModeChoice& m : kModes)
            if (ImGui::RadioButton((t(m.label) + m.id).c_str(), ui.mode == m.mode) &&
                ui.mode != m.mode) {
                ui.mode = m.mode;
                ui.amount.clear(); // an amount means something else in another mode
                ui.problem = {};
            }
        for (const ModeChoice& m : kModes)
            if (m.mode == ui.mode) tone_text(t(std::string(m.label) + ".help"), Tone::Neutral);

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(t("forecast.allocate.maximise").c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(200 * scale);
        Goal chosen = goal;
        if (enum_field(t, "##allocate-goal", goal, &chosen))
            app.edit(edit::Set{"forecast/goal", to_json(chosen)});

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s", amount_label.c_str());
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(200 * scale);
        ImGui::InputTextWithHint("##allocate-amount", hint.c_str(), &ui.amount);
        // Enter in the field proposes, as the button does.
        const bool entered =
            ImGui::IsItemDeactivated() &&
            (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter));
        ImGui::SameLine();
        if (ImGui::Button((t("forecast.allocate.propose") + "##allocate").c_str()) || entered)
            propose(plan, f, ui);
        if (!ui.problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
            ImGui::TextWrapped("%s", t(ui.problem).c_str());
            ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    if (const std::optional<AllocationResult>& r = ui.result; r && ui.result_plan == plan.id) {
        ImGui::Spacing();
        allocation_result(app, plan, *r, width);
    }
}

// --- scenarios ---------------------------------------------------------------------

std::string spends_summary(const Text& t, const Plan& plan, const BudgetScenario& s) {
    if (s.spends.empty()) return t("forecast.scenario.as_plan");
    Money total = 0;
    for (const ScenarioSpend& sp : s.spends)
        total += sp.amount;
    return counted_text(t, plan, "forecast.scenario.spends", static_cast<double>(s.spends.size()),
                        {{"amount", money_text(plan, total)}});
}

void scenario_spends(App& app, const Plan& plan, const BudgetScenario& scenario,
                     const std::map<std::string, Money>& planned) {
    const std::string list = "scenarios/" + scenario.id + "/spends";
    const std::string id = "scenario-spends-" + scenario.id;
    TableSpec<ScenarioSpend> spec(id.c_str(), list.c_str(), "table.add.channel_spend");
    spec.columns = {{"channel_id", "column.scenario_spends.channel_id", 0, Show::Auto, "channels"},
                    {"amount", "column.scenario_spends.amount", 150},
                    Column<ScenarioSpend>::computed(
                        "planned", "column.scenario_spends.planned", 150,
                        [&planned](const Plan& p, const ScenarioSpend& sp) {
                            auto it = planned.find(sp.channel_id);
                            return money_text(p, it == planned.end() ? 0 : it->second);
                        })};
    spec.columns.back().show = Show::Amount;
    // A new row names the first channel the scenario leaves out, at the plan's spend.
    spec.make = [&plan, &scenario, &planned] {
        ScenarioSpend sp;
        for (const Channel& c : plan.channels) {
            const bool listed =
                std::any_of(scenario.spends.begin(), scenario.spends.end(),
                            [&](const ScenarioSpend& other) { return other.channel_id == c.id; });
            if (listed) continue;
            sp.channel_id = c.id;
            auto it = planned.find(c.id);
            sp.amount = it == planned.end() ? 0 : it->second;
            break;
        }
        return sp;
    };
    spec.id_prefix = "sp";
    item_table(app, plan, scenario.spends, spec);
}

struct CompareRow {
    const char* key;
    const char* label; // its key
    bool higher_is_better;
    bool neutral; // spend: more is neither good nor bad
    std::function<std::optional<double>(const FunnelFigures&, const Ratios&)> value;
    std::function<std::string(double)> text;
    std::function<std::string(double)> delta;
};

void comparison_table(const Text& t, const Plan& plan, const Forecast& f,
                      const std::vector<ScenarioComparison>& scenarios) {
    auto money_delta = [&plan](double d) { return signed_money_text(plan, d); };
    auto in_count = [&plan](double v) { return count_text(plan, v); };
    auto count_delta = [&plan](double d) { return (d > 0 ? "+" : "") + count_text(plan, d); };
    auto in_ratio = [&plan](double v) { return ratio_text(plan, v); };
    auto ratio_delta = [&plan](double d) { return (d > 0 ? "+" : "") + ratio_text(plan, d); };
    auto in_money = [&plan](double v) { return money_text(plan, v); };
    const std::vector<CompareRow> rows = {
        {"spend", "forecast.figure.spend", true, true,
         [](const FunnelFigures& x, const Ratios&) { return std::optional<double>(x.spend); },
         in_money, money_delta},
        {"orders", "forecast_figure.orders", true, false,
         [](const FunnelFigures& x, const Ratios&) { return std::optional<double>(x.orders); },
         in_count, count_delta},
        {"revenue", "forecast_figure.revenue", true, false,
         [](const FunnelFigures& x, const Ratios&) { return std::optional<double>(x.revenue); },
         in_money, money_delta},
        {"roas", "forecast_figure.roas", true, false,
         [](const FunnelFigures&, const Ratios& r) { return r.roas; }, in_ratio, ratio_delta},
        {"cost_per_order", "forecast_figure.cost_per_order", false, false,
         [](const FunnelFigures&, const Ratios& r) { return r.cost_per_order; }, in_money,
         money_delta},
    };
    std::vector<FigureColumn> columns = {{"", 150}, {t("forecast.compare.plan"), 150}};
    for (const ScenarioComparison& s : scenarios) {
        const auto it =
            std::find_if(plan.scenarios.begin(), plan.scenarios.end(),
                         [&](const BudgetScenario& b) { return b.id == s.scenario_id; });
        const std::string name = it == plan.scenarios.end() || it->name.empty()
                                     ? t("forecast.scenario.unnamed")
                                     : it->name;
        columns.push_back({name + "##" + s.scenario_id, 190});
    }
    if (!begin_figure_table("compare", columns, static_cast<int>(rows.size()), 2)) return;
    const ImVec4 good = charts::tone_colour(Tone::Good), bad = charts::tone_colour(Tone::Bad);
    for (const CompareRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(t(row.label).c_str());
        const std::optional<double> base = row.value(f.total, f.ratios);
        ImGui::TableNextColumn();
        charts::figure_text(base ? row.text(*base) : "-", std::string("scenario-plan-") + row.key,
                            true);
        for (const ScenarioComparison& s : scenarios) {
            ImGui::TableNextColumn();
            const std::optional<double> v = row.value(s.total, s.ratios);
            const std::string key = "scenario-" + s.scenario_id + "-" + row.key;
            charts::figure_text(v ? row.text(*v) : "-", key, true);
            if (!v || !base) continue;
            const double d = *v - *base;
            const std::string shown = row.delta(d);
            const bool same = shown.find_first_of("123456789") == std::string::npos;
            const bool better = (d > 0) == row.higher_is_better;
            charts::figure_text(same ? t("forecast.compare.same")
                                     : t("forecast.compare.delta", {{"delta", shown}}),
                                key + "-delta", true,
                                same || row.neutral ? charts::muted_colour()
                                : better            ? good
                                                    : bad);
        }
    }
    ImGui::EndTable();
}

void scenarios_part(App& app, const Plan& plan, const Forecast& f) {
    const Text& t = app.text();
    tone_text(t("forecast.scenarios.intro"), Tone::Neutral);
    TableSpec<BudgetScenario> spec("scenarios", "scenarios", "table.add.scenario");
    spec.columns = {{"name", "column.scenarios.name", 240},
                    {"notes", "column.scenarios.notes", 0, Show::Long},
                    Column<BudgetScenario>::computed("spends-summary",
                                                     "column.scenarios.spends_summary", 220,
                                                     [&t](const Plan& p, const BudgetScenario& s) {
                                                         return spends_summary(t, p, s);
                                                     })};
    spec.make = [&t] {
        BudgetScenario s;
        s.name = t("forecast.scenario.new_name");
        return s;
    };
    spec.id_prefix = "sc";
    item_table(app, plan, plan.scenarios, spec);
    if (plan.scenarios.empty()) return;

    const std::map<std::string, Money> planned = planned_spend(plan);
    for (const BudgetScenario& s : plan.scenarios) {
        const std::string title =
            t("forecast.scenario.spends_title", {{"name", s.name.empty() ? s.id : s.name}}) +
            "##spends-" + s.id;
        if (ImGui::TreeNode(title.c_str())) {
            scenario_spends(app, plan, s, planned);
            ImGui::TreePop();
        }
    }
    ImGui::SeparatorText(t("forecast.scenarios.compare").c_str());
    comparison_table(t, plan, f, compare_scenarios(plan));
}

// --- review after the campaign -------------------------------------------------------

void review_part(App& app, const Plan& plan, const Forecast& f) {
    const Text& t = app.text();
    const CampaignReview review = review_campaign(plan);
    if (review.review_on) {
        charts::figure_text(t("forecast.review.on",
                              {{"date", format_local_date(*review.review_on, plan.language)}}),
                            "review-on", false, charts::tone_colour(Tone::Accent));
        const bool scheduled =
            std::any_of(plan.reviews.begin(), plan.reviews.end(),
                        [&](const Review& r) { return r.date == *review.review_on; });
        if (!scheduled) {
            ImGui::SameLine();
            if (ImGui::SmallButton((t("forecast.review.schedule") + "##review-schedule").c_str())) {
                Review r;
                r.id = make_id("review", platform::entropy());
                r.date = *review.review_on;
                app.edit(edit::Insert{"reviews", plan.reviews.size(), to_json(r)});
            }
        }
    } else {
        tone_text(t("forecast.review.no_date"), Tone::Neutral);
    }

    ImGui::SeparatorText(t("forecast.review.delivered").c_str());
    TableSpec<Channel> actuals("forecast-actuals", "channels", "table.add.channel");
    actuals.columns = {Column<Channel>::computed("name-actuals", "column.channels.name", 0,
                                                 [&app](const Plan&, const Channel& c) {
                                                     return channel_name(app, c.id);
                                                 }),
                       {"actuals/spend", "column.channels.actuals.spend", 150},
                       {"actuals/orders", "column.channels.actuals.orders", 120},
                       {"actuals/revenue", "column.channels.actuals.revenue", 150}};
    actuals.row_actions = false; // channels are added and removed under their RACE stage
    item_table(app, plan, plan.channels, actuals);

    if (review.channels.empty()) {
        tone_text(t("forecast.review.enter_actuals"), Tone::Neutral);
        return;
    }
    ImGui::Spacing();
    tone_text(t("forecast.review.returned"), Tone::Neutral);
    std::map<std::string, const ChannelForecast*> forecast_of;
    for (const ChannelForecast& c : f.channels)
        forecast_of[c.channel_id] = &c;
    const std::vector<FigureColumn> columns = {
        {t("forecast.column.channel"), 0},
        {in_currency(t, plan, t("forecast_figure.cost_per_order")), 150},
        {in_currency(t, plan, t("forecast.review.forecast")), 130},
        {t("forecast_figure.roas"), 80},
        {t("forecast.review.forecast_roas"), 120}};
    if (begin_figure_table("review-results", columns, static_cast<int>(review.channels.size()))) {
        for (const ChannelReview& c : review.channels) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(channel_name(app, c.channel_id).c_str());
            Ratios planned;
            if (auto it = forecast_of.find(c.channel_id); it != forecast_of.end())
                planned = ratios(it->second->total, plan.forecast);
            const std::string key = "review-" + c.channel_id + "-";
            ImGui::TableNextColumn();
            charts::figure_text(c.cost_per_order ? money_text(plan, *c.cost_per_order) : "-",
                                key + "cost_per_order", true);
            ImGui::TableNextColumn();
            charts::figure_text(planned.cost_per_order ? money_text(plan, *planned.cost_per_order)
                                                       : "-",
                                key + "forecast-cost_per_order", true, charts::muted_colour());
            ImGui::TableNextColumn();
            std::optional<ImVec4> colour;
            if (c.roas && planned.roas)
                colour = charts::tone_colour(*c.roas >= *planned.roas ? Tone::Good : Tone::Bad);
            charts::figure_text(ratio_text(plan, c.roas), key + "roas", true, colour,
                                t("forecast.review.roas_tooltip"));
            ImGui::TableNextColumn();
            charts::figure_text(ratio_text(plan, planned.roas), key + "forecast-roas", true,
                                charts::muted_colour());
        }
        ImGui::EndTable();
    }

    ImGui::SeparatorText(t("forecast.review.next").c_str());
    if (!review.proposal) {
        tone_text(t("forecast.review.needs_actuals"), Tone::Neutral);
        return;
    }
    const AllocationResult& r = *review.proposal;
    if (!r.ok) {
        no_proposal(t, r.error);
        return;
    }
    tone_text(t("forecast.review.same_spend"), Tone::Neutral);
    const std::vector<FigureColumn> next = {
        {t("forecast.column.channel"), 0},
        {in_currency(t, plan, t("forecast.review.spent")), 130},
        {in_currency(t, plan, t("forecast.review.next")), 150},
        {in_currency(t, plan, t("forecast.allocate.change")), 130}};
    if (!begin_figure_table("review-next", next, static_cast<int>(r.channels.size()))) return;
    for (const ChannelAllocation& a : r.channels) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(channel_name(app, a.id).c_str());
        const std::string key = "review-" + a.id + "-";
        ImGui::TableNextColumn();
        charts::figure_text(money_text(plan, a.current), key + "spent", true);
        ImGui::TableNextColumn();
        charts::figure_text(money_text(plan, a.proposed), key + "next", true);
        ImGui::TableNextColumn();
        charts::figure_text(signed_money_text(plan, a.proposed - a.current), key + "change", true);
    }
    ImGui::EndTable();
    reasons(app, r.channels);
}

} // namespace

void draw_forecast(App& app) {
    const Plan* plan = app.current();
    if (!plan) return;
    const Text& t = app.text();
    section_heading(section_title(t, Section::Forecast).c_str(), t("forecast.question").c_str());
    // Worked out again only after a change; parts below hold no pointers
    // into it across the tables, whose edits bring it up to date.
    const Forecast& f = app.forecast();
    const ImGuiTreeNodeFlags open = ImGuiTreeNodeFlags_DefaultOpen;
    auto part = [&](const char* key, const char* id) {
        return ImGui::CollapsingHeader((t(key) + id).c_str(), open);
    };
    if (part("forecast.part.settings", "##forecast-settings")) settings_part(app, *plan);
    // Each part takes the width left once its header is drawn.
    if (part("forecast.part.returns", "##forecast-returns"))
        returns_part(app, *plan, f, ImGui::GetContentRegionAvail().x);
    if (part("forecast.part.curves", "##forecast-curves"))
        curves_part(app, *plan, f, ImGui::GetContentRegionAvail().x);
    if (part("forecast.part.allocation", "##forecast-allocation"))
        allocation_part(app, *plan, f, ImGui::GetContentRegionAvail().x);
    if (part("forecast.part.scenarios", "##forecast-scenarios")) scenarios_part(app, *plan, f);
    if (part("forecast.part.review", "##forecast-review")) review_part(app, *plan, f);
}

} // namespace fp::ui
