// The Timeline's chart around the bars: the grid, the phases, the
// dependency arrows, the date header and the milestones. Apart from the
// bars' dragging and the tooltips, which have their own files.
#include "ui/timeline_chart.h"

#include "core/date_format.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace fp::ui::timeline {

namespace {

// Calls fn(first day, first day of the next month, first date) for each
// month that overlaps the days from..to.
template <class Fn> void for_each_month(int from, int to, Fn fn) {
    Date d = date_from_day_number(from);
    d.day = 1;
    for (int start = day_number(d); start <= to;) {
        const Date next = next_month(d);
        const int end = day_number(next);
        fn(start, end, d);
        d = next;
        start = end;
    }
}

ImVec4 phase_colour(PhaseKind k) {
    switch (k) {
    case PhaseKind::WarmUp:
        return {0.93f, 0.62f, 0.13f, 1};
    case PhaseKind::Burst:
        return {0.86f, 0.27f, 0.52f, 1};
    case PhaseKind::FollowThrough:
        return {0.13f, 0.62f, 0.60f, 1};
    case PhaseKind::Custom:
        return {0.52f, 0.46f, 0.80f, 1};
    }
    return {};
}

Look theme_look() {
    const ImVec4* c = ImGui::GetStyle().Colors;
    Look l{};
    l.text = colour(c[ImGuiCol_Text]);
    l.faint = colour(c[ImGuiCol_TextDisabled]);
    l.grid = colour(c[ImGuiCol_Text], 0.07f);
    l.strong_grid = colour(c[ImGuiCol_Text], 0.20f);
    l.shade = colour(c[ImGuiCol_Text], 0.035f);
    l.outside = colour(c[ImGuiCol_Text], 0.08f);
    l.frozen = colour(c[ImGuiCol_WindowBg]);
    l.border = colour(c[ImGuiCol_Border]);
    l.accent = colour(c[ImGuiCol_ButtonActive]);
    l.problem_v = problem_colour();
    l.problem = colour(l.problem_v);
    l.hover = colour(c[ImGuiCol_Text], 0.05f);
    return l;
}

Rows layout_rows(const Plan& plan) {
    Rows r;
    for (std::size_t i = 0; i < plan.phases.size(); ++i)
        r.phase.emplace(plan.phases[i].id, int(i));
    std::vector<std::vector<int>> members(plan.phases.size());
    std::vector<int> loose;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        r.task.emplace(plan.tasks[i].id, int(i));
        auto it = r.phase.find(plan.tasks[i].phase_id);
        (it == r.phase.end() ? loose : members[std::size_t(it->second)]).push_back(int(i));
    }
    r.of_task.assign(plan.tasks.size(), 0);
    r.rows.reserve(plan.phases.size() + plan.tasks.size() + 1);
    auto add_tasks = [&r](const std::vector<int>& tasks) {
        for (int t : tasks) {
            r.of_task[std::size_t(t)] = int(r.rows.size());
            r.rows.push_back({Row::Kind::Task, t});
        }
    };
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const int first = int(r.rows.size());
        r.rows.push_back({Row::Kind::Phase, int(p)});
        add_tasks(members[p]);
        r.of_phase.emplace_back(first, int(r.rows.size()) - 1);
    }
    if (!loose.empty()) {
        r.rows.push_back({Row::Kind::Unphased, -1});
        add_tasks(loose);
    }
    return r;
}

} // namespace

void fitted_text(ImDrawList* dl, float size, ImVec2 pos, ImU32 col, const std::string& text,
                 float width, float cut_from) {
    ImFont* font = ImGui::GetFont();
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    if (width <= 0) return;
    if (font->CalcTextSizeA(size, FLT_MAX, 0, begin, end).x <= width) {
        dl->AddText(font, size, pos, col, begin, end);
        return;
    }
    if (width < cut_from) return;
    const float dots = font->CalcTextSizeA(size, FLT_MAX, 0, "...").x;
    const char* cut = begin;
    font->CalcTextSizeA(size, width - dots, 0, begin, end, &cut);
    while (cut > begin && cut[-1] == ' ')
        --cut;
    if (cut == begin) return;
    dl->AddText(font, size, pos, col, begin, cut);
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, begin, cut).x;
    dl->AddText(font, size, ImVec2(pos.x + w, pos.y), col, "...");
}

