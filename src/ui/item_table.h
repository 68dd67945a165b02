// The table every list of the plan is edited in: one row per item, a column
// per field, each cell the editor its field's type calls for (text, amount,
// percentage, date, choice, reference); rows are added, removed (undoably,
// clearing references), reordered, sorted and filtered, and only the rows in
// view are drawn, so long lists cost no more per frame than short ones.
//
// A view describes a table with Columns naming fields by their path in the
// item ("title", "dates/start", "inputs/ctr"); the field tables of
// core/model_fields.h supply the type and rule, so nothing is written twice.
#pragma once

#include "core/date_format.h"
#include "core/lists.h"
#include "core/model_json.h"
#include "core/money.h"
#include "core/place.h"
#include "core/search.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/fields.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fp::ui {

enum class Show : std::uint8_t {
    Auto,    // as the field's type and rule say
    Percent, // a signed rate (growth) as a percentage
    Value,   // a KPI or objective value in the item's unit
    Long,    // long text: a wider field, full text on hover
    Amount,  // a computed amount: its header names the currency like an amount field's
};

template <class T> struct Column {
    using Derive = std::function<std::string(const Plan&, const T&)>;
    Column(const char* field_, const char* header_, float width_ = 0, Show show_ = Show::Auto)
        : field(field_), header(header_), width(width_), show(show_) {}
    // A column worked out from the item instead of a field (read only).
    static Column computed(const char* name, const char* header, float width, Derive derive) {
        Column c(name, header, width);
        c.derived = std::move(derive);
        return c;
    }

    const char* field;  // path in the item; also names the cell for automation
    const char* header; // its text's key: "column.objectives.statement"
    float width;        // pixels at 16 px text; 0 stretches
    Show show;
    Derive derived;
};

template <class T> struct TableSpec {
    TableSpec(const char* id_, const char* list_, const char* add_)
        : id(id_), list(list_), add(add_) {}

    const char* id;   // unique per table in the interface ("objectives-reach")
    const char* list; // the plan list ("objectives")
    const char* add;  // the Add button's text's key: "table.add.objective"
    std::vector<Column<T>> columns;
    std::function<bool(const T&)> include; // rows shown; all when empty
    std::function<T()> make;               // a new item; none: no Add button
    bool row_actions = true;               // move and remove buttons
};

namespace table_detail {

// The list's entry in core/lists.h (every table shows a described list;
// lists_test holds kLists to the model).
inline const ListInfo& list_info(const char* list) {
    static constexpr ListInfo kUnknown{"", "item", "item", "", "plan"};
    const ListInfo* info = find_list(list);
    return info ? *info : kUnknown;
}
// The list a reference field names items of ("phases"), "" for other fields.
inline const char* target_of(const char* list, const char* field) {
    const ReferenceInfo* ref = find_reference(list_info(list).key, field);
    return ref ? ref->target : "";
}

// The unit an item's values are in, where it has a Unit field (a KPI's, an
// objective's); plain numbers otherwise.
template <class T> Unit unit_of(const T& item) {
    Unit unit = Unit::Number;
    for_each_field(item, [&](const char*, const auto& field, Rule, Need) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, Unit>) unit = field;
    });
    return unit;
}

template <class T> Json sort_value(App& app, const char* list, const T& item, const Column<T>& c);
// A cell as the table shows it, for copying into a spreadsheet.
template <class T>
std::string cell_text(App& app, const Plan& plan, const char* list, const T& item,
                      const Column<T>& c);
// The header line and one line per row, tab-separated (tsv_line).
template <class T>
std::string table_text(App& app, const Plan& plan, const std::vector<T>& items,
                       const std::vector<std::size_t>& rows, const TableSpec<T>& spec, bool header);
// Cells joined by tabs; a cell holding a tab, a line break or a quote is
// quoted, its quotes doubled, as spreadsheets expect.
std::string tsv_line(const std::vector<std::string>& cells);
// Puts those rows on the clipboard and says so beside the table.
template <class T>
void copy_rows(App& app, const Plan& plan, const std::vector<T>& items,
               const std::vector<std::size_t>& rows, const TableSpec<T>& spec, bool header);

