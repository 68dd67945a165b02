// The Timeline section's Gantt chart, shared by the files that draw it: the
// chart around the bars (timeline_chart.cpp), the bars and their dragging
// (timeline_drag.cpp) and the tooltips (timeline_tooltips.cpp); one class
// split by concept, as one file it ran past a thousand lines.
#pragma once

#include "core/derived.h"
#include "core/vocabulary.h"
#include "ui/app.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fp::ui::timeline {

enum class Zoom : int { Days, Weeks, Months };
struct ZoomLevel {
    const char* label; // key
    float day_width;   // pixels per day
};
inline constexpr ZoomLevel kZooms[] = {
    {"timeline.zoom.days", 26}, {"timeline.zoom.weeks", 11}, {"timeline.zoom.months", 3.5f}};

inline constexpr float kNameWidth = 270; // the column of phase and task names
inline constexpr float kCutLabels = 90;  // labels on bars are left out rather than cut shorter

// Periods include both their start and their end day.
inline int length_days(const Period& p) {
    return days_between(p.start, p.end) + 1;
}

inline Date next_month(const Date& d) {
    return d.month == 12 ? Date{d.year + 1, 1, 1} : Date{d.year, d.month + 1, 1};
}

inline ImU32 colour(const ImVec4& c, float alpha = 1) {
    return ImGui::ColorConvertFloat4ToU32(ImVec4(c.x, c.y, c.z, c.w * alpha));
}

// Colours taken from the theme, so the chart follows light and dark.
struct Look {
    ImU32 text, faint, grid, strong_grid, shade, outside, frozen, border, accent, problem, hover;
    ImVec4 problem_v; // for text
};

// Draws `text` cut to `width` with "..." when it is longer, unless less
// than `cut_from` is available: a label cut to a few letters only clutters.
void fitted_text(ImDrawList* dl, float size, ImVec2 pos, ImU32 col, const std::string& text,
                 float width, float cut_from = 0);

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

enum class Grip : int { Body, Start, End };

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
          int today);

    float content_height() const { return header_h_ + float(rows_.rows.size()) * row_h_; }

    // Draws the chart inside the current child window.
    void draw();

    // Applies what the user did this frame; called after the chart's child
    // window has ended, so the plan does not change while it is drawn.
    void finish();

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

    const Warnings* warnings_for(const std::string& id) const {
        auto it = warnings_.find(id);
        return it == warnings_.end() ? nullptr : &it->second;
    }

    // timeline_chart.cpp: the chart around the bars.

    void draw_background();

    // Each dependency is an arrow from the predecessor's end into the
    // dependant's start, red when the dependant starts before it may.
    void draw_arrows();

    void draw_arrow(ImDrawList* dl, const ImRect& from, const ImRect& to, ImU32 col,
                    float thickness) const;

    void draw_today_line();

    void draw_row(int r);

    void draw_phase(const Phase& phase, float top);

    // The date scale (two lines that depend on the zoom), the milestones
    // row, and in the corner the plan period.
    void draw_header();

    // A line in the header at the start of `day`.
    void tick(int day, float y, float height) const;

    // The first of `texts` that fits the days start..end: centred, or kept
    // in view at the left while its span scrolls past.
    void span_label(int start, int end, float y, const std::vector<std::string>& texts,
                    bool centred = false) const;

    void draw_milestones(float top);

    // timeline_drag.cpp: the bars, and moving them.

    // The bar being dragged, from what the previous frames stored and where
    // the mouse is now, snapped to whole days.
    void read_drag();

    // Schedule findings by the id of the item they concern, pointing into
    // the findings rather than copying them each frame. While a bar is
    // dragged they are worked out for the preview, so the user sees a
    // conflict before letting go.
    void collect_warnings();

    void draw_task(int task, float top);

    // One of a bar's three buttons; true while it is under the mouse or
    // dragged. Starting a drag stores which bar and which part of it.
    bool grip_button(const std::string& label, const ImRect& r, int task, Grip grip, bool& tip);

    void take_double_click(const std::string& task_id);

    // timeline_tooltips.cpp: what hovering an item shows.

    static void field(const std::string& name, const std::string& value);

    void show_warnings(const Warnings* warnings) const;

    void task_tooltip(const Task& t, const Warnings* warnings) const;

    void drag_tooltip(const Task& t) const;

    // "Nov 9 - Nov 12, 2026 · 4 days"
    std::string dates_and_length(const Period& p) const;

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

} // namespace fp::ui::timeline
