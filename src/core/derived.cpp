#include "derived.h"

#include "date_format.h"
#include "money.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace fp {

BudgetTotals budget_totals(const Plan& plan) {
    // Amounts are at most kMaxMoney and lists at most a few thousand long, so
    // these sums cannot overflow.
    BudgetTotals t;
    for (const BudgetLine& line : plan.budget) {
        t.total += line.amount;
        t.by_stage[static_cast<std::size_t>(line.stage)] += line.amount;
        t.by_channel[line.channel_id] += line.amount;
        t.by_phase[line.phase_id] += line.amount;
    }
    for (const Task& task : plan.tasks)
        t.task_budget_total += task.budget;
    if (plan.budget_total && t.total > *plan.budget_total) t.over_by = t.total - *plan.budget_total;
    return t;
}

std::optional<double> achievement(const Kpi& kpi) {
    if (!kpi.target || !kpi.actual) return std::nullopt;
    const double target = *kpi.target, actual = *kpi.actual;
    if (kpi.direction == Direction::HigherIsBetter) {
        if (target <= 0) return std::nullopt;
        return actual / target;
    }
    if (actual <= 0 || target < 0) return std::nullopt;
    return target / actual;
}

int achievement_percent(double rate) {
    // The small allowance keeps 0.85 * 100 = 84.99999... from rounding down.
    const double percent = std::floor(rate * 100.0 + 0.5 + 1e-9);
    const double limit = std::numeric_limits<int>::max();
    return static_cast<int>(std::fmax(-limit, std::fmin(limit, percent)));
}

namespace {

// Words in a statement: runs between spaces, where Chinese and Japanese text
// (written without spaces) counts one word per two characters.
std::size_t word_count(const std::string& text) {
    std::size_t words = 0, ideographs = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = c;
        if (length == 3 && i + 2 < text.size())
            cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
        const bool space = c == ' ' || c == '\t' || c == '\n' || cp == 0x3000;
        const bool ideograph = (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF);
        if (ideograph) {
            ++ideographs;
            in_word = false;
        } else if (space) {
            in_word = false;
        } else if (!in_word) {
            ++words;
            in_word = true;
        }
        i += length;
    }
    return words + ideographs / 2;
}

SmartLetter letter(char l, Message failure) {
    const bool pass = failure.empty();
    return SmartLetter{l, pass, std::move(failure)};
}

} // namespace

bool SmartCheck::passes() const {
    for (const SmartLetter& l : letters)
        if (!l.pass) return false;
    return true;
}

namespace {

// The SMART check with R answered by the caller, so that checking every
// objective looks at the KPIs once rather than once per objective.
SmartCheck check_smart(const Plan& plan, const Objective& o, bool measured) {
    constexpr std::size_t kMinWords = 4;
    constexpr double kMaxStretch = 10.0; // beyond 10x the baseline a target is a wish

    Message specific;
    if (word_count(o.statement) < kMinWords)
        specific = Message{"smart.s.too_short", {{"count", std::to_string(kMinWords)}}};
    else if (o.metric.empty())
        specific = Message{"smart.s.no_metric"};

    Message measurable;
    if (o.metric.empty())
        measurable = Message{"smart.m.no_metric"};
    else if (!o.target)
        measurable = Message{"smart.m.no_target"};

    const Numbers numbers = numbers_of(plan);
    Message achievable;
    const bool higher = o.direction == Direction::HigherIsBetter;
    if (!o.baseline) {
        achievable = Message{"smart.a.no_baseline"};
    } else if (o.target) {
        const double base = *o.baseline, target = *o.target;
        const Args values = {{"target", format_value(target, o.unit, plan.currency, numbers)},
                             {"baseline", format_value(base, o.unit, plan.currency, numbers)}};
        if (higher ? target <= base : target >= base)
            achievable = Message{higher ? "smart.a.not_above" : "smart.a.not_below", values};
        else if (higher ? base > 0 && target > base * kMaxStretch
                        : target > 0 && base > target * kMaxStretch)
            achievable =
                Message{higher ? "smart.a.stretch_higher" : "smart.a.stretch_lower", values};
    }

    const Message relevant = measured ? Message{} : Message{"smart.r.no_kpi"};

    const auto day = [&](const Date& d) { return format_local_date(d, plan.language); };
    Message timed;
    if (!o.deadline)
        timed = Message{"smart.t.no_deadline"};
    else if (*o.deadline < plan.period.start)
        timed = Message{"smart.t.before_start",
                        {{"deadline", day(*o.deadline)}, {"start", day(plan.period.start)}}};
    else if (plan.period.end < *o.deadline && o.horizon == Horizon::Short)
        timed = Message{"smart.t.after_end",
                        {{"deadline", day(*o.deadline)}, {"end", day(plan.period.end)}}};

    return SmartCheck{o.id,
                      {letter('S', specific), letter('M', measurable), letter('A', achievable),
                       letter('R', relevant), letter('T', timed)}};
}

} // namespace

SmartCheck check_smart(const Plan& plan, const Objective& o) {
    const bool measured = std::any_of(plan.kpis.begin(), plan.kpis.end(),
                                      [&](const Kpi& k) { return k.objective_id == o.id; });
    return check_smart(plan, o, measured);
}