// How a number field is shown and typed: a percentage for rates, the item's
// unit for values, else a plain number.
inline Unit number_unit(Rule rule, Show show, Unit unit) {
    if (rule == Rule::Fraction || show == Show::Percent) return Unit::Percent;
    return show == Show::Value ? unit : Unit::Number;
}
// An amount or a number as its cell shows it, "" when there is none: what
// the editor starts from and what a copy of the cell holds.
inline std::string shown_amount(const Plan& plan, const std::optional<Money>& v) {
    return v ? money_text(plan, *v) : "";
}
inline std::string shown_number(const Plan& plan, const std::optional<double>& v, Unit as) {
    return v ? format_value(*v, as, plan.currency, numbers_of(plan)) : "";
}
template <class T>
std::string column_header(const Text& text, const Plan& plan, const Column<T>& c);
int compare_json(const Json& a, const Json& b);

// Whether a field named by a finding or a jump is shown in this column:
// "dates" covers "dates/start".
bool field_covers(const std::string& field, const char* column);
// The messages of the findings about an item that concern this field.
std::string findings_text(const Text& text, const std::vector<const Finding*>& about,
                          const char* field);

// Why typed text is not an amount in `currency` (or a value in `unit`), with
// an example written as this plan's language writes numbers.
std::string money_problem(const Text& t, std::string_view text, std::string_view currency,
                          const Numbers& n);
std::string number_problem(const Text& t, std::string_view text, Unit unit, const Numbers& n);
std::string cell_label(const char* list, const std::string& id, const char* field);

// The editor for one field; `path` is the edit path of the field.
template <class F>
void cell_editor(App& app, const Plan& plan, const std::string& path, const std::string& label,
                 const F& value, Rule rule, Show show, Unit unit, const char* refs,
                 FieldLook look) {
    UiState& ui = app.ui();
    const Text& t = app.text();
    auto set = [&](Json v) { return app.try_edit(edit::Set{path, std::move(v)}); };
    // Numbers and dates are retyped whole, as in a spreadsheet.
    if constexpr (!std::is_same_v<F, std::string>) look.flags |= ImGuiInputTextFlags_AutoSelectAll;
    if constexpr (std::is_same_v<F, std::string>) {
        if (rule == Rule::Ref) {
            std::string out;
            if (ref_field(label.c_str(), RefList{app.text(), plan, refs, app.names_of(refs)}, value,
                          &out))
                app.edit(edit::Set{path, out});
        } else if (rule == Rule::Language) {
            std::string out;
            if (language_field(label.c_str(), value, &out)) app.edit(edit::Set{path, out});
        } else {
            draft_field(
                ui, label.c_str(), value, [&](const std::string& typed) { return set(typed); },
                look);
            if (show == Show::Long && !value.empty() && ImGui::IsItemHovered() &&
                !ImGui::IsItemActive() &&
                ImGui::CalcTextSize(value.c_str()).x > ImGui::GetItemRectSize().x) {
                ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 28, 0));
                ImGui::BeginTooltip();
                ImGui::TextWrapped("%s", value.c_str());
                ImGui::EndTooltip();
            }
        }
    } else if constexpr (std::is_same_v<F, std::vector<std::string>>) {
        std::vector<std::string> out;
        if (refs_field(label.c_str(), RefList{app.text(), plan, refs, app.names_of(refs)}, value,
                       &out))
            app.edit(edit::Set{path, to_json(out)});
    } else if constexpr (std::is_same_v<F, bool>) {
        bool on = value;
        // Tables draw cells without frames; a box must still show when empty.
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        const bool clicked = ImGui::Checkbox(label.c_str(), &on);
        ImGui::PopStyleVar();
        if (clicked) app.edit(edit::Set{path, on});
    } else if constexpr (std::is_enum_v<F>) {
        F out = value;
        if (enum_field(app.text(), label.c_str(), value, &out))
            app.edit(edit::Set{path, to_json(out)});
    } else if constexpr (std::is_same_v<F, Date> || std::is_same_v<F, std::optional<Date>>) {
        const bool optional = !std::is_same_v<F, Date>;
        date_field(
            t, plan.language, ui, label.c_str(), value,
            [&](const std::string& typed) {
                return set(typed.empty() ? Json(nullptr) : Json(typed));
            },
            optional, look);
    } else if constexpr (std::is_same_v<F, Money> || std::is_same_v<F, std::optional<Money>>) {
        const std::optional<Money> v = value;
        const Numbers numbers = numbers_of(plan);
        look.hint = std::is_same_v<F, Money> ? "0" : t("field.optional").c_str();
        draft_field(
            ui, label.c_str(), shown_amount(plan, v),
            [&](const std::string& typed) -> std::string {
                if (typed.empty() && !std::is_same_v<F, Money>) return set(nullptr);
                const std::optional<Money> m = parse_money(typed, plan.currency, numbers);
                return m ? set(*m) : money_problem(t, typed, plan.currency, numbers);
            },
            look);
    } else if constexpr (std::is_same_v<F, std::optional<double>>) {
        const Unit as = number_unit(rule, show, unit);
        const Numbers numbers = numbers_of(plan);
        look.hint = as == Unit::Percent ? "%" : "";
        draft_field(
            ui, label.c_str(), shown_number(plan, value, as),
            [&](const std::string& typed) -> std::string {
                if (typed.empty()) return set(nullptr);
                const std::optional<double> v = parse_value(typed, as, plan.currency, numbers);
                return v ? set(*v) : number_problem(t, typed, as, numbers);
            },
            look);
    } else {
        ImGui::TextDisabled("?"); // every field type of the model is handled above
    }
}

} // namespace table_detail

