// The Timeline section: the open plan as a Gantt chart. Each phase is a band
// with its tasks beneath it, milestones sit on a row of the date header and
// dependencies are arrows. Dragging a bar moves its task and dragging an end
// changes its start or end; the drag is previewed and applied on release as
// one edit, so it is one undo step. This file picks the zoom and the days
// shown and draws the toolbar; the chart itself is in timeline_chart.h.
#include "core/vocabulary.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/labels.h"
#include "ui/style.h"
#include "ui/timeline_chart.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace fp::ui {

using namespace timeline;

namespace {

constexpr int kTodayReach = 60; // today is on the chart when this close to the plan

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
