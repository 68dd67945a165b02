// The Forecast section's budget scenarios: other spends per channel beside
// the plan's, and how their figures compare. Apart from forecast_view.cpp
// because scenarios are a part of their own.
#include "core/forecast.h"
#include "ui/charts.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/item_table.h"

#include <imgui.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fp::ui::forecast_parts {

namespace {

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
    spec.columns = {{"channel_id", "column.scenario_spends.channel_id", 0},
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

} // namespace

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
    comparison_table(t, plan, f, app.scenario_comparisons());
}

} // namespace fp::ui::forecast_parts
