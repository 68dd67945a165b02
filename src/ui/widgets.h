// Small widgets shared by the views.
#pragma once

#include <imgui.h>

#include <string>

namespace fp::ui {

void help_marker(const char* text);

// Continues the line when an item `next_width` wide still fits on it, so a
// toolbar wraps on narrow screens instead of running off the edge.
void same_line_if_fits(float next_width);
// The width of a button showing `label` (the part before "##").
float button_width(const std::string& label);

// A quiet sentence (a hint, a note, an empty state), wrapped at the window's
// edge so that no language's wording runs past it.
void note(const std::string& text);

// A section's title and the question it answers.
void section_heading(const char* title, const char* question);

// A drop-down choice: a button as wide as the next item showing `shown` that opens a list
// beneath it. Between a true return and end_picker(), draw the choices as
// ImGui::Selectable. Unlike ImGui's combo, the button is an ordinary item,
// so the automation API finds it by `label` (for example "##Template").
bool begin_picker(const char* label, const std::string& shown, bool shown_is_label = false);
// The width of a picker that shows a text `text_width` wide whole.
float picker_width(float text_width);
// One choice in an open picker, found by automation under its text.
bool picker_option(const std::string& text, bool selected);
void end_picker();

// The colour of problems: invalid input, failing checks.
ImVec4 problem_colour();

} // namespace fp::ui
