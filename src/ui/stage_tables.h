// Tables and form groups that more than one section shows: a stage's
// objectives with their SMART check, a stage's channels and checklist, and
// the key brand messages.
#pragma once

#include "core/model.h"

namespace fp::ui {

class App;

// Objectives of `stage`, or of every stage (with a Stage column) when
// `all_stages`.
void objectives_table(App& app, const Plan& plan, Stage stage, bool all_stages);
void channels_tables(App& app, const Plan& plan, Stage stage);
void checklist_table(App& app, const Plan& plan, Stage stage);
void brand_messages(App& app, const Plan& plan, Stage stage);

} // namespace fp::ui
