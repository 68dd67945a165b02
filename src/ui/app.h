// The application: the user's plans, which one is open, and the operations the
// views call to change them. Views draw from this state and change plans only
// through App::edit() (undoable) or the whole-plan operations below; every
// change is stored per plan shortly after it happens.
#pragma once

#include "core/allocation.h"
#include "core/derived.h"
#include "core/edits.h"
#include "core/findings.h"
#include "core/forecast.h"
#include "core/merge.h"
#include "core/next_plan.h"
#include "core/session.h"
#include "core/templates.h"
#include "core/workspace.h"
#include "platform/platform.h"
#include "ui/item_rects.h"
#include "ui/sections.h"
#include "ui/text.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fp::ui {

// A message shown above the open plan until the user dismisses it.
struct Notice {
    bool error = false;
    std::string title;
    std::vector<std::string> lines;
};

// A place in the plan to bring into view: an item's row (and field), or one
// of the plan's own fields when `list` is empty.
struct Focus {
    Place place;
    double since_ms = 0; // when the jump happened; the place is highlighted briefly
    bool scrolled = false;
};

struct Draft {
    std::string text;
    std::string problem;
};

// The Forecast section's choices that are not part of the plan: the channel
// whose funnel is drawn and the allocation asked for.
struct ForecastUi {
    std::string channel; // "" for the first channel
    AllocationMode mode = AllocationMode::FixedBudget;
    std::string amount; // as typed: money, a ROAS or a cost per order, as the mode asks
    Message problem;    // why the amount typed was not taken
};

// The dialog "Start the next plan from this one" (next_plan_dialog.cpp).
struct NextPlanUi {
    bool requested = false; // open it on the next frame
    std::string name;
    Date start;
    std::optional<NextPlanResult> preview; // for the name and start shown; empty: work it out
};

// A file read for import whose plan is here already (the same plan id):
// the user chooses to keep both, replace the plan here, or merge it in
// (import_dialogs.cpp).
struct PendingImport {
    std::string file; // its name
    Plan plan;        // as read
};

// Bringing groups' files into the plan they all started from
// (import_dialogs.cpp): the plan as it stood is the base, each file a group.
struct MergeUi {
    std::string plan_id;
    std::vector<std::string> files; // each group's file, in group order
    Merge merge;
    std::string problem; // why the last file offered was not taken
};

// A plan another tab saved (or deleted) while this tab had changes to it not
// yet stored: nothing was overwritten, and the user chooses between the
// newer copy and keeping this tab's as a new plan (storage_view.cpp).
struct StorageConflict {
    std::string id;
    std::optional<std::string> newer; // the stored text; none when deleted there
};

// A stored record that could not be read: left in storage as it is, its
// text kept to be offered for download.
struct SetAside {
    Session::Unrestored why;
    std::string text;
};

// What the interface remembers between frames that is not part of any plan.
struct UiState {
    Section section = Section::Overview;
    std::optional<Focus> focus;
    std::string search;            // the text searched for (Ctrl+F)
    bool search_requested = false; // focus the search field on the next frame
    bool show_findings = false;
    std::map<std::string, std::string> filters; // each table's filter text, by table id
    std::string row_menu;                       // the item whose row's menu (right click) is open
    struct Copied {
        std::string table; // table id
        std::size_t rows = 0;
        double at_ms = 0;
    } copied; // the last rows copied, said beside the table for a moment
    std::string new_plan_name;
    std::string new_plan_template = "blank";
    // The event a new event-anchored plan is placed around: a sale day's name
    // (kSaleDays), or "" for new_plan_event_date.
    static constexpr const char* kNextSale = "next"; // the first sale day to come
    std::string new_plan_event = kNextSale;
    std::optional<Date> new_plan_event_date;
    std::string rename_buffer;
    bool request_rename = false;
    bool request_delete = false;
    // Text a user typed that is not (yet) a valid value, by widget id, with
    // the reason, so a half-typed date or amount is neither lost nor stored.
    std::map<unsigned, Draft> drafts;
    std::optional<Notice> notice;
    int theme = -1; // the theme applied: -1 none yet, 0 light, 1 dark
    ForecastUi forecast;
    NextPlanUi next_plan;
    std::vector<PendingImport> pending_imports; // oldest first
    std::optional<MergeUi> merging;
    std::vector<StorageConflict> conflicts; // oldest first
    std::vector<SetAside> set_aside;
    // Why the browser last refused to store a change, until dismissed.
    std::optional<std::string> storage_problem;
};

