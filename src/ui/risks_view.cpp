// The Risks section: the risk register, and a likelihood-by-impact grid that
// shows where the open risks sit.
#include "ui/item_table.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

void draw_matrix(const Text& text, const Plan& plan) {
    int count[3][3] = {};
    for (const Risk& r : plan.risks)
        if (r.status != RiskStatus::Closed)
            ++count[static_cast<int>(r.likelihood)][static_cast<int>(r.impact)];
    note(text("risks.matrix_note"));
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoHostExtendX;
    if (!ImGui::BeginTable("matrix", 4, flags)) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    for (int i = 0; i < 3; ++i) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(
            text("risks.impact_level", {{"level", enum_label(text, static_cast<Level>(i))}})
                .c_str());
    }
    for (int l = 2; l >= 0; --l) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(
            text("risks.likelihood_level", {{"level", enum_label(text, static_cast<Level>(l))}})
                .c_str());
        for (int i = 0; i < 3; ++i) {
            ImGui::TableNextColumn();
            // Warmer the further up and right: likelihood and impact together.
            const int heat = l + i;
            if (count[l][i] > 0) {
                const ImVec4 tint = heat >= 3   ? ImVec4(0.85f, 0.25f, 0.20f, 0.55f)
                                    : heat == 2 ? ImVec4(0.95f, 0.65f, 0.15f, 0.50f)
                                                : ImVec4(0.30f, 0.65f, 0.35f, 0.45f);
                ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, ImGui::GetColorU32(tint));
            }
            ImGui::Text("%d", count[l][i]);
        }
    }
    ImGui::EndTable();
}

} // namespace

void draw_risks(App& app) {
    const Plan& plan = *app.current();
    section_heading(section_title(app.text(), Section::Risks).c_str(),
                    app.text()("risks.question").c_str());
    TableSpec<Risk> spec("risks", "risks", "table.add.risk");
    spec.columns = {{"risk", "column.risks.risk", 0, Show::Long},
                    {"likelihood", "column.risks.likelihood", 110},
                    {"impact", "column.risks.impact", 110},
                    {"response", "column.risks.response", 0, Show::Long},
                    {"owner", "column.risks.owner", 120},
                    {"status", "column.risks.status", 100}};
    spec.make = [] { return Risk{}; };
    item_table(app, plan, plan.risks, spec);
    ImGui::Spacing();
    draw_matrix(app.text(), *app.current());
}

} // namespace fp::ui
