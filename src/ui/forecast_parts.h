// What the Forecast section's parts share: its layout constants, the words
// for its goal, its tables of figures; and each part's entry point, one file
// a part (forecast_view.cpp lays the section out and holds what is shared).
#pragma once

#include "core/forecast.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/item_table.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fp::ui::forecast_parts {

using Tone = charts::Tone;

// Narrower sections stack side-by-side panels in one column.
inline constexpr float kTwoColumnWidth = 900;
inline constexpr float kMinCardWidth = 170;

// A column header with the currency its amounts are in: "Spend (CNY)".
std::string in_currency(const Text& t, const Plan& plan, const std::string& header);
std::string channel_name(App& app, const std::string& id);
// A read-only column of channel names for the section's channel tables;
// `id` names the column's cells for automation.
Column<Channel> channel_name_column(App& app, const char* id, float width);
// Pushed text colour for the scope of one piece of text.
void tone_text(const std::string& text, Tone tone);

// The key of the goal's name inside a sentence ("orders"); enum_label names
// it on its own ("Orders").
const char* goal_noun(Goal goal);
// A response in the goal's unit.
std::string response_text(const Text& t, const Plan& plan, Goal goal, double v);
// What the next unit of spend brings: for money, how much per unit (a
// marginal ROAS); for orders, what one more order costs.
std::string marginal_text(const Plan& plan, Goal goal, double m);

// The band of a figure whose low and high differ, each end written as `text`
// writes it; none when the figure is certain or not known.
std::optional<charts::Band> band_of(const Text& t, std::optional<double> low,
                                    std::optional<double> expected, std::optional<double> high,
                                    const std::function<std::string(double)>& text);

// The funnel's figures as the interface shows them, in the funnel's order.
struct FunnelField {
    const char* key;    // names the figure for automation: "forecast-<channel>-<key>"
    const char* header; // its key
    double FunnelFigures::*value;
    bool money;
    float width; // in the Forecast section's funnel table
};
// Widths fit the table in the section at 1280 pixels; narrower, it scrolls.
inline constexpr FunnelField kFunnelFields[] = {
    {"spend", "forecast.figure.spend", &FunnelFigures::spend, true, 100},
    {"impressions", "forecast_figure.impressions", &FunnelFigures::impressions, false, 95},
    {"clicks", "forecast.figure.clicks", &FunnelFigures::clicks, false, 75},
    {"visits", "forecast_figure.visits", &FunnelFigures::visits, false, 75},
    {"carts", "forecast.figure.carts", &FunnelFigures::carts, false, 85},
    {"orders", "forecast_figure.orders", &FunnelFigures::orders, false, 65},
    {"revenue", "forecast_figure.revenue", &FunnelFigures::revenue, true, 110},
};

// A read-only table of figures: the first column names the row and stays in
// view; the table scrolls sideways when its columns do not fit, and up and
// down past most of the section's height (draw its rows through a clipper).
struct FigureColumn {
    std::string header;
    float width; // pixels at 16 px text; 0 stretches
};
// `width` 0 takes the rest of the line.
bool begin_figure_table(const char* id, const std::vector<FigureColumn>& columns, int rows,
                        float row_lines = 1, float width = 0);
// A total row stands out from the rows it adds up.
void total_row();

// Why each channel moved, under the table: too long for a column.
void reasons(App& app, const std::vector<ChannelAllocation>& channels);
// A new row of a proposal's table with its first cells: the channel, its
// spend now and proposed, and the change, as "<key><now>", "<key><next>"
// and "<key>change" for automation; the change toned better or worse when
// `toned`.
void spend_cells(App& app, const Plan& plan, const ChannelAllocation& a, const std::string& key,
                 const char* now, const char* next, bool toned);
// Why the allocator made no proposal (its reason, from core).
void no_proposal(const Text& t, const Message& error);

// The parts below the returns, each drawn by its own file.
void curves_part(App& app, const Plan& plan, const Forecast& f, float width);     // curves_view
void allocation_part(App& app, const Plan& plan, const Forecast& f, float width); // allocation_view
void scenarios_part(App& app, const Plan& plan, const Forecast& f);               // scenarios_view
void review_part(App& app, const Plan& plan, const Forecast& f);                  // review_view

} // namespace fp::ui::forecast_parts