Chart::Chart(App& app, const Plan& plan, ImGuiStorage& state, const Keys& keys, Zoom zoom,
             Scale scale, int today)
    : app_(app), t_(app.text()), plan_(plan), state_(state), keys_(keys), zoom_(zoom),
      scale_(scale), today_(today), look_(theme_look()), rows_(layout_rows(plan)) {
    const float font = ImGui::GetFontSize();
    line_h_ = std::round(font + 8);
    header_h_ = 3 * line_h_ + 2;
    row_h_ = std::round(font * 2.5f);
    small_ = std::round(font * 0.86f);
}

void Chart::draw() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    inner_ = window->InnerClipRect;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 top_left(inner_.Min.x - ImGui::GetScrollX(), inner_.Min.y - ImGui::GetScrollY());
    scale_.left = top_left.x + kNameWidth;
    rows_top_ = top_left.y + header_h_;
    names_ =
        ImRect(inner_.Min.x, inner_.Min.y + header_h_, inner_.Min.x + kNameWidth, inner_.Max.y);
    body_ = ImRect(names_.Max.x, names_.Min.y, inner_.Max.x, inner_.Max.y);
    first_visible_ = std::max(scale_.first, scale_.day_at(body_.Min.x));
    last_visible_ = std::min(scale_.first + scale_.days - 1, scale_.day_at(body_.Max.x));
    state_.SetInt(keys_.left_day, scale_.day_at(body_.Min.x + 1));

    read_drag();
    collect_warnings();
    hovered_row_ = -1;
    const ImVec2 mouse = ImGui::GetMousePos();
    if (ImGui::IsWindowHovered() && mouse.y >= body_.Min.y && mouse.y < body_.Max.y &&
        mouse.x >= inner_.Min.x && mouse.x < inner_.Max.x) {
        const int r = int(std::floor((mouse.y - rows_top_) / row_h_));
        if (r >= 0 && r < int(rows_.rows.size())) hovered_row_ = r;
    }
    if (drag_.task >= 0) hovered_row_ = rows_.of_task[std::size_t(drag_.task)];

    draw_background();
    draw_arrows();
    draw_today_line();

    ImGui::SetCursorScreenPos(ImVec2(origin.x, rows_top_));
    ImGuiListClipper clipper;
    clipper.Begin(int(rows_.rows.size()), row_h_);
    // The dragged bar must stay submitted, or ImGui would end the drag.
    if (drag_.task >= 0) clipper.IncludeItemByIndex(rows_.of_task[std::size_t(drag_.task)]);
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
            draw_row(r);
    clipper.End();

    draw_header();
    // The content's size, so the child scrolls over all of it.
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(top_left.x - origin.x + kNameWidth + float(scale_.days) * scale_.day_width,
                        top_left.y - origin.y + content_height()));
}

