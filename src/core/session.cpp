#include "session.h"

#include "place.h"

#include <algorithm>

namespace fp {

AppliedEdits apply_edits(Plan& plan, const std::vector<Edit>& edits) {
    AppliedEdits out;
    for (const Edit& e : edits) {
        EditResult applied = apply_edit(plan, e);
        if (!applied.inverse) {
            if (applied.error.empty()) continue; // changed nothing
            for (auto it = out.inverses.rbegin(); it != out.inverses.rend(); ++it)
                apply_edit(plan, *it);
            return AppliedEdits{{}, std::move(applied.error)};
        }
        out.inverses.push_back(std::move(*applied.inverse));
    }
    std::reverse(out.inverses.begin(), out.inverses.end());
    return out;
}

std::optional<Session::Unrestored> Session::restore(const PlanRecord& record) {
    PlanReadResult read = read_plan(record.text);
    if (!read.ok) return Unrestored{record.id, std::move(read.problems.front())};
    if (find_plan(workspace_, read.plan.id)) return Unrestored{record.id, std::nullopt};
    workspace_.plans.push_back(std::move(read.plan));
    if (current_id_.empty()) current_id_ = workspace_.plans.back().id;
    return std::nullopt;
}

std::optional<Session::Unrestored> Session::reload(const PlanRecord& record) {
    PlanReadResult read = read_plan(record.text);
    if (!read.ok) return Unrestored{record.id, std::move(read.problems.front())};
    if (read.plan.id != record.id) return Unrestored{record.id, std::nullopt};
    history_.erase(record.id);
    unsaved_.erase(record.id);
    stop_writing(record.id);
    ++revision_;
    for (Plan& plan : workspace_.plans)
        if (plan.id == record.id) {
            plan = std::move(read.plan);
            return std::nullopt;
        }
    workspace_.plans.push_back(std::move(read.plan));
    if (current_id_.empty()) current_id_ = record.id;
    return std::nullopt;
}

bool Session::open(const std::string& id) {
    if (!find_plan(workspace_, id)) return false;
    current_id_ = id;
    return true;
}

std::string Session::add(Plan plan, const Stamp& stamp) {
    std::string id = add_plan(workspace_, std::move(plan), stamp);
    open(id);
    return id;
}

std::string Session::duplicate(const std::string& id, const Stamp& stamp) {
    std::string copy = duplicate_plan(workspace_, id, stamp);
    if (!copy.empty()) open(copy);
    return copy;
}

ImportResult Session::import_text(std::string_view text, const Stamp& stamp,
                                  const FormatLimits& limits) {
    ImportResult result = import_plan(workspace_, text, stamp, limits);
    if (result.ok) open(result.plan_id);
    return result;
}

bool Session::remove(const std::string& id) {
    if (!remove_plan(workspace_, id)) return false;
    unsaved_.erase(id);
    stop_writing(id);
    history_.erase(id);
    if (current_id_ == id)
        current_id_ = workspace_.plans.empty() ? "" : workspace_.plans.front().id;
    return true;
}

std::optional<Message> Session::edit(const std::vector<Edit>& edits, const Moment& at,
                                     const std::string& typing_target) {
    Plan* plan = find_plan(workspace_, current_id_);
    if (!plan) return Message{"app.no_plan_open"};
    AppliedEdits applied = apply_edits(*plan, edits);
    if (applied.error) return applied.error;
    if (applied.inverses.empty()) return std::nullopt;
    History& h = history_[current_id_];
    const bool typing =
        !h.undo.empty() && !typing_target.empty() && at.ms - h.undo.back().at_ms < kMergeTypingMs &&
        h.undo.back().edits.size() == 1 && edit_target(h.undo.back().edits[0]) == typing_target;
    if (typing)
        h.undo.back().at_ms = at.ms; // keep the older inverse: it restores the start
    else
        h.undo.push_back({std::move(applied.inverses), at.ms});
    h.redo.clear();
    changed(current_id_, at);
    return std::nullopt;
}

bool Session::can_undo() const {
    auto it = history_.find(current_id_);
    return it != history_.end() && !it->second.undo.empty();
}

bool Session::can_redo() const {
    auto it = history_.find(current_id_);
    return it != history_.end() && !it->second.redo.empty();
}

bool Session::apply_step(std::vector<Step>& from, std::vector<Step>& to, const Moment& at) {
    Plan* plan = find_plan(workspace_, current_id_);
    if (!plan || from.empty()) return false;
    Step step = std::move(from.back());
    from.pop_back();
    AppliedEdits applied = apply_edits(*plan, step.edits);
    if (applied.error) return false;
    to.push_back({std::move(applied.inverses), 0});
    changed(current_id_, at);
    return true;
}

bool Session::undo(const Moment& at) {
    History& h = history_[current_id_];
    return apply_step(h.undo, h.redo, at);
}

bool Session::redo(const Moment& at) {
    History& h = history_[current_id_];
    return apply_step(h.redo, h.undo, at);
}

void Session::changed(const std::string& id, const Moment& at) {
    ++revision_;
    if (Plan* plan = find_plan(workspace_, id)) plan->modified = at.utc;
    unsaved_.insert(id);
    stop_writing(id);
    save_due_ms_ = at.ms + kSaveDelayMs;
}

void Session::stop_writing(const std::string& id) {
    if (writing_ && writing_->id == id) writing_.reset();
}

void Session::save_soon(const std::string& id) {
    unsaved_.insert(id);
    save_due_ms_ = 0;
}

std::vector<PlanRecord> Session::take_saves(std::optional<double> now_ms) {
    std::vector<PlanRecord> out;
    if (now_ms && *now_ms < save_due_ms_) return out;
    std::size_t budget = now_ms ? kSaveSliceBytes : SIZE_MAX;
    while (budget) {
        if (!writing_) {
            if (unsaved_.empty()) break;
            writing_ = Writing{*unsaved_.begin(), {}};
            unsaved_.erase(unsaved_.begin());
        }
        const Plan* plan = find_plan(workspace_, writing_->id);
        if (!plan) { // never written for a plan that is not there
            writing_.reset();
            continue;
        }
        const std::size_t before = writing_->file.written();
        const bool whole = writing_->file.write_some(*plan, budget);
        budget -= std::min(budget, writing_->file.written() - before);
        if (!whole) break;
        out.push_back({writing_->id, writing_->file.take()});
        writing_.reset();
    }
    return out;
}

const DerivedFigures& Session::derived() {
    Cache& c = cache_;
    if (c.plan_id == current_id_ && c.revision == revision_) return c.figures;
    c = Cache{current_id_, revision_, {}, {}, {}};
    if (const Plan* plan = current()) {
        c.figures.forecast = forecast_plan(*plan);
        c.figures.findings = plan_findings(*plan, c.figures.forecast);
        for (SmartCheck& check : check_all_smart(*plan))
            c.figures.smart.emplace(check.objective_id, std::move(check));
        c.figures.budget = budget_totals(*plan);
    }
    for (std::size_t i = 0; i < c.figures.findings.size(); ++i) {
        const Place& at = c.figures.findings[i].place;
        c.by_item[edit_path({at.list, at.item_id, ""})].push_back(i);
    }
    return c.figures;
}

const std::vector<ScenarioComparison>& Session::scenario_comparisons() {
    derived(); // brings the cache up to the open plan's revision
    if (!cache_.scenarios) {
        const Plan* plan = current();
        cache_.scenarios = plan ? compare_scenarios(*plan) : std::vector<ScenarioComparison>{};
    }
    return *cache_.scenarios;
}

std::vector<const Finding*> Session::findings_about(const std::string& list,
                                                    const std::string& item_id) {
    const std::vector<Finding>& all = derived().findings;
    std::vector<const Finding*> out;
    auto it = cache_.by_item.find(edit_path({list, item_id, ""}));
    if (it != cache_.by_item.end())
        for (std::size_t i : it->second)
            out.push_back(&all[i]);
    return out;
}

} // namespace fp
