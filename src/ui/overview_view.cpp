// The Overview section, the plan's dashboard: headline figures, KPI
// achievement, the budget by stage, channel and phase, objectives by stage,
// open findings and the tasks coming up. Rows jump to the item they show.
#include "core/derived.h"
#include "core/findings.h"
#include "core/money.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/charts.h"
#include "ui/labels.h"
#include "ui/views.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
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

std::string days(int n) {
    return std::to_string(n) + (n == 1 ? " day" : " days");
}

std::string money(Money amount, const Plan& plan) {
    return format_money(amount, plan.currency, numbers_of(plan)) + " " + plan.currency;
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

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// --- headline figures --------------------------------------------------------

charts::Card budget_card(const Plan& plan, const Figures& f) {
    charts::Card card{"Budget lines", money(f.budget.total, plan), "", Tone::Neutral, ""};
    if (!plan.budget_total) {
        card.detail = "No plan total set";
        return card;
    }
    const Money total = *plan.budget_total;
    card.detail = "of " + money(total, plan) + " total";
    if (f.budget.over_by > 0) {
        card.detail +=
            ", " + format_money(f.budget.over_by, plan.currency, numbers_of(plan)) + " over";
        card.tone = Tone::Bad;
    } else {
        if (f.budget.total < total)
            card.detail += ", " +
                           format_money(total - f.budget.total, plan.currency, numbers_of(plan)) +
                           " left";
        card.tone = Tone::Good;
    }
    card.tooltip = "The budget lines add up to " + money(f.budget.total, plan) +
                   "; the plan's total budget is " + money(total, plan) + ".";
    return card;
}

charts::Card objectives_card(const Plan& plan, const Figures& f) {
    const std::size_t n = plan.objectives.size();
    const std::size_t passing = smart_passing(f);
    charts::Card card{"Objectives", std::to_string(n), "None yet", Tone::Neutral, ""};
    if (n == 0) return card;
    card.detail = passing == n
                      ? "All pass SMART"
                      : std::to_string(passing) + " of " + std::to_string(n) + " pass SMART";
    card.tone = passing == n ? Tone::Good : Tone::Warning;
    card.tooltip = "SMART: specific, measurable, achievable, relevant and time-bound. "
                   "The findings say what each objective misses.";
    return card;
}

charts::Card kpis_card(const Plan& plan) {
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
    charts::Card card{"KPIs on target",
                      std::to_string(on) + " of " + std::to_string(plan.kpis.size()), "",
                      Tone::Neutral, ""};
    if (plan.kpis.empty()) {
        card.value = "0";
        card.detail = "No KPIs yet";
        return card;
    }
    std::vector<std::string> parts;
    if (under) parts.push_back(std::to_string(under) + " under target");
    if (no_data) parts.push_back(std::to_string(no_data) + " without data");
    if (parts.empty()) parts.push_back("All on target");
    for (std::size_t i = 0; i < parts.size(); ++i)
        card.detail += (i ? " · " : "") + parts[i];
    if (far_under)
        card.tone = Tone::Bad;
    else if (under)
        card.tone = Tone::Warning;
    else if (on)
        card.tone = Tone::Good;
    card.tooltip = "On target: at least 100% of the target. Under 80% shows red, 80-99% amber.";
    return card;
}

charts::Card findings_card(const Figures& f) {
    charts::Card card{"Open findings", std::to_string(f.findings.size()), "Nothing to fix",
                      f.findings.empty() ? Tone::Good : Tone::Warning, ""};
    if (f.findings.empty()) return card;
    // How many of each kind, in the order FindingKind lists them.
    static constexpr const char* kKinds[] = {"SMART", "schedule", "budget", "KPI"};
    std::size_t by_kind[4] = {};
    for (const Finding& finding : f.findings)
        ++by_kind[static_cast<std::size_t>(finding.kind)];
    card.detail.clear();
    for (std::size_t i = 0; i < 4; ++i)
        if (by_kind[i])
            card.detail +=
                (card.detail.empty() ? "" : " · ") + std::to_string(by_kind[i]) + " " + kKinds[i];
    return card;
}

charts::Card timing_card(const Plan& plan, const Figures& f) {
    const Period& period = plan.period;
    const std::string dates = format_date(period.start) + " to " + format_date(period.end);
    charts::Card card{"Timing", "", dates, Tone::Neutral, ""};
    if (f.today < period.start) {
        const int wait = days_between(f.today, period.start);
        card.value = wait == 1 ? "Starts tomorrow" : "Starts in " + days(wait);
    } else if (f.today <= period.end) {
        const int left = days_between(f.today, period.end);
        card.value = left == 0 ? "Ends today" : days(left) + " left";
        card.detail = "Day " + std::to_string(days_between(period.start, f.today) + 1) + " of " +
                      std::to_string(days_between(period.start, period.end) + 1) + ", ends " +
                      format_date(period.end);
        card.tone = Tone::Accent;
    } else {
        card.value = "Ended";
        card.detail =
            days(days_between(period.end, f.today)) + " ago, on " + format_date(period.end);
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
    charts::Panel panel;
    charts::begin_panel(panel, "KPI achievement",
                        plan.kpis.empty() ? ""
                                          : std::to_string(on) + " of " +
                                                std::to_string(plan.kpis.size()) + " on target",
                        width);
    if (plan.kpis.empty()) quiet_text("No KPIs yet. Add them under Measure.");
    const double scale = std::clamp(best, kMinKpiScale, kMaxKpiScale);
    for (std::size_t i = 0; i < std::min(plan.kpis.size(), kShownKpis); ++i) {
        const Kpi& k = plan.kpis[i];
        const std::optional<double> rate = achievement(k);
        const std::optional<int> percent = kpi_percent(k);
        const std::string shown = percent ? std::to_string(*percent) + "%" : "";
        charts::Progress p;
        p.label = k.metric.empty() ? "KPI without a metric" : k.metric;
        p.figure = percent ? shown : "No data";
        p.fraction = rate;
        p.colour = charts::tone_colour(achievement_tone(percent));
        p.scale = scale;
        p.marker = 1.0;
        const bool lower = k.direction == Direction::LowerIsBetter;
        auto value = [&](double v) {
            return format_value(v, k.unit, plan.currency, numbers_of(plan));
        };
        if (k.actual && k.target)
            p.value = value(*k.actual) + (lower ? " vs at most " : " of ") + value(*k.target);
        else if (k.target)
            p.value = "no actual yet";
        else
            p.value = "no target";
        p.tooltip = p.label + "\n";
        if (k.actual) p.tooltip += "Actual " + value(*k.actual) + "\n";
        if (k.target)
            p.tooltip += "Target " + value(*k.target) +
                         (lower ? " (lower is better)" : " (higher is better)") + "\n";
        if (percent) p.tooltip += shown + " of target\n";
        p.tooltip += "Click to open it under Measure.";
        // The label names the percentage drawn, so that automation can check it.
        const std::string label = (percent ? shown : "—") + "##achievement-" + k.id;
        if (charts::progress_bar(label.c_str(), p, panel.inner_width()))
            app.jump_to("kpis", k.id, "actual");
    }
    if (plan.kpis.size() > kShownKpis) {
        const std::string more = "and " + std::to_string(plan.kpis.size() - kShownKpis) +
                                 " more under Measure##more-kpis";
        if (ImGui::Selectable(more.c_str())) app.ui().section = Section::Measure;
    }
    charts::end_panel(panel);
}

std::vector<charts::Bar> channel_bars(const Plan& plan, const BudgetTotals& budget) {
    std::vector<charts::Bar> bars;
    for (const Channel& c : plan.channels) {
        auto it = budget.by_channel.find(c.id);
        if (it != budget.by_channel.end())
            bars.push_back(
                {c.name.empty() ? "Unnamed channel" : c.name, static_cast<double>(it->second)});
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
        bars.push_back({std::to_string(others) + " other channels", rest});
    }
    if (auto it = budget.by_channel.find(""); it != budget.by_channel.end())
        bars.push_back({"No channel", static_cast<double>(it->second)});
    return bars;
}

std::vector<charts::Bar> phase_bars(const Plan& plan, const BudgetTotals& budget) {
    // In the order the phases run.
    std::vector<charts::Bar> bars;
    for (const Phase& p : plan.phases) {
        auto it = budget.by_phase.find(p.id);
        if (it != budget.by_phase.end())
            bars.push_back(
                {p.name.empty() ? "Unnamed phase" : p.name, static_cast<double>(it->second)});
    }
    if (auto it = budget.by_phase.find(""); it != budget.by_phase.end())
        bars.push_back({"No phase", static_cast<double>(it->second)});
    return bars;
}

void budget_panel(App& app, const Plan& plan, const Figures& f, float width) {
    charts::Panel panel;
    charts::begin_panel(panel, "Budget", plan.budget.empty() ? "" : money(f.budget.total, plan),
                        width);
    const float inner = panel.inner_width();
    if (plan.budget_total && *plan.budget_total > 0) {
        // The lines against the plan's total: the tick marks the total.
        const double share =
            static_cast<double>(f.budget.total) / static_cast<double>(*plan.budget_total);
        const bool over = f.budget.over_by > 0;
        charts::Progress p;
        p.label = "Allocated";
        p.value = money(f.budget.total, plan) + " of " + money(*plan.budget_total, plan);
        p.figure = std::to_string(achievement_percent(share)) + "%";
        p.fraction = share;
        p.colour = charts::tone_colour(over ? Tone::Bad : Tone::Accent);
        p.scale = std::max(1.0, share);
        p.marker = 1.0;
        p.tooltip = over ? money(f.budget.over_by, plan) + " over the plan's total budget."
                         : money(*plan.budget_total - f.budget.total, plan) +
                               " of the plan's total budget is not in any line yet.";
        p.tooltip += "\nClick to open the total under Execution.";
        if (charts::progress_bar("##budget-allocated", p, inner))
            app.jump_to("", "", "budget_total");
        ImGui::Spacing();
    }
    if (plan.budget.empty()) {
        quiet_text("No budget lines yet. Add them under Execution.");
        charts::end_panel(panel);
        return;
    }
    // One scale for the three charts, the sum of the lines, so that bars
    // compare across them; and one column of names, so that they line up.
    charts::BarChart by_stage, by_channel, by_phase;
    for (Stage stage : kStages)
        by_stage.bars.push_back(
            {enum_label(app.text(), stage),
             static_cast<double>(f.budget.by_stage[static_cast<std::size_t>(stage)])});
    by_channel.bars = channel_bars(plan, f.budget);
    by_phase.bars = phase_bars(plan, f.budget);
    const float names =
        std::max({charts::labels_width(by_stage.bars), charts::labels_width(by_channel.bars),
                  charts::labels_width(by_phase.bars)});
    const std::pair<const char*, charts::BarChart*> charts_shown[] = {
        {"By RACE stage", &by_stage}, {"By channel", &by_channel}, {"By phase", &by_phase}};
    for (const auto& [title, chart] : charts_shown) {
        chart->format = [&plan](double v) {
            return money(static_cast<Money>(std::llround(v)), plan);
        };
        chart->colour = charts::tone_colour(Tone::Accent);
        chart->full = static_cast<double>(f.budget.total);
        chart->label_width = names;
        quiet_text(title);
        charts::bar_chart(title, *chart, inner);
        if (chart != &by_phase) ImGui::Spacing();
    }
    charts::end_panel(panel);
}

void objectives_panel(App& app, const Plan& plan, const Figures& f, float width) {
    const std::size_t passing = smart_passing(f);
    charts::Panel panel;
    charts::begin_panel(panel, "Objectives by stage",
                        plan.objectives.empty()
                            ? ""
                            : std::to_string(passing) + " of " +
                                  std::to_string(plan.objectives.size()) + " pass SMART",
                        width);
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
        ImGui::TextUnformatted(enum_label(app.text(), stage).c_str());
        const std::string summary = in_stage.empty()
                                        ? "None"
                                        : count_of(in_stage.size(), "objective", "objectives") +
                                              ", " + std::to_string(smart) + " SMART";
        ImGui::GetWindowDrawList()->AddText(
            ImVec2(at.x + inner - ImGui::CalcTextSize(summary.c_str()).x, at.y),
            ImGui::GetColorU32(charts::muted_colour()), summary.c_str());
        ImGui::Indent();
        for (std::size_t i = 0; i < std::min(in_stage.size(), kShownPerStage); ++i) {
            const Objective* o = in_stage[i];
            const SmartCheck& check = f.smart.at(o->id);
            Row row;
            row.text = o->statement.empty() ? "Objective without a statement" : o->statement;
            row.tooltip = row.text;
            std::string misses;
            for (const SmartLetter& l : check.letters)
                if (!l.pass) {
                    misses += (misses.empty() ? "" : ", ") + std::string(1, l.letter);
                    row.tooltip += "\n" + std::string(1, l.letter) + ": " + l.reason;
                }
            row.side = misses.empty() ? "SMART" : "Misses " + misses;
            row.side_colour = misses.empty() ? good : warning;
            row.dot = row.side_colour;
            row.tooltip += "\nClick to open it.";
            if (list_row("##objective-" + o->id, row, inner - ImGui::GetStyle().IndentSpacing))
                app.jump_to("objectives", o->id, "statement");
        }
        if (in_stage.size() > kShownPerStage) {
            const std::string more = "and " + std::to_string(in_stage.size() - kShownPerStage) +
                                     " more##more-objectives-" + std::string(enum_key(stage));
            if (ImGui::Selectable(more.c_str())) app.ui().section = section_of_stage(stage);
        }
        ImGui::Unindent();
    }
    ImGui::PopStyleVar();
    charts::end_panel(panel);
}

void findings_panel(App& app, const Figures& f, float width) {
    charts::Panel panel;
    charts::begin_panel(panel, "Open findings",
                        f.findings.empty() ? "" : std::to_string(f.findings.size()), width);
    if (f.findings.empty()) quiet_text("Nothing needs attention.", Tone::Good);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 6));
    const std::size_t shown = std::min(f.findings.size(), kShownFindings);
    for (std::size_t i = 0; i < shown; ++i) {
        const Finding& finding = f.findings[i];
        Row row;
        row.text = finding.title;
        row.detail = finding.message;
        row.tooltip = finding.title + ": " + finding.message + "\nClick to go there.";
        if (list_row("##finding-" + std::to_string(i), row, panel.inner_width()))
            app.jump_to(finding.list, finding.item_id, finding.field);
    }
    ImGui::PopStyleVar();
    if (f.findings.size() > shown)
        quiet_text(std::to_string(f.findings.size() - shown) +
                   " more: the Findings button above lists them all.");
    charts::end_panel(panel);
}