void Chart::draw_background() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(names_.Min, names_.Max, look_.frozen);
    const float rows_bottom = row_top(int(rows_.rows.size()));

    ImGui::PushClipRect(body_.Min, body_.Max, true);
    // Days outside the plan period are shaded, more than weekends.
    const float period_x0 = scale_.x(day_number(plan_.period.start));
    const float period_x1 = scale_.x(day_number(plan_.period.end) + 1);
    dl->AddRectFilled(ImVec2(body_.Min.x, body_.Min.y), ImVec2(period_x0, body_.Max.y),
                      look_.outside);
    dl->AddRectFilled(ImVec2(period_x1, body_.Min.y), body_.Max, look_.outside);
    if (zoom_ == Zoom::Days)
        for (int d = first_visible_; d <= last_visible_; ++d)
            if (weekday(d) >= 5)
                dl->AddRectFilled(ImVec2(scale_.x(d), body_.Min.y),
                                  ImVec2(scale_.x(d + 1), body_.Max.y), look_.shade);
    // Each phase tints its own rows over its dates.
    for (std::size_t p = 0; p < plan_.phases.size(); ++p) {
        const Phase& phase = plan_.phases[p];
        const auto [first, last] = rows_.of_phase[p];
        dl->AddRectFilled(ImVec2(scale_.x(day_number(phase.dates.start)), row_top(first)),
                          ImVec2(scale_.x(day_number(phase.dates.end) + 1), row_top(last + 1)),
                          colour(phase_colour(phase.kind), 0.07f));
    }
    // Week lines when zoomed in, month lines always, and the plan
    // period's edges.
    if (zoom_ != Zoom::Months)
        for (int d = first_visible_ - weekday(first_visible_); d <= last_visible_; d += 7)
            dl->AddLine(ImVec2(scale_.x(d), body_.Min.y), ImVec2(scale_.x(d), body_.Max.y),
                        look_.grid);
    for_each_month(first_visible_, last_visible_, [&](int start, int, const Date& date) {
        const bool strong = zoom_ != Zoom::Months || date.month == 1;
        dl->AddLine(ImVec2(scale_.x(start), body_.Min.y), ImVec2(scale_.x(start), body_.Max.y),
                    strong ? look_.strong_grid : look_.grid);
    });
    for (float x : {period_x0, period_x1})
        dl->AddLine(ImVec2(x, body_.Min.y), ImVec2(x, body_.Max.y), look_.strong_grid);
    for (const Milestone& m : plan_.milestones) {
        const float x = std::round(scale_.x(day_number(m.date)) + scale_.day_width / 2);
        dl->AddLine(ImVec2(x, body_.Min.y), ImVec2(x, rows_bottom), look_.grid, 1);
    }
    ImGui::PopClipRect();

    // Row lines across names and chart, and the row under the mouse.
    ImGui::PushClipRect(names_.Min, body_.Max, true);
    if (hovered_row_ >= 0)
        dl->AddRectFilled(ImVec2(inner_.Min.x, row_top(hovered_row_)),
                          ImVec2(inner_.Max.x, row_top(hovered_row_ + 1)), look_.hover);
    const int first_row = std::max(0, int((body_.Min.y - rows_top_) / row_h_));
    const int end_row =
        std::min(int(rows_.rows.size()), int((body_.Max.y - rows_top_) / row_h_) + 1);
    for (int r = first_row; r < end_row; ++r) {
        const float y = row_top(r + 1) - 1;
        const bool phase_ends = r + 1 == int(rows_.rows.size()) ||
                                rows_.rows[std::size_t(r) + 1].kind != Row::Kind::Task;
        dl->AddLine(ImVec2(inner_.Min.x, y), ImVec2(inner_.Max.x, y),
                    phase_ends ? look_.strong_grid : look_.grid);
    }
    ImGui::PopClipRect();
}

void Chart::draw_arrows() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushClipRect(body_.Min, body_.Max, true);
    for (std::size_t i = 0; i < plan_.tasks.size(); ++i) {
        const Task& t = plan_.tasks[i];
        for (const std::string& before : t.depends_on) {
            auto it = rows_.task.find(before);
            if (it == rows_.task.end() || it->second == int(i)) continue;
            const ImRect from = bar_rect(it->second), to = bar_rect(int(i));
            if (std::max(from.Max.y, to.Max.y) + row_h_ < body_.Min.y ||
                std::min(from.Min.y, to.Min.y) - row_h_ > body_.Max.y)
                continue;
            const bool late = shown(int(i)).start <= shown(it->second).end;
            draw_arrow(dl, from, to,
                       late ? look_.problem
                            : colour(ImGui::GetStyle().Colors[ImGuiCol_Text], 0.45f),
                       late ? 2.0f : 1.5f);
        }
    }
    ImGui::PopClipRect();
}

