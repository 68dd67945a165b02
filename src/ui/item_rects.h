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

  private:
    struct Entry {
        std::string label;
        ItemRect rect;
    };
    std::vector<Entry> entries_;
    int frame_ = -1;
};

} // namespace fp::ui
