// The application: the user's plans, which one is open, and the operations the
// views call to change them. Views draw from this state and change plans only
// through App::edit() (undoable) or the whole-plan operations below; every
// change is stored per plan shortly after it happens.
#pragma once

#include "core/edits.h"
#include "core/workspace.h"
#include "ui/item_rects.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fp::ui {

// A message shown above the open plan until the user dismisses it.
struct Notice {
    bool error = false;
    std::string title;
    std::vector<std::string> lines;
};

// What the interface remembers between frames that is not part of any plan.
struct UiState {
    std::string new_plan_name;
    std::string new_plan_template = "blank";
    std::string rename_buffer;
    bool request_rename = false;
    bool request_delete = false;
    // Text a user typed that is not (yet) a valid value, by widget id, so a
    // half-typed date or currency is neither lost nor stored.
    std::map<unsigned, std::string> drafts;
    std::optional<Notice> notice;
    int theme = -1; // the theme applied: -1 none yet, 0 light, 1 dark
};

class App {
  public:
    // Restores the plans kept in storage; unreadable records are left untouched
    // and reported.
    App();

    void draw();
    std::string api(std::string_view request); // automation.cpp
    void file_opened(const std::string& name, const std::string* bytes, std::size_t size);
    void storage_failed(const std::string& message);

    const Workspace& workspace() const { return workspace_; }
    const Plan* current() const { return find_plan(workspace_, current_id_); }
    UiState& ui() { return ui_; }
    ItemRects& item_rects() { return item_rects_; }

    void open(const std::string& id);
    // A new plan from a built-in template (core/templates.h); "" when the key
    // names none. An empty name keeps the template's.
    std::string create(const std::string& name, std::string_view template_key = "blank");
    void duplicate(const std::string& id);
    void remove(std::string id); // by value: callers often pass the doomed plan's own id
    void export_plan(const std::string& id);
    ImportResult import_text(std::string_view text);

    // Applies an edit to the open plan; returns false when it did not apply.
    bool edit(const Edit& e);
    // Applies edits in order as one undo step, all or none.
    bool edit_all(const std::vector<Edit>& edits);
    // Removes an item of a list of the open plan, clearing references to it
    // first (core/references.h), as one undo step.
    bool remove_item(const std::string& list, const std::string& id);
    bool can_undo() const;
    bool can_redo() const;
    void undo();
    void redo();

    bool saving() const { return !dirty_.empty(); }
    void save_now(); // writes every plan changed since the last save

  private:
    struct Step {
        std::vector<Edit> edits; // what undoes (or redoes) the step, in order
        double at_ms = 0;        // when it was made, to merge bursts of typing
    };
    struct History {
        std::vector<Step> undo;
        std::vector<Step> redo;
    };

    void changed(const std::string& id); // marks a plan for saving
    void save_if_due();
    void apply_step(std::vector<Step>& from, std::vector<Step>& to);
    // Applies `edits` in order; on success returns their inverses in the
    // order that undoes them, else restores the plan and returns nothing.
    std::optional<std::vector<Edit>> apply_all(Plan& plan, const std::vector<Edit>& edits);
    Stamp stamp() const;

    Workspace workspace_;
    std::string current_id_;
    UiState ui_;
    ItemRects item_rects_;
    std::set<std::string> dirty_;
    double last_change_ms_ = 0;
    std::map<std::string, History> history_; // per plan, kept across section changes
};

} // namespace fp::ui
