// The Overview section, the plan's dashboard: headline figures, KPI
// achievement, the budget by stage, channel and phase, objectives by stage,
// open findings and the tasks coming up. Rows jump to the item they show.
#include "core/date_format.h"
#include "core/derived.h"
#include "core/findings.h"
#include "core/forecast.h"
#include "core/money.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/forecast_parts.h"
#include "ui/format.h"
#include "ui/item_rects.h"
#include "ui/labels.h"
#include "ui/style.h"
#include "ui/views.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace fp::ui {

namespace {

using charts::Tone;

// Narrower sections stack the panels in one column; wide ones use three, so
// that rows stay short enough to read across.
constexpr float kTwoColumnWidth = 900;
constexpr float kThreeColumnWidth = 1800;
constexpr float kMinCardWidth = 160;
constexpr int kTaskWindowDays = 14;
constexpr std::size_t kShownFindings = 6; // the findings panel beside the plan lists them all
constexpr std::size_t kShownTasks = 6;
// A dashboard is read at a glance: long lists show their first rows and
// gather the rest, so a plan of thousands of items draws as fast as a small one.
constexpr std::size_t kShownKpis = 12;
constexpr std::size_t kShownBars = 12;
constexpr std::size_t kShownPerStage = 5; // objectives listed under each stage
// KPI bars span 0% to the best achievement, within these bounds, so that the
// target tick stays in the same place on every row.
constexpr double kMinKpiScale = 1.0;
constexpr double kMaxKpiScale = 1.5;

// What the panels show; the App keeps them between changes.
struct Figures {
    const BudgetTotals& budget;
    const std::map<std::string, SmartCheck>& smart; // by objective id
    const std::vector<Finding>& findings;
    Date today;
};

// "85%" for 85, as the plan writes percentages.
std::string whole_percent(int whole, const Plan& plan) {
    return percent_text(plan, whole / 100.0, 0);
}

std::string dates(const Text& t, const Plan& plan, const Period& period) {
    return t("overview.dates", {{"start", format_local_date(period.start, plan.language)},
                                {"end", format_local_date(period.end, plan.language)}});
}

std::optional<int> kpi_percent(const Kpi& kpi) {
    const std::optional<double> rate = achievement(kpi);
    if (!rate) return std::nullopt;
    return achievement_percent(*rate);
}

Tone achievement_tone(std::optional<int> percent) {
    if (!percent) return Tone::Neutral;
    if (*percent >= 100) return Tone::Good;
    if (*percent >= 80) return Tone::Warning;
    return Tone::Bad;
}

std::size_t smart_passing(const Figures& f) {
    return static_cast<std::size_t>(std::count_if(
        f.smart.begin(), f.smart.end(), [](const auto& entry) { return entry.second.passes(); }));
}

// --- headline figures --------------------------------------------------------

charts::Card budget_card(const Text& t, const Plan& plan, const Figures& f) {
    charts::Card card{t("overview.card.budget"),
                      amount_text(t, plan, f.budget.total),
                      "",
                      Tone::Neutral,
                      "",
                      std::nullopt};
    if (!plan.budget_total) {
        card.detail = t("overview.card.budget.no_total");
        return card;
    }
    const Money total = *plan.budget_total;
    const std::string total_text = amount_text(t, plan, total);
    if (f.budget.over_by > 0) {
        card.detail = t("overview.card.budget.over",
                        {{"total", total_text}, {"over", money_text(plan, f.budget.over_by)}});
        card.tone = Tone::Bad;
    } else {
        card.detail =
            f.budget.total < total
                ? t("overview.card.budget.left",
                    {{"total", total_text}, {"left", money_text(plan, total - f.budget.total)}})
                : t("overview.card.budget.of_total", {{"total", total_text}});
        card.tone = Tone::Good;
    }
    card.tooltip = t("overview.card.budget.tooltip",
                     {{"lines", amount_text(t, plan, f.budget.total)}, {"total", total_text}});
    return card;
}

// "3 of 5 pass SMART".
std::string smart_passing_text(const Text& t, const Plan& plan, const Figures& f) {
    return t("overview.smart_passing", {{"passing", count_text(plan, smart_passing(f))},
                                        {"total", count_text(plan, plan.objectives.size())}});
}

charts::Card objectives_card(const Text& t, const Plan& plan, const Figures& f) {
    const std::size_t n = plan.objectives.size();
    const std::size_t passing = smart_passing(f);
    charts::Card card{t("overview.card.objectives"),
                      count_text(plan, n),
                      t("overview.card.objectives.none"),
                      Tone::Neutral,
                      "",
                      std::nullopt};
    if (n == 0) return card;
    card.detail =
        passing == n ? t("overview.card.objectives.all_smart") : smart_passing_text(t, plan, f);
    card.tone = passing == n ? Tone::Good : Tone::Warning;
    card.tooltip = t("overview.card.objectives.tooltip");
    return card;
}

charts::Card kpis_card(const Text& t, const Plan& plan) {
    std::size_t on = 0, under = 0, far_under = 0, no_data = 0;
    for (const Kpi& k : plan.kpis) {
        const std::optional<int> p = kpi_percent(k);
        if (!p)
            ++no_data;
        else if (*p >= 100)
            ++on;
        else
            ++under, far_under += *p < 80;
    }
    charts::Card card{
        t("overview.card.kpis"),
        t("overview.card.kpis.value",
          {{"on", count_text(plan, on)}, {"total", count_text(plan, plan.kpis.size())}}),
        "",
        Tone::Neutral,
        "",
        std::nullopt};
    if (plan.kpis.empty()) {
        card.value = count_text(plan, 0);
        card.detail = t("overview.card.kpis.none");
        return card;
    }
    std::vector<std::string> parts;
    if (under) parts.push_back(t("overview.card.kpis.under", {{"count", count_text(plan, under)}}));
    if (no_data)
        parts.push_back(t("overview.card.kpis.no_data", {{"count", count_text(plan, no_data)}}));
    if (parts.empty()) parts.push_back(t("overview.card.kpis.all_on_target"));
    for (std::size_t i = 0; i < parts.size(); ++i)
        card.detail += (i ? " · " : "") + parts[i];
    if (far_under)
        card.tone = Tone::Bad;
    else if (under)
        card.tone = Tone::Warning;
    else if (on)
        card.tone = Tone::Good;
    card.tooltip = t("overview.card.kpis.tooltip");
    return card;
}

charts::Card findings_card(const Text& t, const Plan& plan, const Figures& f) {
    charts::Card card{t("overview.open_findings"),
                      count_text(plan, f.findings.size()),
                      t("overview.card.findings.none"),
                      f.findings.empty() ? Tone::Good : Tone::Warning,
                      "",
                      std::nullopt};
    if (f.findings.empty()) return card;
    // How many of each kind, in the order FindingKind lists them.
    static constexpr const char* kKinds[] = {
        "overview.card.findings.smart", "overview.card.findings.schedule",
        "overview.card.findings.budget", "overview.card.findings.kpi",
        "overview.card.findings.resource"};
    constexpr std::size_t kCount = std::size(kKinds);
    static_assert(static_cast<std::size_t>(FindingKind::Resource) + 1 == kCount,
                  "one label per kind of finding");
    std::size_t by_kind[kCount] = {};
    for (const Finding& finding : f.findings)
        ++by_kind[static_cast<std::size_t>(finding.kind)];
    card.detail.clear();
    for (std::size_t i = 0; i < kCount; ++i)
        if (by_kind[i])
            card.detail += (card.detail.empty() ? "" : " · ") +
                           t(kKinds[i], {{"count", count_text(plan, by_kind[i])}});
    return card;
}

charts::Card timing_card(const Text& t, const Plan& plan, const Figures& f) {
    const Period& period = plan.period;
    charts::Card card{
        t("overview.card.timing"), "", dates(t, plan, period), Tone::Neutral, "", std::nullopt};
    const std::string end = format_local_date(period.end, plan.language);
    if (f.today < period.start) {
        const int wait = days_between(f.today, period.start);
        card.value = wait == 1 ? t("overview.card.timing.tomorrow")
                               : counted_text(t, plan, "overview.card.timing.starts_in", wait);
    } else if (f.today <= period.end) {
        const int left = days_between(f.today, period.end);
        card.value = left == 0 ? t("overview.card.timing.ends_today")
                               : counted_text(t, plan, "overview.card.timing.left", left);
        card.detail = t("overview.card.timing.running",
                        {{"day", count_text(plan, days_between(period.start, f.today) + 1)},
                         {"days", count_text(plan, days_between(period.start, period.end) + 1)},
                         {"end", end}});
        card.tone = Tone::Accent;
    } else {
        card.value = t("overview.card.timing.ended");
        card.detail = counted_text(t, plan, "overview.card.timing.ended_ago",
                                   days_between(period.end, f.today), {{"end", end}});
    }
    return card;
}

// --- rows of the lists -----------------------------------------------------------

// A clickable row of one or two lines: text, a word on the right in its own
// colour, a quieter line of detail beneath, and an optional coloured dot.
struct Row {
    std::string text;
    std::string side;
    ImVec4 side_colour;
    std::string detail;
    std::optional<ImVec4> dot;
    std::string tooltip;
};

bool list_row(const std::string& id, const Row& row, float width) {
    const float line = ImGui::GetTextLineHeight();
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    const float height = row.detail.empty() ? line : 2 * line + 2;
    // The selectable's rectangle reaches into the spacing around it; the text
    // goes where the cursor was.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(id.c_str(), false, 0, ImVec2(width, height));
    charts::item_tooltip(row.tooltip);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = at.x;
    if (row.dot) {
        const float r = std::round(line * 0.2f);
        draw->AddCircleFilled(ImVec2(x + r, at.y + line / 2), r, ImGui::GetColorU32(*row.dot));
        x += 2 * r + gap;
    }
    float right = at.x + width;
    if (!row.side.empty()) {
        right -= ImGui::CalcTextSize(row.side.c_str()).x;
        draw->AddText(ImVec2(right, at.y), ImGui::GetColorU32(row.side_colour), row.side.c_str());
        right -= gap * 1.5f;
    }
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddText(ImVec2(x, at.y), text, charts::fit_text(row.text, right - x).c_str());
    if (!row.detail.empty())
        draw->AddText(ImVec2(x, at.y + line + 2), ImGui::GetColorU32(charts::muted_colour()),
                      charts::fit_text(row.detail, at.x + width - x).c_str());
    return clicked;
}

void quiet_text(const std::string& text, Tone tone = Tone::Neutral) {
    const ImVec4 colour =
        tone == Tone::Neutral ? charts::muted_colour() : charts::tone_colour(tone);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// --- panels ------------------------------------------------------------------

void kpi_panel(App& app, const Plan& plan, float width) {
    std::size_t on = 0;
    double best = 0;
    for (const Kpi& k : plan.kpis) {
        const std::optional<double> rate = achievement(k);
        if (rate) best = std::max(best, *rate), on += achievement_percent(*rate) >= 100;
    }
    const Text& t = app.text();
    charts::Panel panel;
    charts::begin_panel(panel, t("overview.kpis.title").c_str(),
                        plan.kpis.empty() ? ""
                                          : t("overview.kpis.on_target",
                                              {{"on", count_text(plan, on)},
                                               {"total", count_text(plan, plan.kpis.size())}}),
                        width);
    if (plan.kpis.empty()) quiet_text(t("overview.kpis.empty"));
    const double scale = std::clamp(best, kMinKpiScale, kMaxKpiScale);
    for (std::size_t i = 0; i < std::min(plan.kpis.size(), kShownKpis); ++i) {
        const Kpi& k = plan.kpis[i];
        const std::optional<double> rate = achievement(k);
        const std::optional<int> percent = kpi_percent(k);
        const std::string shown = percent ? whole_percent(*percent, plan) : "";
        charts::Progress p;
        p.label = k.metric.empty() ? t("overview.kpis.no_metric") : k.metric;
        p.figure = percent ? shown : t("overview.kpis.no_data");
        p.fraction = rate;
        p.colour = charts::tone_colour(achievement_tone(percent));
        p.scale = scale;
        p.marker = 1.0;
        const bool lower = k.direction == Direction::LowerIsBetter;
        auto value = [&](double v) {
            return format_value(v, k.unit, plan.currency, numbers_of(plan));
        };
        if (k.actual && k.target)
            p.value = t(lower ? "overview.kpis.value_at_most" : "overview.kpis.value",
                        {{"actual", value(*k.actual)}, {"target", value(*k.target)}});
        else if (k.target)
            p.value = t("overview.kpis.no_actual");
        else
            p.value = t("overview.kpis.no_target");
        p.tooltip = p.label + "\n";
        if (k.actual)
            p.tooltip += t("overview.kpis.tooltip.actual", {{"value", value(*k.actual)}}) + "\n";
        if (k.target)
            p.tooltip += t(lower ? "overview.kpis.tooltip.target_lower"
                                 : "overview.kpis.tooltip.target_higher",
                           {{"value", value(*k.target)}}) +
                         "\n";
        if (percent) p.tooltip += t("overview.kpis.tooltip.percent", {{"percent", shown}}) + "\n";
        p.tooltip += t("overview.kpis.tooltip.open");
        // The label names the percentage drawn, so that automation can check it.
        const std::string label = (percent ? shown : "—") + "##achievement-" + k.id;
        if (charts::progress_bar(label.c_str(), p, panel.inner_width()))
            app.jump_to({"kpis", k.id, "actual"});
    }
    if (plan.kpis.size() > kShownKpis) {
        const std::string more =
            t("overview.kpis.more", {{"count", count_text(plan, plan.kpis.size() - kShownKpis)}}) +
            "##more-kpis";
        if (ImGui::Selectable(more.c_str())) app.ui().section = Section::Measure;
    }
    charts::end_panel(panel);
}

std::vector<charts::Bar> channel_bars(const Text& t, const Plan& plan, const BudgetTotals& budget) {
    std::vector<charts::Bar> bars;
    for (const Channel& c : plan.channels) {
        auto it = budget.by_channel.find(c.id);
        if (it != budget.by_channel.end())
            bars.push_back({c.name.empty() ? t("overview.budget.unnamed_channel") : c.name,
                            static_cast<double>(it->second)});
    }
    // Largest first; lines without a channel stay last.
    std::stable_sort(bars.begin(), bars.end(),
                     [](const charts::Bar& a, const charts::Bar& b) { return a.value > b.value; });
    if (bars.size() > kShownBars) {
        double rest = 0;
        for (std::size_t i = kShownBars; i < bars.size(); ++i)
            rest += bars[i].value;
        const std::size_t others = bars.size() - kShownBars;
        bars.resize(kShownBars);
        bars.push_back({counted_text(t, plan, "overview.budget.other_channels", others), rest});
    }
    if (auto it = budget.by_channel.find(""); it != budget.by_channel.end())
        bars.push_back({t("overview.budget.no_channel"), static_cast<double>(it->second)});
    return bars;
}

std::vector<charts::Bar> phase_bars(const Text& t, const Plan& plan, const BudgetTotals& budget) {
    // In the order the phases run.
    std::vector<charts::Bar> bars;
    for (const Phase& p : plan.phases) {
        auto it = budget.by_phase.find(p.id);
        if (it != budget.by_phase.end())
            bars.push_back({p.name.empty() ? t("common.unnamed_phase") : p.name,
                            static_cast<double>(it->second)});
    }
    if (auto it = budget.by_phase.find(""); it != budget.by_phase.end())
        bars.push_back({t("overview.budget.no_phase"), static_cast<double>(it->second)});
    return bars;
}

void budget_panel(App& app, const Plan& plan, const Figures& f, float width) {
    const Text& t = app.text();
    charts::Panel panel;
    charts::begin_panel(panel, t("overview.budget.title").c_str(),
                        plan.budget.empty() ? "" : amount_text(t, plan, f.budget.total), width);
    const float inner = panel.inner_width();
    if (plan.budget_total && *plan.budget_total > 0) {
        // The lines against the plan's total: the tick marks the total.
        const double share =
            static_cast<double>(f.budget.total) / static_cast<double>(*plan.budget_total);
        const bool over = f.budget.over_by > 0;
        charts::Progress p;
        p.label = t("overview.budget.allocated");
        p.value = t("overview.budget.allocated_of",
                    {{"allocated", amount_text(t, plan, f.budget.total)},
                     {"total", amount_text(t, plan, *plan.budget_total)}});
        p.figure = whole_percent(achievement_percent(share), plan);
        p.fraction = share;
        p.colour = charts::tone_colour(over ? Tone::Bad : Tone::Accent);
        p.scale = std::max(1.0, share);
        p.marker = 1.0;
        p.tooltip =
            over ? t("overview.budget.over", {{"over", amount_text(t, plan, f.budget.over_by)}})
                 : t("overview.budget.unallocated",
                     {{"left", amount_text(t, plan, *plan.budget_total - f.budget.total)}});
        p.tooltip += "\n" + t("overview.budget.open");
        if (charts::progress_bar("##budget-allocated", p, inner))
            app.jump_to({"", "", "budget_total"});
        ImGui::Spacing();
    }
    if (plan.budget.empty()) {
        quiet_text(t("overview.budget.empty"));
        charts::end_panel(panel);
        return;
    }
    // One scale for the three charts, the sum of the lines, so that bars
    // compare across them; and one column of names, so that they line up.
    charts::BarChart by_stage, by_channel, by_phase;
    for (Stage stage : kStages)
        by_stage.bars.push_back(
            {enum_label(t, stage),
             static_cast<double>(f.budget.by_stage[static_cast<std::size_t>(stage)])});
    by_channel.bars = channel_bars(t, plan, f.budget);
    by_phase.bars = phase_bars(t, plan, f.budget);
    const float names =
        std::max({charts::labels_width(by_stage.bars), charts::labels_width(by_channel.bars),
                  charts::labels_width(by_phase.bars)});
    // Each chart's title, the id it is drawn under, and the chart.
    const std::tuple<const char*, const char*, charts::BarChart*> charts_shown[] = {
        {"forecast.totals.by_stage", "by-stage", &by_stage},
        {"overview.budget.by_channel", "by-channel", &by_channel},
        {"forecast.totals.by_phase", "by-phase", &by_phase}};
    for (const auto& [title, id, chart] : charts_shown) {
        chart->format = [&t, &plan](double v) { return amount_text(t, plan, v); };
        chart->colour = charts::tone_colour(Tone::Accent);
        chart->full = static_cast<double>(f.budget.total);
        chart->label_width = names;
        quiet_text(t(title));
        charts::bar_chart(t, numbers_of(plan), id, *chart, inner);
        if (chart != &by_phase) ImGui::Spacing();
    }
    charts::end_panel(panel);
}

// The paid / owned / earned mix the RACE article plans by: what each media
// type is forecast to cost and bring, in the currency shown as a whole,
// compact enough for a column of the dashboard.
void media_panel(App& app, const Plan& plan, float width) {
    const Text& t = app.text();
    const Forecast& forecast = app.forecast();
    charts::Panel panel;
    charts::begin_panel(panel, t("overview.mix.title").c_str(), t("overview.mix.note"), width);
    if (plan.channels.empty()) {
        quiet_text(t("overview.mix.empty"));
        charts::end_panel(panel);
        return;
    }
    // Of the funnel's figures, what is spent and what it brings.
    constexpr std::string_view kMixFigures[] = {"spend", "visits", "orders", "revenue"};
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (ImGui::BeginTable("media-mix", 1 + static_cast<int>(kMedia.size()), flags,
                          ImVec2(panel.inner_width(), 0))) {
        ImGui::TableSetupColumn(
            t("overview.mix.in_currency", {{"currency", plan.currency}}).c_str(),
            ImGuiTableColumnFlags_WidthStretch, 1.3f);
        for (Media m : kMedia)
            ImGui::TableSetupColumn(enum_label(t, m).c_str(), ImGuiTableColumnFlags_WidthStretch,
                                    1.0f);
        table_headers_row();
        for (const forecast_parts::FunnelField& row : forecast_parts::kFunnelFields) {
            if (std::find(std::begin(kMixFigures), std::end(kMixFigures), row.key) ==
                std::end(kMixFigures))
                continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(t(row.header).c_str());
            for (Media m : kMedia) {
                const double v = forecast.by_media[static_cast<std::size_t>(m)].*(row.value);
                ImGui::TableNextColumn();
                charts::figure_text(compact_text(t, plan, row.money ? major_units(plan, v) : v),
                                    "mix-" + std::string(enum_key(m)) + "-" + row.key, true,
                                    v > 0 ? std::nullopt : std::optional(charts::muted_colour()));
            }
        }
        ImGui::EndTable();
    }
    charts::end_panel(panel);
}

void objectives_panel(App& app, const Plan& plan, const Figures& f, float width) {
    const Text& t = app.text();
    charts::Panel panel;
    charts::begin_panel(panel, t("overview.objectives.title").c_str(),
                        plan.objectives.empty() ? "" : smart_passing_text(t, plan, f), width);
    const float inner = panel.inner_width();
    const ImVec4 good = charts::tone_colour(Tone::Good);
    const ImVec4 warning = charts::tone_colour(Tone::Warning);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 4));
    for (Stage stage : kStages) {
        std::vector<const Objective*> in_stage;
        std::size_t smart = 0;
        for (const Objective& o : plan.objectives)
            if (o.stage == stage) in_stage.push_back(&o), smart += f.smart.at(o.id).passes();
        // The stage's line: its name, and how many objectives pass.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::TextUnformatted(enum_label(t, stage).c_str());
        const std::string summary =
            in_stage.empty() ? t("overview.objectives.stage_none")
                             : counted_text(t, plan, "overview.objectives.stage_summary",
                                            in_stage.size(), {{"smart", count_text(plan, smart)}});
        ImGui::GetWindowDrawList()->AddText(
            ImVec2(at.x + inner - ImGui::CalcTextSize(summary.c_str()).x, at.y),
            ImGui::GetColorU32(charts::muted_colour()), summary.c_str());
        ImGui::Indent();
        for (std::size_t i = 0; i < std::min(in_stage.size(), kShownPerStage); ++i) {
            const Objective* o = in_stage[i];
            const SmartCheck& check = f.smart.at(o->id);
            Row row;
            row.text = o->statement.empty() ? t("overview.objectives.no_statement") : o->statement;
            row.tooltip = row.text;
            std::string misses;
            for (const SmartLetter& l : check.letters)
                if (!l.pass) {
                    const std::string letter(1, l.letter);
                    misses +=
                        (misses.empty() ? "" : t("overview.objectives.letters_separator")) + letter;
                    row.tooltip += "\n" + t("overview.objectives.letter_reason",
                                            {{"letter", letter}, {"reason", t(l.reason)}});
                }
            row.side = misses.empty() ? t("overview.objectives.smart")
                                      : t("overview.objectives.misses", {{"letters", misses}});
            row.side_colour = misses.empty() ? good : warning;
            row.dot = row.side_colour;
            row.tooltip += "\n" + t("overview.click_to_open");
            if (list_row("##objective-" + o->id, row, inner - ImGui::GetStyle().IndentSpacing))
                app.jump_to({"objectives", o->id, "statement"});
        }
        if (in_stage.size() > kShownPerStage) {
            const std::string more =
                t("overview.objectives.more",
                  {{"count", count_text(plan, in_stage.size() - kShownPerStage)}}) +
                "##more-objectives-" + std::string(enum_key(stage));
            if (ImGui::Selectable(more.c_str())) app.ui().section = section_of_stage(stage);
        }
        ImGui::Unindent();
    }
    ImGui::PopStyleVar();
    charts::end_panel(panel);
}