class App {
  public:
    // Restores the plans kept in storage; unreadable records are left untouched
    // and set aside (ui().set_aside).
    App();

    void draw();
    std::string api(std::string_view request, std::string_view text = {}); // automation.cpp
    void file_opened(const std::string& name, const std::string* bytes, std::size_t size);
    void storage_failed(const std::string& message);
    // Another tab stored or deleted a plan: taken at once when this tab has
    // nothing of that plan left to store, else asked about (ui().conflicts).
    void stored_elsewhere(const platform::StoredChange& change);
    // The first conflict settled: the newer copy taken here (or the plan
    // dropped when deleted there), this tab's version first kept as a new
    // plan when asked.
    void take_newer_copy();
    void keep_mine_as_new();
    // Offers the text of a set-aside record as a file.
    void download_set_aside(std::size_t index);

    // The interface's words in the chosen language (ui/text.h).
    const Text& text() const { return text_; }
    // Switches the interface to `code`, one of kLanguages, as soon as its
    // table is here, and remembers the choice; false for an unknown code.
    bool set_language(const std::string& code);
    // A language's table arrived (null when it could not be had).
    void language_loaded(const std::string& code, const std::string* text);

    const Workspace& workspace() const { return session_.workspace(); }
    const Plan* current() const { return session_.current(); }
    UiState& ui() { return ui_; }
    ItemRects& item_rects() { return item_rects_; }

    void open(const std::string& id);
    // Shows the section holding this place in the open plan and highlights it.
    void jump_to(const Place& place);
    // A new plan from a built-in template (core/templates.h), an
    // event-anchored one placed around options.event: its id, or no id and
    // why (also in the notice line, unless the key names no template). An
    // empty name keeps the template's.
    struct Created {
        std::string id;
        std::string error;
    };
    Created create(const std::string& name, std::string_view template_key = "blank",
                   const TemplateOptions& options = {});
    void duplicate(const std::string& id);
    // The next plan from the open one (core/next_plan.h): what it would be,
    // and making it, added and opened. Making it returns false, with why in
    // the notice line, when there is none.
    NextPlanResult preview_next_plan(const Date& start, const std::string& name) const;
    bool start_next_plan(const Date& start, const std::string& name);
    // Adds the public holidays of the open plan's market over its dates that
    // it does not list yet, as one undo step, and says how many in the
    // notice line.
    void add_public_holidays();
    void remove(std::string id); // by value: callers often pass the doomed plan's own id
    void export_plan(const std::string& id);
    // Downloads tables_file() of that plan.
    void export_tables(const std::string& id);
    // Opens the open plan's printable plan, or its effect-analysis report,
    // in the interface's language (core/report_html.h) for printing.
    void print_plan();
    void print_review();
    ImportResult import_text(std::string_view text);
    // The choices for the first pending import and every other file of the
    // same plan: each as a new plan; replacing the plan here with the one
    // file (one undo step); merging them in as groups; or dropping them.
    void import_as_new();
    void replace_with_import();
    void merge_imports();
    void drop_imports();
    // Starts merging groups' files into the open plan, with no group yet:
    // they arrive through the file picker while the merge is open.
    void start_merge();
    // Takes the merged plan into the plan, as one undo step, once every
    // conflict is settled; false (and why in the merge's problem line) when
    // it cannot be.
    bool finish_merge();
    void cancel_merge() { ui_.merging.reset(); }

    // A link that carries the open plan (core/share_link.h), or nothing when
    // the plan is too large for one; copying it says which in the notice line.
    std::optional<std::string> share_link() const;
    void copy_share_link();
    // A plan opened from a share link is shown read-only, never stored,
    // until it is imported (as a file would be) or closed.
    bool read_only() const { return shared_ && session_.current_id() == shared_->shown_id; }
    void import_shared();
    void close_shared();

