// The views: free functions that draw from the App and change it only through
// its operations. One file per view.
#pragma once

namespace fp::ui {

class App;

void draw_main_window(App& app); // plan_list_view.cpp: the sidebar, and the open plan
void draw_plan_view(App& app);   // plan_view.cpp: the open plan's fields and stages

} // namespace fp::ui
