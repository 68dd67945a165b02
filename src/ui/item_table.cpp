#include "ui/item_table.h"

namespace fp::ui::table_detail {

int compare_json(const Json& a, const Json& b) {
    // Empty values sort last whichever way, so blanks never crowd the top.
    if (a.is_null() || b.is_null()) return a.is_null() == b.is_null() ? 0 : a.is_null() ? 1 : -1;
    if (a.is_number() && b.is_number()) {
        const double x = a.get<double>(), y = b.get<double>();
        return x < y ? -1 : y < x ? 1 : 0;
    }
    if (a.is_string() && b.is_string())
        return a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
    const std::string x = a.dump(), y = b.dump();
    return x.compare(y);
}

bool field_covers(const std::string& field, const char* column) {
    const std::string_view c(column);
    return c == field || (c.size() > field.size() && c.compare(0, field.size(), field) == 0 &&
                          c[field.size()] == '/');
}

std::string findings_text(const std::vector<const Finding*>& about, const char* field) {
    std::string out;
    for (const Finding* f : about)
        if (field_covers(f->field, field)) out += (out.empty() ? "" : "\n") + f->message;
    return out;
}

namespace {

// Why text with one separator and three digits after it is refused, or ""
// when it is not such text (core/money.h ambiguous_number).
std::string ambiguity(std::string_view text, const Numbers& n) {
    if (!ambiguous_number(text, n)) return "";
    return "\"" + std::string(text) + "\" is a thousand where \"" + std::string(1, n.decimal) +
           "\" separates thousands, and a fraction in this plan: write it without the separator, " +
           "or with both (" + format_number(1234.5, 2, n) + ").";
}

} // namespace

std::string money_problem(std::string_view text, std::string_view currency, const Numbers& n) {
    const std::string ambiguous = ambiguity(text, n);
    if (!ambiguous.empty()) return ambiguous;
    const int decimals = currency_decimals(currency);
    return std::string("Write an amount in ") + std::string(currency) + " such as " +
           format_money(decimals == 0   ? 1250
                        : decimals == 3 ? 1250500
                                        : 125050,
                        currency, n) +
           " (no more than " + std::to_string(decimals) + " decimals, not negative).";
}

std::string number_problem(std::string_view text, Unit unit, const Numbers& n) {
    const std::string ambiguous = ambiguity(text, n);
    if (!ambiguous.empty()) return ambiguous;
    return unit == Unit::Percent ? "Write a percentage such as " + format_percent(0.125, 2, n) + "."
                                 : "Write a number such as " + format_number(1250, 0, n) + ".";
}

std::string tsv_line(const std::vector<std::string>& cells) {
    std::string out;
    for (const std::string& cell : cells) {
        if (&cell != &cells.front()) out += '\t';
        if (cell.find_first_of("\t\r\n\"") == std::string::npos) {
            out += cell;
            continue;
        }
        out += '"';
        for (char ch : cell)
            out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        out += '"';
    }
    return out + "\n";
}

std::string cell_label(const char* list, const std::string& id, const char* field) {
    return std::string("##") + list + "/" + id + "/" + field;
}

} // namespace fp::ui::table_detail

namespace fp::ui {

void plan_field(App& app, const Plan& plan, const char* field, const char* label, float width,
                Show show) {
    using namespace table_detail;
    const float label_width = ImGui::GetFontSize() * 9;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(label_width);
    FieldLook look;
    look.message_below = true;
    look.multiline = show == Show::Long;
    const std::string notes = findings_text(app.findings_about("", ""), field);
    look.flagged = !notes.empty();
    std::optional<Focus>& focus = app.ui().focus;
    if (focus && focus->list.empty() && !focus->scrolled && field_covers(focus->field, field)) {
        ImGui::SetScrollHereY(0.3f);
        look.focus = true;
        focus->scrolled = true;
    }
    ImGui::SetNextItemWidth(width > 0 ? width * ImGui::GetFontSize() / 16.0f : -FLT_MIN);
    visit_field(plan, field, [&](const auto& value, Rule rule) {
        cell_editor(app, plan, field, std::string("##") + field, value, rule, show, Unit::Number,
                    "", look);
    });
    if (look.flagged) {
        ImGui::PushStyleColor(ImGuiCol_Text, problem_colour());
        ImGui::SetCursorPosX(label_width);
        ImGui::TextWrapped("%s", notes.c_str());
        ImGui::PopStyleColor();
    }
}

} // namespace fp::ui