std::vector<SmartCheck> check_all_smart(const Plan& plan) {
    std::unordered_set<std::string> measured;
    for (const Kpi& k : plan.kpis)
        measured.insert(k.objective_id);
    std::vector<SmartCheck> out;
    out.reserve(plan.objectives.size());
    for (const Objective& o : plan.objectives)
        out.push_back(check_smart(plan, o, measured.count(o.id) > 0));
    return out;
}

namespace {

bool within(const Period& inner, const Period& outer) {
    return outer.start <= inner.start && inner.end <= outer.end;
}

std::string named(const std::string& name, const std::string& id) {
    return name.empty() ? id : name;
}

// Tasks on a dependency cycle (or between cycles): peel off every task whose
// predecessors are all settled, then every task no remaining task waits for;
// what is left cannot be ordered. Iterative, so any plan is safe.
std::vector<std::size_t> tasks_in_cycles(const Plan& plan) {
    const std::size_t n = plan.tasks.size();
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(plan.tasks[i].id, i);
    std::vector<std::vector<std::size_t>> predecessors(n), successors(n);
    for (std::size_t i = 0; i < n; ++i)
        for (const std::string& dep : plan.tasks[i].depends_on)
            if (auto it = index.find(dep); it != index.end()) {
                predecessors[i].push_back(it->second);
                successors[it->second].push_back(i);
            }
    std::vector<bool> removed(n, false);
    // Removes every task whose `waits_on` are all removed, releasing `releases`.
    auto peel = [&](const std::vector<std::vector<std::size_t>>& waits_on,
                    const std::vector<std::vector<std::size_t>>& releases) {
        std::vector<std::size_t> open(n, 0), ready;
        for (std::size_t i = 0; i < n; ++i) {
            if (removed[i]) continue;
            for (std::size_t j : waits_on[i])
                open[i] += !removed[j];
            if (open[i] == 0) ready.push_back(i);
        }
        while (!ready.empty()) {
            const std::size_t i = ready.back();
            ready.pop_back();
            removed[i] = true;
            for (std::size_t j : releases[i])
                if (!removed[j] && --open[j] == 0) ready.push_back(j);
        }
    };
    peel(predecessors, successors);
    peel(successors, predecessors);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < n; ++i)
        if (!removed[i]) out.push_back(i);
    return out;
}

} // namespace

std::vector<ScheduleFinding> check_schedule(const Plan& plan) {
    const auto day = [&](const Date& d) { return format_local_date(d, plan.language); };
    std::vector<ScheduleFinding> out;
    std::unordered_map<std::string, const Phase*> phases;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const Phase& p = plan.phases[i];
        phases.emplace(p.id, &p);
        if (!within(p.dates, plan.period))
            out.push_back({"/plan/phases/" + std::to_string(i) + "/dates",
                           {p.id},
                           Message{"schedule.phase_outside_period",
                                   {{"phase", named(p.name, p.id)},
                                    {"from", day(p.dates.start)},
                                    {"to", day(p.dates.end)},
                                    {"start", day(plan.period.start)},
                                    {"end", day(plan.period.end)}}}});
    }
    std::unordered_map<std::string, const Task*> tasks;
    for (const Task& t : plan.tasks)
        tasks.emplace(t.id, &t);

    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& t = plan.tasks[i];
        const std::string at = "/plan/tasks/" + std::to_string(i);
        const auto phase = phases.find(t.phase_id);
        const Args task = {
            {"task", named(t.title, t.id)}, {"from", day(t.dates.start)}, {"to", day(t.dates.end)}};
        if (phase != phases.end()) {
            const Phase& p = *phase->second;
            if (!within(t.dates, p.dates)) {
                Message m{"schedule.task_outside_phase", task};
                m.args.insert(m.args.end(), {{"phase", named(p.name, p.id)},
                                             {"start", day(p.dates.start)},
                                             {"end", day(p.dates.end)}});
                out.push_back({at + "/dates", {t.id, p.id}, std::move(m)});
            }
        } else if (!within(t.dates, plan.period)) {
            Message m{"schedule.task_outside_period", task};
            m.args.insert(m.args.end(),
                          {{"start", day(plan.period.start)}, {"end", day(plan.period.end)}});
            out.push_back({at + "/dates", {t.id}, std::move(m)});
        }
        for (std::size_t k = 0; k < t.depends_on.size(); ++k) {
            const auto before = tasks.find(t.depends_on[k]);
            if (before == tasks.end() || before->second == &t) continue;
            const Task& p = *before->second;
            if (t.dates.start <= p.dates.end)
                out.push_back({at + "/depends_on/" + std::to_string(k),
                               {t.id, p.id},
                               Message{"schedule.starts_before_predecessor",
                                       {{"task", named(t.title, t.id)},
                                        {"start", day(t.dates.start)},
                                        {"before", named(p.title, p.id)},
                                        {"end", day(p.dates.end)}}}});
        }
    }

    const std::vector<std::size_t> cycle = tasks_in_cycles(plan);
    if (!cycle.empty()) {
        ScheduleFinding f{"/plan/tasks/" + std::to_string(cycle.front()) + "/depends_on", {}, {}};
        std::vector<std::string> names;
        for (std::size_t i : cycle) {
            f.item_ids.push_back(plan.tasks[i].id);
            names.push_back(named(plan.tasks[i].title, plan.tasks[i].id));
        }
        f.message = Message{"schedule.cycle", {}, {{"tasks", quoted_list(names)}}};
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace fp
