#include "ui/app.h"

#include "core/references.h"
#include "core/templates.h"
#include "platform/platform.h"
#include "ui/fields.h"
#include "ui/style.h"
#include "ui/views.h"

#include <imgui.h>

#include <algorithm>

namespace fp::ui {

namespace {
constexpr double kSaveDelayMs = 300;    // batch keystrokes into one write
constexpr double kMergeTypingMs = 1500; // edits to one field this close are one undo step

std::string export_filename(const std::string& name) {
    // Keep letters of every script; drop what file systems refuse.
    std::string out;
    for (char c : name)
        out += std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
                       static_cast<unsigned char>(c) < 0x20
                   ? '_'
                   : c;
    return (out.empty() ? "plan" : out) + ".plan.json";
}
} // namespace

namespace {
Messages english_messages() {
    MessagesRead read = read_messages(builtin_english_messages());
    return read.messages ? std::move(*read.messages) : Messages{"en", {}, {}};
}
} // namespace

App::App() : text_(english_messages()) {
    for (const platform::StoredPlan& record : platform::stored_plans()) {
        PlanReadResult read = read_plan(record.text);
        if (read.ok && !find_plan(workspace_, read.plan.id))
            workspace_.plans.push_back(std::move(read.plan));
        else
            unreadable_.push_back(
                {record.id, read.ok ? std::nullopt : std::optional<Problem>(read.problems[0])});
    }
    if (!workspace_.plans.empty()) current_id_ = workspace_.plans.front().id;
}

void App::report_unreadable() {
    Notice notice{true, text_("app.stored_plans_unreadable"), {}};
    for (const auto& [id, problem] : unreadable_)
        notice.lines.push_back(text_("app.stored_plan_problem",
                                     {{"id", id},
                                      {"problem", problem ? text_(description(*problem))
                                                          : text_("app.stored_plan_same_id")}}));
    unreadable_.clear();
    ui_.notice = std::move(notice);
}

void App::start_language() {
    language_started_ = true;
    std::string code = platform::remembered_language();
    if (code.empty()) code = std::string(pick_language(platform::preferred_languages()));
    // Only a choice the user made is remembered: a browser set to another
    // language later is followed until then.
    if (!use_language(code)) use_language("en");
}

bool App::set_language(const std::string& code) {
    if (!use_language(code)) return false;
    platform::remember_language(code);
    return true;
}

bool App::use_language(const std::string& code) {
    if (!find_language(code)) return false;
    wanted_language_ = code;
    if (code == "en")
        language_loaded(code, nullptr);
    else
        platform::request_language(code);
    return true;
}

void App::language_loaded(const std::string& code, const std::string* text) {
    if (code != wanted_language_) return; // a later choice won
    wanted_language_.clear();
    if (code == "en") {
        text_.use(Messages{"en", {}, {}});
    } else {
        MessagesRead read = text ? read_messages(*text) : MessagesRead{};
        if (!read.messages || read.messages->code != code) {
            // Offline before it was ever loaded, or a broken table: say so
            // and keep the language on screen.
            ui_.notice = Notice{true,
                                text_("language.unavailable", {{"language", code}}),
                                {text ? read.error : std::string()}};
            return;
        }
        text_.use(std::move(*read.messages));
    }
    names_cache_.plan_id.clear(); // names with enumeration labels in them
    show_language();
}

void App::show_language() {
    platform::set_document_language(text_.language(), text_("app.title"));
}

Stamp App::stamp() const {
    return Stamp{platform::now_utc(), platform::today(), platform::entropy()};
}

void App::draw() {
    item_rects_.attach(ImGui::GetCurrentContext());
    if (!language_started_) start_language();
    // The first frames wait (blank) for the language first asked for, which
    // comes from the offline cache in milliseconds, rather than flash English.
    if (!drawn_once_ && !wanted_language_.empty()) return;
    drawn_once_ = true;
    // Said in the interface's language once it is here, after any notice
    // about the language itself.
    if (!unreadable_.empty() && wanted_language_.empty() && !ui_.notice) report_unreadable();
    // Follow the browser's light or dark preference, also when it changes.
    const int theme = platform::prefers_dark_theme() ? 1 : 0;
    if (theme != ui_.theme) apply_style(theme == 1), ui_.theme = theme;
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput || !ImGui::IsAnyItemActive()) {
        const bool shift = io.KeyShift;
        if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Z) && !shift)
            undo();
        else if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z) ||
                 ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Y))
            redo();
    }
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_F)) ui_.search_requested = true;
    draw_main_window(*this);
    save_if_due();
}