template <class T>
void item_table(App& app, const Plan& plan, const std::vector<T>& items, const TableSpec<T>& spec) {
    using namespace table_detail;
    UiState& ui = app.ui();
    const Text& t = app.text();
    ImGui::PushID(spec.id);

    // Filter, count and Add on one line above the table.
    std::string& filter = ui.filters[spec.id];
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    ImGui::InputTextWithHint((std::string("##filter-") + spec.id).c_str(),
                             t("table.filter").c_str(), &filter);
    std::vector<std::size_t> rows;
    std::size_t included = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (spec.include && !spec.include(items[i])) continue;
        ++included;
        if (!filter.empty() && !item_contains(items[i], filter)) continue;
        rows.push_back(i);
    }
    ImGui::SameLine();
    const std::string count =
        filter.empty() ? count_text(plan, static_cast<double>(included))
                       : t("table.filtered_count",
                           {{"shown", count_text(plan, static_cast<double>(rows.size()))},
                            {"total", count_text(plan, static_cast<double>(included))}});
    ImGui::TextDisabled("%s", count.c_str());
    // The buttons wrap below the filter where a narrow table (a SWOT
    // quadrant) has no room for them in a long language.
    if (spec.make) {
        const std::string add = t(spec.add) + "##add-" + spec.id;
        same_line_if_fits(button_width(add));
        if (ImGui::Button(add.c_str())) {
            T item = spec.make();
            item.id = make_id(list_info(spec.list).id_prefix, platform::entropy());
            // The new row is shown from the next frame on, its first field focused.
            if (app.edit(edit::Insert{spec.list, items.size(), to_json(item)}))
                ui.focus = Focus{{spec.list, item.id, ""}, platform::now_ms(), false};
        }
    }

    const std::string copy = t("table.copy_table") + "##copy-" + spec.id;
    same_line_if_fits(button_width(copy));
    bool copy_table = ImGui::Button(copy.c_str());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("%s", t("table.copy_table.tooltip").c_str());
    if (ui.copied.table == spec.id && platform::now_ms() - ui.copied.at_ms < 3000) {
        const std::string copied = t.count("table.copied", static_cast<double>(ui.copied.rows));
        same_line_if_fits(ImGui::CalcTextSize(copied.c_str()).x);
        ImGui::TextDisabled("%s", copied.c_str());
    }

    const int ncols = static_cast<int>(spec.columns.size()) + (spec.row_actions ? 1 : 0);
    const float scale = ImGui::GetFontSize() / 16.0f;
    // Columns stretch to the width available; a table too wide for it
    // scrolls sideways, its first column staying in view.
    const float actions_width = ImGui::GetFrameHeight() * 2 + 80 * scale;
    float needed = spec.row_actions ? actions_width : 0;
    for (const Column<T>& c : spec.columns)
        needed += (c.width > 0 ? c.width : 150) * scale + ImGui::GetStyle().CellPadding.x * 2;
    const bool wide = needed > ImGui::GetContentRegionAvail().x;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortTristate | ImGuiTableFlags_ScrollY |
                                  (wide ? ImGuiTableFlags_ScrollX : 0);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_h = ImGui::GetFrameHeight() + style.CellPadding.y * 2;
    const float header_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    // Tall enough for every row up to most of the section, then it scrolls.
    const float rows_h = header_h +
                         row_h * static_cast<float>(std::max<std::size_t>(rows.size(), 1)) +
                         (wide ? style.ScrollbarSize : 0) + 2;
    const float max_h = std::max(row_h * 6, ImGui::GetWindowHeight() * 0.7f);
    const float height = std::min(rows_h, max_h);
    std::string remove_id, move_id;
    std::size_t move_to = 0;
    // A jump into this table scrolls the section to the table as well.
    const float table_top = ImGui::GetCursorPosY();
    bool jumping = false;
    if (ImGui::BeginTable("table", ncols, flags, ImVec2(0, height))) {
        // Cells read as a sheet: no frame around a value until it is hovered.
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
        ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
        ImGui::TableSetupScrollFreeze(1, 1);
        // Widths are set when a table first shows; another language's words
        // need them set again.
        ImGuiStorage* storage = ImGui::GetStateStorage();
        const ImGuiID laid_out_in = ImGui::GetID("##language");
        const int language = static_cast<int>(ImHashStr(t.language().c_str()));
        if (storage->GetInt(laid_out_in, 0) != language) {
            // Forget the widths so that the columns below set them anew.
            ImGuiTable* table = ImGui::GetCurrentTable();
            for (int i = 0; i < table->ColumnsCount; ++i)
                table->Columns[i].WidthRequest = table->Columns[i].StretchWeight = -1.0f;
            ImGui::TableResetSettings(table);
            storage->SetInt(laid_out_in, language);
        }
        for (const Column<T>& c : spec.columns) {
            // Side-scrolling tables have no width to share out: all fixed.
            const bool fixed = c.width > 0 || wide;
            float width = c.width > 0 ? c.width * scale : fixed ? 260 * scale : 1.0f;
            // A choice column is as wide as its longest label in this language.
            if (fixed && !c.derived)
                resolve_path(T{}, c.field, [&](const auto& value, Rule) {
                    using F = std::decay_t<decltype(value)>;
                    if constexpr (std::is_enum_v<F>)
                        width = std::max(width, enum_field_width<F>(t));
                });
            const std::string header = column_header(t, plan, c);
            ImGui::TableSetupColumn(header.c_str(),
                                    fixed ? ImGuiTableColumnFlags_WidthFixed
                                          : ImGuiTableColumnFlags_WidthStretch,
                                    width);
        }
        if (spec.row_actions)
            ImGui::TableSetupColumn("##actions",
                                    ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort,
                                    actions_width);
        table_headers_row();

        // Sorting changes only what is shown; the plan keeps its order.
        const ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs();
        const bool sorted = sort && sort->SpecsCount > 0;
        if (sorted) {
            const ImGuiTableColumnSortSpecs s = sort->Specs[0];
            if (s.ColumnIndex < static_cast<ImS16>(spec.columns.size())) {
                const Column<T>& c = spec.columns[static_cast<std::size_t>(s.ColumnIndex)];
                std::vector<Json> keys(items.size());
                for (std::size_t i : rows)
                    keys[i] = sort_value(app, spec.list, items[i], c);
                std::stable_sort(rows.begin(), rows.end(), [&](std::size_t a, std::size_t b) {
                    const int order = compare_json(keys[a], keys[b]);
                    return s.SortDirection == ImGuiSortDirection_Descending ? order > 0 : order < 0;
                });
            }
        }

        if (copy_table) copy_rows(app, plan, items, rows, spec, true);
        std::string menu_for;

        std::optional<Focus>& focus = ui.focus;
        int jump_row = -1;
        if (focus && focus->place.list == spec.list)
            for (std::size_t r = 0; r < rows.size(); ++r)
                if (items[rows[r]].id == focus->place.item_id) jump_row = static_cast<int>(r);
        const bool must_scroll = jump_row >= 0 && !focus->scrolled;
        jumping = must_scroll;

        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), row_h);
        if (must_scroll) clipper.IncludeItemByIndex(jump_row);
        while (clipper.Step()) {
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const std::size_t index = rows[static_cast<std::size_t>(r)];
                const T& item = items[index];
                ImGui::TableNextRow(0, row_h);
                const float row_top = ImGui::GetCursorScreenPos().y;
                ImGui::PushID(item.id.c_str());
                const bool jumped = r == jump_row;
                if (jumped && focus && platform::now_ms() - focus->since_ms < 2500)
                    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1,
                                           ImGui::GetColorU32(ImGuiCol_HeaderHovered));
                const std::vector<const Finding*> about = app.findings_about(spec.list, item.id);
                for (const Column<T>& c : spec.columns) {
                    ImGui::TableNextColumn();
                    if (c.derived) {
                        ImGui::AlignTextToFramePadding();
                        ImGui::TextUnformatted(c.derived(plan, item).c_str());
                        continue;
                    }
                    FieldLook look;
                    const std::string notes = findings_text(app.text(), about, c.field);
                    look.flagged = !notes.empty();
                    const bool target =
                        jumped && must_scroll &&
                        (focus->place.field.empty() ? &c == &spec.columns.front()
                                                    : field_covers(focus->place.field, c.field));
                    if (target) {
                        ImGui::SetScrollHereY(0.3f);
                        look.focus = true;
                        focus->scrolled = true;
                    }
                    const std::string path = edit_path({spec.list, item.id, c.field});
                    ImGui::SetNextItemWidth(-FLT_MIN);
                    resolve_path(item, c.field, [&](const auto& value, Rule rule) {
                        cell_editor(app, plan, path, cell_label(spec.list, item.id, c.field), value,
                                    rule, c.show, unit_of(item), target_of(spec.list, c.field),
                                    look);
                    });
                    if (look.flagged && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                        ImGui::SetTooltip("%s", notes.c_str());
                }
                // A right click anywhere on the row offers to copy it.
                const float mouse_y = ImGui::GetIO().MousePos.y;
                if (ImGui::IsMouseReleased(ImGuiMouseButton_Right) &&
                    ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) && mouse_y >= row_top &&
                    mouse_y < row_top + row_h)
                    menu_for = item.id;
                if (jumped && must_scroll && !focus->scrolled) {
                    // The field jumped to is not in this table: show the row.
                    ImGui::SetScrollHereY(0.3f);
                    focus->scrolled = true;
                }
                if (!spec.row_actions) {
                    ImGui::PopID();
                    continue;
                }
                ImGui::TableNextColumn();
                ImGui::BeginDisabled(sorted || !filter.empty() || r == 0);
                if (ImGui::ArrowButton(("##up-" + item.id).c_str(), ImGuiDir_Up))
                    move_id = item.id, move_to = rows[static_cast<std::size_t>(r) - 1];
                ImGui::EndDisabled();
                ImGui::SameLine(0, 2);
                ImGui::BeginDisabled(sorted || !filter.empty() ||
                                     r + 1 == static_cast<int>(rows.size()));
                if (ImGui::ArrowButton(("##down-" + item.id).c_str(), ImGuiDir_Down))
                    move_id = item.id, move_to = rows[static_cast<std::size_t>(r) + 1];
                ImGui::EndDisabled();
                ImGui::SameLine();
                if (ImGui::SmallButton((t("table.remove") + "##remove-" + item.id).c_str()))
                    remove_id = item.id;
                ImGui::PopID();
            }
        }
        ImGui::PopStyleColor(2);
        ImGui::PopStyleVar();
        if (!menu_for.empty()) {
            ui.row_menu = menu_for;
            ImGui::OpenPopup("row-menu");
        }
        if (ImGui::BeginPopup("row-menu")) {
            const auto row = std::find_if(rows.begin(), rows.end(), [&](std::size_t i) {
                return items[i].id == ui.row_menu;
            });
            if (row == rows.end()) {
                ImGui::CloseCurrentPopup();
            } else {
                if (ImGui::MenuItem((t("table.copy_row") + "##copy-row").c_str()))
                    copy_rows(app, plan, items, {*row}, spec, false);
                if (ImGui::MenuItem((t("table.copy_table") + "##copy-all-rows").c_str()))
                    copy_rows(app, plan, items, rows, spec, true);
            }
            ImGui::EndPopup();
        }
        ImGui::EndTable();
    }
    if (jumping) ImGui::SetScrollFromPosY(table_top - ImGui::GetScrollY(), 0.2f);
    if (rows.empty())
        ImGui::TextDisabled("%s", t(filter.empty() ? "table.empty" : "table.no_match").c_str());
    ImGui::PopID();
    if (!move_id.empty()) app.edit(edit::Move{spec.list, move_id, move_to});
    if (!remove_id.empty()) app.remove_item(spec.list, remove_id);
}

