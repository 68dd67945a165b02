#include "ui/stage_tables.h"

#include "core/derived.h"
#include "ui/item_table.h"

#include <imgui.h>

namespace fp::ui {

namespace {

// "S M A R T" with failing letters dropped: "S M - R -".
std::string smart_summary(const Plan& plan, const Objective& o) {
    const SmartCheck check = check_smart(plan, o);
    std::string out;
    for (const SmartLetter& l : check.letters)
        out += std::string(out.empty() ? "" : " ") + (l.pass ? std::string(1, l.letter) : "-");
    return check.passes() ? "SMART" : out;
}

// New items of a stage's tables belong to that stage.
template <class T> std::function<T()> new_in(Stage stage) {
    return [stage] {
        T item;
        item.stage = stage;
        return item;
    };
}

} // namespace

void objectives_table(App& app, const Plan& plan, Stage stage, bool all_stages) {
    const char* id = all_stages ? "objectives-all" : "objectives-stage";
    TableSpec<Objective> spec(id, "objectives", "objective");
    spec.columns = {{"statement", "Objective", 0, Show::Long}};
    if (all_stages) spec.columns.push_back({"stage", "Stage", 100});
    spec.columns.insert(spec.columns.end(),
                        {{"metric", "Metric", 140},
                         {"unit", "Unit", 90},
                         {"baseline", "Baseline", 110, Show::Value},
                         {"target", "Target", 110, Show::Value},
                         {"direction", "Better when", 150},
                         {"deadline", "Deadline", 150},
                         {"horizon", "Horizon", 110},
                         {"owner", "Owner", 110},
                         Column<Objective>::computed("smart", "SMART", 90, smart_summary)});
    if (!all_stages) spec.include = [stage](const Objective& o) { return o.stage == stage; };
    spec.make = new_in<Objective>(stage);
    spec.id_prefix = "obj";
    item_table(app, plan, plan.objectives, spec);
    ImGui::TextDisabled("SMART: Specific, Measurable, Achievable, Relevant (a KPI measures it), "
                        "Time-bound. A dash marks a letter that fails; hover the outlined field "
                        "for why.");
}

void channels_tables(App& app, const Plan& plan, Stage stage) {
    auto in_stage = [stage](const Channel& c) { return c.stage == stage; };
    TableSpec<Channel> spec("channels", "channels", "channel");
    spec.columns = {{"name", "Channel", 0},
                    {"media", "Media", 100},
                    {"funnel", "Funnel level", 120},
                    {"stage", "Stage", 100}};
    spec.include = in_stage;
    spec.make = new_in<Channel>(stage);
    spec.id_prefix = "ch";
    item_table(app, plan, plan.channels, spec);

    ImGui::Spacing();
    ImGui::TextDisabled("Forecast inputs: what a unit of media costs and how visitors convert.");
    TableSpec<Channel> inputs("channel-inputs", "channels", "channel");
    inputs.columns = {
        Column<Channel>::computed("name-shown", "Channel", 160,
                                  [](const Plan&, const Channel& c) { return c.name; }),
        {"inputs/cost_model", "Buying", 100},
        {"inputs/unit_cost", "Unit cost", 110},
        {"inputs/ctr", "CTR", 80},
        {"inputs/visit_rate", "Visits/click", 100},
        {"inputs/cart_rate", "Add to cart", 100},
        {"inputs/conversion_rate", "Conversion", 100},
        {"inputs/aov", "Avg order", 110},
        {"inputs/volume", "Free visits", 110}};
    inputs.include = in_stage;
    inputs.row_actions = false; // the table above adds and removes channels
    item_table(app, plan, plan.channels, inputs);
}

void checklist_table(App& app, const Plan& plan, Stage stage) {
    TableSpec<ChecklistItem> spec("checklist", "checklist", "item");
    spec.columns = {{"done", "Done", 60}, {"text", "Check", 0, Show::Long}};
    spec.include = [stage](const ChecklistItem& c) { return c.stage == stage; };
    spec.make = new_in<ChecklistItem>(stage);
    spec.id_prefix = "chk";
    item_table(app, plan, plan.checklist, spec);
}

void brand_messages(App& app, const Plan& plan, Stage stage) {
    struct Message {
        Stage stage;
        const char* field;
        const char* label;
    };
    static constexpr Message kMessages[] = {
        {Stage::Reach, "strategy/awareness_message", "Awareness"},
        {Stage::Act, "strategy/familiarity_message", "Familiarity"},
        {Stage::Convert, "strategy/intent_message", "Purchase intent"},
    };
    // The stage's own message first, then the rest of the path to purchase.
    for (int pass = 0; pass < 2; ++pass)
        for (const Message& m : kMessages)
            if ((m.stage == stage) == (pass == 0))
                plan_field(app, plan, m.field, m.label, 0, Show::Long);
}

} // namespace fp::ui