void Chart::draw_arrow(ImDrawList* dl, const ImRect& from, const ImRect& to, ImU32 col,
                       float thickness) const {
    const bool down = to.Min.y > from.Min.y;
    const float tx = to.Min.x, ty = std::round(to.GetCenter().y);
    const float sx = from.Max.x - std::min(8.0f, from.GetWidth() / 2);
    std::vector<ImVec2> path;
    if (tx >= sx + 8) {
        // Down (or up) from the predecessor's end, then into the start.
        path = {ImVec2(sx, down ? from.Max.y : from.Min.y), ImVec2(sx, ty), ImVec2(tx - 5, ty)};
    } else {
        // Around: out of the end, along the gap between the rows, and
        // back into the start from its left.
        const float gap = down ? to.Min.y - (row_h_ - to.GetHeight()) / 2
                               : to.Max.y + (row_h_ - to.GetHeight()) / 2;
        const float out = from.Max.x + 8, in = tx - 10, fy = std::round(from.GetCenter().y);
        path = {ImVec2(from.Max.x, fy), ImVec2(out, fy), ImVec2(out, gap),
                ImVec2(in, gap),        ImVec2(in, ty),  ImVec2(tx - 5, ty)};
    }
    dl->AddPolyline(path.data(), int(path.size()), col, 0, thickness);
    dl->AddTriangleFilled(ImVec2(tx, ty), ImVec2(tx - 6, ty - 4), ImVec2(tx - 6, ty + 4), col);
}

void Chart::draw_today_line() {
    if (today_ < scale_.first || today_ >= scale_.first + scale_.days) return;
    const float x = std::round(scale_.x(today_) + scale_.day_width / 2);
    ImGui::PushClipRect(body_.Min, body_.Max, true);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, body_.Min.y), ImVec2(x, body_.Max.y),
                                        look_.accent, 2);
    ImGui::PopClipRect();
}

void Chart::draw_row(int r) {
    const Row& row = rows_.rows[std::size_t(r)];
    const float top = row_top(r);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    switch (row.kind) {
    case Row::Kind::Phase:
        draw_phase(plan_.phases[std::size_t(row.index)], top);
        break;
    case Row::Kind::Unphased:
        ImGui::PushClipRect(names_.Min, names_.Max, true);
        dl->AddText(ImVec2(names_.Min.x + 10, top + (row_h_ - ImGui::GetFontSize()) / 2),
                    look_.faint, t_("timeline.no_phase").c_str());
        ImGui::PopClipRect();
        break;
    case Row::Kind::Task:
        draw_task(row.index, top);
        break;
    }
}