namespace table_detail {

// The header, with the currency for amounts: "Budget (CNY)".
template <class T>
std::string column_header(const Text& text, const Plan& plan, const Column<T>& c) {
    bool money = c.show == Show::Amount;
    if (!c.derived)
        resolve_path(T{}, c.field, [&](const auto& value, Rule) {
            using F = std::decay_t<decltype(value)>;
            money = std::is_same_v<F, Money> || std::is_same_v<F, std::optional<Money>>;
        });
    const std::string& header = text(c.header);
    return money ? text("table.header_with_currency",
                        {{"header", header}, {"currency", plan.currency}})
                 : header;
}

template <class T> Json sort_value(App& app, const char* list, const T& item, const Column<T>& c) {
    if (c.derived) return Json(c.derived(*app.current(), item));
    Json out;
    resolve_path(item, c.field, [&](const auto& value, Rule rule) {
        using F = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<F, std::string>) {
            if (rule == Rule::Ref) {
                const auto& names = app.names_of(target_of(list, c.field));
                auto name = names.find(value);
                out = Json(name == names.end() ? value : name->second);
                return;
            }
        }
        if constexpr (std::is_enum_v<F>)
            out = Json(static_cast<int>(value)); // in the order the choices are listed
        else
            out = to_json(value);
    });
    return out;
}