void App::open(const std::string& id) {
    if (id == current_id_ || !find_plan(workspace_, id)) return;
    current_id_ = id;
    ui_.drafts.clear();
    ui_.focus.reset();
}

void App::jump_to(const Place& place) {
    const Plan* plan = current();
    if (!plan) return;
    ui_.section = section_for(*plan, place);
    ui_.focus = Focus{place, platform::now_ms(), false};
}

std::string App::create(const std::string& name, std::string_view template_key) {
    const TemplateSource* source = find_template(template_key);
    if (!source) return {};
    TemplateResult made = plan_from_template(*source, name, stamp(), text_.messages());
    if (!made.ok) {
        ui_.notice = Notice{true, text_("app.template_failed"), {made.error}};
        return {};
    }
    std::string id = add_plan(workspace_, std::move(made.plan), stamp());
    // New plans are stored at once: a reload right after creating keeps them.
    platform::store_plan(id, write_plan(*find_plan(workspace_, id)));
    open(id);
    return id;
}

void App::duplicate(const std::string& id) {
    std::string copy = duplicate_plan(workspace_, id, stamp());
    if (copy.empty()) return;
    platform::store_plan(copy, write_plan(*find_plan(workspace_, copy)));
    open(copy);
}

void App::remove(std::string id) {
    if (!remove_plan(workspace_, id)) return;
    platform::remove_stored_plan(id);
    dirty_.erase(id);
    history_.erase(id);
    if (current_id_ == id) {
        current_id_ = workspace_.plans.empty() ? "" : workspace_.plans.front().id;
        ui_.drafts.clear();
    }
}

void App::export_plan(const std::string& id) {
    if (const Plan* plan = find_plan(workspace_, id))
        platform::download_text(export_filename(plan->name), write_plan(*plan));
}

ImportResult App::import_text(std::string_view text) {
    ImportResult result = import_plan(workspace_, text, stamp());
    if (result.ok) {
        platform::store_plan(result.plan_id, write_plan(*find_plan(workspace_, result.plan_id)));
        open(result.plan_id);
    }
    return result;
}

void App::file_opened(const std::string& name, const std::string* bytes, std::size_t size) {
    ImportResult result;
    if (!bytes) {
        // The host did not read a file over the limit.
        result.problems.push_back(
            Problem{"", {}, size_limit_message(size, platform::max_import_bytes())});
    } else {
        result = import_text(*bytes);
    }
    if (result.ok) {
        const Plan* plan = find_plan(workspace_, result.plan_id);
        ui_.notice =
            Notice{false, text_("app.imported", {{"name", plan->name}, {"file", name}}), {}};
        return;
    }
    Notice notice{true, text_("app.not_imported", {{"file", name}}), {}};
    for (const Problem& p : result.problems)
        notice.lines.push_back(text_(description(p)));
    ui_.notice = std::move(notice);
}

void App::storage_failed(const std::string& message) {
    ui_.notice = Notice{true, text_("app.storage_failed"), {message}};
}

std::optional<std::vector<Edit>> App::apply_all(Plan& plan, const std::vector<Edit>& edits,
                                                std::string* error) {
    std::vector<Edit> inverses;
    for (const Edit& e : edits) {
        EditResult applied = apply_edit(plan, e);
        if (!applied.inverse) {
            if (applied.error.empty()) continue; // changed nothing
            for (auto it = inverses.rbegin(); it != inverses.rend(); ++it)
                apply_edit(plan, *it);
            *error = text_(applied.error);
            return std::nullopt;
        }
        inverses.push_back(std::move(*applied.inverse));
    }
    std::reverse(inverses.begin(), inverses.end());
    return inverses;
}

void App::record(std::vector<Edit> inverses, const std::string& target) {
    if (inverses.empty()) return;
    History& h = history_[current_id_];
    const double now = platform::now_ms();
    const bool merge =
        !h.undo.empty() && !target.empty() && now - h.undo.back().at_ms < kMergeTypingMs &&
        h.undo.back().edits.size() == 1 && edit_target(h.undo.back().edits[0]) == target;
    if (merge)
        h.undo.back().at_ms = now; // keep the older inverse: it restores the start
    else
        h.undo.push_back({std::move(inverses), now});
    h.redo.clear();
    changed(current_id_);
}

bool App::edit(const Edit& e) {
    return edit_all({e});
}

std::string App::try_edit(const Edit& e) {
    Plan* plan = find_plan(workspace_, current_id_);
    if (!plan) return text_("app.no_plan_open");
    std::string error;
    std::optional<std::vector<Edit>> inverses = apply_all(*plan, {e}, &error);
    if (!inverses) return error;
    record(std::move(*inverses), edit_target(e));
    return {};
}

