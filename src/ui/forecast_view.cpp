// The Forecast section: what the plan will return, channel by channel, from
// spend to revenue, with the ratios marketers judge a plan by; each paid
// channel's response to spend and its diminishing-returns inputs; the budget
// allocator and its proposal; budget scenarios beside the plan; and the
// review after the campaign. The figures come from core/forecast.h; this
// file only shows them and turns clicks into edits.
#include "core/forecast.h"
#include "core/model_json.h"
#include "core/money.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/item_table.h"
#include "ui/labels.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
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

// Money in minor units; a forecast's amounts are doubles, shown rounded.
std::string money(const Plan& plan, double minor) {
    return format_money(std::llround(minor), plan.currency, numbers_of(plan));
}

std::string money_code(const Plan& plan, double minor) {
    return money(plan, minor) + " " + plan.currency;
}

std::string signed_money(const Plan& plan, double minor) {
    const Money m = std::llround(minor);
    return (m > 0 ? "+" : "") + format_money(m, plan.currency, numbers_of(plan));
}

// Counts: whole numbers, but a tenth shows on small ones (2.4 orders).
std::string count(double v) {
    return std::fabs(v) >= 100 ? format_number(std::round(v), 0) : format_number(v, 1);
}

// Ratios such as ROAS always with two decimals, so that columns line up.
std::string two_decimals(double v) {
    std::string s = format_number(v, 2);
    const std::size_t point = s.find('.');
    if (point == std::string::npos) return s + ".00";
    return s + std::string(2 - (s.size() - point - 1), '0');
}

std::string optional_ratio(const std::optional<double>& v) {
    return v ? two_decimals(*v) : "-";
}

// Short figures for chart axes: "12k", "1.5M", in the currency's major units.
std::string compact(double v) {
    const double a = std::fabs(v);
    if (a >= 1e6) return format_number(v / 1e6, 1) + "M";
    if (a >= 1e3) return format_number(v / 1e3, 1) + "k";
    return format_number(v, a >= 10 ? 0 : 1);
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

const char* goal_noun(Goal goal) {
    switch (goal) {
    case Goal::Orders:
        return "orders";
    case Goal::Profit:
        return "gross profit";
    case Goal::Revenue:
        break;
    }
    return "revenue";
}

// A response in the goal's unit.
std::string response_text(const Plan& plan, Goal goal, double v) {
    return goal == Goal::Orders ? count(v) + " orders" : money_code(plan, v);
}

// What the next unit of spend brings: for money, how much per unit (a
// marginal ROAS); for orders, what one more order costs.
std::string marginal_text(const Plan& plan, Goal goal, double m) {
    if (!std::isfinite(m)) return "-"; // an S-curve's first unit, or a concave one's
    if (goal == Goal::Orders) return m > 0 ? money(plan, 1 / m) : "-";
    return two_decimals(m);
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
    ImGui::TableHeadersRow();
    return true;
}

// A total row stands out from the rows it adds up.
void total_row() {
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
}

// --- settings ------------------------------------------------------------------

void settings_part(App& app, const Plan& plan) {
    struct Setting {
        const char* field;
        const char* label;
        const char* help;
    };
    static constexpr Setting kSettings[] = {
        {"forecast/gross_margin", "Gross margin",
         "Share of revenue left after the cost of goods; needed for ROI and gross profit."},
        {"forecast/new_customer_share", "New customers",
         "Share of orders from first-time buyers; CAC divides spend by them. 100% when empty."},
        {"forecast/repeat_rate", "Repeat rate",
         "Share of new customers who buy again in a period."},
        {"forecast/repeat_periods", "Repeat periods",
         "How many periods of repeat purchases the returning-customer value counts."},
        {"forecast/goal", "Goal", "What the budget allocation below maximises."},
    };
    for (const Setting& s : kSettings) {
        plan_field(app, plan, s.field, s.label, 170);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        tone_text(s.help, Tone::Neutral);
    }
}

// --- what the plan returns -------------------------------------------------------

struct FunnelField {
    const char* key; // names the figure for automation: "forecast-<channel>-<key>"
    const char* header;
    double FunnelFigures::*value;
    bool money;
    float width;
};
// Widths fit the table in the section at 1280 pixels; narrower, it scrolls.
constexpr FunnelField kFunnelFields[] = {
    {"spend", "Spend", &FunnelFigures::spend, true, 100},
    {"impressions", "Impressions", &FunnelFigures::impressions, false, 95},
    {"clicks", "Clicks", &FunnelFigures::clicks, false, 75},
    {"visits", "Visits", &FunnelFigures::visits, false, 75},
    {"carts", "Add to cart", &FunnelFigures::carts, false, 85},
    {"orders", "Orders", &FunnelFigures::orders, false, 65},
    {"revenue", "Revenue", &FunnelFigures::revenue, true, 110},
};

std::vector<charts::Card> ratio_cards(const Plan& plan, const Forecast& f) {
    const Ratios& r = f.ratios;
    const ForecastSettings& s = plan.forecast;
    std::vector<charts::Card> cards;
    cards.push_back({"Spend", money_code(plan, f.total.spend),
                     "Across " + std::to_string(f.channels.size()) + " channels", Tone::Neutral,
                     "Every budget line of the plan, summed."});
    cards.push_back({"Revenue", money_code(plan, f.total.revenue),
                     "From " + count(f.total.orders) + " orders", Tone::Accent,
                     "Orders times each channel's average order value."});
    cards.push_back({"ROAS", optional_ratio(r.roas), "Revenue per 1 " + plan.currency + " spent",
                     Tone::Accent, "Return on ad spend: revenue / spend."});
    charts::Card roi{"ROI", r.roi ? format_percent(*r.roi, 1) : "-",
                     r.roi ? "Gross profit " + money_code(plan, r.gross_profit) + " less spend"
                           : "Set a gross margin above",
                     r.roi ? (*r.roi >= 0 ? Tone::Good : Tone::Bad) : Tone::Warning,
                     "(revenue x gross margin - spend) / spend."};
    cards.push_back(roi);
    cards.push_back({"Cost per order", r.cost_per_order ? money_code(plan, *r.cost_per_order) : "-",
                     "Spend / orders", Tone::Neutral, "What the plan spends for each order."});
    cards.push_back({"CAC", r.cac ? money_code(plan, *r.cac) : "-",
                     count(r.new_customers) + " new customers", Tone::Neutral,
                     "Customer acquisition cost: spend / new customers (orders x the "
                     "new-customer share)."});
    const bool repeats = s.repeat_rate && s.repeat_periods;
    cards.push_back({"Returning-customer value", money_code(plan, r.returning_value),
                     repeats ? "From repeat purchases" : "Set a repeat rate and periods",
                     repeats ? Tone::Neutral : Tone::Warning,
                     "New customers x repeat rate x average order value x periods: what the "
                     "customers won now are worth in later purchases."});
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
    ForecastUi& ui = app.ui().forecast;
    const ChannelForecast* shown = shown_channel(app, f);
    std::vector<FigureColumn> columns = {{"Channel", 0}};
    for (const FunnelField& field : kFunnelFields)
        columns.push_back({field.header, field.width});
    columns.push_back({"ROAS", 50});
    tone_text("Amounts in " + plan.currency + ". Click a channel to draw its funnel below.",
              Tone::Neutral);
    if (!begin_figure_table("funnel", columns, static_cast<int>(f.channels.size()) + 1)) return;
    const ImVec4 warning = charts::tone_colour(Tone::Warning);
    auto figures = [&](const FunnelFigures& funnel, const std::string& id) {
        for (const FunnelField& field : kFunnelFields) {
            ImGui::TableNextColumn();
            const double v = funnel.*(field.value);
            charts::figure_text(field.money ? money(plan, v) : count(v),
                                "forecast-" + id + "-" + field.key, true);
        }
        ImGui::TableNextColumn();
        charts::figure_text(optional_ratio(ratios(funnel, plan.forecast).roas),
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
                charts::item_tooltip("The forecast is short: " + c.missing + ".");
            }
            figures(c.total, c.channel_id);
            ImGui::PopID();
        }
    }
    total_row();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("Total");
    figures(f.total, "total");
    ImGui::EndTable();
}

