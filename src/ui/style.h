// The look: spacing, rounding and a calm palette, light or dark.
#pragma once

#include "core/model.h"

#include <imgui.h>

namespace fp::ui {

void apply_style(bool dark);

// A task's status, one palette wherever it shows (timeline bars, dashboard
// rows), so a task reads the same in both.
ImVec4 status_colour(TaskStatus status);

} // namespace fp::ui
