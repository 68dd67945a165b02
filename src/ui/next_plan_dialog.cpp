// The dialog "Start the next plan from this one": the new plan's name and
// start, and before it is made, what each channel learns from the finished
// campaign (core/next_plan.h): its cost per order as forecast, as achieved
// and as forecast next time, and how its inputs were refitted.
#include "core/date_format.h"
#include "core/next_plan.h"
#include "ui/app.h"
#include "ui/fields.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

namespace fp::ui {

namespace {

std::string money_or_dash(const Plan& plan, const std::optional<double>& minor) {
    return minor ? money_text(plan, *minor) : "-";
}

// One input's change, as the channel tables show its value: "Conversion
// rate 2.0% → 2.6%".
std::string change_text(const Text& t, const Plan& plan, const InputChange& c) {
    const auto value = [&](const std::optional<double>& v) -> std::string {
        if (!v) return "-";
        if (c.money) return money_text(plan, *v);
        if (c.rate) return percent_text(plan, *v, 2);
        return count_text(plan, *v);
    };
    return t("next_plan.change", {{"input", t("column.channels.inputs." + c.input)},
                                  {"before", value(c.before)},
                                  {"after", value(c.after)}});
}

void refit_table(const Text& t, const Plan& plan, const NextPlanResult& next) {
    using forecast_parts::FigureColumn;
    const std::vector<FigureColumn> columns = {
        {t("forecast.column.channel"), 160},
        {forecast_parts::in_currency(t, plan, t("next_plan.column.before")), 130},
        {forecast_parts::in_currency(t, plan, t("next_plan.column.actual")), 130},
        {forecast_parts::in_currency(t, plan, t("next_plan.column.next")), 130},
        {t("next_plan.column.how"), 0}};
    // Each row's last cell holds the note (often two lines) and a line per
    // changed input.
    std::size_t lines = 2;
    for (const ChannelRefit& c : next.channels)
        lines = std::max(lines, 2 + c.changes.size());
    if (!forecast_parts::begin_figure_table("next-plan-channels", columns,
                                            static_cast<int>(next.channels.size()),
                                            static_cast<float>(lines)))
        return;
    for (const ChannelRefit& c : next.channels) {
        const std::string key = "next-plan-" + c.channel_id + "-";
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c.name.c_str());
        ImGui::TableNextColumn();
        charts::figure_text(money_or_dash(plan, c.cost_per_order.forecast_before), key + "before",
                            true, charts::muted_colour());
        ImGui::TableNextColumn();
        charts::figure_text(money_or_dash(plan, c.cost_per_order.actual), key + "actual", true);
        ImGui::TableNextColumn();
        charts::figure_text(
            money_or_dash(plan, c.cost_per_order.forecast_next), key + "next", true,
            charts::tone_colour(c.refitted ? charts::Tone::Accent : charts::Tone::Neutral));
        ImGui::TableNextColumn();
        // Wrapped: a note is a sentence, too long for one line of a column.
        ImGui::PushTextWrapPos(0);
        if (c.refitted)
            ImGui::TextUnformatted(t(c.note).c_str());
        else
            ImGui::TextDisabled("%s", t(c.note).c_str());
        for (const InputChange& change : c.changes)
            ImGui::TextDisabled("%s", change_text(t, plan, change).c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

} // namespace

void draw_next_plan_dialog(App& app, const Plan& plan) {
    UiState& ui = app.ui();
    NextPlanUi& d = ui.next_plan;
    const Text& t = app.text();
    const std::string title = t("next_plan.title") + "###next-plan";
    if (d.requested) {
        d.requested = false;
        d.name = t("next_plan.default_name", {{"name", plan.name}});
        d.start = next_plan_start(plan);
        d.preview.reset();
        ImGui::OpenPopup(title.c_str());
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(820.0f, viewport->WorkSize.x * 0.92f), 0),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) return;
    note(t("next_plan.intro"));
    ImGui::Spacing();

    const float label_width = ImGui::GetFontSize() * 8;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("next_plan.name").c_str());
    ImGui::SameLine(label_width);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    if (ImGui::InputText("##next-plan-name", &d.name)) d.preview.reset();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("next_plan.start").c_str());
    ImGui::SameLine(label_width);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    date_field(
        t, plan.language, ui, "##next-plan-start", d.start,
        [&](const std::string& text) -> std::string {
            if (const std::optional<Date> typed = parse_date(text); typed && *typed != d.start) {
                d.start = *typed;
                d.preview.reset();
            }
            return "";
        },
        false);

    // Worked out again only when the name or the start changes: a refit
    // forecasts every channel.
    if (!d.preview) d.preview = app.preview_next_plan(d.start, d.name);
    const NextPlanResult& next = *d.preview;
    ImGui::Spacing();
    if (!next.ok) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
        ImGui::TextWrapped("%s", t(next.error).c_str());
        ImGui::PopStyleColor();
    } else {
        const char* moved = next.days > 0   ? "next_plan.moved_later"
                            : next.days < 0 ? "next_plan.moved_earlier"
                                            : "next_plan.not_moved";
        note(t(moved, {{"days", days_text(t, std::abs(next.days))},
                       {"start", format_local_date(next.plan.period.start, plan.language)},
                       {"end", format_local_date(next.plan.period.end, plan.language)}}));
        ImGui::Spacing();
        if (next.channels.empty()) {
            note(t("next_plan.no_channels"));
        } else {
            note(t("next_plan.cost_per_order"));
            refit_table(t, plan, next);
        }
    }

    ImGui::Spacing();
    ImGui::BeginDisabled(!next.ok);
    if (ImGui::Button((t("next_plan.create") + "##next-plan-create").c_str())) {
        app.start_next_plan(d.start, d.name);
        d.preview.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button((t("common.cancel") + "##next-plan-cancel").c_str()) ||
        ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        d.preview.reset();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace fp::ui
