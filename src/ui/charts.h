// Small charts drawn with ImGui's draw list: framed panels, figure cards,
// horizontal bar charts (single and paired), progress bars, funnels and
// curves, with tooltips on hover. They know
// nothing about plans: callers pass labels, numbers, text and colours, and
// the words and number style of what the charts write themselves (a share in
// a tooltip). The drawing functions draw at the cursor, `width` wide, and
// move the cursor below.
#pragma once

#include "core/money.h"
#include "ui/text.h"

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fp::ui::charts {

// Meaningful colours, picked to read on the current theme's background.
enum class Tone : std::uint8_t { Neutral, Accent, Good, Warning, Bad };
ImVec4 tone_colour(Tone tone);
// Secondary text: quieter than the text colour, more legible than disabled text.
ImVec4 muted_colour();

// `text` shortened with "..." to fit `width` pixels.
std::string fit_text(const std::string& text, float width);
// A wrapped tooltip for the last item while it is hovered; none for "".
void item_tooltip(const std::string& text);

// A framed block with a title (and a quiet note on the right of it). Draw its
// content between begin_panel() and end_panel(), at most inner_width() wide;
// the frame is drawn behind the content once its height is known.
struct Panel {
    ImDrawListSplitter splitter;
    ImVec2 min;
    float width = 0;
    float inner_width() const;
};
void begin_panel(Panel& panel, const char* title, const std::string& note, float width);
void end_panel(Panel& panel);

// A headline figure: a title, the figure, and a line of detail; the stripe on
// its left takes the tone's colour. The tooltip shows on hover when not empty.
// How far a card's figure may fall either way: drawn as a band on a scale
// from zero, with a tick at the expected figure and `text` under it.
struct Band {
    double low = 0, expected = 0, high = 0;
    std::string text;
};
struct Card {
    std::string title;
    std::string value;
    std::string detail;
    Tone tone = Tone::Neutral;
    std::string tooltip;
    std::optional<Band> band; // none for a figure that is not a guess (spend)
};
// Cards in rows of equal height, as many per row as fit at `min_card_width`;
// each card is an item labelled "<title>##<id>-<index>".
void card_grid(const char* id, const std::vector<Card>& cards, float width, float min_card_width);

// One bar per entry, its length proportional to its value, labelled with its
// name and `format(value)`. Hovering a bar shows its exact value and its share
// of the sum of all values; values below zero count as zero. Narrow charts put
// the name above each bar.
struct Bar {
    std::string label;
    double value = 0;
};
using Format = std::function<std::string(double)>;
struct BarChart {
    std::vector<Bar> bars;
    Format format;
    ImVec4 colour;
    // The value a full-length bar stands for; the largest value when unset.
    // Charts that share it can be compared bar for bar.
    std::optional<double> full;
    // The names' column beside the bars; the longest name's width when 0.
    // Charts shown one above another line up when they share it.
    float label_width = 0;
};
float labels_width(const std::vector<Bar>& bars); // the longest name's width
void bar_chart(const Text& text, const Numbers& numbers, const char* id, const BarChart& chart,
               float width);

// A labelled progress bar that is one clickable item named `id` (what
// automation finds). The bar spans 0 to `scale` and is filled to `fraction`,
// or left empty when there is none; a tick marks `marker` (say, the target at
// 1) when it falls inside. `label` is on the left above the bar, `value` and
// then `figure` (in `colour`) on the right. Returns true when clicked.
struct Progress {
    std::string label;
    std::string value;
    std::string figure;
    std::optional<double> fraction;
    ImVec4 colour;
    double scale = 1;
    std::optional<double> marker;
    std::string tooltip;
};
bool progress_bar(const char* id, const Progress& progress, float width);

// Text that automation can find: one item labelled "<text>##<id>", so a test
// reads the figure shown from the label. Right-aligned in the space left on
// the line (a table cell) when `right`; in `colour` when given.
void figure_text(const std::string& text, const std::string& id, bool right = false,
                 const std::optional<ImVec4>& colour = std::nullopt,
                 const std::string& tooltip = "");

// Two bars per entry, one above the other (say, a budget now and proposed),
// on one scale, with a legend naming the two series above the chart.
struct BarPair {
    std::string label;
    double first = 0;
    double second = 0;
};
struct PairedBarChart {
    std::vector<BarPair> pairs;
    std::string first_name, second_name;
    ImVec4 first_colour, second_colour;
    Format format;
};
void paired_bar_chart(const Text& text, const char* id, const PairedBarChart& chart, float width);

// A funnel: one centred bar per step, its width on a logarithmic scale so
// that a million impressions and a hundred orders both show, with each
// step's value beside it and the share of the step before between them.
struct FunnelStep {
    std::string label;
    double value = 0;
    std::string value_text;
};
void funnel_chart(const Text& text, const Numbers& numbers, const char* id,
                  const std::vector<FunnelStep>& steps, const ImVec4& colour, float width);

// The curve y = f(x) for x from 0 to `x_max`, with axes, a few ticks, and
// vertical markers at chosen x values. Hovering shows `describe(x)` for the
// x under the mouse. The chart is one item named `id`.
struct CurveMarker {
    double x = 0;
    std::string label;
    ImVec4 colour;
};
struct CurveChart {
    std::function<double(double)> curve;
    double x_max = 1;
    std::vector<CurveMarker> markers;
    Format format_x, format_y; // tick labels
    std::function<std::string(double)> describe;
    std::string caption; // what the axes measure, right of the markers' legend
    ImVec4 colour;
    float height = 0; // 0: ten lines of text
};
void curve_chart(const char* id, const CurveChart& chart, float width);

} // namespace fp::ui::charts
