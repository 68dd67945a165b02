// The Timeline section: the open plan as a Gantt chart. Each phase is a band
// with its tasks beneath it, milestones sit on a row of the date header and
// dependencies are arrows. Dragging a bar moves its task and dragging an end
// changes its start or end; the drag is previewed and applied on release as
// one edit, so it is one undo step.
#include "core/date_format.h"
#include "core/derived.h"
#include "core/model_json.h"
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/style.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fp::ui {

namespace {

enum class Zoom : int { Days, Weeks, Months };
struct ZoomLevel {
    const char* label; // key
    float day_width;   // pixels per day
};
constexpr ZoomLevel kZooms[] = {
    {"timeline.zoom.days", 26}, {"timeline.zoom.weeks", 11}, {"timeline.zoom.months", 3.5f}};

constexpr float kNameWidth = 270; // the column of phase and task names
constexpr float kGrip = 4;        // half the width of the handle on each end of a bar
constexpr int kTodayReach = 60;   // today is on the chart when this close to the plan
constexpr float kCutLabels = 90;  // labels on bars are left out rather than cut shorter

// Periods include both their start and their end day.
int length_days(const Period& p) {
    return days_between(p.start, p.end) + 1;
}

// Findings are phrased to follow an item's name; a tooltip shows them alone.
std::string sentence(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = char(text[0] - 'a' + 'A');
    return text;
}

Date next_month(const Date& d) {
    return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
}

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

ImU32 colour(const ImVec4& c, float alpha = 1) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, c.w * alpha));
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

// Colours taken from the theme, so the chart follows light and dark.
struct Look {
    ImU32 text, faint, grid, strong_grid, shade, outside, frozen, border, accent, problem, hover;
    ImVec4 problem_v; // for text
};
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