void findings_panel(App& app, const Plan& plan, const Figures& f, float width) {
    const Text& t = app.text();
    charts::Panel panel;
    charts::begin_panel(panel, t("overview.open_findings").c_str(),
                        f.findings.empty() ? "" : count_text(plan, f.findings.size()), width);
    if (f.findings.empty()) quiet_text(t("overview.findings.none"), Tone::Good);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 6));
    const std::size_t shown = std::min(f.findings.size(), kShownFindings);
    for (std::size_t i = 0; i < shown; ++i) {
        const Finding& finding = f.findings[i];
        Row row;
        row.text = t(finding.title);
        row.detail = t(finding.message);
        row.tooltip =
            t("overview.findings.tooltip", {{"title", row.text}, {"message", row.detail}});
        if (list_row("##finding-" + std::to_string(i), row, panel.inner_width()))
            app.jump_to(finding.place);
    }
    ImGui::PopStyleVar();
    if (f.findings.size() > shown)
        quiet_text(
            t("overview.findings.more", {{"count", count_text(plan, f.findings.size() - shown)}}));
    charts::end_panel(panel);
}

std::string task_when(const Text& t, const Plan& plan, const Task& task, const Date& today) {
    if (today < task.dates.start) {
        const int wait = days_between(today, task.dates.start);
        return wait == 1 ? t("overview.task.starts_tomorrow")
                         : counted_text(t, plan, "overview.task.starts_in", wait);
    }
    if (task.dates.start == today) return t("overview.task.starts_today");
    const int left = days_between(today, task.dates.end);
    return left == 0 ? t("overview.task.ends_today")
                     : counted_text(t, plan, "overview.task.ends_in", left);
}