template <class T>
std::string cell_text(App& app, const Plan& plan, const char* list, const T& item,
                      const Column<T>& c) {
    if (c.derived) return c.derived(plan, item);
    std::string out;
    resolve_path(item, c.field, [&](const auto& value, Rule rule) {
        using F = std::decay_t<decltype(value)>;
        const char* target = target_of(list, c.field);
        const RefList refs{app.text(), plan, target, app.names_of(target)};
        if constexpr (std::is_same_v<F, std::string>) {
            out = rule == Rule::Ref ? refs.name(value) : value;
        } else if constexpr (std::is_same_v<F, std::vector<std::string>>) {
            for (const std::string& id : value)
                out += (out.empty() ? "" : ", ") + refs.name(id);
        } else if constexpr (std::is_same_v<F, bool>) {
            out = app.text()(value ? "common.yes" : "common.no");
        } else if constexpr (std::is_enum_v<F>) {
            out = enum_label(app.text(), value);
        } else if constexpr (std::is_same_v<F, Money> || std::is_same_v<F, std::optional<Money>>) {
            out = shown_amount(plan, value);
        } else if constexpr (std::is_same_v<F, std::optional<double>>) {
            out = shown_number(plan, value, number_unit(rule, c.show, unit_of(item)));
        } else if constexpr (std::is_same_v<F, Date>) {
            out = format_local_date(value, plan.language);
        } else if constexpr (std::is_same_v<F, std::optional<Date>>) {
            if (value) out = format_local_date(*value, plan.language);
        }
    });
    return out;
}

