// Small widgets shared by the views.
#pragma once

#include "ui/app.h"

#include <functional>
#include <string>

namespace fp::ui {

// Returns what is wrong with a value, or "" when it is acceptable.
using Check = std::function<std::string(const std::string&)>;

// A text field bound to a model value. Returns true with `*accepted` set when
// the user changed it to a value that passes `check`; text that does not pass
// stays in the field as a draft, with the reason shown beneath it.
bool checked_text_field(UiState& ui, const char* label, const char* hint, const std::string& value,
                        std::string* accepted, const Check& check = {}, int flags = 0);

void help_marker(const char* text);

// A drop-down choice: a full-width button showing `shown` that opens a list
// beneath it. Between a true return and end_picker(), draw the choices as
// ImGui::Selectable. Unlike ImGui's combo, the button is an ordinary item,
// so the automation API finds it by `label` (for example "##Template").
bool begin_picker(const char* label, const std::string& shown);
void end_picker();

} // namespace fp::ui
