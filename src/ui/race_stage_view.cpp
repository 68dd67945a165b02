// A RACE stage section (Reach, Act, Convert, Engage): the stage's objectives,
// its channels with their forecast inputs, the key brand messages and the
// stage checklist.
#include "ui/item_table.h"
#include "ui/stage_tables.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

void draw_race_stage(App& app) {
    Stage stage = Stage::Reach;
    section_stage(app.ui().section, &stage);
    const Plan& plan = *app.current();
    const Text& t = app.text();
    // Each stage asks its question: "stage_view.question.reach".
    section_heading(section_title(t, app.ui().section).c_str(),
                    t("stage_view.question." + std::string(enum_key(stage))).c_str());
    ImGui::SeparatorText(t("stage_view.objectives").c_str());
    objectives_table(app, plan, stage, false);
    ImGui::SeparatorText(t("stage_view.channels").c_str());
    channels_tables(app, plan, stage);
    ImGui::SeparatorText(t("stage_view.brand_messages").c_str());
    brand_messages(app, plan, stage);
    ImGui::SeparatorText(t("stage_view.checklist").c_str());
    checklist_table(app, plan, stage);
}

} // namespace fp::ui