template <class T>
std::string table_text(App& app, const Plan& plan, const std::vector<T>& items,
                       const std::vector<std::size_t>& rows, const TableSpec<T>& spec,
                       bool header) {
    std::string out;
    std::vector<std::string> cells;
    if (header) {
        for (const Column<T>& c : spec.columns)
            cells.push_back(column_header(app.text(), plan, c));
        out += tsv_line(cells);
    }
    for (std::size_t i : rows) {
        cells.clear();
        for (const Column<T>& c : spec.columns)
            cells.push_back(cell_text(app, plan, spec.list, items[i], c));
        out += tsv_line(cells);
    }
    return out;
}

template <class T>
void copy_rows(App& app, const Plan& plan, const std::vector<T>& items,
               const std::vector<std::size_t>& rows, const TableSpec<T>& spec, bool header) {
    ImGui::SetClipboardText(table_text(app, plan, items, rows, spec, header).c_str());
    app.ui().copied = {spec.id, rows.size(), platform::now_ms()};
}

} // namespace table_detail

// One of the plan's own fields ("name", "period/start", "strategy/price")
// as a labelled form row: the label (shown as given) on the left, the editor `width` wide
// (0: the rest of the line), findings and jumps handled as in tables.
void plan_field(App& app, const Plan& plan, const char* field, const char* label, float width = 0,
                Show show = Show::Auto);

} // namespace fp::ui
