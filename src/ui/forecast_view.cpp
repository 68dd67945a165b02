// The Forecast section: what the plan will return, channel by channel, from
// spend to revenue, with the ratios marketers judge a plan by. This file lays
// the section out, draws its settings and returns, and holds what the other
// parts share (forecast_parts.h); the response curves, the allocator,
// scenarios and the review each have their own file. The figures come from
// core/forecast.h; these files only show them and turn clicks into edits.
#include "core/forecast.h"
#include "core/vocabulary.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/item_rects.h"
#include "ui/item_table.h"
#include "ui/labels.h"
#include "ui/sections.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace fp::ui {

namespace forecast_parts {

std::string in_currency(const Text& t, const Plan& plan, const std::string& header) {
    return t("table.header_with_currency", {{"header", header}, {"currency", plan.currency}});
}

std::string channel_name(App& app, const std::string& id) {
    const auto& names = app.names_of("channels");
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

Column<Channel> channel_name_column(App& app, const char* id, float width) {
    return Column<Channel>::computed(
        id, "column.channels.name", width,
        [&app](const Plan&, const Channel& ch) { return channel_name(app, ch.id); });
}

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
        return "forecast.goal_noun.orders";
    case Goal::Profit:
        return "forecast.goal_noun.profit";
    case Goal::Revenue:
        break;
    }
    return "forecast.goal_noun.revenue";
}

std::string response_text(const Text& t, const Plan& plan, Goal goal, double v) {
    return goal == Goal::Orders ? counted_text(t, plan, "forecast.orders_count", v)
                                : amount_text(t, plan, v);
}

std::string marginal_text(const Plan& plan, Goal goal, double m) {
    if (!std::isfinite(m)) return "-"; // an S-curve's first unit, or a concave one's
    if (goal == Goal::Orders) return m > 0 ? money_text(plan, 1 / m) : "-";
    return ratio_text(plan, m);
}

// --- tables of figures ---------------------------------------------------------