void Chart::draw_phase(const Phase& phase, float top) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec4 tint = phase_colour(phase.kind);
    const Warnings* warnings = warnings_for(phase.id);
    const float font = ImGui::GetFontSize();

    ImGui::PushClipRect(names_.Min, names_.Max, true);
    const float x = names_.Min.x + 10;
    dl->AddRectFilled(ImVec2(x, top + 7), ImVec2(x + 10, top + 17), colour(tint), 3);
    fitted_text(dl, font, ImVec2(x + 18, top + 3), look_.text, phase.name, names_.Max.x - x - 26);
    const std::string sub =
        t_("timeline.phase_line",
           {{"kind", enum_label(t_, phase.kind)},
            {"dates", format_local_span(phase.dates.start, phase.dates.end, plan_.language)},
            {"length", days_text(t_, length_days(phase.dates))}});
    fitted_text(dl, small_, ImVec2(x + 18, top + 4 + font), look_.faint, sub,
                names_.Max.x - x - 26);
    ImGui::PopClipRect();

    ImGui::PushClipRect(body_.Min, body_.Max, true);
    const ImRect band(scale_.x(day_number(phase.dates.start)), top + 7,
                      scale_.x(day_number(phase.dates.end) + 1), top + row_h_ - 7);
    dl->AddRectFilled(band.Min, band.Max, colour(tint, 0.30f), 4);
    dl->AddRect(band.Min, band.Max, warnings ? look_.problem : colour(tint, 0.9f), 4, 0,
                warnings ? 2.0f : 1.0f);
    const float visible_x = std::max(band.Min.x, body_.Min.x);
    fitted_text(dl, font, ImVec2(visible_x + 8, band.GetCenter().y - font / 2), look_.text,
                phase.name, band.Max.x - visible_x - 16, kCutLabels);
    if (band.GetWidth() >= 1) {
        ImGui::SetCursorScreenPos(band.Min);
        ImGui::InvisibleButton(("##phase-" + phase.id).c_str(), band.GetSize());
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
            jump_list_ = "phases", jump_id_ = phase.id;
        if (ImGui::BeginItemTooltip()) {
            ImGui::PushTextWrapPos(font * 26);
            ImGui::TextUnformatted(phase.name.c_str());
            field(t_("timeline.tooltip.kind"), enum_label(t_, phase.kind));
            field(t_("timeline.tooltip.dates"), dates_and_length(phase.dates));
            show_warnings(warnings);
            ImGui::TextDisabled("%s", t_("timeline.phase_hint").c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    ImGui::PopClipRect();
}

void Chart::draw_header() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImRect header(inner_.Min, ImVec2(inner_.Max.x, inner_.Min.y + header_h_));
    dl->AddRectFilled(header.Min, header.Max, look_.frozen);
    const float font = ImGui::GetFontSize();
    const float line1 = header.Min.y + (line_h_ - font) / 2, line2 = line1 + line_h_;

    ImGui::PushClipRect(ImVec2(body_.Min.x, header.Min.y), header.Max, true);
    if (zoom_ == Zoom::Months) {
        for (int y = date_from_day_number(first_visible_).year;
             y <= date_from_day_number(last_visible_).year; ++y) {
            tick(day_number(Date{y, 1, 1}), header.Min.y, 2 * line_h_);
            span_label(day_number(Date{y, 1, 1}), day_number(Date{y + 1, 1, 1}), line1,
                       {std::to_string(y)});
        }
        for_each_month(first_visible_, last_visible_, [&](int start, int end, const Date& d) {
            tick(start, header.Min.y + line_h_, line_h_);
            span_label(start, end, line2, {month_name(t_, d.month), month_short_name(t_, d.month)},
                       true);
        });
    } else {
        for_each_month(first_visible_, last_visible_, [&](int start, int end, const Date& d) {
            tick(start, header.Min.y, 2 * line_h_);
            span_label(start, end, line1,
                       {t_("common.month_year",
                           {{"month", month_name(t_, d.month)}, {"year", std::to_string(d.year)}}),
                        month_short_name(t_, d.month)});
        });
        if (zoom_ == Zoom::Days) {
            for (int d = first_visible_; d <= last_visible_; ++d) {
                const std::string n = std::to_string(date_from_day_number(d).day);
                const float w = ImGui::CalcTextSize(n.c_str()).x;
                const ImU32 col = d == today_       ? look_.accent
                                  : weekday(d) >= 5 ? look_.faint
                                                    : look_.text;
                dl->AddText(ImVec2(std::round(scale_.x(d) + (scale_.day_width - w) / 2), line2),
                            col, n.c_str());
            }
        } else {
            for (int d = first_visible_ - weekday(first_visible_); d <= last_visible_; d += 7) {
                tick(d, header.Min.y + line_h_, line_h_);
                dl->AddText(
                    ImVec2(scale_.x(d) + 4, line2), look_.text,
                    format_local_month_day(date_from_day_number(d), plan_.language).c_str());
            }
        }
    }
    draw_milestones(header.Min.y + 2 * line_h_);
    // The plan period as a bar along the header's lower edge.
    dl->AddRectFilled(ImVec2(scale_.x(day_number(plan_.period.start)), header.Max.y - 4),
                      ImVec2(scale_.x(day_number(plan_.period.end) + 1), header.Max.y),
                      look_.accent);
    ImGui::PopClipRect();

    // The corner: what the plan period is, and what the last row holds.
    const float x = inner_.Min.x + 10;
    dl->AddText(ImVec2(x, line1), look_.accent, t_("timeline.plan_period").c_str());
    fitted_text(dl, font, ImVec2(x, line2), look_.text,
                format_local_span(plan_.period.start, plan_.period.end, plan_.language),
                kNameWidth - 20);
    const char* row3 = t_("timeline.milestones").c_str();
    dl->AddText(ImVec2(names_.Max.x - 10 - ImGui::CalcTextSize(row3).x, line2 + line_h_),
                look_.faint, row3);

    dl->AddLine(ImVec2(header.Min.x, header.Max.y - 1), ImVec2(header.Max.x, header.Max.y - 1),
                look_.border);
    dl->AddLine(ImVec2(names_.Max.x - 1, header.Min.y), ImVec2(names_.Max.x - 1, inner_.Max.y),
                look_.border);
}

void Chart::tick(int day, float y, float height) const {
    const float x = scale_.x(day);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(x, y), ImVec2(x, y + height), look_.strong_grid);
}