// Draws `text` cut to `width` with "..." when it is longer, unless less
// than `cut_from` is available: a label cut to a few letters only clutters.
void fitted_text(ImDrawList* dl, float size, ImVec2 pos, ImU32 col, const std::string& text,
                 float width, float cut_from = 0) {
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

// The rows of the chart, top to bottom: each phase followed by its tasks,
// then a "No phase" heading with the tasks in no (known) phase.
struct Row {
    enum class Kind : std::uint8_t { Phase, Unphased, Task } kind;
    int index; // into plan.phases or plan.tasks; -1 for the heading
};
struct Rows {
    std::vector<Row> rows;
    std::vector<int> of_task;                        // the row of each task
    std::vector<std::pair<int, int>> of_phase;       // first and last row of each phase
    std::unordered_map<std::string_view, int> phase; // phase index by id
    std::unordered_map<std::string_view, int> task;  // task index by id
};

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

// The days the plan's items cover, with today when it is near them.
std::pair<int, int> plan_span(const Plan& plan, int today) {
    int lo = day_number(plan.period.start), hi = day_number(plan.period.end);
    auto take = [&](const Date& a, const Date& b) {
        lo = std::min(lo, day_number(a));
        hi = std::max(hi, day_number(b));
    };
    for (const Phase& p : plan.phases)
        take(p.dates.start, p.dates.end);
    for (const Task& t : plan.tasks)
        take(t.dates.start, t.dates.end);
    for (const Milestone& m : plan.milestones)
        take(m.date, m.date);
    if (today >= lo - kTodayReach && today <= hi + kTodayReach)
        lo = std::min(lo, today), hi = std::max(hi, today);
    return {lo, hi};
}

// Days on screen and where they are.
struct Scale {
    int first = 0; // day number of the chart's first day
    int days = 0;
    int needed = 0; // days the plan needs; the rest fills the width
    float day_width = 1;
    float left = 0; // screen x of the first day, moving with the scroll
    float x(int day) const { return left + float(day - first) * day_width; }
    int day_at(float screen_x) const {
        return first + int(std::floor((screen_x - left) / day_width));
    }
};

// A little margin around the plan, starting on a Monday (or on the first of
// a month when zoomed out), and at least as wide as the view.
Scale make_scale(Zoom zoom, std::pair<int, int> span, float width) {
    Scale s;
    s.day_width = kZooms[int(zoom)].day_width;
    int last = 0;
    if (zoom == Zoom::Months) {
        Date d = date_from_day_number(span.first);
        d.day = 1;
        s.first = day_number(d);
        last = day_number(next_month(next_month(date_from_day_number(span.second)))) - 1;
    } else {
        s.first = span.first - 3;
        s.first -= weekday(s.first);
        last = span.second + 7;
    }
    s.needed = last - s.first + 1;
    s.days = std::max(s.needed, int(width / s.day_width));
    return s;
}

// The finest zoom that shows the whole plan without scrolling.
Zoom fitting_zoom(std::pair<int, int> span, float width) {
    for (Zoom z : {Zoom::Days, Zoom::Weeks})
        if (float(make_scale(z, span, 0).needed) * kZooms[int(z)].day_width <= width) return z;
    return Zoom::Months;
}

enum class Grip : int { Body, Start, End };

Period dragged(Period p, Grip grip, int days) {
    switch (grip) {
    case Grip::Body:
        p.start = add_days(p.start, days);
        p.end = add_days(p.end, days);
        break;
    case Grip::Start:
        p.start = std::min(add_days(p.start, days), p.end);
        break;
    case Grip::End:
        p.end = std::max(add_days(p.end, days), p.start);
        break;
    }
    return p;
}

// What the view keeps between frames, in the section window's ImGui state
// storage: the zoom (0 until the user picks one), the day to scroll to after
// a zoom change, and the bar being dragged.
struct Keys {
    ImGuiID zoom = ImGui::GetID("timeline-zoom");
    ImGuiID left_day = ImGui::GetID("timeline-left-day");
    ImGuiID scroll_pending = ImGui::GetID("timeline-scroll-pending");
    ImGuiID button = ImGui::GetID("timeline-drag-button");
    ImGuiID task = ImGui::GetID("timeline-drag-task");
    ImGuiID grip = ImGui::GetID("timeline-drag-grip");
};

// Schedule findings' messages about one item.
using Warnings = std::vector<const Message*>;

struct Drag {
    int task = -1; // index in plan.tasks; -1 when no bar is dragged
    Grip grip = Grip::Body;
    Period dates; // where the task would go
};

class Chart {
  public:
    Chart(App& app, const Plan& plan, ImGuiStorage& state, const Keys& keys, Zoom zoom, Scale scale,
          int today)
        : app_(app), t_(app.text()), plan_(plan), state_(state), keys_(keys), zoom_(zoom),
          scale_(scale), today_(today), look_(theme_look()), rows_(layout_rows(plan)) {
        const float font = ImGui::GetFontSize();
        line_h_ = std::round(font + 8);
        header_h_ = 3 * line_h_ + 2;
        row_h_ = std::round(font * 2.5f);
        small_ = std::round(font * 0.86f);
    }

    float content_height() const { return header_h_ + float(rows_.rows.size()) * row_h_; }

    // Draws the chart inside the current child window.
    void draw() {
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        inner_ = window->InnerClipRect;
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        const ImVec2 top_left(inner_.Min.x - ImGui::GetScrollX(),
                              inner_.Min.y - ImGui::GetScrollY());
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
        ImGui::Dummy(
            ImVec2(top_left.x - origin.x + kNameWidth + float(scale_.days) * scale_.day_width,
                   top_left.y - origin.y + content_height()));
    }

    // Applies what the user did this frame; called after the chart's child
    // window has ended, so the plan does not change while it is drawn.
    void finish() {
        if (!commit_task_.empty())
            app_.edit(edit::Set{"tasks/" + commit_task_ + "/dates", to_json(commit_dates_)});
        if (!jump_id_.empty()) app_.jump_to(jump_list_, jump_id_, "dates");
    }

  private:
    float row_top(int row) const { return rows_top_ + float(row) * row_h_; }

    Period shown(int task) const {
        return task == drag_.task ? drag_.dates : plan_.tasks[std::size_t(task)].dates;
    }

    ImRect bar_rect(int task) const {
        const Period p = shown(task);
        const float top = row_top(rows_.of_task[std::size_t(task)]);
        const float h = std::round(row_h_ * 0.56f);
        const float y = top + std::round((row_h_ - h) / 2);
        return ImRect(scale_.x(day_number(p.start)), y, scale_.x(day_number(p.end) + 1), y + h);
    }

    // The bar being dragged, from what the previous frames stored and where
    // the mouse is now, snapped to whole days.
    void read_drag() {
        const ImGuiID active = ImGui::GetActiveID();
        if (active == 0 || ImGuiID(state_.GetInt(keys_.button)) != active) return;
        const int task = state_.GetInt(keys_.task, -1);
        if (task < 0 || task >= int(plan_.tasks.size())) return;
        drag_.task = task;
        drag_.grip = Grip(state_.GetInt(keys_.grip));
        const float dx = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left).x;
        drag_.dates = dragged(plan_.tasks[std::size_t(task)].dates, drag_.grip,
                              int(std::lround(dx / scale_.day_width)));
    }

    // Schedule findings by the id of the item they concern, pointing into
    // the findings rather than copying them each frame. While a bar is
    // dragged they are worked out for the preview, so the user sees a
    // conflict before letting go.
    void collect_warnings() {
        if (drag_.task >= 0 && drag_.dates != plan_.tasks[std::size_t(drag_.task)].dates) {
            Plan preview = plan_;
            preview.tasks[std::size_t(drag_.task)].dates = drag_.dates;
            preview_findings_ = check_schedule(preview);
            for (const ScheduleFinding& f : preview_findings_)
                if (!f.item_ids.empty()) warnings_[f.item_ids.front()].push_back(&f.message);
            return;
        }
        for (const Finding& f : app_.findings())
            if (f.kind == FindingKind::Schedule && !f.item_id.empty())
                warnings_[f.item_id].push_back(&f.message);
    }

    const Warnings* warnings_for(const std::string& id) const {
        auto it = warnings_.find(id);
        return it == warnings_.end() ? nullptr : &it->second;
    }

    void draw_background() {
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

    // Each dependency is an arrow from the predecessor's end into the
    // dependant's start, red when the dependant starts before it may.
    void draw_arrows() {
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

    void draw_arrow(ImDrawList* dl, const ImRect& from, const ImRect& to, ImU32 col,
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

    void draw_today_line() {
        if (today_ < scale_.first || today_ >= scale_.first + scale_.days) return;
        const float x = std::round(scale_.x(today_) + scale_.day_width / 2);
        ImGui::PushClipRect(body_.Min, body_.Max, true);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, body_.Min.y), ImVec2(x, body_.Max.y),
                                            look_.accent, 2);
        ImGui::PopClipRect();
    }

    void draw_row(int r) {
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

    void draw_phase(const Phase& phase, float top) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec4 tint = phase_colour(phase.kind);
        const Warnings* warnings = warnings_for(phase.id);
        const float font = ImGui::GetFontSize();

        ImGui::PushClipRect(names_.Min, names_.Max, true);
        const float x = names_.Min.x + 10;
        dl->AddRectFilled(ImVec2(x, top + 7), ImVec2(x + 10, top + 17), colour(tint), 3);
        fitted_text(dl, font, ImVec2(x + 18, top + 3), look_.text, phase.name,
                    names_.Max.x - x - 26);
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

    void draw_task(int task, float top) {
        const Task& t = plan_.tasks[std::size_t(task)];
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float font = ImGui::GetFontSize();
        const ImVec4 fill = status_colour(t.status);
        const Warnings* warnings = warnings_for(t.id);
        const bool dragging = drag_.task == task;

        // The name column: title, and status and owner beneath it.
        ImGui::PushClipRect(names_.Min, names_.Max, true);
        ImGui::SetCursorScreenPos(ImVec2(names_.Min.x, top));
        ImGui::InvisibleButton(("##row-" + t.id).c_str(), ImVec2(kNameWidth, row_h_));
        bool tip = ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip);
        take_double_click(t.id);
        const float x = names_.Min.x + 28;
        const std::string& title = t.title.empty() ? t.id : t.title;
        fitted_text(dl, font, ImVec2(x, top + 3), look_.text, title, names_.Max.x - x - 8);
        const float sub_y = top + 4 + font;
        dl->AddCircleFilled(ImVec2(x + 4, sub_y + small_ / 2 + 1), 4, colour(fill));
        const std::string sub =
            t.owner.empty() ? enum_label(t_, t.status)
                            : t_("timeline.task_line",
                                 {{"status", enum_label(t_, t.status)}, {"owner", t.owner}});
        fitted_text(dl, small_, ImVec2(x + 13, sub_y), look_.faint, sub, names_.Max.x - x - 21);
        if (warnings)
            dl->AddCircleFilled(ImVec2(names_.Min.x + 16, top + 3 + font / 2), 4, look_.problem);
        ImGui::PopClipRect();

        // The bar, with a handle on each end; the handles go first so that
        // they, not the body, take the mouse where they meet.
        ImGui::PushClipRect(body_.Min, body_.Max, true);
        const ImRect bar = bar_rect(task);
        ImRect start(bar.Min.x - kGrip, bar.Min.y, bar.Min.x + kGrip, bar.Max.y);
        ImRect end(bar.Max.x - kGrip, bar.Min.y, bar.Max.x + kGrip, bar.Max.y);
        ImRect body(start.Max.x, bar.Min.y, end.Min.x, bar.Max.y);
        if (bar.GetWidth() < 4 * kGrip + 4) { // too narrow: handles outside the bar
            start.TranslateX(-kGrip);
            end.TranslateX(kGrip);
            body = bar;
        }
        bool hot = grip_button("##bar-start-" + t.id, start, task, Grip::Start, tip);
        hot |= grip_button("##bar-end-" + t.id, end, task, Grip::End, tip);
        hot |= grip_button("##bar-" + t.id, body, task, Grip::Body, tip);

        if (dragging) { // where it was
            const Period& was = t.dates;
            const ImRect ghost(scale_.x(day_number(was.start)), bar.Min.y,
                               scale_.x(day_number(was.end) + 1), bar.Max.y);
            dl->AddRect(ghost.Min, ghost.Max, colour(fill, 0.8f), 4, 0, 1.5f);
            dl->AddRectFilled(ghost.Min, ghost.Max, colour(fill, 0.15f), 4);
        }
        const ImVec4 shade = hot ? ImLerp(fill, ImVec4(1, 1, 1, 1), 0.15f) : fill;
        dl->AddRectFilled(bar.Min, bar.Max, colour(shade), 4);
        if (warnings)
            dl->AddRect(ImVec2(bar.Min.x - 3, bar.Min.y - 3), ImVec2(bar.Max.x + 3, bar.Max.y + 3),
                        look_.problem, 6, 0, 2);
        if (hot) { // the handles, so people see the ends can be dragged
            const float h = bar.GetHeight() * 0.25f;
            for (float gx : {bar.Min.x + 3, bar.Max.x - 4})
                dl->AddRectFilled(ImVec2(gx, bar.Min.y + h), ImVec2(gx + 1.5f, bar.Max.y - h),
                                  IM_COL32(255, 255, 255, 220));
        }
        const float visible_x = std::max(bar.Min.x, body_.Min.x);
        fitted_text(dl, font, ImVec2(visible_x + 8, bar.GetCenter().y - font / 2),
                    IM_COL32(255, 255, 255, 255), title, bar.Max.x - visible_x - 14, kCutLabels);
        ImGui::PopClipRect();

        if (dragging) {
            ImGui::BeginTooltip();
            drag_tooltip(t);
            ImGui::EndTooltip();
        } else if (tip) {
            ImGui::BeginTooltip();
            task_tooltip(t, warnings);
            ImGui::EndTooltip();
        }
    }

    // One of a bar's three buttons; true while it is under the mouse or
    // dragged. Starting a drag stores which bar and which part of it.
    bool grip_button(const std::string& label, const ImRect& r, int task, Grip grip, bool& tip) {
        ImGui::SetCursorScreenPos(r.Min);
        ImGui::InvisibleButton(label.c_str(), ImMax(r.GetSize(), ImVec2(1, 1)));
        if (ImGui::IsItemActivated()) {
            state_.SetInt(keys_.button, int(ImGui::GetItemID()));
            state_.SetInt(keys_.task, task);
            state_.SetInt(keys_.grip, int(grip));
        }
        if (ImGui::IsItemDeactivated() && drag_.task == task && drag_.grip == grip &&
            drag_.dates != plan_.tasks[std::size_t(task)].dates) {
            commit_task_ = plan_.tasks[std::size_t(task)].id;
            commit_dates_ = drag_.dates;
        }
        take_double_click(plan_.tasks[std::size_t(task)].id);
        tip |= ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip);
        return ImGui::IsItemHovered() || ImGui::IsItemActive();
    }

    void take_double_click(const std::string& task_id) {
        if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
            jump_list_ = "tasks", jump_id_ = task_id;
    }

    static void field(const std::string& name, const std::string& value) {
        ImGui::TextDisabled("%s", name.c_str());
        ImGui::SameLine(ImGui::GetFontSize() * 4.5f);
        ImGui::TextUnformatted(value.c_str());
    }

    void show_warnings(const Warnings* warnings) const {
        if (!warnings) return;
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, look_.problem_v);
        for (const Message* w : *warnings)
            ImGui::TextUnformatted(sentence(app_.text()(*w)).c_str());
        ImGui::PopStyleColor();
    }

    void task_tooltip(const Task& t, const Warnings* warnings) const {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
        ImGui::TextUnformatted(t.title.empty() ? t.id.c_str() : t.title.c_str());
        ImGui::Spacing();
        auto phase = rows_.phase.find(t.phase_id);
        field(t_("timeline.tooltip.phase"), phase == rows_.phase.end()
                                                ? t_("timeline.no_phase")
                                                : plan_.phases[std::size_t(phase->second)].name);
        field(t_("timeline.tooltip.dates"), dates_and_length(t.dates));
        field(t_("timeline.tooltip.owner"), t.owner.empty() ? t_("timeline.nobody") : t.owner);
        field(t_("timeline.tooltip.status"), enum_label(t_, t.status));
        field(t_("timeline.tooltip.budget"), amount_text(t_, plan_, t.budget));
        std::string after;
        for (const std::string& id : t.depends_on) {
            auto it = rows_.task.find(id);
            if (it == rows_.task.end()) continue;
            const Task& before = plan_.tasks[std::size_t(it->second)];
            after +=
                (after.empty() ? "" : ", ") + (before.title.empty() ? before.id : before.title);
        }
        if (!after.empty()) field(t_("timeline.tooltip.waits_for"), after);
        show_warnings(warnings);
        ImGui::Spacing();
        ImGui::TextDisabled("%s", t_("timeline.task_hint").c_str());
        ImGui::PopTextWrapPos();
    }

    void drag_tooltip(const Task& t) const {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
        ImGui::TextUnformatted(t.title.empty() ? t.id.c_str() : t.title.c_str());
        const int length = length_days(drag_.dates);
        ImGui::TextUnformatted(dates_and_length(drag_.dates).c_str());
        std::string change;
        if (drag_.grip == Grip::Body) {
            const int shift = days_between(t.dates.start, drag_.dates.start);
            if (shift != 0)
                change =
                    t_.count(shift > 0 ? "timeline.later" : "timeline.earlier", std::abs(shift));
        } else if (length != length_days(t.dates)) {
            change = t_.count("timeline.was", length_days(t.dates));
        }
        if (!change.empty()) ImGui::TextDisabled("%s", change.c_str());
        show_warnings(warnings_for(t.id));
        ImGui::PopTextWrapPos();
    }

    // The date scale (two lines that depend on the zoom), the milestones
    // row, and in the corner the plan period.
    void draw_header() {
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
                span_label(start, end, line2,
                           {month_name(t_, d.month), month_short_name(t_, d.month)}, true);
            });
        } else {
            for_each_month(first_visible_, last_visible_, [&](int start, int end, const Date& d) {
                tick(start, header.Min.y, 2 * line_h_);
                span_label(start, end, line1,
                           {t_("common.month_year", {{"month", month_name(t_, d.month)},
                                                     {"year", std::to_string(d.year)}}),
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

    // A line in the header at the start of `day`.
    void tick(int day, float y, float height) const {
        const float x = scale_.x(day);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(x, y), ImVec2(x, y + height), look_.strong_grid);
    }

    // The first of `texts` that fits the days start..end: centred, or kept
    // in view at the left while its span scrolls past.
    void span_label(int start, int end, float y, const std::vector<std::string>& texts,
                    bool centred = false) const {
        const float x0 = std::max(scale_.x(start), body_.Min.x), x1 = scale_.x(end);
        for (const std::string& text : texts) {
            const float w = ImGui::CalcTextSize(text.c_str()).x;
            if (w + 12 > x1 - x0) continue;
            const float x = centred ? (scale_.x(start) + x1 - w) / 2 : x0 + 6;
            ImGui::GetWindowDrawList()->AddText(ImVec2(std::round(std::max(x, x0 + 6)), y),
                                                look_.text, text.c_str());
            return;
        }
    }

    void draw_milestones(float top) {
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

    // "Nov 9 - Nov 12, 2026 · 4 days"
    std::string dates_and_length(const Period& p) const {
        return t_("timeline.dates_length",
                  {{"dates", format_local_span(p.start, p.end, plan_.language)},
                   {"length", days_text(t_, length_days(p))}});
    }

    App& app_;
    const Text& t_;
    const Plan& plan_;
    ImGuiStorage& state_;
    const Keys& keys_;
    Zoom zoom_;
    Scale scale_;
    int today_;
    Look look_;
    Rows rows_;
    float line_h_ = 0, header_h_ = 0, row_h_ = 0, small_ = 0;
    ImRect inner_, names_, body_;
    float rows_top_ = 0;
    int first_visible_ = 0, last_visible_ = 0;
    int hovered_row_ = -1;
    Drag drag_;
    std::vector<ScheduleFinding> preview_findings_;
    std::unordered_map<std::string_view, Warnings> warnings_;
    std::string commit_task_;
    Period commit_dates_;
    std::string jump_list_, jump_id_;
};

// The zoom buttons, a legend of the colours and a hint. Returns true when
// the user picked another zoom, which is then in `zoom`.
bool draw_toolbar(const Text& text, Zoom& zoom) {
    bool picked = false;
    const ImVec4 accent = ImGui::GetStyle().Colors[ImGuiCol_ButtonActive];
    for (Zoom z : {Zoom::Days, Zoom::Weeks, Zoom::Months}) {
        const bool chosen = z == zoom;
        if (chosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, accent);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        if (ImGui::Button((text(kZooms[int(z)].label) + "##zoom").c_str()) && !chosen)
            zoom = z, picked = true;
        if (chosen) ImGui::PopStyleColor(3);
        ImGui::SameLine(0, 2);
    }
    ImGui::SameLine(0, 28);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float font = ImGui::GetFontSize();
    const float y = ImGui::GetCursorScreenPos().y + ImGui::GetStyle().FramePadding.y;
    auto swatch = [&](ImU32 col, bool diamond) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 c(p.x + 6, std::round(y + font / 2));
        if (diamond)
            dl->AddQuadFilled(ImVec2(c.x, c.y - 6), ImVec2(c.x + 6, c.y), ImVec2(c.x, c.y + 6),
                              ImVec2(c.x - 6, c.y), col);
        else
            dl->AddRectFilled(ImVec2(c.x - 6, c.y - 5), ImVec2(c.x + 6, c.y + 5), col, 3);
        ImGui::Dummy(ImVec2(12, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, 6);
    };
    ImGui::AlignTextToFramePadding();
    for (TaskStatus s :
         {TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Done, TaskStatus::Blocked}) {
        swatch(colour(status_colour(s)), false);
        ImGui::TextUnformatted(enum_label(text, s).c_str());
        ImGui::SameLine(0, 14);
    }
    swatch(ImGui::GetColorU32(ImGuiCol_Text), true);
    ImGui::TextUnformatted(text("timeline.milestone").c_str());
    help_marker(text("timeline.help").c_str());
    return picked;
}

void draw_empty(App& app) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", app.text()("timeline.empty").c_str());
    ImGui::Spacing();
    if (ImGui::Button(app.text()("timeline.go_to_execution").c_str()))
        app.ui().section = Section::Execution;
}

} // namespace

void draw_timeline(App& app) {
    const Plan* plan = app.current();
    if (!plan) return;
    if (plan->tasks.empty() && plan->phases.empty()) {
        draw_empty(app);
        return;
    }
    ImGuiStorage& state = *ImGui::GetStateStorage();
    const Keys keys;
    const int today = day_number(platform::today());
    const std::pair<int, int> span = plan_span(*plan, today);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float chart_width = avail.x - kNameWidth - 2;

    const int stored = state.GetInt(keys.zoom);
    Zoom zoom = stored > 0 ? Zoom(stored - 1) : fitting_zoom(span, chart_width);
    if (draw_toolbar(app.text(), zoom)) {
        state.SetInt(keys.zoom, int(zoom) + 1);
        state.SetBool(keys.scroll_pending, true); // keep the day at the left edge in view
    }
    ImGui::Spacing();

    const Scale scale = make_scale(zoom, span, chart_width);
    Chart chart(app, *plan, state, keys, zoom, scale, today);
    const float rest = ImGui::GetContentRegionAvail().y;
    const bool scrolls_x = kNameWidth + float(scale.days) * scale.day_width > avail.x - 2;
    // As tall as the rows (and borders), unless the room left is shorter;
    // then the chart scrolls, and below 200 pixels the section does.
    const float wanted =
        chart.content_height() + 2 + (scrolls_x ? ImGui::GetStyle().ScrollbarSize : 0);
    const float height = std::min(wanted, std::max(rest, 200.0f));

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
    const bool open =
        ImGui::BeginChild(("##chart-" + plan->id).c_str(), ImVec2(0, height),
                          ImGuiChildFlags_Border, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PopStyleVar(2);
    if (open) {
        if (state.GetBool(keys.scroll_pending)) {
            const int left = state.GetInt(keys.left_day, scale.first);
            ImGui::SetScrollX(std::max(0.0f, float(left - scale.first) * scale.day_width));
            state.SetBool(keys.scroll_pending, false);
        }
        chart.draw();
    }
    ImGui::EndChild();
    chart.finish();
}

} // namespace fp::ui