bool begin_figure_table(const char* id, const std::vector<FigureColumn>& columns, int rows,
                        float row_lines, float width) {
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

void total_row() {
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
}

std::optional<charts::Band> band_of(const Text& t, std::optional<double> low,
                                    std::optional<double> expected, std::optional<double> high,
                                    const std::function<std::string(double)>& text) {
    if (!low || !expected || !high || *low == *high) return std::nullopt;
    return charts::Band{*low, *expected, *high, range_text(t, text(*low), text(*high))};
}

namespace {

// Long lists are summed up: the rest is in the tables.
constexpr std::size_t kListedMissing = 6;
// The stage and phase totals side by side need room for five columns each.
constexpr float kTotalsSideBySide = 1100;

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

std::vector<charts::Card> ratio_cards(const Text& t, const Plan& plan, const Forecast& f) {
    const Ratios& r = f.ratios;
    const ForecastSettings& s = plan.forecast;
    const double channels = static_cast<double>(f.channels.size());
    std::vector<charts::Card> cards;
    auto band = [&](std::optional<double> low, std::optional<double> expected,
                    std::optional<double> high, const std::function<std::string(double)>& text) {
        return band_of(t, low, expected, high, text);
    };
    auto money = [&](double v) { return amount_text(t, plan, v); };
    auto ratio = [&](double v) { return ratio_text(plan, v); };
    auto percent = [&](double v) { return percent_text(plan, v, 1); };
    const FigureRange& range = f.range;
    cards.push_back({t("forecast.figure.spend"), amount_text(t, plan, f.total.spend),
                     counted_text(t, plan, "forecast.card.spend.detail", channels), Tone::Neutral,
                     t("forecast.card.spend.tooltip"), std::nullopt});
    cards.push_back({t("forecast_figure.revenue"), amount_text(t, plan, f.total.revenue),
                     counted_text(t, plan, "forecast.card.revenue.detail", f.total.orders),
                     Tone::Accent, t("forecast.card.revenue.tooltip"),
                     band(range.low.revenue, f.total.revenue, range.high.revenue, money)});
    cards.push_back({t("forecast_figure.roas"), ratio_text(plan, r.roas),
                     t("forecast.card.roas.detail", {{"currency", plan.currency}}), Tone::Accent,
                     t("forecast.card.roas.tooltip"),
                     band(range.low_ratios.roas, r.roas, range.high_ratios.roas, ratio)});
    charts::Card roi{
        t("forecast_figure.roi"),
        r.roi ? percent_text(plan, *r.roi, 1) : "-",
        r.roi ? t("forecast.card.roi.detail", {{"amount", amount_text(t, plan, r.gross_profit)}})
              : t("forecast.card.roi.no_margin"),
        r.roi ? (*r.roi >= 0 ? Tone::Good : Tone::Bad) : Tone::Warning,
        t("forecast.card.roi.tooltip"),
        band(range.low_ratios.roi, r.roi, range.high_ratios.roi, percent)};
    cards.push_back(roi);
    cards.push_back({t("forecast_figure.cost_per_order"),
                     r.cost_per_order ? amount_text(t, plan, *r.cost_per_order) : "-",
                     t("forecast.card.cost_per_order.detail"), Tone::Neutral,
                     t("forecast.card.cost_per_order.tooltip"),
                     band(range.low_ratios.cost_per_order, r.cost_per_order,
                          range.high_ratios.cost_per_order, money)});
    cards.push_back({t("forecast_figure.cac"), r.cac ? amount_text(t, plan, *r.cac) : "-",
                     counted_text(t, plan, "forecast.card.cac.detail", r.new_customers),
                     Tone::Neutral, t("forecast.card.cac.tooltip"), std::nullopt});
    const bool repeats = s.repeat_rate && s.repeat_periods;
    cards.push_back(
        {t("forecast.card.returning"), amount_text(t, plan, r.returning_value),
         t(repeats ? "forecast.card.returning.detail" : "forecast.card.returning.no_repeats"),
         repeats ? Tone::Neutral : Tone::Warning, t("forecast.card.returning.tooltip"),
         std::nullopt});
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
    columns.push_back({in_currency(t, plan, t("forecast.figure.revenue_range")), 190});
    tone_text(t("forecast.funnel.hint", {{"currency", plan.currency}}), Tone::Neutral);
    if (!begin_figure_table("funnel", columns, static_cast<int>(f.channels.size()) + 1)) return;
    const ImVec4 warning = charts::tone_colour(Tone::Warning);
    auto figures = [&](const FunnelFigures& funnel, const FigureRange& range,
                       const std::string& id) {
        for (const FunnelField& field : kFunnelFields) {
            ImGui::TableNextColumn();
            const double v = funnel.*(field.value);
            charts::figure_text(field.money ? money_text(plan, v) : count_text(plan, v),
                                "forecast-" + id + "-" + field.key, true);
        }
        ImGui::TableNextColumn();
        charts::figure_text(ratio_text(plan, ratios(funnel, plan.forecast).roas),
                            "forecast-" + id + "-roas", true);
        // Certain inputs: the one figure; else from the 10th to the 90th percentile.
        ImGui::TableNextColumn();
        const std::string low = money_text(plan, range.low.revenue);
        const std::string high = money_text(plan, range.high.revenue);
        charts::figure_text(low == high ? low : low + " - " + high,
                            "forecast-" + id + "-revenue-range", true);
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
            figures(c.total, c.range, c.channel_id);
            ImGui::PopID();
        }
    }
    total_row();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(t("common.total").c_str());
    figures(f.total, f.range, "total");
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
        if (clicked) app.jump_to({"channels", c.channel_id, "inputs"});
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

} // namespace

} // namespace forecast_parts

void draw_forecast(App& app) {
    using namespace forecast_parts;
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
