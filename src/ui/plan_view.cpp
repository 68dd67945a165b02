// The open plan: its name, currency and period, and the five RACE stages with
// their objectives.
#include "core/model_json.h"
#include "core/validation.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

namespace fp::ui {

namespace {

constexpr const char* kStageQuestions[] = {
    "Where are we now, and where do we want to go?",
    "How do new people hear of us?",
    "How do visitors start to interact and leave their details?",
    "How do interested visitors become paying customers?",
    "How do customers come back and recommend us?",
};

std::string check_name(const std::string& text) {
    if (text.empty()) return "A plan needs a name.";
    if (count_chars(text) > FormatLimits{}.max_name_chars) return "That name is too long.";
    return {};
}

std::string check_currency(const std::string& text) {
    return is_currency_code(text)
               ? ""
               : "Use a three-letter ISO 4217 code such as CNY, KRW, VND, EUR or USD.";
}

void draw_details(App& app, const Plan& plan) {
    UiState& ui = app.ui();
    const float field = 260;
    std::string value;
    ImGui::SetNextItemWidth(field * 1.6f);
    if (checked_text_field(ui, "Plan name", "", plan.name, &value, check_name))
        app.edit(edit::Set{"name", value});

    ImGui::SetNextItemWidth(80);
    if (checked_text_field(ui, "Currency", "CNY", plan.currency, &value, check_currency,
                           ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank))
        app.edit(edit::Set{"currency", value});
    help_marker("All money in this plan is in this currency (ISO 4217 code).");

    const Period period = plan.period;
    auto check_start = [&](const std::string& t) -> std::string {
        auto d = parse_date(t);
        if (!d) return "Write the date as YYYY-MM-DD, for example 2026-11-01.";
        if (period.end < *d)
            return "The period must start on or before its end (" + format_date(period.end) + ").";
        return {};
    };
    auto check_end = [&](const std::string& t) -> std::string {
        auto d = parse_date(t);
        if (!d) return "Write the date as YYYY-MM-DD, for example 2026-11-30.";
        if (*d < period.start)
            return "The period must end on or after its start (" + format_date(period.start) + ").";
        return {};
    };
    ImGui::SetNextItemWidth(120);
    if (checked_text_field(ui, "Starts", "YYYY-MM-DD", format_date(period.start), &value,
                           check_start))
        app.edit(edit::Set{"period", to_json(Period{*parse_date(value), period.end})});
    ImGui::SameLine(0, 24);
    ImGui::SetNextItemWidth(120);
    if (checked_text_field(ui, "Ends", "YYYY-MM-DD", format_date(period.end), &value, check_end))
        app.edit(edit::Set{"period", to_json(Period{period.start, *parse_date(value)})});
}

void draw_stage(App& app, const Plan& plan, Stage stage) {
    UiState& ui = app.ui();
    const int index = static_cast<int>(stage);
    const std::string header =
        std::string(stage_title(stage)) + "##stage-" + std::string(enum_key(stage));
    ImGui::SetNextItemOpen(true, ImGuiCond_Once);
    if (!ImGui::CollapsingHeader(header.c_str())) return;
    ImGui::Indent();
    ImGui::TextDisabled("%s", kStageQuestions[index]);

    std::string remove_id;
    int shown = 0;
    for (const Objective& o : plan.objectives) {
        if (o.stage != stage) continue;
        ++shown;
        ImGui::PushID(o.id.c_str());
        ImGui::Bullet();
        ImGui::SetNextItemWidth(-110);
        std::string value;
        const std::string label = "##statement-" + o.id;
        if (checked_text_field(ui, label.c_str(), "What should this stage achieve, by when?",
                               o.statement, &value))
            app.edit(edit::Set{"objectives/" + o.id + "/statement", value});
        ImGui::SameLine();
        if (ImGui::Button("Remove")) remove_id = o.id;
        ImGui::PopID();
    }
    if (shown == 0) ImGui::TextDisabled("No objectives for this stage yet.");
    const std::string add = "Add " + std::string(stage_title(stage)) + " objective";
    if (ImGui::Button(add.c_str())) {
        Objective o;
        o.id = make_id("obj", platform::entropy());
        o.stage = stage;
        app.edit(edit::Insert{"objectives", plan.objectives.size(), to_json(o)});
    }
    if (!remove_id.empty()) app.edit(edit::Remove{"objectives", remove_id});
    ImGui::Unindent();
    ImGui::Spacing();
}

} // namespace

void draw_plan_view(App& app) {
    const Plan* plan = app.current();
    if (!plan) return;
    ImGui::BeginChild("plan-scroll");
    draw_details(app, *plan);
    ImGui::Spacing();
    ImGui::SeparatorText("Objectives by RACE stage");
    for (Stage stage : kStages) {
        // Edits may reallocate the plan; look it up again for each stage.
        if (const Plan* p = app.current()) draw_stage(app, *p, stage);
    }
    ImGui::EndChild();
}

} // namespace fp::ui
