#include "ui/app.h"

#include "core/csv_export.h"
#include "core/holidays.h"
#include "core/model_json.h"
#include "core/references.h"
#include "core/report_html.h"
#include "core/share_link.h"
#include "core/templates.h"
#include "platform/platform.h"
#include "ui/fields.h"
#include "ui/style.h"
#include "ui/views.h"

#include <imgui.h>

#include <algorithm>

namespace fp::ui {

namespace {

// The plan's name as a file name followed by `suffix` (".plan.json").
std::string export_filename(const std::string& name, std::string_view suffix) {
    // Keep letters of every script; drop what file systems refuse.
    std::string out;
    for (char c : name)
        out += std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos ||
                       static_cast<unsigned char>(c) < 0x20
                   ? '_'
                   : c;
    return (out.empty() ? "plan" : out) + std::string(suffix);
}
} // namespace

namespace {
Messages english_messages() {
    MessagesRead read = read_messages(builtin_english_messages());
    return read.messages ? std::move(*read.messages) : Messages{"en", {}, {}};
}
} // namespace

App::App() : text_(english_messages()) {
    for (const platform::StoredPlan& record : platform::stored_plans())
        if (auto unrestored = session_.restore({record.id, record.text}))
            ui_.set_aside.push_back(SetAside{std::move(*unrestored), record.text});
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
    platform::set_document_language(
        text_.language(),
        platform::PageWords{text_("app.title"), text_("page.display_restoring"),
                            text_("page.failure_title"), text_("page.failure_text"),
                            text_("page.failure_download"), text_("page.failure_reload")});
}

Stamp App::stamp() const {
    return Stamp{platform::now_utc(), platform::today(), platform::entropy()};
}

Moment App::moment() const {
    return Moment{platform::now_ms(), platform::now_utc()};
}

void App::draw() {
    item_rects_.attach(ImGui::GetCurrentContext());
    if (!language_started_) start_language();
    // The first frames wait (blank) for the language first asked for, which
    // comes from the offline cache in milliseconds, rather than flash English.
    if (!drawn_once_ && !wanted_language_.empty()) return;
    drawn_once_ = true;
    if (!link_checked_ && wanted_language_.empty()) {
        link_checked_ = true;
        open_shared_link();
    }
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
    if (id == session_.current_id() || !session_.open(id)) return;
    ui_.drafts.clear();
    ui_.focus.reset();
}

void App::jump_to(const Place& place) {
    const Plan* plan = current();
    if (!plan) return;
    ui_.section = section_for(*plan, place);
    ui_.focus = Focus{place, platform::now_ms(), false};
}

App::Created App::create(const std::string& name, std::string_view template_key,
                         const TemplateOptions& options) {
    const TemplateSource* source = find_template(template_key);
    if (!source) return {"", "there is no template \"" + std::string(template_key) + "\""};
    TemplateResult made = plan_from_template(*source, name, stamp(), text_.messages(), options);
    if (!made.ok) {
        ui_.notice = Notice{true, text_("app.template_failed"), {made.error}};
        return {"", made.error};
    }
    std::string id = session_.add(std::move(made.plan), stamp());
    opened_new(id);
    return {id, ""};
}

void App::opened_new(const std::string& id) {
    // Saved without waiting for a pause, a slice a frame like any save; a
    // reload before the last slice still keeps it (the page flushes saves
    // when it goes away).
    session_.save_soon(id);
    platform::request_frames();
    ui_.drafts.clear();
    ui_.focus.reset();
}

void App::duplicate(const std::string& id) {
    std::string copy = session_.duplicate(id, stamp());
    if (!copy.empty()) opened_new(copy);
}

NextPlanResult App::preview_next_plan(const Date& start, const std::string& name) const {
    const Plan* plan = current();
    if (!plan) return {};
    return next_plan(*plan, start, name, stamp());
}

bool App::start_next_plan(const Date& start, const std::string& name) {
    const Plan* plan = current();
    if (!plan) return false;
    const std::string from = plan->name;
    NextPlanResult next = next_plan(*plan, start, name, stamp());
    if (!next.ok) {
        ui_.notice = Notice{true, text_("next_plan.not_started"), {text_(next.error)}};
        return false;
    }
    const std::string id = session_.add(std::move(next.plan), stamp());
    opened_new(id);
    ui_.notice =
        Notice{false, text_("next_plan.started", {{"name", current()->name}, {"from", from}}), {}};
    return true;
}

void App::add_public_holidays() {
    const Plan* plan = current();
    if (!plan) return;
    std::vector<Edit> inserts;
    for (const NonWorkingDay& d : missing_public_holidays(*plan))
        inserts.push_back(edit::Insert{"non_working_days",
                                       plan->non_working_days.size() + inserts.size(), to_json(d)});
    const std::string count = std::to_string(inserts.size());
    if (inserts.empty() || edit_all(inserts))
        ui_.notice =
            Notice{false, text_(Message{"execution.holidays_added", {{"count", count}}}), {}};
}

void App::remove(std::string id) {
    if (shared_ && id == shared_->shown_id) {
        close_shared();
        return;
    }
    const bool was_open = id == session_.current_id();
    if (!session_.remove(id)) return;
    platform::remove_stored_plan(id);
    if (was_open) ui_.drafts.clear();
}

void App::export_plan(const std::string& id) {
    if (const Plan* plan = find_plan(workspace(), id))
        platform::download(export_filename(plan->name, ".plan.json"), write_plan(*plan),
                           "application/json");
}

OfferedFile tables_file(const Plan& plan) {
    return {export_filename(plan.name, "-tables.zip"), plan_csv_zip(plan)};
}

void App::export_tables(const std::string& id) {
    if (const Plan* plan = find_plan(workspace(), id)) {
        const OfferedFile file = tables_file(*plan);
        platform::download(file.filename, file.bytes, "application/zip");
    }
}

void App::print_plan() {
    if (const Plan* plan = current())
        platform::show_printable(export_filename(plan->name, "-plan.html"),
                                 plan_report_html(*plan, text_.messages()));
}

void App::print_review() {
    if (const Plan* plan = current())
        platform::show_printable(export_filename(plan->name, "-review.html"),
                                 review_report_html(*plan, text_.messages()));
}

ImportResult App::import_text(std::string_view text) {
    ImportResult result = session_.import_text(text, stamp());
    if (result.ok) opened_new(result.plan_id);
    return result;
}

void App::file_opened(const std::string& name, const std::string* bytes, std::size_t size) {
    PlanReadResult read;
    if (bytes) {
        read = read_plan(*bytes);
    } else {
        // The host did not read a file over the limit.
        read.problems.push_back(
            Problem{"", {}, size_limit_message(size, platform::max_import_bytes())});
    }
    if (ui_.merging) {
        MergeUi& m = *ui_.merging;
        m.problem.clear();
        if (!read.ok)
            m.problem = text_("app.not_imported", {{"file", name}}) + " " +
                        text_(description(read.problems.front()));
        else if (read.plan.id != m.plan_id)
            m.problem = text_("merge.other_plan", {{"file", name}});
        if (!m.problem.empty()) return;
        m.files.push_back(name);
        add_group(m.merge, std::move(read.plan));
        return;
    }
    if (!read.ok) {
        report_problems(text_("app.not_imported", {{"file", name}}), read.problems);
        return;
    }
    if (find_plan(workspace(), read.plan.id)) {
        ui_.pending_imports.push_back(PendingImport{name, std::move(read.plan)});
        return;
    }
    opened_new(session_.add(std::move(read.plan), stamp()));
    ui_.notice =
        Notice{false, text_("app.imported", {{"name", current()->name}, {"file", name}}), {}};
}

void App::report_problems(const std::string& title, const std::vector<Problem>& problems) {
    Notice notice{true, title, {}};
    for (const Problem& p : problems)
        notice.lines.push_back(text_(description(p)));
    ui_.notice = std::move(notice);
}

std::vector<PendingImport> App::take_pending_imports() {
    std::vector<PendingImport> out, rest;
    for (PendingImport& p : ui_.pending_imports)
        (out.empty() || p.plan.id == out.front().plan.id ? out : rest).push_back(std::move(p));
    ui_.pending_imports = std::move(rest);
    return out;
}

void App::import_as_new() {
    Notice notice{false, "", {}};
    for (PendingImport& p : take_pending_imports()) {
        const std::string file = p.file;
        opened_new(session_.add(std::move(p.plan), stamp()));
        notice.lines.push_back(text_("app.imported", {{"name", current()->name}, {"file", file}}));
    }
    if (notice.lines.empty()) return;
    notice.title = text_("import.added_as_new");
    ui_.notice = std::move(notice);
}

void App::replace_with_import() {
    std::vector<PendingImport> files = take_pending_imports();
    if (files.size() != 1 || !session_.open(files.front().plan.id)) return;
    ui_.drafts.clear();
    if (edit_all({edit::Set{"", to_json(files.front().plan)}}))
        ui_.notice = Notice{
            false,
            text_("import.replaced", {{"name", current()->name}, {"file", files.front().file}}),
            {}};
}

void App::merge_imports() {
    std::vector<PendingImport> files = take_pending_imports();
    if (files.empty() || !session_.open(files.front().plan.id)) return;
    ui_.drafts.clear();
    std::vector<std::string> names;
    std::vector<Plan> groups;
    for (PendingImport& p : files) {
        names.push_back(p.file);
        groups.push_back(std::move(p.plan));
    }
    ui_.merging =
        MergeUi{current()->id, std::move(names), merge_plans(*current(), std::move(groups)), ""};
}

void App::drop_imports() {
    take_pending_imports();
}

void App::start_merge() {
    const Plan* plan = current();
    if (!plan) return;
    ui_.merging = MergeUi{plan->id, {}, merge_plans(*plan, {}), ""};
    platform::open_file_picker();
}

bool App::finish_merge() {
    if (!ui_.merging || !ui_.merging->merge.conflicts.empty()) return false;
    MergeUi& m = *ui_.merging;
    if (!session_.open(m.plan_id)) {
        ui_.merging.reset();
        return false;
    }
    if (std::optional<Message> error =
            session_.edit({edit::Set{"", to_json(m.merge.plan)}}, moment())) {
        m.problem = text_("merge.not_finished") + " " + text_(*error);
        return false;
    }
    ui_.drafts.clear();
    ui_.notice = Notice{false,
                        text_("merge.done", {{"name", current()->name},
                                             {"groups", std::to_string(m.files.size())},
                                             {"settled", std::to_string(m.merge.settled.size())},
                                             {"cleared", std::to_string(m.merge.cleared.size())}}),
                        {}};
    ui_.merging.reset();
    return true;
}

std::optional<std::string> App::share_link() const {
    const Plan* plan = current();
    if (!plan) return std::nullopt;
    std::optional<std::string> fragment = share_fragment(*plan);
    if (!fragment) return std::nullopt;
    return platform::page_address() + "#" + *fragment;
}

void App::copy_share_link() {
    if (!current()) return;
    const std::string limit = std::to_string(kMaxShareLinkBytes / 1024);
    if (std::optional<std::string> link = share_link()) {
        platform::copy_text(*link);
        ui_.notice = Notice{false, text_("shared.copied"), {}};
    } else {
        ui_.notice = Notice{true, text_("shared.too_large", {{"limit", limit}}), {}};
    }
}

void App::open_shared_link() {
    const std::string fragment = platform::opened_fragment();
    if (fragment.rfind("plan=", 0) != 0) return; // not a share link
    PlanReadResult read = read_share_fragment(fragment);
    if (!read.ok) {
        report_problems(text_("shared.not_opened"), read.problems);
        return;
    }
    const std::string id = session_.add(read.plan, stamp());
    shared_ = SharedView{std::move(read.plan), id};
    ui_.drafts.clear();
    ui_.focus.reset();
}

void App::import_shared() {
    if (!shared_) return;
    Plan plan = shared_->plan;
    close_shared();
    if (find_plan(workspace(), plan.id)) {
        ui_.pending_imports.push_back(PendingImport{text_("shared.link_file"), std::move(plan)});
        return;
    }
    opened_new(session_.add(std::move(plan), stamp()));
    ui_.notice = Notice{false, text_("shared.imported", {{"name", current()->name}}), {}};
}

void App::close_shared() {
    if (!shared_) return;
    session_.remove(shared_->shown_id);
    shared_.reset();
    platform::forget_fragment();
    ui_.drafts.clear();
}

void App::storage_failed(const std::string& message) {
    ui_.storage_problem = message;
}

void App::stored_elsewhere(const platform::StoredChange& change) {
    auto& conflicts = ui_.conflicts;
    conflicts.erase(std::remove_if(conflicts.begin(), conflicts.end(),
                                   [&](const StorageConflict& c) { return c.id == change.id; }),
                    conflicts.end());
    // Changes of this tab that never reached storage would be lost by taking
    // the newer copy: the user decides.
    if (find_plan(workspace(), change.id) && (change.refused || session_.unsaved(change.id))) {
        conflicts.push_back(StorageConflict{change.id, change.text});
        return;
    }
    take_stored(change.id, change.text);
}

void App::take_stored(const std::string& id, const std::optional<std::string>& text) {
    if (id == session_.current_id()) ui_.drafts.clear();
    if (!text)
        session_.remove(id);
    else if (auto unrestored = session_.reload({id, *text}))
        ui_.set_aside.push_back(SetAside{std::move(*unrestored), *text});
    platform::adopt_stored_plan(id);
}

void App::take_newer_copy() {
    if (ui_.conflicts.empty()) return;
    const StorageConflict c = std::move(ui_.conflicts.front());
    ui_.conflicts.erase(ui_.conflicts.begin());
    take_stored(c.id, c.newer);
}

void App::keep_mine_as_new() {
    if (ui_.conflicts.empty()) return;
    const StorageConflict c = std::move(ui_.conflicts.front());
    ui_.conflicts.erase(ui_.conflicts.begin());
    std::string id;
    if (const Plan* here = find_plan(workspace(), c.id)) {
        Plan mine = *here;
        stamp_as_new(mine, text_("storage.conflict.copy_name", {{"name", here->name}}), stamp());
        id = session_.add(std::move(mine), stamp());
    }
    take_stored(c.id, c.newer);
    if (id.empty() || !session_.open(id)) return;
    opened_new(id);
    ui_.notice = Notice{false, text_("storage.conflict.kept", {{"name", current()->name}}), {}};
}

void App::download_set_aside(std::size_t index) {
    if (index < ui_.set_aside.size())
        platform::download(export_filename(ui_.set_aside[index].why.id, ".stored.txt"),
                           ui_.set_aside[index].text, "text/plain;charset=utf-8");
}

bool App::edit(const Edit& e) {
    return edit_all({e});
}

std::string App::try_edit(const Edit& e) {
    if (read_only()) return text_("shared.read_only");
    if (std::optional<Message> error = session_.edit({e}, moment(), edit_target(e)))
        return text_(*error);
    return {};
}

bool App::edit_all(const std::vector<Edit>& edits) {
    if (!current() || edits.empty()) return false;
    if (read_only()) {
        ui_.notice = Notice{true, text_("shared.read_only"), {}};
        return false;
    }
    const std::uint64_t before = session_.revision();
    // A choice, a click or a drag: a step of its own.
    if (std::optional<Message> error = session_.edit(edits, moment())) {
        ui_.notice = Notice{true, text_("app.change_not_made"), {text_(*error)}};
        return false;
    }
    return session_.revision() != before;
}

bool App::remove_item(const std::string& list, const std::string& id) {
    const Plan* plan = current();
    return plan && edit_all(removal_edits(*plan, list, id));
}

void App::undo() {
    if (session_.undo(moment())) ui_.drafts.clear();
}

void App::redo() {
    if (session_.redo(moment())) ui_.drafts.clear();
}

const std::unordered_map<std::string, std::string>& App::names_of(const std::string& list) {
    NamesCache& c = names_cache_;
    if (c.plan_id != session_.current_id() || c.revision != session_.revision()) {
        c.by_list.clear();
        c.plan_id = session_.current_id();
        c.revision = session_.revision();
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

void App::store(const std::vector<PlanRecord>& records) {
    for (const PlanRecord& r : records)
        platform::store_plan(r.id, r.text);
}

void App::save_if_due() {
    const double start = platform::now_ms();
    store(session_.take_saves(start));
    last_save_ms_ = platform::now_ms() - start;
    // Keep frames coming until the pending save has been written.
    if (session_.saving()) platform::request_frames();
}

void App::save_now() {
    store(session_.take_saves());
}

} // namespace fp::ui
