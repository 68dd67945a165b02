// The Timeline's task bars and how they are dragged: moving a bar or one of
// its ends previews the new dates (with the conflicts they would bring) and
// applies them on release as one edit. Apart from the chart's drawing.
#include "core/model_json.h"
#include "ui/labels.h"
#include "ui/style.h"
#include "ui/timeline_chart.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace fp::ui::timeline {

namespace {

constexpr float kGrip = 4; // half the width of the handle on each end of a bar

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

} // namespace

void Chart::finish() {
    if (!commit_task_.empty())
        app_.edit(edit::Set{edit_path({"tasks", commit_task_, "dates"}), to_json(commit_dates_)});
    if (!jump_id_.empty()) app_.jump_to({jump_list_, jump_id_, "dates"});
}

void Chart::read_drag() {
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

void Chart::collect_warnings() {
    if (drag_.task >= 0 && drag_.dates != plan_.tasks[std::size_t(drag_.task)].dates) {
        Plan preview = plan_;
        preview.tasks[std::size_t(drag_.task)].dates = drag_.dates;
        preview_findings_ = check_schedule(preview);
        for (const ScheduleFinding& f : preview_findings_)
            if (!f.item_ids.empty()) warnings_[f.item_ids.front()].push_back(&f.message);
        return;
    }
    for (const Finding& f : app_.findings())
        if (f.kind == FindingKind::Schedule && !f.place.item_id.empty())
            warnings_[f.place.item_id].push_back(&f.message);
}

void Chart::draw_task(int task, float top) {
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
        t.owner.empty()
            ? enum_label(t_, t.status)
            : t_("timeline.task_line", {{"status", enum_label(t_, t.status)}, {"owner", t.owner}});
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

bool Chart::grip_button(const std::string& label, const ImRect& r, int task, Grip grip, bool& tip) {
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

void Chart::take_double_click(const std::string& task_id) {
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        jump_list_ = "tasks", jump_id_ = task_id;
}

} // namespace fp::ui::timeline
