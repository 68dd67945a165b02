// The views: free functions that draw from the App and change it only through
// its operations. One file per view.
#pragma once

namespace fp {
struct Plan;
}

namespace fp::ui {

class App;

void draw_main_window(App& app); // plan_list_view.cpp: the sidebar, and the open plan
void draw_plan_view(App& app);   // plan_view.cpp: the open plan's section bar and section

// The sections of an open plan (ui/sections.h says which is which).
void draw_overview(App& app);   // overview_view.cpp: the dashboard
void draw_plan_stage(App& app); // plan_stage_view.cpp: review, SWOT and TOWS, market, objectives
void draw_race_stage(App& app); // race_stage_view.cpp: Reach, Act, Convert or Engage
void draw_execution(App& app);  // execution_view.cpp: phases, tasks, resources, budget
void draw_timeline(App& app);   // timeline_view.cpp: the Gantt chart
void draw_forecast(App& app);   // forecast_view.cpp: forecast, allocation, scenarios, review
void draw_measure(App& app);    // measure_view.cpp: KPIs, evaluation, reviews
void draw_risks(App& app);      // risks_view.cpp: the risk register
void draw_findings_panel(App& app); // findings_view.cpp: findings and search results

// Dialogs over the open plan.
void draw_next_plan_dialog(App& app, const Plan& plan); // next_plan_dialog.cpp
void draw_import_choice_dialog(App& app);               // import_dialogs.cpp
void draw_merge_dialog(App& app);                       // import_dialogs.cpp

// The browser's storage (storage_view.cpp): a refused write and set-aside
// records above the plan, and the dialog for a plan saved in another tab.
void draw_storage_banners(App& app);
void draw_storage_conflict_dialog(App& app);

} // namespace fp::ui