// Channels whose inputs are lacking, each a link to where they are filled in.
void missing_inputs(App& app, const Forecast& f) {
    std::size_t listed = 0, short_of_inputs = 0;
    for (const ChannelForecast& c : f.channels) {
        if (c.missing.empty()) continue;
        if (++short_of_inputs > kListedMissing) continue;
        if (listed++ == 0)
            tone_text("Some forecasts are short of inputs (click one to fill them in):",
                      Tone::Warning);
        const std::string text =
            channel_name(app, c.channel_id) + ": " + c.missing + "##missing-" + c.channel_id;
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, charts::tone_colour(Tone::Warning));
        const bool clicked = ImGui::Selectable(text.c_str());
        ImGui::PopStyleColor();
        if (clicked) app.jump_to("channels", c.channel_id, "inputs");
    }
    if (short_of_inputs > listed)
        tone_text("and " + std::to_string(short_of_inputs - listed) +
                      " more, marked (!) in the table",
                  Tone::Warning);
}

// `missing` says why a funnel is empty. Drawn in a group, so that a panel
// beside it lines up.
void funnel_panel(const char* title, const std::string& note, const Plan& plan,
                  const FunnelFigures& funnel, const std::string& missing, const char* id,
                  float width, const std::function<void(float)>& header = {}) {
    ImGui::BeginGroup();
    charts::Panel panel;
    charts::begin_panel(panel, title, note, width);
    const float inner = panel.inner_width();
    if (header) header(inner);
    std::vector<charts::FunnelStep> steps = {{"Impressions", funnel.impressions, ""},
                                             {"Clicks", funnel.clicks, ""},
                                             {"Visits", funnel.visits, ""},
                                             {"Add to cart", funnel.carts, ""},
                                             {"Orders", funnel.orders, ""}};
    // Owned and earned channels start at visits: no impressions to show.
    while (!steps.empty() && steps.front().value <= 0)
        steps.erase(steps.begin());
    for (charts::FunnelStep& s : steps)
        s.value_text = count(s.value);
    if (steps.empty())
        tone_text("No funnel to draw" + (missing.empty() ? "." : ": " + missing + "."),
                  Tone::Warning);
    else
        charts::funnel_chart(id, steps, charts::tone_colour(Tone::Accent), inner);
    ImGui::Spacing();
    tone_text("Spend " + money_code(plan, funnel.spend) + ", revenue " +
                  money_code(plan, funnel.revenue),
              Tone::Neutral);
    charts::end_panel(panel);
    ImGui::EndGroup();
}

