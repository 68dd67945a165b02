// The Forecast section's review after the campaign: actuals per channel, what
// they returned against the forecast, and where to spend next. Apart from
// forecast_view.cpp because the review is a part of its own.
#include "core/date_format.h"
#include "core/forecast.h"
#include "core/model_json.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/charts.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/item_table.h"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fp::ui::forecast_parts {

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
    actuals.columns = {channel_name_column(app, "name-actuals", 0),
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
    if (ImGui::Button((t("menu.plan.next") + "##review-next-plan").c_str()))
        app.ui().next_plan.requested = true;
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
    for (const ChannelAllocation& a : r.channels)
        spend_cells(app, plan, a, "review-" + a.id + "-", "spent", "next", false);
    ImGui::EndTable();
    reasons(app, r.channels);
}

} // namespace fp::ui::forecast_parts