bool App::edit_all(const std::vector<Edit>& edits) {
    Plan* plan = find_plan(workspace_, current_id_);
    if (!plan || edits.empty()) return false;
    std::string error;
    std::optional<std::vector<Edit>> inverses = apply_all(*plan, edits, &error);
    if (!inverses) {
        ui_.notice = Notice{true, text_("app.change_not_made"), {error}};
        return false;
    }
    const bool applied = !inverses->empty();
    record(std::move(*inverses), ""); // a choice, a click or a drag: a step of its own
    return applied;
}

bool App::remove_item(const std::string& list, const std::string& id) {
    const Plan* plan = current();
    return plan && edit_all(removal_edits(*plan, list, id));
}

bool App::can_undo() const {
    auto it = history_.find(current_id_);
    return it != history_.end() && !it->second.undo.empty();
}

bool App::can_redo() const {
    auto it = history_.find(current_id_);
    return it != history_.end() && !it->second.redo.empty();
}

void App::apply_step(std::vector<Step>& from, std::vector<Step>& to) {
    Plan* plan = find_plan(workspace_, current_id_);
    if (!plan || from.empty()) return;
    Step step = std::move(from.back());
    from.pop_back();
    std::string error;
    if (std::optional<std::vector<Edit>> inverses = apply_all(*plan, step.edits, &error)) {
        to.push_back({std::move(*inverses), 0});
        ui_.drafts.clear();
        changed(current_id_);
    }
}

void App::undo() {
    History& h = history_[current_id_];
    apply_step(h.undo, h.redo);
}

void App::redo() {
    History& h = history_[current_id_];
    apply_step(h.redo, h.undo);
}

const App::Derived& App::derived() {
    Derived& d = derived_;
    if (d.plan_id == current_id_ && d.revision == revision_) return d;
    d = Derived{current_id_, revision_, {}, {}, {}, {}, {}};
    if (const Plan* plan = current()) {
        d.findings = plan_findings(*plan);
        for (SmartCheck& c : check_all_smart(*plan))
            d.smart.emplace(c.objective_id, std::move(c));
        d.budget = budget_totals(*plan);
        d.forecast = forecast_plan(*plan);
    }
    for (std::size_t i = 0; i < d.findings.size(); ++i)
        d.by_item[edit_path({d.findings[i].place.list, d.findings[i].place.item_id, ""})].push_back(
            i);
    return d;
}

const std::vector<Finding>& App::findings() {
    return derived().findings;
}

const std::map<std::string, SmartCheck>& App::smart_checks() {
    return derived().smart;
}

const BudgetTotals& App::budget() {
    return derived().budget;
}

const Forecast& App::forecast() {
    return derived().forecast;
}

std::vector<const Finding*> App::findings_about(const std::string& list,
                                                const std::string& item_id) {
    const std::vector<Finding>& all = findings();
    std::vector<const Finding*> out;
    auto it = derived_.by_item.find(edit_path({list, item_id, ""}));
    if (it != derived_.by_item.end())
        for (std::size_t i : it->second)
            out.push_back(&all[i]);
    return out;
}

const std::unordered_map<std::string, std::string>& App::names_of(const std::string& list) {
    NamesCache& c = names_cache_;
    if (c.plan_id != current_id_ || c.revision != revision_) {
        c.by_list.clear();
        c.plan_id = current_id_;
        c.revision = revision_;
    }
    auto found = c.by_list.find(list);
    if (found != c.by_list.end()) return found->second;
    std::unordered_map<std::string, std::string>& names = c.by_list[list];
    if (const Plan* plan = current())
        for_each_choice(text_, *plan, list, [&](const std::string& id, const std::string& name) {
            names.emplace(id, name);
        });
    return names;
}

void App::changed(const std::string& id) {
    ++revision_;
    if (Plan* plan = find_plan(workspace_, id)) plan->modified = platform::now_utc();
    dirty_.insert(id);
    last_change_ms_ = platform::now_ms();
}

void App::save_if_due() {
    if (!dirty_.empty() && platform::now_ms() - last_change_ms_ >= kSaveDelayMs) save_now();
    // Keep frames coming until the pending save has been written.
    if (!dirty_.empty()) platform::request_frames();
}

void App::save_now() {
    for (const std::string& id : dirty_)
        if (const Plan* plan = find_plan(workspace_, id))
            platform::store_plan(id, write_plan(*plan));
    dirty_.clear();
}

} // namespace fp::ui