    // Applies an edit to the open plan as an undo step of its own; returns
    // false when it did not apply (and tells the user why in the notice line).
    bool edit(const Edit& e);
    // Applies an edit typed into a field; returns why it did not apply, or ""
    // when it applied or changed nothing (fields show the reason themselves).
    // Keystrokes in one field close together make one undo step.
    std::string try_edit(const Edit& e);
    // Applies edits in order as one undo step, all or none.
    bool edit_all(const std::vector<Edit>& edits);
    // Removes an item of a list of the open plan, clearing references to it
    // first (core/references.h), as one undo step.
    bool remove_item(const std::string& list, const std::string& id);
    bool can_undo() const { return session_.can_undo(); }
    bool can_redo() const { return session_.can_redo(); }
    void undo();
    void redo();

    // The open plan's findings (core/findings.h), SMART checks by objective id,
    // budget totals and forecast, worked out again only after a change.
    const std::vector<Finding>& findings() { return session_.derived().findings; }
    const std::map<std::string, SmartCheck>& smart_checks() { return session_.derived().smart; }
    const BudgetTotals& budget() { return session_.derived().budget; }
    const Forecast& forecast() { return session_.derived().forecast; }
    const std::vector<ScenarioComparison>& scenario_comparisons() {
        return session_.scenario_comparisons();
    }
    std::vector<const Finding*> findings_about(const std::string& list,
                                               const std::string& item_id) {
        return session_.findings_about(list, item_id);
    }

    // The names of the items of a list others refer to, by id
    // (ui/fields.h), worked out again only after a change.
    const std::unordered_map<std::string, std::string>& names_of(const std::string& list);

    // The allocator's last proposal (core/allocation.h), shown until the next.
    std::optional<Proposal>& proposal() { return session_.proposal(); }

    bool saving() const { return session_.saving(); }
    void save_now(); // writes every plan changed since the last save
    // What the last frame spent writing saves and handing them to storage:
    // the part of a frame a save holds it up.
    double last_save_ms() const { return last_save_ms_; }

  private:
    void opened_new(const std::string& id); // a plan just added: saved soon and shown
    // The pending imports of the same plan as the first, taken out of the queue.
    std::vector<PendingImport> take_pending_imports();
    void report_problems(const std::string& title, const std::vector<Problem>& problems);
    // The plan of the share link the page was opened with, shown once the
    // interface has its language.
    void open_shared_link();
    struct SharedView {
        Plan plan;            // as the link holds it
        std::string shown_id; // the copy shown, under a fresh id when the link's is taken
    };
    std::optional<SharedView> shared_;
    bool link_checked_ = false;
    void store(const std::vector<PlanRecord>& records);
    void save_if_due();
    double last_save_ms_ = 0;
    Stamp stamp() const;
    Moment moment() const;

    Text text_;
    // The stored copy in place of this tab's (none: the plan was deleted
    // there); this tab's writes of the plan build on it from now on.
    void take_stored(const std::string& id, const std::optional<std::string>& text);
    std::string wanted_language_; // asked of the host, not yet arrived
    bool language_started_ = false;
    bool drawn_once_ = false; // anything but a blank frame yet
    void start_language();    // the remembered or the browser's, at the first frame
    bool use_language(const std::string& code); // set_language without remembering
    void show_language();                       // the page's lang and title follow

    Session session_;
    UiState ui_;
    ItemRects item_rects_;
    struct NamesCache {
        std::string plan_id;
        std::uint64_t revision = ~std::uint64_t{0};
        std::map<std::string, std::unordered_map<std::string, std::string>> by_list;
    } names_cache_;
};

// A file the app offers to save.
struct OfferedFile {
    std::string filename;
    std::string bytes;
};
// What Plan > Export tables downloads: "<plan name>-tables.zip", every table
// of the plan as CSV (core/csv_export.h).
OfferedFile tables_file(const Plan& plan);

} // namespace fp::ui
