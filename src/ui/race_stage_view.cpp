// A RACE stage section (Reach, Act, Convert, Engage): the stage's objectives,
// its channels with their forecast inputs, the key brand messages and the
// stage checklist.
#include "ui/item_table.h"
#include "ui/stage_tables.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {
const char* question(Stage stage) {
    switch (stage) {
    case Stage::Reach:
        return "How do new people hear of us? Build awareness and bring visitors.";
    case Stage::Act:
        return "How do visitors start to interact, look around and leave their details?";
    case Stage::Convert:
        return "How do interested visitors become paying customers?";
    case Stage::Engage:
        return "How do customers come back, buy again and recommend us?";
    case Stage::Plan:
        break;
    }
    return "";
}
} // namespace

void draw_race_stage(App& app) {
    Stage stage = Stage::Reach;
    section_stage(app.ui().section, &stage);
    const Plan& plan = *app.current();
    section_heading(section_title(app.text(), app.ui().section).c_str(), question(stage));
    ImGui::SeparatorText("Objectives");
    objectives_table(app, plan, stage, false);
    ImGui::SeparatorText("Channels");
    channels_tables(app, plan, stage);
    ImGui::SeparatorText("Key brand messages");
    brand_messages(app, plan, stage);
    ImGui::SeparatorText("Checklist");
    checklist_table(app, plan, stage);
}

} // namespace fp::ui