void tasks_panel(App& app, const Plan& plan, const Figures& f, float width) {
    // Tasks starting or running in the window; failing that, the next to start.
    const Date until = add_days(f.today, kTaskWindowDays);
    std::vector<const Task*> tasks;
    for (const Task& t : plan.tasks)
        if (t.dates.start <= until && f.today <= t.dates.end) tasks.push_back(&t);
    const bool in_window = !tasks.empty();
    if (!in_window)
        for (const Task& t : plan.tasks)
            if (f.today < t.dates.start) tasks.push_back(&t);
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const Task* a, const Task* b) { return a->dates.start < b->dates.start; });
    const std::size_t shown = std::min(tasks.size(), kShownTasks);

    const Text& t = app.text();
    charts::Panel panel;
    charts::begin_panel(panel, t("overview.tasks.title").c_str(),
                        in_window
                            ? counted_text(t, plan, "overview.tasks.next_days", kTaskWindowDays)
                        : tasks.empty() ? ""
                                        : t("overview.tasks.next"),
                        width);
    if (plan.tasks.empty())
        quiet_text(t("overview.tasks.empty"));
    else if (tasks.empty())
        quiet_text(t("overview.tasks.none_ahead"));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 6));
    for (std::size_t i = 0; i < shown; ++i) {
        const Task& task = *tasks[i];
        Row row;
        row.text = task.title.empty() ? t("overview.tasks.no_title") : task.title;
        row.side = enum_label(t, task.status);
        // The status's colour (the timeline's bar) marks the row; the word
        // stays in text colour, which reads on either theme.
        row.dot = status_colour(task.status);
        row.side_colour = ImGui::GetStyleColorVec4(ImGuiCol_Text);
        const Args detail = {{"when", task_when(t, plan, task, f.today)},
                             {"dates", dates(t, plan, task.dates)},
                             {"owner", task.owner}};
        row.detail =
            t(task.owner.empty() ? "overview.tasks.detail" : "overview.tasks.detail_owner", detail);
        row.tooltip = row.text + "\n" + row.detail + "\n" + t("overview.click_to_open");
        if (list_row("##task-" + task.id, row, panel.inner_width()))
            app.jump_to({"tasks", task.id, "title"});
    }
    ImGui::PopStyleVar();
    if (tasks.size() > shown)
        quiet_text(t("overview.tasks.more", {{"count", count_text(plan, tasks.size() - shown)}}));
    charts::end_panel(panel);
}

} // namespace

