// Editors for single model values, shown the way people read them: amounts in
// the plan's currency with separators, rates as percentages, dates with a
// calendar, choices from lists, references by name. Each returns true when
// the user committed a change; text that is not a valid value stays in the
// field as a draft, with the reason, and nothing is stored.
#pragma once

#include "core/model.h"
#include "ui/app.h"
#include "ui/labels.h"
#include "ui/widgets.h"

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace fp::ui {

// Takes typed text: returns "" when it was accepted (or changes nothing),
// otherwise why not.
using Commit = std::function<std::string(const std::string& text)>;

struct FieldLook {
    const char* hint = "";
    int flags = 0;              // ImGuiInputTextFlags
    bool message_below = false; // forms: the reason under the field; tables: in a tooltip
    bool multiline = false;     // several lines of text, in forms
    bool focus = false;         // take the keyboard focus (a jump to this field)
    bool flagged = false;       // a finding concerns this field: outlined in red
};

// The building block of every text-like field: shows `shown`, or the draft.
bool draft_field(UiState& ui, const char* label, const std::string& shown, const Commit& commit,
                 const FieldLook& look = {});

// A date field with a calendar button beside it, shown and typed as
// `language` writes dates (or YYYY-MM-DD). `commit` receives the date as
// "YYYY-MM-DD", or "" when `optional` and the user cleared it.
bool date_field(const Text& text, std::string_view language, UiState& ui, const char* label,
                const std::optional<Date>& value, const Commit& commit, bool optional,
                const FieldLook& look = {});

// The width a picker of E needs to show each of its labels whole.
template <class E> float enum_field_width(const Text& text) {
    float widest = 0;
    for (std::size_t i = 0; i < enum_count<E>(); ++i)
        widest =
            std::max(widest, ImGui::CalcTextSize(enum_label(text, static_cast<E>(i)).c_str()).x);
    return picker_width(widest);
}

// One of the values of an enumeration, by its label.
template <class E> bool enum_field(const Text& text, const char* label, E value, E* out) {
    bool changed = false;
    if (begin_picker(label, enum_label(text, value).c_str(), true)) {
        for (std::size_t i = 0; i < enum_count<E>(); ++i) {
            const E option = static_cast<E>(i);
            ImGui::PushID(static_cast<int>(i));
            if (picker_option(enum_label(text, option).c_str(), option == value))
                *out = option, changed = true;
            ImGui::PopID();
        }
        end_picker();
    }
    return changed && *out != value;
}

// A list of the plan that other items refer to ("phases", "channels",
// "objectives", "tasks", "swot"), with its items' names by id.
struct RefList {
    const Text& text;
    const Plan& plan;
    std::string list;
    const std::unordered_map<std::string, std::string>& names;
    std::string name(const std::string& id) const;
};

// An item of such a list, chosen by name, or none. The choices are gathered
// only while the picker is open, so long lists cost nothing in a table's rows.
bool ref_field(const char* label, const RefList& refs, const std::string& value, std::string* out);

// A plan's language, picked from the interface's languages, each named in
// itself; a code from elsewhere shows as written until another is picked.
bool language_field(const char* label, const std::string& code, std::string* out);
// Several items of such a list, each ticked on or off.
bool refs_field(const char* label, const RefList& refs, const std::vector<std::string>& value,
                std::vector<std::string>* out);

// Calls `visit(id, name)` for each item of such a list, named as people know it.
void for_each_choice(const Text& text, const Plan& plan, const std::string& list,
                     const std::function<void(const std::string&, const std::string&)>& visit);

} // namespace fp::ui