void funnel_charts(App& app, const Plan& plan, const Forecast& f, float width) {
    ForecastUi& ui = app.ui().forecast;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool two = width >= kTwoColumnWidth && !f.channels.empty();
    const float w = two ? (width - gap) / 2 : width;
    funnel_panel("Whole plan", "", plan, f.total, "", "funnel-total", w);
    if (f.channels.empty()) return;
    if (two) ImGui::SameLine(0, gap);
    const ChannelForecast* shown = shown_channel(app, f);
    const std::string name = channel_name(app, shown->channel_id);
    funnel_panel("One channel", "click a row above, or choose", plan, shown->total, shown->missing,
                 "funnel-channel", w, [&](float inner) {
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
void totals_table(const char* id, const char* first, const Plan& plan,
                  const std::vector<GroupRow>& rows, float width) {
    const std::vector<FigureColumn> columns = {{first, 0},
                                               {"Spend (" + plan.currency + ")", 120},
                                               {"Orders", 80},
                                               {"Revenue (" + plan.currency + ")", 120},
                                               {"ROAS", 60}};
    if (!begin_figure_table(id, columns, static_cast<int>(rows.size()), 1, width)) return;
    for (const auto& [row_key, label, funnel] : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label.c_str());
        const std::string key = std::string(id) + "-" + row_key;
        ImGui::TableNextColumn();
        charts::figure_text(money(plan, funnel->spend), key + "-spend", true);
        ImGui::TableNextColumn();
        charts::figure_text(count(funnel->orders), key + "-orders", true);
        ImGui::TableNextColumn();
        charts::figure_text(money(plan, funnel->revenue), key + "-revenue", true);
        ImGui::TableNextColumn();
        charts::figure_text(optional_ratio(ratios(*funnel, plan.forecast).roas), key + "-roas",
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
            phases.push_back({p.id, p.name.empty() ? "Unnamed phase" : p.name, &it->second});
    if (auto it = f.by_phase.find(""); it != f.by_phase.end())
        phases.push_back({"none", "Outside the phases", &it->second});

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const bool two = width >= kTotalsSideBySide;
    const float w = two ? (width - gap) / 2 : width;
    ImGui::BeginGroup();
    ImGui::TextUnformatted("By RACE stage");
    totals_table("by-stage", "Stage", plan, stages, w);
    ImGui::EndGroup();
    if (two) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::TextUnformatted("By phase");
    if (phases.empty())
        tone_text("No phases yet: add them under Execution.", Tone::Neutral);
    else
        totals_table("by-phase", "Phase", plan, phases, w);
    ImGui::EndGroup();
}

void returns_part(App& app, const Plan& plan, const Forecast& f, float width) {
    charts::card_grid("forecast-ratios", ratio_cards(plan, f), width, kMinCardWidth);
    ImGui::Spacing();
    ImGui::SeparatorText("Funnel per channel");
    funnel_table(app, plan, f);
    missing_inputs(app, f);
    ImGui::Spacing();
    funnel_charts(app, plan, f, width);
    ImGui::SeparatorText("Totals");
    group_totals(app.text(), plan, f, width);
}

// --- response curves -------------------------------------------------------------

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

    charts::Panel panel;
    charts::begin_panel(panel, channel_name(app, c.channel_id).c_str(),
                        "planned " + money_code(plan, planned), width);
    const float inner = panel.inner_width();
    charts::CurveChart chart;
    chart.curve = [&](double s) { return response(curve, s); };
    chart.x_max = x_max;
    chart.colour = charts::tone_colour(Tone::Accent);
    chart.format_x = [&](double v) { return compact(major_units(plan, v)); };
    chart.format_y = [&](double v) {
        return goal == Goal::Orders ? compact(v) : compact(major_units(plan, v));
    };
    chart.describe = [&](double s) {
        const double m = marginal_response(curve, s);
        std::string text = "Spend " + money_code(plan, s) + ": " + goal_noun(goal) + " " +
                           response_text(plan, goal, response(curve, s)) + ".\n";
        text +=
            goal == Goal::Orders
                ? "An extra order costs " + marginal_text(plan, goal, m) + " " + plan.currency + "."
                : "1 " + plan.currency + " more returns " + marginal_text(plan, goal, m) + ".";
        return text;
    };
    chart.caption = goal == Goal::Orders
                        ? "Spend in " + plan.currency + ", orders"
                        : "Spend and " + std::string(goal_noun(goal)) + " in " + plan.currency;
    chart.markers.push_back({planned, "Planned " + money(plan, planned), charts::muted_colour()});
    if (proposed)
        chart.markers.push_back(
            {*proposed, "Proposed " + money(plan, *proposed), charts::tone_colour(Tone::Good)});
    chart.height = ImGui::GetTextLineHeight() * 11;
    charts::curve_chart(("curve-" + c.channel_id).c_str(), chart, inner);
    const double m = marginal_response(curve, planned);
    tone_text(
        std::string("At the planned spend: ") + goal_noun(goal) + " " +
            response_text(plan, goal, response(curve, planned)) + "; " +
            (goal == Goal::Orders
                 ? "an extra order costs " + marginal_text(plan, goal, m) + " " + plan.currency
                 : "1 " + plan.currency + " more returns " + marginal_text(plan, goal, m)) +
            (curve.kappa > 0 ? "." : ". No saturation set: every unit returns the same."),
        Tone::Neutral);
    charts::end_panel(panel);
}

void curves_part(App& app, const Plan& plan, const Forecast& f, float width) {
    Goal goal = plan.forecast.goal;
    if (goal == Goal::Profit && !plan.forecast.gross_margin) {
        tone_text(
            "Gross profit needs a gross margin (Settings); the curves show revenue until then.",
            Tone::Warning);
        goal = Goal::Revenue;
    }
    tone_text(std::string("How ") + goal_noun(goal) +
                  " grows with each paid channel's spend. A curve flattens where the channel "
                  "saturates: past that point each extra unit of spend returns less. Hover a "
                  "curve to read it at any spend.",
              Tone::Neutral);
    // The channels the allocator moves: spend-driven, and not bought for a fixed fee.
    std::set<std::string> driven;
    for (const AllocationChannel& c :
         allocation_request(plan, f, goal, AllocationMode::FixedBudget, 0).channels)
        driven.insert(c.id);
    if (driven.empty()) {
        tone_text("No channel is bought per impression, click or order yet (set a channel's "
                  "buying model and unit cost under its RACE stage).",
                  Tone::Warning);
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
        const std::string note = "The " + std::to_string(kShownCurves) +
                                 " channels with the largest planned spend; the table below "
                                 "lists all " +
                                 std::to_string(charted.size()) + ".";
        tone_text(note, Tone::Neutral);
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

    ImGui::SeparatorText("Diminishing returns and limits");
    tone_text("Half-saturation spend: where the channel gives half of what it ever could (empty: "
              "no saturation). Shape: 1 flattens steadily; above 1 the channel needs a push "
              "before it works. Carryover: share of a day's effect that lasts into the next. "
              "The allocator keeps each channel between its least and most, and leaves a "
              "kept channel as it is.",
              Tone::Neutral);
    TableSpec<Channel> spec("forecast-curve-inputs", "channels", "channel");
    spec.columns = {Column<Channel>::computed("name-curve", "Channel", 150,
                                              [&app](const Plan&, const Channel& ch) {
                                                  return channel_name(app, ch.id);
                                              }),
                    {"inputs/half_saturation", "Half-saturation", 150},
                    {"inputs/shape", "Shape", 70},
                    {"inputs/carryover", "Carryover", 90},
                    {"inputs/min_spend", "Least", 115},
                    {"inputs/max_spend", "Most", 115},
                    {"inputs/locked", "Keep spend", 95}};
    spec.include = [&driven](const Channel& ch) { return driven.count(ch.id) > 0; };
    spec.row_actions = false; // channels are added and removed under their RACE stage
    item_table(app, plan, plan.channels, spec);
}

// --- budget allocation -------------------------------------------------------------

struct ModeChoice {
    AllocationMode mode;
    const char* label;
    const char* explanation;
};
constexpr ModeChoice kModes[] = {
    {AllocationMode::FixedBudget, "Share a fixed budget##allocate-fixed",
     "Spends exactly the budget you give, split so that it returns the most."},
    {AllocationMode::TargetRoas, "Find the budget for a target return##allocate-target",
     "The largest budget whose best split still returns at least the target on average."},
    {AllocationMode::MarginalRoas, "Spend while the next unit pays##allocate-marginal",
     "Adds budget where it returns most until one more unit would return less than you say."},
};

// The amount field's name and example, by mode and goal.
std::pair<std::string, std::string> amount_words(const Plan& plan, AllocationMode mode, Goal goal,
                                                 double current) {
    const std::string& cur = plan.currency;
    switch (mode) {
    case AllocationMode::FixedBudget:
        return {"Budget (" + cur + ")", money(plan, current) + ", as planned"};
    case AllocationMode::TargetRoas:
        if (goal == Goal::Orders) return {"Cost per order at most (" + cur + ")", "such as 50"};
        return {goal == Goal::Profit ? "Gross profit per 1 " + cur + " at least" : "Target ROAS",
                "such as 3.5"};
    case AllocationMode::MarginalRoas:
        if (goal == Goal::Orders)
            return {"Stop when an extra order costs over (" + cur + ")", "such as 80"};
        return {"Stop when 1 " + cur + " more returns under", "such as 1"};
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
    ui.problem.clear();
    const bool empty = ui.amount.find_first_not_of(" \t") == std::string::npos;
    double amount = 0;
    if (ui.mode == AllocationMode::FixedBudget) {
        const std::optional<Money> m = parse_money(ui.amount, plan.currency, numbers_of(plan));
        if (empty)
            amount = current_total(allocation_request(plan, f, goal, ui.mode, 0));
        else if (m)
            amount = static_cast<double>(*m);
        else
            ui.problem = "Write the budget as an amount, such as 40,000.";
    } else if (goal == Goal::Orders) {
        // The allocator works in orders per unit of spend: the inverse.
        const std::optional<Money> m = parse_money(ui.amount, plan.currency, numbers_of(plan));
        if (m && *m > 0)
            amount = 1.0 / static_cast<double>(*m);
        else
            ui.problem = "Write what one order may cost, such as 50.";
    } else {
        const std::optional<double> n = parse_number(ui.amount, numbers_of(plan));
        if (n && *n > 0)
            amount = *n;
        else
            ui.problem = "Write a number above zero, such as 3.5.";
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
    BudgetScenario scenario;
    scenario.id = make_id("sc", platform::entropy());
    const char* mode = ui.result_mode == AllocationMode::FixedBudget ? "a fixed budget"
                       : ui.result_mode == AllocationMode::TargetRoas
                           ? "the budget for a target return"
                           : "spending while the next unit pays";
    scenario.name = "Proposed split of " + money_code(plan, r.total_proposed);
    scenario.notes = "Proposed by the allocator on " + format_date(platform::today()) + " for " +
                     mode + ", to maximise " + goal_noun(ui.result_goal) +
                     ". Channels not listed keep the plan's spend.";
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
        ImGui::TextWrapped("%s: %s", channel_name(app, a.id).c_str(), a.reason.c_str());
    }
}

void allocation_table(App& app, const Plan& plan, const AllocationResult& r, Goal goal) {
    const std::string marginal = goal == Goal::Orders ? "Extra order" : "Next 1 " + plan.currency;
    tone_text("Amounts in " + plan.currency + ". " + marginal +
                  (goal == Goal::Orders ? ": what one more order would cost at that spend."
                                        : std::string(": the ") + goal_noun(goal) +
                                              " one more unit of spend would bring at that spend."),
              Tone::Neutral);
    const std::vector<FigureColumn> columns = {{"Channel", 0},
                                               {"Now", 105},
                                               {"Proposed", 105},
                                               {"Change", 105},
                                               {marginal + ", now", 125},
                                               {marginal + ", proposed", 160}};
    if (!begin_figure_table("allocate-result", columns, static_cast<int>(r.channels.size()) + 1))
        return;
    const ImVec4 good = charts::tone_colour(Tone::Good), bad = charts::tone_colour(Tone::Bad);
    for (const ChannelAllocation& a : r.channels) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(channel_name(app, a.id).c_str());
        const std::string key = "allocate-" + a.id + "-";
        ImGui::TableNextColumn();
        charts::figure_text(money(plan, a.current), key + "current", true);
        ImGui::TableNextColumn();
        charts::figure_text(money(plan, a.proposed), key + "proposed", true);
        ImGui::TableNextColumn();
        const double change = a.proposed - a.current;
        charts::figure_text(signed_money(plan, change), key + "change", true,
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
    ImGui::TextUnformatted("Total");
    ImGui::TableNextColumn();
    charts::figure_text(money(plan, r.total_current), "allocate-total-current", true);
    ImGui::TableNextColumn();
    charts::figure_text(money(plan, r.total_proposed), "allocate-total-proposed", true);
    ImGui::TableNextColumn();
    charts::figure_text(signed_money(plan, r.total_proposed - r.total_current),
                        "allocate-total-change", true);
    ImGui::EndTable();
    reasons(app, r.channels);
}

void allocation_result(App& app, const Plan& plan, const AllocationResult& r, float width) {
    ForecastUi& ui = app.ui().forecast;
    const Goal goal = ui.result_goal;
    if (!r.ok) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
        ImGui::TextWrapped("No proposal: %s", r.error.c_str());
        ImGui::PopStyleColor();
        return;
    }
    std::vector<charts::Card> cards;
    cards.push_back({"Proposed spend", money_code(plan, r.total_proposed),
                     "Now " + money_code(plan, r.total_current), Tone::Neutral, ""});
    const double gain = r.response_proposed - r.response_current;
    std::string detail = "Now " + response_text(plan, goal, r.response_current);
    if (r.response_current > 0)
        detail +=
            ", " + std::string(gain >= 0 ? "+" : "") + format_percent(gain / r.response_current, 1);
    std::string title = goal_noun(goal);
    title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    cards.push_back({title + " expected", response_text(plan, goal, r.response_proposed), detail,
                     gain >= 0 ? Tone::Good : Tone::Bad,
                     "What the proposed split is expected to bring, against the split now."});
    // With concave curves the smallest budget is next to nothing: not worth a card.
    if (ui.result_mode == AllocationMode::TargetRoas && r.smallest_budget >= 1)
        cards.push_back({"Smallest budget reaching it", money_code(plan, r.smallest_budget),
                         "The proposal is the largest that keeps it", Tone::Accent, ""});
    charts::card_grid("allocate-summary", cards, width, kMinCardWidth);
    ImGui::Spacing();
    allocation_table(app, plan, r, goal);
    ImGui::Spacing();
    charts::PairedBarChart bars;
    for (const ChannelAllocation& a : r.channels)
        bars.pairs.push_back({channel_name(app, a.id), a.current, a.proposed});
    bars.first_name = "Now";
    bars.second_name = "Proposed";
    bars.first_colour = charts::muted_colour();
    bars.second_colour = charts::tone_colour(Tone::Accent);
    bars.format = [&plan](double v) { return money_code(plan, v); };
    charts::paired_bar_chart("allocate-bars", bars, std::min(width, ImGui::GetFontSize() * 48));
    ImGui::Spacing();
    if (ImGui::Button("Save as scenario##allocate")) save_as_scenario(app, plan, r, ui);
    const auto saved = std::find_if(plan.scenarios.begin(), plan.scenarios.end(),
                                    [&](const BudgetScenario& s) { return s.id == ui.saved; });
    if (saved != plan.scenarios.end()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        tone_text("Saved as \"" + saved->name + "\": compare it under Scenarios.", Tone::Good);
    }
}

void allocation_part(App& app, const Plan& plan, const Forecast& f, float width) {
    ForecastUi& ui = app.ui().forecast;
    const Goal goal = plan.forecast.goal;
    const AllocationRequest planned = allocation_request(plan, f, goal, ui.mode, 0);
    tone_text("The allocator shares budget among the channels bought per impression, click or "
              "order, moving each unit to where it returns most, within each channel's least "
              "and most. Fixed-fee and owned channels keep their spend.",
              Tone::Neutral);
    if (planned.channels.empty()) {
        tone_text("This plan has no such channel yet.", Tone::Warning);
        return;
    }
    const float scale = ImGui::GetFontSize() / 16.0f;
    const auto [amount_label, hint] = amount_words(plan, ui.mode, goal, current_total(planned));
    if (ImGui::BeginTable("allocate-form", 2, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthFixed, 170 * scale);
        ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("How");
        ImGui::TableNextColumn();
        for (const ModeChoice& m : kModes)
            if (ImGui::RadioButton(m.label, ui.mode == m.mode) && ui.mode != m.mode) {
                ui.mode = m.mode;
                ui.amount.clear(); // an amount means something else in another mode
                ui.problem.clear();
            }
        for (const ModeChoice& m : kModes)
            if (m.mode == ui.mode) tone_text(m.explanation, Tone::Neutral);

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Maximise");
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(200 * scale);
        Goal chosen = goal;
        if (enum_field(app.text(), "##allocate-goal", goal, &chosen))
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
        if (ImGui::Button("Propose##allocate") || entered) propose(plan, f, ui);
        if (!ui.problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
            ImGui::TextWrapped("%s", ui.problem.c_str());
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

std::string spends_summary(const Plan& plan, const BudgetScenario& s) {
    if (s.spends.empty()) return "As the plan";
    Money total = 0;
    for (const ScenarioSpend& sp : s.spends)
        total += sp.amount;
    return std::to_string(s.spends.size()) + (s.spends.size() == 1 ? " channel, " : " channels, ") +
           format_money(total, plan.currency, numbers_of(plan));
}

void scenario_spends(App& app, const Plan& plan, const BudgetScenario& scenario,
                     const std::map<std::string, Money>& planned) {
    const std::string list = "scenarios/" + scenario.id + "/spends";
    const std::string id = "scenario-spends-" + scenario.id;
    const std::string planned_header = "The plan's (" + plan.currency + ")";
    TableSpec<ScenarioSpend> spec(id.c_str(), list.c_str(), "channel spend");
    spec.columns = {{"channel_id", "Channel", 0, Show::Auto, "channels"},
                    {"amount", "Spend", 150},
                    Column<ScenarioSpend>::computed(
                        "planned", planned_header.c_str(), 150,
                        [&planned](const Plan& p, const ScenarioSpend& sp) {
                            auto it = planned.find(sp.channel_id);
                            return format_money(it == planned.end() ? 0 : it->second, p.currency,
                                                numbers_of(p));
                        })};
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
    const char* label;
    bool higher_is_better;
    bool neutral; // spend: more is neither good nor bad
    std::function<std::optional<double>(const FunnelFigures&, const Ratios&)> value;
    std::function<std::string(double)> text;
    std::function<std::string(double)> delta;
};

void comparison_table(const Plan& plan, const Forecast& f,
                      const std::vector<ScenarioComparison>& scenarios) {
    auto money_delta = [&plan](double d) { return signed_money(plan, d); };
    auto count_delta = [](double d) { return (d > 0 ? "+" : "") + count(d); };
    auto ratio_delta = [](double d) { return (d > 0 ? "+" : "") + two_decimals(d); };
    auto in_money = [&plan](double v) { return money(plan, v); };
    const std::vector<CompareRow> rows = {
        {"spend", "Spend", true, true,
         [](const FunnelFigures& x, const Ratios&) { return std::optional<double>(x.spend); },
         in_money, money_delta},
        {"orders", "Orders", true, false,
         [](const FunnelFigures& x, const Ratios&) { return std::optional<double>(x.orders); },
         count, count_delta},
        {"revenue", "Revenue", true, false,
         [](const FunnelFigures& x, const Ratios&) { return std::optional<double>(x.revenue); },
         in_money, money_delta},
        {"roas", "ROAS", true, false, [](const FunnelFigures&, const Ratios& r) { return r.roas; },
         two_decimals, ratio_delta},
        {"cost_per_order", "Cost per order", false, false,
         [](const FunnelFigures&, const Ratios& r) { return r.cost_per_order; }, in_money,
         money_delta},
    };
    std::vector<FigureColumn> columns = {{"", 150}, {"The plan", 150}};
    for (const ScenarioComparison& s : scenarios) {
        const auto it =
            std::find_if(plan.scenarios.begin(), plan.scenarios.end(),
                         [&](const BudgetScenario& b) { return b.id == s.scenario_id; });
        const std::string name =
            it == plan.scenarios.end() || it->name.empty() ? "Unnamed scenario" : it->name;
        columns.push_back({name + "##" + s.scenario_id, 190});
    }
    if (!begin_figure_table("compare", columns, static_cast<int>(rows.size()), 2)) return;
    const ImVec4 good = charts::tone_colour(Tone::Good), bad = charts::tone_colour(Tone::Bad);
    for (const CompareRow& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row.label);
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
            charts::figure_text(same ? "same as the plan" : shown + " vs the plan", key + "-delta",
                                true,
                                same || row.neutral ? charts::muted_colour()
                                : better            ? good
                                                    : bad);
        }
    }
    ImGui::EndTable();
}

void scenarios_part(App& app, const Plan& plan, const Forecast& f) {
    tone_text("A scenario is another way to spend: set each channel's spend, and every channel "
              "not listed keeps the plan's. Save an allocation above to get one made for you.",
              Tone::Neutral);
    TableSpec<BudgetScenario> spec("scenarios", "scenarios", "scenario");
    spec.columns = {
        {"name", "Scenario", 240},
        {"notes", "Notes", 0, Show::Long},
        Column<BudgetScenario>::computed("spends-summary", "Spends", 220, spends_summary)};
    spec.make = [] {
        BudgetScenario s;
        s.name = "New scenario";
        return s;
    };
    spec.id_prefix = "sc";
    item_table(app, plan, plan.scenarios, spec);
    if (plan.scenarios.empty()) return;

    const std::map<std::string, Money> planned = planned_spend(plan);
    for (const BudgetScenario& s : plan.scenarios) {
        const std::string title =
            "Spend per channel: " + (s.name.empty() ? s.id : s.name) + "##spends-" + s.id;
        if (ImGui::TreeNode(title.c_str())) {
            scenario_spends(app, plan, s, planned);
            ImGui::TreePop();
        }
    }
    ImGui::SeparatorText("The plan beside its scenarios");
    comparison_table(plan, f, compare_scenarios(plan));
}

// --- review after the campaign -------------------------------------------------------

void review_part(App& app, const Plan& plan, const Forecast& f) {
    const CampaignReview review = review_campaign(plan);
    if (review.review_on) {
        const std::string date = format_date(*review.review_on);
        charts::figure_text("Review on " + date + ", three working days after the last phase ends.",
                            "review-on", false, charts::tone_colour(Tone::Accent));
        const bool scheduled =
            std::any_of(plan.reviews.begin(), plan.reviews.end(),
                        [&](const Review& r) { return r.date == *review.review_on; });
        if (!scheduled) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Add it to the review sessions##review-schedule")) {
                Review r;
                r.id = make_id("review", platform::entropy());
                r.date = *review.review_on;
                app.edit(edit::Insert{"reviews", plan.reviews.size(), to_json(r)});
            }
        }
    } else {
        tone_text("Give the phases dates under Execution to get a review date.", Tone::Neutral);
    }

    ImGui::SeparatorText("What each channel delivered");
    TableSpec<Channel> actuals("forecast-actuals", "channels", "channel");
    actuals.columns = {Column<Channel>::computed("name-actuals", "Channel", 0,
                                                 [&app](const Plan&, const Channel& c) {
                                                     return channel_name(app, c.id);
                                                 }),
                       {"actuals/spend", "Spent", 150},
                       {"actuals/orders", "Orders", 120},
                       {"actuals/revenue", "Revenue", 150}};
    actuals.row_actions = false; // channels are added and removed under their RACE stage
    item_table(app, plan, plan.channels, actuals);

    if (review.channels.empty()) {
        tone_text("Enter what each channel spent to see its actual cost per order and ROAS "
                  "beside the forecast.",
                  Tone::Neutral);
        return;
    }
    ImGui::Spacing();
    tone_text("What each channel returned, against its forecast:", Tone::Neutral);
    std::map<std::string, const ChannelForecast*> forecast_of;
    for (const ChannelForecast& c : f.channels)
        forecast_of[c.channel_id] = &c;
    const std::string cur = " (" + plan.currency + ")";
    const std::vector<FigureColumn> columns = {{"Channel", 0},
                                               {"Cost per order" + cur, 150},
                                               {"Forecast" + cur, 130},
                                               {"ROAS", 80},
                                               {"Forecast ROAS", 120}};
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
            charts::figure_text(c.cost_per_order ? money(plan, *c.cost_per_order) : "-",
                                key + "cost_per_order", true);
            ImGui::TableNextColumn();
            charts::figure_text(planned.cost_per_order ? money(plan, *planned.cost_per_order) : "-",
                                key + "forecast-cost_per_order", true, charts::muted_colour());
            ImGui::TableNextColumn();
            std::optional<ImVec4> colour;
            if (c.roas && planned.roas)
                colour = charts::tone_colour(*c.roas >= *planned.roas ? Tone::Good : Tone::Bad);
            charts::figure_text(optional_ratio(c.roas), key + "roas", true, colour,
                                "Actual revenue / actual spend; green when at least the forecast.");
            ImGui::TableNextColumn();
            charts::figure_text(optional_ratio(planned.roas), key + "forecast-roas", true,
                                charts::muted_colour());
        }
        ImGui::EndTable();
    }

    ImGui::SeparatorText("Next period");
    if (!review.proposal) {
        tone_text("With actual results for at least two channels bought per impression, click or "
                  "order, this proposes how to share the same spend next time.",
                  Tone::Neutral);
        return;
    }
    const AllocationResult& r = *review.proposal;
    if (!r.ok) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
        ImGui::TextWrapped("No proposal: %s", r.error.c_str());
        ImGui::PopStyleColor();
        return;
    }
    tone_text("The same spend, shared by what each channel actually returned:", Tone::Neutral);
    const std::vector<FigureColumn> next = {
        {"Channel", 0}, {"Spent" + cur, 130}, {"Next period" + cur, 150}, {"Change" + cur, 130}};
    if (!begin_figure_table("review-next", next, static_cast<int>(r.channels.size()))) return;
    for (const ChannelAllocation& a : r.channels) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(channel_name(app, a.id).c_str());
        const std::string key = "review-" + a.id + "-";
        ImGui::TableNextColumn();
        charts::figure_text(money(plan, a.current), key + "spent", true);
        ImGui::TableNextColumn();
        charts::figure_text(money(plan, a.proposed), key + "next", true);
        ImGui::TableNextColumn();
        charts::figure_text(signed_money(plan, a.proposed - a.current), key + "change", true);
    }
    ImGui::EndTable();
    reasons(app, r.channels);
}

} // namespace

