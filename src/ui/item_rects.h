// Where each labelled widget was drawn in the last frame, for the automation
// API's itemRect(). Filled by ImGui's test-engine hooks, so every widget is
// covered without the views doing anything.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace fp::ui {

struct ItemRect {
    float x = 0, y = 0, width = 0, height = 0; // CSS pixels of the page
};

class ItemRects {
  public:
    // Starts receiving the hooks of `context`.
    void attach(ImGuiContext* context);

    // The first widget in the last frame whose label matches: the whole label
    // ("Delete##plan-1"), its visible part ("Delete") or its id part after
    // "##" ("plan-1").
    std::optional<ItemRect> find(std::string_view label) const;

    void record(int frame, const char* label, const ItemRect& rect);

    // Labels of the last frame that did not fit: wider than their widget (a
    // header or button cut short) or running past their window's edge where
    // it does not scroll sideways. A layout test fails on any.
    struct CutOff {
        std::string label;
        float width = 0, room = 0; // the label's and the space it had, in pixels
    };
    const std::vector<CutOff>& cut_off() const { return cut_off_; }
    void record_cut_off(int frame, const char* label, float width, float room);

  private:
    struct Entry {
        std::string label;
        ItemRect rect;
    };
    void start(int frame);
    std::vector<Entry> entries_;
    std::vector<CutOff> cut_off_;
    int frame_ = -1;
};

// ImGui's header row, each header checked like a labelled widget for being
// cut off (ImGui's own row reports none).
void table_headers_row();
// Records `label` in `context`'s ItemRects when the last item cannot show it whole.
void check_fits(ImGuiContext* context, const char* label);
// Records a label `width` pixels wide that had `room` pixels, when it did
// not fit, for widgets that draw their own text.
void check_fits(ImGuiContext* context, const char* label, float width, float room);

} // namespace fp::ui
