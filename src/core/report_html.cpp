#include "report_html.h"

#include "date_format.h"
#include "derived.h"
#include "forecast.h"
#include "money.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

namespace fp {

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

// Small type that still prints the sample on two or three A4 sides; wide
// tables wrap rather than shrink, and a row never splits across pages.
constexpr const char* kStyle = R"css(
@page { size: A4; margin: 14mm }
html { font: 9.5pt/1.35 system-ui, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC",
  "Microsoft YaHei", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif; color: #111;
  -webkit-print-color-adjust: exact; print-color-adjust: exact }
body { margin: 0 auto; max-width: 182mm }
@media screen { body { padding: 10mm 6mm } }
h1 { font-size: 15pt; margin: 0 0 2pt }
h2 { font-size: 11.5pt; margin: 9pt 0 3pt; padding-bottom: 1pt; border-bottom: 0.75pt solid #777;
  break-after: avoid }
h3 { font-size: 9.5pt; margin: 5pt 0 2pt; break-after: avoid }
p { margin: 0 0 4pt }
p, td { white-space: pre-line }
.meta { color: #444; margin-bottom: 4pt }
table { border-collapse: collapse; width: 100%; margin: 0 0 5pt; font-size: 8.5pt }
th, td { border: 0.5pt solid #bbb; padding: 1.5pt 3pt; text-align: left; vertical-align: top }
thead th { background: #e9edf2 }
tbody th { font-weight: 600 }
tr { break-inside: avoid }
.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums }
.group th { background: #f4f4f4 }
.low { color: #a32020; font-weight: 600 }
.facts th { width: 28% }
.cols { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6pt; align-items: start }
.cols h3 { margin-top: 0 }
.tl { margin: 2pt 0 6pt; font-size: 8pt; break-inside: avoid }
.tl .r { display: grid; grid-template-columns: 40mm 1fr; gap: 4pt; align-items: center }
.tl .track { position: relative; height: 7pt; background: #f1f1f1 }
.tl .bar { position: absolute; top: 1pt; bottom: 1pt; background: #4f7fbf }
.tl .phase .bar { top: 0; bottom: 0; background: #2f5f8f }
.tl .phase { font-weight: 600 }
.tl .axis { color: #555; display: flex; justify-content: space-between }
.tl .name { overflow: hidden; white-space: nowrap; text-overflow: ellipsis }
)css";

// One document being written: the plan, its reader's language, and the
// text so far. Everything from the plan goes through esc() (html_escape).
struct Doc {
    const Plan& plan;
    const Messages& m;
    Numbers numbers;
    std::string out;
    // Labels carry their own language when the reader's is not the plan's.
    std::string label_lang;

    Doc(const Plan& p, const Messages& language)
        : plan(p), m(language), numbers(numbers_for(language.code)) {
        if (language.code != plan.language) label_lang = " lang=\"" + esc(language.code) + "\"";
    }

    static std::string esc(std::string_view text) { return html_escape(text); }

    // The label for `key`, its places filled; the key itself when the
    // table lacks it, so a gap shows rather than vanishes.
    std::string t(std::string_view key, const Args& args = {}) const {
        const std::string* pattern = find_pattern(m, key);
        return pattern ? fill(*pattern, args) : std::string(key);
    }
    std::string render_message(const Message& message) const {
        return render(message, [&](std::string_view key) -> std::string_view {
            const std::string* pattern = find_pattern(m, key);
            return pattern ? std::string_view(*pattern) : key;
        });
    }

    std::string date(const Date& d) const { return format_local_date(d, m.code); }
    std::string date(const std::optional<Date>& d) const { return d ? date(*d) : "-"; }
    std::string span(const Period& p) const { return format_local_span(p.start, p.end, m.code); }
    std::string money(double minor) const {
        return format_money(static_cast<Money>(std::llround(minor)), plan.currency, numbers);
    }
    std::string amount(double minor) const {
        return t("common.amount_in_currency",
                 {{"amount", money(minor)}, {"currency", plan.currency}});
    }
    std::string value(const std::optional<double>& v, Unit unit) const {
        return v ? format_value(*v, unit, plan.currency, numbers) : "-";
    }
    std::string count(double v) const { return format_number(v, 0, numbers); }
    std::string ratio(const std::optional<double>& v) const {
        return v ? format_number(*v, 2, numbers) : "-";
    }
    std::string share(double part, double whole) const {
        return whole > 0 ? format_percent(part / whole, 0, numbers) : "-";
    }
    std::string range(const std::string& low, const std::string& high) const {
        return t("report.range_value", {{"low", low}, {"high", high}});
    }

    void h2(std::string_view key) { out += "<h2" + label_lang + ">" + esc(t(key)) + "</h2>\n"; }
    void h3(const std::string& text) { out += "<h3" + label_lang + ">" + esc(text) + "</h3>\n"; }
    void para(const std::string& text, const char* cls = nullptr) {
        out += cls ? std::string("<p class=\"") + cls + "\">" : std::string("<p>");
        out += esc(text) + "</p>\n";
    }
    // A table's head from label keys; a key ending in '#' is a number column.
    void head(std::initializer_list<std::string_view> keys) {
        out += "<table>\n<thead><tr>";
        for (std::string_view key : keys) {
            const bool number = !key.empty() && key.back() == '#';
            if (number) key.remove_suffix(1);
            out += std::string("<th scope=\"col\"") + (number ? " class=\"n\"" : "") + label_lang +
                   ">" + esc(t(key)) + "</th>";
        }
        out += "</tr></thead>\n<tbody>\n";
    }
    void end_table() { out += "</tbody>\n</table>\n"; }
    // A row whose first cell names it; bit i of `figures` marks cell i as a
    // figure, set flush right.
    void row(const std::vector<std::string>& cells, unsigned figures = 0,
             const char* row_class = nullptr) {
        out += row_class ? std::string("<tr class=\"") + row_class + "\">" : std::string("<tr>");
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const bool figure = (figures >> i) & 1u;
            const char* tag = i == 0 ? "th" : "td";
            out += std::string("<") + tag + (i == 0 ? " scope=\"row\"" : "") +
                   (figure ? " class=\"n\"" : "") + ">" + esc(cells[i]) + "</" + tag + ">";
        }
        out += "</tr>\n";
    }
    void none() { para(t("report.none"), "meta"); }

    void begin(const std::string& title) {
        out += "<!DOCTYPE html>\n<html lang=\"" + esc(plan.language) + "\">\n<head>\n";
        out += "<meta charset=\"utf-8\">\n";
        // Nothing may run or load, whatever a shared plan holds.
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'unsafe-inline'\">\n";
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out +=
            "<title>" + esc(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
        out += "<h1>" + esc(title) + "</h1>\n";
    }
    void finish() { out += "</body>\n</html>\n"; }
};

std::string channel_name(const Plan& plan, std::string_view id) {
    for (const Channel& c : plan.channels)
        if (c.id == id) return c.name;
    return std::string(id);
}

// Cells `first` and after are figures (Doc::row).
constexpr unsigned figures_from(unsigned first) {
    return ~0u << first;
}

template <class E> std::string label(const Doc& d, std::string_view prefix, E value) {
    return d.t(std::string(prefix) + std::string(enum_key(value)));
}

// Name, business, period and budget, shared by both documents.
void summary_facts(Doc& d) {
    const Plan& p = d.plan;
    d.out += "<table class=\"facts\">\n<tbody>\n";
    d.row({d.t("report.business"), p.business});
    d.row({d.t("report.period"), d.span(p.period)});
    const BudgetTotals totals = budget_totals(p);
    d.row({d.t("report.budget_total"), p.budget_total ? d.amount(*p.budget_total) : "-"});
    d.row({d.t("report.budget_lines"), d.amount(static_cast<double>(totals.total))});
    d.end_table();
}

void objectives(Doc& d) {
    d.h2("report.objectives");
    if (d.plan.objectives.empty()) return d.none();
    for (Stage s : kStages) {
        std::vector<const Objective*> of_stage;
        for (const Objective& o : d.plan.objectives)
            if (o.stage == s) of_stage.push_back(&o);
        if (of_stage.empty()) continue;
        d.h3(label(d, "stage.", s));
        d.head({"column.objectives.statement", "column.objectives.metric",
                "column.objectives.baseline#", "column.objectives.target#",
                "column.objectives.deadline", "column.objectives.owner"});
        for (const Objective* o : of_stage)
            d.row({o->statement, o->metric, d.value(o->baseline, o->unit),
                   d.value(o->target, o->unit), d.date(o->deadline), o->owner},
                  0b1100);
        d.end_table();
    }
}

void strategy(Doc& d) {
    const Strategy& s = d.plan.strategy;
    d.h2("report.strategy");
    d.out += "<table class=\"facts\">\n<tbody>\n";
    d.row({d.t("plan.strategy.product"), s.product});
    d.row({d.t("plan.strategy.price"), s.price});
    d.row({d.t("plan.strategy.place"), s.place});
    d.row({d.t("plan.strategy.promotion"), s.promotion});
    d.end_table();
    d.h3(d.t("report.key_messages"));
    d.out += "<table class=\"facts\">\n<tbody>\n";
    d.row({d.t("brand_message.awareness"), s.awareness_message});
    d.row({d.t("brand_message.familiarity"), s.familiarity_message});
    d.row({d.t("brand_message.intent"), s.intent_message});
    d.end_table();
}

void kpi_table(Doc& d) {
    d.h2("report.table1");
    if (d.plan.kpis.empty()) return d.none();
    d.head({"column.kpis.metric", "column.kpis.target#", "column.kpis.owner",
            "column.kpis.deadline", "column.kpis.source"});
    for (const Kpi& k : d.plan.kpis)
        d.row({k.metric, d.value(k.target, k.unit), k.owner, d.date(k.deadline), k.source}, 0b10);
    d.end_table();
}

// Where a day falls in the plan period, as a percentage of its width.
double position(const Period& period, const Date& day, int extra = 0) {
    const int days = std::max(1, days_between(period.start, period.end) + 1);
    const double at = (days_between(period.start, day) + extra) * 100.0 / days;
    return std::clamp(at, 0.0, 100.0);
}

void timeline_row(Doc& d, const std::string& name, const Period& dates, bool phase) {
    const double left = position(d.plan.period, dates.start);
    const double right = position(d.plan.period, dates.end, 1);
    char style[64];
    std::snprintf(style, sizeof style, "left:%.2f%%;width:%.2f%%", left,
                  std::max(0.5, right - left));
    d.out += std::string("<div class=\"r") + (phase ? " phase" : "") + "\"><span class=\"name\">" +
             Doc::esc(name) + "</span><span class=\"track\"><span class=\"bar\" style=\"" + style +
             "\"></span></span></div>\n";
}

// Bars over the plan period, drawn by CSS alone. Hidden from screen readers:
// Table 2 beside it holds the same dates as text.
void timeline(Doc& d) {
    const Plan& p = d.plan;
    d.out += "<div class=\"tl\" aria-hidden=\"true\">\n";
    d.out += "<div class=\"r\"><span></span><span class=\"axis\"><span>" +
             Doc::esc(d.date(p.period.start)) + "</span><span>" + Doc::esc(d.date(p.period.end)) +
             "</span></span></div>\n";
    for (const Phase& ph : p.phases) {
        timeline_row(d, ph.name, ph.dates, true);
        for (const Task& task : p.tasks)
            if (task.phase_id == ph.id) timeline_row(d, task.title, task.dates, false);
    }
    for (const Task& task : p.tasks)
        if (std::none_of(p.phases.begin(), p.phases.end(),
                         [&](const Phase& ph) { return ph.id == task.phase_id; }))
            timeline_row(d, task.title, task.dates, false);
    d.out += "</div>\n";
}

// What a task needs: its own words and the inventory's items it uses.
std::string task_resources(const Plan& plan, const Task& task) {
    std::string out = task.resources;
    for (const std::string& id : task.resource_ids)
        for (const Resource& r : plan.resources)
            if (r.id == id) out += (out.empty() ? "" : "; ") + r.examples;
    return out;
}

void schedule(Doc& d) {
    const Plan& p = d.plan;
    d.h2("report.table2");
    if (p.phases.empty() && p.tasks.empty()) return d.none();
    timeline(d);
    d.head({"column.tasks.title", "column.tasks.owner", "report.dates", "column.tasks.resources",
            "column.tasks.outputs"});
    const auto tasks_of = [&](std::string_view phase_id) {
        for (const Task& task : p.tasks)
            if (task.phase_id == phase_id)
                d.row({task.title, task.owner, d.span(task.dates), task_resources(p, task),
                       task.outputs});
    };
    const auto group = [&](const std::string& text) {
        d.out += "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"5\">" + Doc::esc(text) +
                 "</th></tr>\n";
    };
    for (const Phase& ph : p.phases) {
        const std::string kind = label(d, "phase_kind.", ph.kind);
        group(ph.name + (kind == ph.name ? "" : " · " + kind) + " · " + d.span(ph.dates));
        tasks_of(ph.id);
    }
    const bool loose = std::any_of(p.tasks.begin(), p.tasks.end(), [&](const Task& task) {
        return std::none_of(p.phases.begin(), p.phases.end(),
                            [&](const Phase& ph) { return ph.id == task.phase_id; });
    });
    if (loose) {
        group(d.t("forecast.totals.outside_phases"));
        for (const Task& task : p.tasks)
            if (std::none_of(p.phases.begin(), p.phases.end(),
                             [&](const Phase& ph) { return ph.id == task.phase_id; }))
                d.row({task.title, task.owner, d.span(task.dates), task_resources(p, task),
                       task.outputs});
    }
    d.end_table();
}

void budget(Doc& d, const Forecast& f) {
    const Plan& p = d.plan;
    const BudgetTotals totals = budget_totals(p);
    const double whole = static_cast<double>(totals.total);
    d.h2("report.budget");
    if (p.budget.empty()) return d.none();
    d.out += "<div class=\"cols\">\n<div>\n";
    d.h3(d.t("report.budget.by_stage"));
    d.head({"column.budget.stage", "column.budget.amount#", "report.share#"});
    for (Stage s : kStages) {
        const double v = static_cast<double>(totals.by_stage[static_cast<std::size_t>(s)]);
        if (v > 0) d.row({label(d, "stage.", s), d.money(v), d.share(v, whole)}, 0b110);
    }
    d.row({d.t("common.total"), d.money(whole), d.share(whole, whole)}, 0b110);
    d.end_table();
    d.out += "</div>\n<div>\n";
    d.h3(d.t("report.budget.by_channel"));
    d.head({"forecast.column.channel", "column.budget.amount#", "report.share#"});
    for (const Channel& c : p.channels)
        if (auto it = totals.by_channel.find(c.id); it != totals.by_channel.end())
            d.row({c.name, d.money(static_cast<double>(it->second)),
                   d.share(static_cast<double>(it->second), whole)},
                  0b110);
    if (auto it = totals.by_channel.find(""); it != totals.by_channel.end())
        d.row({d.t("report.budget.no_channel"), d.money(static_cast<double>(it->second)),
               d.share(static_cast<double>(it->second), whole)},
              0b110);
    d.end_table();
    d.out += "</div>\n<div>\n";
    // The forecast's paid / owned / earned mix spends the channels' lines;
    // lines tied to no channel belong to no media type.
    d.h3(d.t("report.budget.by_media"));
    d.head({"report.media", "column.budget.amount#", "report.share#"});
    for (Media media : kMedia) {
        const double v = f.by_media[static_cast<std::size_t>(media)].spend;
        if (v > 0) d.row({label(d, "media.", media), d.money(v), d.share(v, whole)}, 0b110);
    }
    d.end_table();
    d.out += "</div>\n</div>\n";
    d.para(d.t("report.budget.in_currency", {{"currency", p.currency}}), "meta");
}

void forecast(Doc& d, const Forecast& f) {
    d.h2("report.forecast");
    d.para(d.t("report.forecast.note"), "meta");
    const FunnelFigures& lo = f.range.low;
    const FunnelFigures& hi = f.range.high;
    d.head({"report.figure", "report.expected#", "report.likely#"});
    d.row({d.t("forecast.figure.spend"), d.amount(f.total.spend),
           d.range(d.money(lo.spend), d.money(hi.spend))},
          0b110);
    d.row({d.t("forecast_figure.orders"), d.count(f.total.orders),
           d.range(d.count(lo.orders), d.count(hi.orders))},
          0b110);
    d.row({d.t("forecast_figure.revenue"), d.amount(f.total.revenue),
           d.range(d.money(lo.revenue), d.money(hi.revenue))},
          0b110);
    d.row({d.t("forecast_figure.roas"), d.ratio(f.ratios.roas),
           d.range(d.ratio(f.range.low_ratios.roas), d.ratio(f.range.high_ratios.roas))},
          0b110);
    const auto cost = [&](const std::optional<double>& v) { return v ? d.money(*v) : "-"; };
    d.row({d.t("forecast_figure.cost_per_order"), cost(f.ratios.cost_per_order),
           d.range(cost(f.range.low_ratios.cost_per_order),
                   cost(f.range.high_ratios.cost_per_order))},
          0b110);
    d.end_table();
}

void risks(Doc& d) {
    d.h2("report.risks");
    if (d.plan.risks.empty()) return d.none();
    d.head({"column.risks.risk", "column.risks.likelihood", "column.risks.impact",
            "column.risks.response", "column.risks.owner", "column.risks.status"});
    for (const Risk& r : d.plan.risks)
        d.row({r.risk, label(d, "level.", r.likelihood), label(d, "level.", r.impact), r.response,
               r.owner, label(d, "risk_status.", r.status)});
    d.end_table();
}

void achievement_table(Doc& d) {
    d.h2("report.table3");
    if (d.plan.kpis.empty()) return d.none();
    d.head({"column.kpis.metric", "column.kpis.target#", "column.kpis.actual#",
            "column.kpis.achievement#", "column.kpis.problem", "column.kpis.suggestion"});
    for (const Kpi& k : d.plan.kpis) {
        const std::optional<double> rate = achievement(k);
        const std::string percent =
            rate ? format_percent(achievement_percent(*rate) / 100.0, 0, d.numbers) : "-";
        d.out += "<tr><th scope=\"row\">" + Doc::esc(k.metric) + "</th><td class=\"n\">" +
                 Doc::esc(d.value(k.target, k.unit)) + "</td><td class=\"n\">" +
                 Doc::esc(d.value(k.actual, k.unit)) + "</td><td class=\"n" +
                 (rate && *rate < 1.0 ? " low" : "") + "\">" + Doc::esc(percent) + "</td><td>" +
                 Doc::esc(k.problem) + "</td><td>" + Doc::esc(k.suggestion) + "</td></tr>\n";
    }
    d.end_table();
}

void channel_results(Doc& d, const CampaignReview& review, const Forecast& f) {
    d.h2("report.channels");
    if (review.channels.empty()) return d.para(d.t("report.channels.none"), "meta");
    d.head({"forecast.column.channel", "forecast.review.spent#", "column.channels.actuals.orders#",
            "report.cost_per_order.actual#", "report.cost_per_order.forecast#",
            "report.roas.actual#", "report.roas.forecast#"});
    for (const ChannelReview& c : review.channels) {
        Ratios planned;
        for (const ChannelForecast& cf : f.channels)
            if (cf.channel_id == c.channel_id) planned = ratios(cf.total, d.plan.forecast);
        const auto cost = [&](const std::optional<double>& v) { return v ? d.money(*v) : "-"; };
        d.row({channel_name(d.plan, c.channel_id), d.money(c.spend), d.count(c.orders),
               cost(c.cost_per_order), cost(planned.cost_per_order), d.ratio(c.roas),
               d.ratio(planned.roas)},
              figures_from(1));
    }
    d.end_table();
    d.para(d.t("report.budget.in_currency", {{"currency", d.plan.currency}}), "meta");
}

void findings(Doc& d) {
    d.h2("report.lessons");
    if (d.plan.reviews.empty()) return d.none();
    d.head({"column.reviews.date", "report.worked", "report.change"});
    for (const Review& r : d.plan.reviews)
        d.row({d.date(r.date), r.findings, r.decisions});
    d.end_table();
}

void next_split(Doc& d, const CampaignReview& review) {
    d.h2("report.next");
    if (!review.proposal) return d.para(d.t("forecast.review.needs_actuals"), "meta");
    const AllocationResult& r = *review.proposal;
    if (!r.ok) return d.para(d.t("forecast.no_proposal", {{"reason", d.render_message(r.error)}}));
    d.para(d.t("forecast.review.same_spend"), "meta");
    d.head({"forecast.column.channel", "forecast.review.spent#", "forecast.review.next#",
            "forecast.allocate.change#", "report.why"});
    for (const ChannelAllocation& a : r.channels) {
        const Money change = std::llround(a.proposed) - std::llround(a.current);
        d.out += "<tr><th scope=\"row\">" + Doc::esc(channel_name(d.plan, a.id)) +
                 "</th><td class=\"n\">" + Doc::esc(d.money(a.current)) + "</td><td class=\"n\">" +
                 Doc::esc(d.money(a.proposed)) + "</td><td class=\"n\">" +
                 Doc::esc((change > 0 ? "+" : "") + d.money(static_cast<double>(change))) +
                 "</td><td>" + Doc::esc(d.render_message(a.reason)) + "</td></tr>\n";
    }
    d.row({d.t("common.total"), d.money(r.total_current), d.money(r.total_proposed), "", ""},
          0b1110);
    d.end_table();
    d.para(d.t("report.budget.in_currency", {{"currency", d.plan.currency}}), "meta");
}

} // namespace

std::string plan_report_html(const Plan& plan, const Messages& language) {
    Doc d(plan, language);
    const Forecast f = forecast_plan(plan);
    d.begin(d.t("report.title.plan", {{"name", plan.name}}));
    d.h2("report.summary");
    summary_facts(d);
    if (!plan.mission.empty()) {
        d.h3(d.t("report.mission"));
        d.para(plan.mission);
    }
    objectives(d);
    strategy(d);
    kpi_table(d);
    schedule(d);
    budget(d, f);
    forecast(d, f);
    risks(d);
    d.finish();
    return std::move(d.out);
}

std::string review_report_html(const Plan& plan, const Messages& language) {
    Doc d(plan, language);
    const Forecast f = forecast_plan(plan);
    const CampaignReview review = review_campaign(plan);
    d.begin(d.t("report.title.review", {{"name", plan.name}}));
    d.h2("report.summary");
    summary_facts(d);
    if (review.review_on)
        d.para(d.t("forecast.review.on", {{"date", d.date(*review.review_on)}}), "meta");
    achievement_table(d);
    channel_results(d, review, f);
    findings(d);
    next_split(d, review);
    d.finish();
    return std::move(d.out);
}

} // namespace fp
