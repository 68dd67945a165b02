// The Forecast section's budget allocator: the form that asks for a
// proposal, the proposal with its cards, table and chart, and saving it as a
// scenario. Apart from forecast_view.cpp because the allocator is a part of
// its own; the review reuses its reasons and no_proposal.
#include "core/date_format.h"
#include "core/forecast.h"
#include "core/model_json.h"
#include "core/money.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/charts.h"
#include "ui/fields.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fp::ui::forecast_parts {

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

void spend_cells(App& app, const Plan& plan, const ChannelAllocation& a, const std::string& key,
                 const char* now, const char* next, bool toned) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(channel_name(app, a.id).c_str());
    ImGui::TableNextColumn();
    charts::figure_text(money_text(plan, a.current), key + now, true);
    ImGui::TableNextColumn();
    charts::figure_text(money_text(plan, a.proposed), key + next, true);
    ImGui::TableNextColumn();
    const double change = a.proposed - a.current;
    std::optional<ImVec4> colour;
    if (toned)
        colour = std::llround(change) == 0 ? charts::muted_colour()
                 : change > 0              ? charts::tone_colour(Tone::Good)
                                           : charts::tone_colour(Tone::Bad);
    charts::figure_text(signed_money_text(plan, change), key + "change", true, colour);
}

// Why the allocator made no proposal (its reason, from core).
void no_proposal(const Text& t, const Message& error) {
    ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
    ImGui::TextWrapped("%s", t("forecast.no_proposal", {{"reason", t(error)}}).c_str());
    ImGui::PopStyleColor();
}

namespace {

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
        // Profit is after spend: 0.5 per unit spent is 1.5 before it.
        if (goal == Goal::Profit)
            return {t("forecast.allocate.amount.min_profit", cur), such_as(0.5)};
        return {t("forecast.allocate.amount.target_roas"), such_as(3.5)};
    case AllocationMode::MarginalRoas:
        if (goal == Goal::Orders)
            return {t("forecast.allocate.amount.stop_order_cost", cur), such_as(80)};
        return {t("forecast.allocate.amount.stop_return", cur),
                such_as(goal == Goal::Profit ? 0.1 : 1)};
    }
    return {};
}

double current_total(const AllocationRequest& request) {
    double total = 0;
    for (const AllocationChannel& c : request.channels)
        total += c.current;
    return total;
}

void propose(App& app, const Plan& plan, const Forecast& f, ForecastUi& ui) {
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
    app.proposal() = propose(plan, f, goal, ui.mode, amount);
}

void save_as_scenario(App& app, const Plan& plan, Proposal& proposal) {
    const Text& t = app.text();
    const char* mode =
        proposal.mode == AllocationMode::FixedBudget  ? "forecast.allocate.saved_mode.fixed"
        : proposal.mode == AllocationMode::TargetRoas ? "forecast.allocate.saved_mode.target"
                                                      : "forecast.allocate.saved_mode.marginal";
    const BudgetScenario scenario =
        scenario_of(proposal,
                    t("forecast.allocate.saved_name",
                      {{"amount", amount_text(t, plan, proposal.result.total_proposed)}}),
                    t("forecast.allocate.saved_notes",
                      {{"date", format_local_date(platform::today(), plan.language)},
                       {"mode", t(mode)},
                       {"goal", t(goal_noun(proposal.goal))}}),
                    platform::entropy);
    // One insert, so that one undo takes the whole scenario away.
    if (app.edit(edit::Insert{"scenarios", plan.scenarios.size(), to_json(scenario)}))
        proposal.saved_as = scenario.id;
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
    for (const ChannelAllocation& a : r.channels) {
        const std::string key = "allocate-" + a.id + "-";
        spend_cells(app, plan, a, key, "current", "proposed", true);
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

void allocation_result(App& app, const Plan& plan, Proposal& proposal, float width) {
    const Text& t = app.text();
    const AllocationResult& r = proposal.result;
    const Goal goal = proposal.goal;
    if (!r.ok) {
        no_proposal(t, r.error);
        return;
    }
    std::vector<charts::Card> cards;
    cards.push_back(
        {t("forecast.allocate.card.spend"), amount_text(t, plan, r.total_proposed),
         t("forecast.allocate.card.now", {{"amount", amount_text(t, plan, r.total_current)}}),
         Tone::Neutral, "", std::nullopt});
    const double gain = r.response_proposed - r.response_current;
    const std::string now = response_text(t, plan, goal, r.response_current);
    const std::string detail =
        r.response_current > 0
            ? t("forecast.allocate.card.now_change",
                {{"amount", now},
                 {"change",
                  (gain >= 0 ? "+" : "") + percent_text(plan, gain / r.response_current, 1)}})
            : t("forecast.allocate.card.now", {{"amount", now}});
    const ResponseRange& range = proposal.ranges.proposed;
    const std::optional<charts::Band> band =
        band_of(t, range.low, r.response_proposed, range.high,
                [&](double v) { return response_text(t, plan, goal, v); });
    cards.push_back({t("forecast.allocate.card.expected", {{"goal", enum_label(t, goal)}}),
                     response_text(t, plan, goal, r.response_proposed), detail,
                     gain >= 0 ? Tone::Good : Tone::Bad,
                     t("forecast.allocate.card.expected.tooltip"), band});
    // With concave curves the smallest budget is next to nothing: not worth a card.
    if (proposal.mode == AllocationMode::TargetRoas && r.smallest_budget >= 1)
        cards.push_back(
            {t("forecast.allocate.card.smallest"), amount_text(t, plan, r.smallest_budget),
             t("forecast.allocate.card.smallest.detail"), Tone::Accent, "", std::nullopt});
    charts::card_grid("allocate-summary", cards, width, kMinCardWidth);
    // Allowed, but the last unit spent returns less than it costs.
    if (!r.warning.empty()) tone_text(t(r.warning), Tone::Warning);
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
        save_as_scenario(app, plan, proposal);
    const auto saved =
        std::find_if(plan.scenarios.begin(), plan.scenarios.end(),
                     [&](const BudgetScenario& s) { return s.id == proposal.saved_as; });
    if (saved != plan.scenarios.end()) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        tone_text(t("forecast.allocate.saved", {{"name", saved->name}}), Tone::Good);
    }
}

} // namespace

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
            propose(app, plan, f, ui);
        if (!ui.problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
            ImGui::TextWrapped("%s", t(ui.problem).c_str());
            ImGui::PopStyleColor();
        }
        ImGui::EndTable();
    }
    if (std::optional<Proposal>& p = app.proposal(); p && p->plan_id == plan.id) {
        ImGui::Spacing();
        allocation_result(app, plan, *p, width);
    }
}

} // namespace fp::ui::forecast_parts