void Chart::span_label(int start, int end, float y, const std::vector<std::string>& texts,
                       bool centred) const {
    const float x0 = std::max(scale_.x(start), body_.Min.x), x1 = scale_.x(end);
    for (const std::string& text : texts) {
        const float w = ImGui::CalcTextSize(text.c_str()).x;
        if (w + 12 > x1 - x0) continue;
        const float x = centred ? (scale_.x(start) + x1 - w) / 2 : x0 + 6;
        ImGui::GetWindowDrawList()->AddText(ImVec2(std::round(std::max(x, x0 + 6)), y), look_.text,
                                            text.c_str());
        return;
    }
}

void Chart::draw_milestones(float top) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cy = std::round(top + line_h_ / 2);
    if (today_ >= scale_.first && today_ < scale_.first + scale_.days) {
        // The today line's label, a pill on the line.
        const float x = std::round(scale_.x(today_) + scale_.day_width / 2);
        const std::string& today = t_("timeline.today");
        const ImVec2 size = ImGui::GetFont()->CalcTextSizeA(small_, FLT_MAX, 0, today.c_str());
        const ImVec2 pill(size.x + 12, size.y + 4);
        // Kept whole inside the chart when today is near its edge.
        const ImVec2 min(std::clamp(x - pill.x / 2, body_.Min.x, body_.Max.x - pill.x),
                         cy - pill.y / 2);
        const ImVec2 max(min.x + pill.x, min.y + pill.y);
        dl->AddRectFilled(min, max, look_.accent, 8);
        dl->AddText(ImGui::GetFont(), small_, ImVec2(min.x + 6, min.y + 2),
                    IM_COL32(255, 255, 255, 255), today.c_str());
        // The line itself as a widget, so automation finds it as
        // `today-line`; hovering the pill names the date.
        ImGui::SetCursorScreenPos(ImVec2(x - 2, min.y));
        ImGui::InvisibleButton("##today-line", ImVec2(4, pill.y));
        if (ImGui::IsMouseHoveringRect(min, max) && ImGui::IsWindowHovered())
            ImGui::SetTooltip(
                "%s",
                t_("timeline.today_on",
                   {{"date", format_local_date(date_from_day_number(today_), plan_.language)}})
                    .c_str());
    }
    // By date, so each title can use the room up to the next diamond.
    std::vector<const Milestone*> order;
    for (const Milestone& m : plan_.milestones)
        order.push_back(&m);
    std::stable_sort(order.begin(), order.end(),
                     [](const Milestone* a, const Milestone* b) { return a->date < b->date; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Milestone& m = *order[i];
        const float cx = std::round(scale_.x(day_number(m.date)) + scale_.day_width / 2);
        const float next = i + 1 < order.size()
                               ? scale_.x(day_number(order[i + 1]->date)) + scale_.day_width / 2
                               : body_.Max.x + 4;
        ImGui::SetCursorScreenPos(ImVec2(cx - 8, cy - 8));
        ImGui::InvisibleButton(("##milestone-" + m.id).c_str(), ImVec2(16, 16));
        const float r = ImGui::IsItemHovered() ? 7.0f : 6.0f;
        dl->AddQuadFilled(ImVec2(cx, cy - r), ImVec2(cx + r, cy), ImVec2(cx, cy + r),
                          ImVec2(cx - r, cy), look_.text);
        fitted_text(dl, small_, ImVec2(cx + 10, cy - small_ / 2 - 1), look_.text, m.title,
                    next - cx - 24, kCutLabels);
        if (ImGui::BeginItemTooltip()) {
            ImGui::TextUnformatted(m.title.c_str());
            ImGui::TextDisabled("%s", format_local_date(m.date, plan_.language).c_str());
            ImGui::EndTooltip();
        }
    }
}

} // namespace fp::ui::timeline
