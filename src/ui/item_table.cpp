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

std::string findings_text(const Text& text, const std::vector<const Finding*>& about,
                          const char* field) {
    std::string out;
    for (const Finding* f : about)
        if (field_covers(f->place.field, field))
            out += (out.empty() ? "" : "\n") + text(f->message);
    return out;
}

namespace {

// Why text with one separator and three digits after it is refused, or ""
// when it is not such text (core/money.h ambiguous_number).
std::string ambiguity(const Text& t, std::string_view text, const Numbers& n) {
    if (!ambiguous_number(text, n)) return "";
    return t("field.ambiguous_number", {{"text", std::string(text)},
                                        {"separator", std::string(1, n.decimal)},
                                        {"example", format_number(1234.5, 2, n)}});
}

} // namespace

std::string money_problem(const Text& t, std::string_view text, std::string_view currency,
                          const Numbers& n) {
    const std::string ambiguous = ambiguity(t, text, n);
    if (!ambiguous.empty()) return ambiguous;
    // 1,250.5 in the currency's minor units, with only the decimals it is written with.
    const int decimals = written_decimals(currency);
    Money example = 1250, half = 5;
    for (int i = 0; i < currency_decimals(currency); ++i)
        example *= 10, half *= i == 0 ? 1 : 10;
    if (decimals > 0) example += half;
    return t.count(
        "field.money_problem", decimals,
        {{"currency", std::string(currency)}, {"example", format_money(example, currency, n)}});
}

std::string number_problem(const Text& t, std::string_view text, Unit unit, const Numbers& n) {
    const std::string ambiguous = ambiguity(t, text, n);
    if (!ambiguous.empty()) return ambiguous;
    return unit == Unit::Percent
               ? t("field.percent_problem", {{"example", format_percent(0.125, 2, n)}})
               : t("field.number_problem", {{"example", format_number(1250, 0, n)}});
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
    return "##" + edit_path({list, id, field});
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
    const std::string notes = findings_text(app.text(), app.findings_about("", ""), field);
    look.flagged = !notes.empty();
    std::optional<Focus>& focus = app.ui().focus;
    if (focus && focus->place.list.empty() && !focus->scrolled &&
        field_covers(focus->place.field, field)) {
        ImGui::SetScrollHereY(0.3f);
        look.focus = true;
        focus->scrolled = true;
    }
    ImGui::SetNextItemWidth(width > 0 ? width * ImGui::GetFontSize() / 16.0f : -FLT_MIN);
    resolve_path(plan, field, [&](const auto& value, Rule rule) {
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
