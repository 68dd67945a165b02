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
    TableSpec<Objective> spec(id, "objectives", "table.add.objective");
    spec.columns = {{"statement", "column.objectives.statement", 0, Show::Long}};
    if (all_stages) spec.columns.push_back({"stage", "column.objectives.stage", 100});
    spec.columns.insert(
        spec.columns.end(),
        {{"metric", "column.objectives.metric", 140},
         {"unit", "column.objectives.unit", 90},
         {"baseline", "column.objectives.baseline", 110, Show::Value},
         {"target", "column.objectives.target", 110, Show::Value},
         {"direction", "column.objectives.direction", 150},
         {"deadline", "column.objectives.deadline", 150},
         {"horizon", "column.objectives.horizon", 110},
         {"owner", "column.objectives.owner", 110},
         Column<Objective>::computed("smart", "column.objectives.smart", 90, smart_summary)});
    if (!all_stages) spec.include = [stage](const Objective& o) { return o.stage == stage; };
    spec.make = new_in<Objective>(stage);
    item_table(app, plan, plan.objectives, spec);
    note(app.text()("objectives.smart_note"));
}

void channels_tables(App& app, const Plan& plan, Stage stage) {
    auto in_stage = [stage](const Channel& c) { return c.stage == stage; };
    TableSpec<Channel> spec("channels", "channels", "table.add.channel");
    spec.columns = {{"name", "column.channels.name", 0},
                    {"media", "column.channels.media", 100},
                    {"funnel", "column.channels.funnel", 120},
                    {"stage", "column.channels.stage", 100}};
    spec.include = in_stage;
    spec.make = new_in<Channel>(stage);
    item_table(app, plan, plan.channels, spec);

    ImGui::Spacing();
    note(app.text()("channels.inputs_note"));
    TableSpec<Channel> inputs("channel-inputs", "channels", "table.add.channel");
    inputs.columns = {
        Column<Channel>::computed("name-shown", "column.channels.name", 160,
                                  [](const Plan&, const Channel& c) { return c.name; }),
        {"inputs/cost_model", "column.channels.inputs.cost_model", 100},
        {"inputs/unit_cost", "column.channels.inputs.unit_cost", 110},
        {"inputs/ctr", "column.channels.inputs.ctr", 80},
        {"inputs/visit_rate", "column.channels.inputs.visit_rate", 100},
        {"inputs/cart_rate", "column.channels.inputs.cart_rate", 100},
        {"inputs/conversion_rate", "column.channels.inputs.conversion_rate", 100},
        {"inputs/aov", "column.channels.inputs.aov", 110},
        {"inputs/volume", "column.channels.inputs.volume", 110}};
    inputs.include = in_stage;
    inputs.row_actions = false; // the table above adds and removes channels
    item_table(app, plan, plan.channels, inputs);
}

void checklist_table(App& app, const Plan& plan, Stage stage) {
    TableSpec<ChecklistItem> spec("checklist", "checklist", "table.add.checklist_item");
    spec.columns = {{"done", "column.checklist.done", 60},
                    {"text", "column.checklist.text", 0, Show::Long},
                    {"explanation", "column.checklist.explanation", 0, Show::Long}};
    spec.include = [stage](const ChecklistItem& c) { return c.stage == stage; };
    spec.make = new_in<ChecklistItem>(stage);
    item_table(app, plan, plan.checklist, spec);
}

void brand_messages(App& app, const Plan& plan, Stage stage) {
    struct Message {
        Stage stage;
        const char* field;
        const char* label; // key
    };
    static constexpr Message kMessages[] = {
        {Stage::Reach, "strategy/awareness_message", "brand_message.awareness"},
        {Stage::Act, "strategy/familiarity_message", "brand_message.familiarity"},
        {Stage::Convert, "strategy/intent_message", "brand_message.intent"},
    };
    // The stage's own message first, then the rest of the path to purchase.
    for (int pass = 0; pass < 2; ++pass)
        for (const Message& m : kMessages)
            if ((m.stage == stage) == (pass == 0))
                plan_field(app, plan, m.field, app.text()(m.label).c_str(), 0, Show::Long);
}

} // namespace fp::ui