std::string task_when(const Task& t, const Date& today) {
    if (today < t.dates.start) {
        const int wait = days_between(today, t.dates.start);
        return wait == 1 ? "starts tomorrow" : "starts in " + days(wait);
    }
    if (t.dates.start == today) return "starts today";
    const int left = days_between(today, t.dates.end);
    return left == 0 ? "ends today" : "running, ends in " + days(left);
}

ImVec4 status_colour(TaskStatus status) {
    switch (status) {
    case TaskStatus::Todo:
        return charts::muted_colour();
    case TaskStatus::Doing:
        return charts::tone_colour(Tone::Accent);
    case TaskStatus::Done:
        return charts::tone_colour(Tone::Good);
    case TaskStatus::Blocked:
        return charts::tone_colour(Tone::Bad);
    }
    return charts::muted_colour();
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

    charts::Panel panel;
    charts::begin_panel(
        panel, "Coming up",
        in_window ? "Next " + days(kTaskWindowDays) : (tasks.empty() ? "" : "Next tasks"), width);
    if (plan.tasks.empty())
        quiet_text("No tasks yet. Plan them under Execution.");
    else if (tasks.empty())
        quiet_text("No tasks ahead: every task has ended.");
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 6));
    for (std::size_t i = 0; i < shown; ++i) {
        const Task& t = *tasks[i];
        Row row;
        row.text = t.title.empty() ? "Task without a title" : t.title;
        row.side = enum_label(app.text(), t.status);
        row.side_colour = status_colour(t.status);
        row.detail = task_when(t, f.today) + " · " + format_date(t.dates.start) + " to " +
                     format_date(t.dates.end);
        if (!t.owner.empty()) row.detail += " · " + t.owner;
        row.tooltip = row.text + "\n" + row.detail + "\nClick to open it.";
        if (list_row("##task-" + t.id, row, panel.inner_width()))
            app.jump_to("tasks", t.id, "title");
    }
    ImGui::PopStyleVar();
    if (tasks.size() > shown)
        quiet_text(std::to_string(tasks.size() - shown) + " more on the timeline.");
    charts::end_panel(panel);
}

} // namespace

void draw_overview(App& app) {
    const Plan* plan = app.current();
    if (!plan) return;
    const Figures f{app.budget(), app.smart_checks(), app.findings(), platform::today()};

    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    charts::card_grid("headline",
                      {budget_card(*plan, f), objectives_card(*plan, f), kpis_card(*plan),
                       findings_card(f), timing_card(*plan, f)},
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
        next_column();
        findings_panel(app, f, w);
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
        findings_panel(app, f, w);
        ImGui::EndGroup();
    } else {
        kpi_panel(app, *plan, width);
        budget_panel(app, *plan, f, width);
        objectives_panel(app, *plan, f, width);
        findings_panel(app, f, width);
        tasks_panel(app, *plan, f, width);
    }
}

} // namespace fp::ui