void draw_forecast(App& app) {
    const Plan* plan = app.current();
    if (!plan) return;
    section_heading("Forecast", "What will the plan return, and where would the budget do most?");
    // Worked out again only after a change; parts below hold no pointers
    // into it across the tables, whose edits bring it up to date.
    const Forecast& f = app.forecast();
    const ImGuiTreeNodeFlags open = ImGuiTreeNodeFlags_DefaultOpen;
    if (ImGui::CollapsingHeader("Settings##forecast-settings", open)) settings_part(app, *plan);
    // Each part takes the width left once its header is drawn.
    if (ImGui::CollapsingHeader("What the plan returns##forecast-returns", open))
        returns_part(app, *plan, f, ImGui::GetContentRegionAvail().x);
    if (ImGui::CollapsingHeader("Response to spend##forecast-curves", open))
        curves_part(app, *plan, f, ImGui::GetContentRegionAvail().x);
    if (ImGui::CollapsingHeader("Budget allocation##forecast-allocation", open))
        allocation_part(app, *plan, f, ImGui::GetContentRegionAvail().x);
    if (ImGui::CollapsingHeader("Scenarios##forecast-scenarios", open))
        scenarios_part(app, *plan, f);
    if (ImGui::CollapsingHeader("Review after the campaign##forecast-review", open))
        review_part(app, *plan, f);
}

} // namespace fp::ui
