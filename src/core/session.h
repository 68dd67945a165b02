// A user's plans as they are worked on, without a screen: the workspace,
// which plan is open, each plan's undo history, which plans wait to be
// saved, and the figures derived from the open plan. The interface, the
// native tests and fpcli drive the same session; time comes in from the
// caller and saving goes out as text, so nothing here touches the browser.
#pragma once

#include "allocation.h"
#include "derived.h"
#include "edits.h"
#include "findings.h"
#include "forecast.h"
#include "plan_format.h"
#include "workspace.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace fp {

// The moment a change happens: a steady clock for grouping and delaying,
// and the wall clock a plan's "modified" records.
struct Moment {
    double ms = 0;
    std::string utc; // "2026-11-24T09:30:00Z"
};

// What follows from the open plan, worked out again only after a change.
struct DerivedFigures {
    std::vector<Finding> findings;
    std::map<std::string, SmartCheck> smart; // by objective id
    BudgetTotals budget;
    Forecast forecast;
};

// A plan as storage keeps it.
struct PlanRecord {
    std::string id;
    std::string text; // the plan file
};

class Session {
  public:
    static constexpr double kSaveDelayMs = 300; // batch keystrokes into one write
    // A save writes about this much of a plan's file per call of take_saves
    // (a frame): a large plan's whole file at once held up the frame.
    static constexpr std::size_t kSaveSliceBytes = 32 * 1024;
    static constexpr double kMergeTypingMs = 1500; // edits to one field this close: one step

    const Workspace& workspace() const { return workspace_; }
    const std::string& current_id() const { return current_id_; }
    const Plan* current() const { return find_plan(workspace_, current_id_); }
    // Counts changes to any plan, so caches know when they are stale.
    std::uint64_t revision() const { return revision_; }

    // A stored plan that could not be restored, and why: a problem of its
    // file, or none when another plan already has its id.
    struct Unrestored {
        std::string id;
        std::optional<Problem> problem;
    };
    // Takes a plan back from storage as it is, id included; the first plan
    // restored opens.
    std::optional<Unrestored> restore(const PlanRecord& record);
    // Takes a newer stored copy of a plan (saved by another tab) in place of
    // the one here, or adds it when it is not here; the plan's history and
    // pending save are dropped, since they were made on the older copy.
    std::optional<Unrestored> reload(const PlanRecord& record);

    // Opens a plan of the workspace; false when there is none by that id.
    bool open(const std::string& id);
    // Adds a whole plan (new, copied or imported) and opens it; returns its
    // id, a fresh one when the plan's own is taken.
    std::string add(Plan plan, const Stamp& stamp);
    std::string duplicate(const std::string& id, const Stamp& stamp);
    ImportResult import_text(std::string_view text, const Stamp& stamp,
                             const FormatLimits& limits = {});
    // Removes a plan with its history and any pending save; the next plan
    // opens when it was the open one.
    bool remove(const std::string& id);

    // Applies edits to the open plan in order as one undo step, all or none;
    // returns why not. Edits to the same `typing_target` field within
    // kMergeTypingMs of each other join the previous step (typing).
    std::optional<Message> edit(const std::vector<Edit>& edits, const Moment& at,
                                const std::string& typing_target = "");
    bool can_undo() const;
    bool can_redo() const;
    bool undo(const Moment& at);
    bool redo(const Moment& at);

    // Plans changed and not yet written out, or being written.
    bool saving() const { return !unsaved_.empty() || writing_; }
    bool unsaved(const std::string& id) const {
        return unsaved_.count(id) != 0 || (writing_ && writing_->id == id);
    }
    // Saves a plan just added (which storage does not have yet) without
    // waiting for changes to pause.
    void save_soon(const std::string& id);
    // Once changes have paused for kSaveDelayMs, writes the changed plans'
    // files about kSaveSliceBytes a call and returns those that are whole;
    // without `now`, writes all of them at once (the page is going away).
    // A plan changed while its file is written is written again afterwards.
    std::vector<PlanRecord> take_saves(std::optional<double> now_ms = std::nullopt);

    // The allocator's last proposal, for whichever plan it was made.
    std::optional<Proposal>& proposal() { return proposal_; }

    // Figures of the open plan as it stands.
    const DerivedFigures& derived();
    // Each budget scenario's forecast beside the plan's, worked out when first
    // asked for after a change: only the Forecast section shows them.
    const std::vector<ScenarioComparison>& scenario_comparisons();
    // Findings about one item ("" and "" for the plan's own fields), found
    // without a scan, since every visible cell asks.
    std::vector<const Finding*> findings_about(const std::string& list, const std::string& item_id);

  private:
    struct Step {
        std::vector<Edit> edits; // what undoes (or redoes) the step, in order
        double at_ms = 0;        // when it was made, to merge bursts of typing
    };
    struct History {
        std::vector<Step> undo;
        std::vector<Step> redo;
    };

    void changed(const std::string& id, const Moment& at);
    void stop_writing(const std::string& id); // its file no longer matches it
    bool apply_step(std::vector<Step>& from, std::vector<Step>& to, const Moment& at);

    Workspace workspace_;
    std::string current_id_;
    std::map<std::string, History> history_; // per plan, kept while other plans are open
    std::set<std::string> unsaved_;
    double save_due_ms_ = 0;
    struct Writing {
        std::string id;
        PlanFileWriter file;
    };
    std::optional<Writing> writing_; // a plan's file, written a slice a frame
    std::uint64_t revision_ = 0;
    std::optional<Proposal> proposal_;

    struct Cache {
        std::string plan_id;
        std::uint64_t revision = ~std::uint64_t{0};
        DerivedFigures figures;
        std::unordered_map<std::string, std::vector<std::size_t>> by_item; // edit path of the item
        std::optional<std::vector<ScenarioComparison>> scenarios;
    } cache_;
};

// Applies `edits` in order; on success returns their inverses in the order
// that undoes them, else restores the plan and returns why.
struct AppliedEdits {
    std::vector<Edit> inverses;
    std::optional<Message> error;
};
AppliedEdits apply_edits(Plan& plan, const std::vector<Edit>& edits);

} // namespace fp