void draw_overview(App& app) {
    const Plan* plan = app.current();
    if (!plan) return;
    const Figures f{app.budget(), app.smart_checks(), app.findings(), platform::today()};
    const Text& t = app.text();

    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    charts::card_grid("headline",
                      {budget_card(t, *plan, f), objectives_card(t, *plan, f), kpis_card(t, *plan),
                       findings_card(t, *plan, f), timing_card(t, *plan, f)},
                      width, kMinCardWidth);
    ImGui::Dummy(ImVec2(0, gap / 2));
    // Panels in columns of one width, so that they line up under the cards.
    const auto column = [&](int columns) { return (width - gap * (columns - 1)) / columns; };
    const auto next_column = [&] {
        ImGui::EndGroup();
        ImGui::SameLine(0, gap);
        ImGui::BeginGroup();
    };
    if (width >= kThreeColumnWidth) {
        const float w = column(3);
        ImGui::BeginGroup();
        kpi_panel(app, *plan, w);
        objectives_panel(app, *plan, f, w);
        next_column();
        budget_panel(app, *plan, f, w);
        media_panel(app, *plan, w);
        next_column();
        findings_panel(app, *plan, f, w);
        tasks_panel(app, *plan, f, w);
        ImGui::EndGroup();
    } else if (width >= kTwoColumnWidth) {
        const float w = column(2);
        ImGui::BeginGroup();
        kpi_panel(app, *plan, w);
        objectives_panel(app, *plan, f, w);
        tasks_panel(app, *plan, f, w);
        next_column();
        budget_panel(app, *plan, f, w);
        media_panel(app, *plan, w);
        findings_panel(app, *plan, f, w);
        ImGui::EndGroup();
    } else {
        kpi_panel(app, *plan, width);
        budget_panel(app, *plan, f, width);
        media_panel(app, *plan, width);
        objectives_panel(app, *plan, f, width);
        findings_panel(app, *plan, f, width);
        tasks_panel(app, *plan, f, width);
    }
}

} // namespace fp::ui
