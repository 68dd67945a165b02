// Panels, figure cards, bar charts, progress bars, funnels and curves drawn
// with ImDrawList (see charts.h). Colours come from the current style, so the charts follow
// the light and dark themes.
#include "ui/charts.h"

#include "core/money.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

namespace fp::ui::charts {

namespace {

constexpr float kCardValueScale = 1.25f; // the figure stands out from its title
constexpr float kStripeWidth = 4;
constexpr float kBandHeight = 8;

bool dark_theme() {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return 0.299f * bg.x + 0.587f * bg.y + 0.114f * bg.z < 0.5f;
}

// The text colour at a low opacity: a tint that works on any background.
ImU32 text_tint(float alpha) {
    ImVec4 c = ImGui::GetStyle().Colors[ImGuiCol_Text];
    c.w *= alpha;
    return ImGui::GetColorU32(c);
}

float padding() {
    return ImGui::GetStyle().WindowPadding.x;
}

void draw_text(ImVec2 at, const ImVec4& colour, const std::string& text, float scale = 1) {
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize() * scale, at,
                                        ImGui::GetColorU32(colour), text.data(),
                                        text.data() + text.size());
}

float text_width(const std::string& text, float scale = 1) {
    return ImGui::GetFont()
        ->CalcTextSizeA(ImGui::GetFontSize() * scale, FLT_MAX, 0, text.data(),
                        text.data() + text.size())
        .x;
}

// `text` in lines no wider than `width`, broken at spaces: ImGui's own
// wrapping also breaks after commas, which would split "7,000.00" in two.
// A run without spaces wider than a line (Chinese, Japanese, a long word) is
// broken between characters, as those scripts are.
std::vector<std::string> wrap_lines(const std::string& text, float width, float scale = 1) {
    std::vector<std::string> lines;
    std::string current;
    const auto add = [&](const std::string& piece, const char* glue) {
        const std::string joined = current.empty() ? piece : current + glue + piece;
        if (!current.empty() && text_width(joined, scale) > width) {
            lines.push_back(current);
            current = piece;
        } else {
            current = joined;
        }
    };
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(start, end - start);
        if (text_width(word, scale) <= width) {
            add(word, " ");
        } else {
            add("", " ");
            for (std::size_t i = 0; i < word.size();) {
                std::size_t next = i + 1; // the next character: skip UTF-8 continuation bytes
                while (next < word.size() &&
                       (static_cast<unsigned char>(word[next]) & 0xC0) == 0x80)
                    ++next;
                add(word.substr(i, next - i), "");
                i = next;
            }
        }
        start = end + 1;
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

// A round step for ticks: 1, 2 or 5 times a power of ten, about a third of
// `range`, so that an axis carries three or four readable figures.
double tick_step(double range) {
    if (!(range > 0)) return 1;
    const double rough = range / 3;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double scaled = rough / power;
    return power * (scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10);
}

// Hovered rows take the same highlight as ImGui's selectables.
// A band from `band.low` to `band.high` on a track from zero (or the low end
// when below it) to a little past the high end, so that its width shows how
// unsure the figure is; a tick marks the expected figure.
void draw_band(ImVec2 at, float width, const Band& band, const ImVec4& colour) {
    const double from = std::min(0.0, band.low);
    const double to = std::max({0.0, band.high, band.expected}) * 1.15;
    if (!(to > from) || width <= 0) return;
    auto x_of = [&](double v) {
        return at.x + static_cast<float>((v - from) / (to - from)) * width;
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float mid = at.y + kBandHeight / 2;
    draw->AddRectFilled(ImVec2(at.x, mid - 1), ImVec2(at.x + width, mid + 1), text_tint(0.15f));
    ImVec4 faint = colour;
    faint.w *= 0.45f;
    draw->AddRectFilled(
        ImVec2(x_of(band.low), at.y + 1),
        ImVec2(std::max(x_of(band.high), x_of(band.low) + 2), at.y + kBandHeight - 1),
        ImGui::GetColorU32(faint), 2);
    const float tick = x_of(band.expected);
    draw->AddRectFilled(ImVec2(tick - 1, at.y), ImVec2(tick + 1, at.y + kBandHeight),
                        ImGui::GetColorU32(colour));
}

void hover_highlight(ImVec2 min, ImVec2 max) {
    const float grow = ImGui::GetStyle().ItemSpacing.y / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(
        ImVec2(min.x - grow, min.y - grow), ImVec2(max.x + grow, max.y + grow),
        ImGui::GetColorU32(ImGuiCol_HeaderHovered), ImGui::GetStyle().FrameRounding);
}

} // namespace

ImVec4 tone_colour(Tone tone) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const bool dark = dark_theme();
    switch (tone) {
    case Tone::Neutral:
        return style.Colors[ImGuiCol_TextDisabled];
    case Tone::Accent:
        return style.Colors[ImGuiCol_ButtonActive];
    case Tone::Good:
        return dark ? ImVec4(0.36f, 0.78f, 0.49f, 1) : ImVec4(0.12f, 0.53f, 0.27f, 1);
    case Tone::Warning:
        return dark ? ImVec4(0.96f, 0.72f, 0.29f, 1) : ImVec4(0.80f, 0.48f, 0.02f, 1);
    case Tone::Bad:
        return dark ? ImVec4(0.98f, 0.46f, 0.43f, 1) : ImVec4(0.78f, 0.18f, 0.15f, 1);
    }
    return style.Colors[ImGuiCol_Text];
}

ImVec4 muted_colour() {
    const ImVec4 text = ImGui::GetStyle().Colors[ImGuiCol_Text];
    const ImVec4 disabled = ImGui::GetStyle().Colors[ImGuiCol_TextDisabled];
    const float t = 0.55f;
    return ImVec4(text.x + (disabled.x - text.x) * t, text.y + (disabled.y - text.y) * t,
                  text.z + (disabled.z - text.z) * t, text.w);
}

void item_tooltip(const std::string& text) {
    if (text.empty() || !ImGui::BeginItemTooltip()) return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

std::string fit_text(const std::string& text, float width) {
    // One line: line breaks in the text become spaces.
    std::string line = text;
    std::replace(line.begin(), line.end(), '\n', ' ');
    if (text_width(line) <= width) return line;
    const std::string dots = "...";
    const char* end = nullptr;
    ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), std::max(0.0f, width - text_width(dots)),
                                    0, line.data(), line.data() + line.size(), &end);
    return line.substr(0, static_cast<std::size_t>(end - line.data())) + dots;
}

float Panel::inner_width() const {
    return std::max(1.0f, width - 2 * padding());
}

void begin_panel(Panel& panel, const char* title, const std::string& note, float width) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    panel.min = ImGui::GetCursorScreenPos();
    panel.width = width;
    // The content goes on top; the frame goes beneath it in end_panel().
    panel.splitter.Split(draw, 2);
    panel.splitter.SetCurrentChannel(draw, 1);
    const float pad = padding();
    const float inner = panel.inner_width();
    ImGui::SetCursorScreenPos(ImVec2(panel.min.x + pad, panel.min.y + pad * 0.75f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::TextUnformatted(title);
    if (!note.empty()) {
        const float room = inner - ImGui::CalcTextSize(title).x - ImGui::GetStyle().ItemSpacing.x;
        const std::string shown = fit_text(note, room);
        draw_text(ImVec2(at.x + inner - text_width(shown), at.y), muted_colour(), shown);
    }
    ImGui::Spacing();
}

void end_panel(Panel& panel) {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const ImVec2 max(panel.min.x + panel.width, ImGui::GetItemRectMax().y + padding() * 0.75f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    panel.splitter.SetCurrentChannel(draw, 0);
    const float rounding = ImGui::GetStyle().ChildRounding;
    draw->AddRectFilled(panel.min, max, text_tint(0.035f), rounding);
    draw->AddRect(panel.min, max, ImGui::GetColorU32(ImGuiCol_Border), rounding);
    panel.splitter.Merge(draw);
    // One item the size of the frame, so the layout continues below it.
    ImGui::SetCursorScreenPos(panel.min);
    ImGui::Dummy(ImVec2(panel.width, max.y - panel.min.y));
}

void card_grid(const char* id, const std::vector<Card>& cards, float width, float min_card_width) {
    if (cards.empty()) return;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemSpacing.x;
    const int count = static_cast<int>(cards.size());
    const int fit = std::clamp(static_cast<int>((width + gap) / (min_card_width + gap)), 1, count);
    // Rows as even as possible (five cards in rows of three and two, not four
    // and one), each row filling the width.
    const int rows = (count + fit - 1) / fit;
    const int per_row = (count + rows - 1) / rows;
    const float pad = style.FramePadding.x + 4;
    const float line = ImGui::GetTextLineHeight();
    const float value_line = line * kCardValueScale;

    for (int first = 0; first < count; first += per_row) {
        const int last = std::min(count, first + per_row);
        const int in_row = last - first;
        const float card_width = std::max(1.0f, (width - gap * (in_row - 1)) / in_row);
        const float inner = std::max(1.0f, card_width - kStripeWidth - 2 * pad);
        std::vector<std::vector<std::string>> values, details, bands;
        float height = 0;
        for (int i = first; i < last; ++i) {
            values.push_back(wrap_lines(cards[i].value, inner, kCardValueScale));
            details.push_back(wrap_lines(cards[i].detail, inner));
            bands.push_back(cards[i].band ? wrap_lines(cards[i].band->text, inner)
                                          : std::vector<std::string>{});
            const float band = cards[i].band ? kBandHeight + 4 + line * bands.back().size() : 0;
            height =
                std::max(height, 2 * pad + line + 4 +
                                     value_line * std::max<std::size_t>(1, values.back().size()) +
                                     4 + band + line * details.back().size());
        }
        for (int i = first; i < last; ++i) {
            const Card& card = cards[i];
            if (i > first) ImGui::SameLine(0, gap);
            const ImVec2 min = ImGui::GetCursorScreenPos();
            const ImVec2 max(min.x + card_width, min.y + height);
            // Named "<title>##<id>-<index>", so that automation finds each card.
            const std::string label = card.title + "##" + id + "-" + std::to_string(i);
            ImGui::InvisibleButton(label.c_str(), ImVec2(card_width, height));
            ImDrawList* draw = ImGui::GetWindowDrawList();
            const float rounding = style.ChildRounding;
            draw->AddRectFilled(min, max, text_tint(0.035f), rounding);
            draw->AddRectFilled(min, ImVec2(min.x + kStripeWidth, max.y),
                                ImGui::GetColorU32(tone_colour(card.tone)), rounding,
                                ImDrawFlags_RoundCornersLeft);
            draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), rounding);
            // A word wider than the card is cut at its edge.
            draw->PushClipRect(min, ImVec2(max.x - pad, max.y), true);
            const float x = min.x + kStripeWidth + pad;
            float y = min.y + pad;
            draw_text(ImVec2(x, y), muted_colour(), fit_text(card.title, inner));
            y += line + 4;
            for (const std::string& l : values[i - first]) {
                draw_text(ImVec2(x, y), style.Colors[ImGuiCol_Text], l, kCardValueScale);
                y += value_line;
            }
            y += 4;
            if (card.band) {
                draw_band(ImVec2(x, y), inner, *card.band, tone_colour(card.tone));
                y += kBandHeight + 4;
                for (const std::string& l : bands[i - first]) {
                    draw_text(ImVec2(x, y), muted_colour(), l);
                    y += line;
                }
            }
            for (const std::string& l : details[i - first]) {
                draw_text(ImVec2(x, y), muted_colour(), l);
                y += line;
            }
            draw->PopClipRect();
            item_tooltip(card.tooltip);
        }
    }
}

float labels_width(const std::vector<Bar>& bars) {
    float widest = 0;
    for (const Bar& bar : bars)
        widest = std::max(widest, text_width(bar.label));
    return widest;
}

void bar_chart(const Text& text, const Numbers& numbers, const char* id, const BarChart& chart,
               float width) {
    if (chart.bars.empty()) return;
    width = std::max(width, 1.0f);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemInnerSpacing.x;
    const float line = ImGui::GetTextLineHeight();

    double largest = 0, sum = 0;
    float value_width = 0;
    std::vector<std::string> values;
    for (const Bar& bar : chart.bars) {
        const double v = std::max(0.0, bar.value);
        largest = std::max(largest, v);
        sum += v;
        values.push_back(chart.format(v));
        value_width = std::max(value_width, text_width(values.back()));
    }
    const double full = chart.full && *chart.full > 0 ? *chart.full : largest;
    // Names in a column left of the bars when that leaves the bars room;
    // otherwise each name sits above its bar.
    const float label_width = std::min(
        chart.label_width > 0 ? chart.label_width : labels_width(chart.bars), width * 0.4f);
    const float bar_room = width - label_width - value_width - 2 * gap;
    const bool side_by_side = bar_room >= std::max(80.0f, width * 0.3f);
    const float thickness = std::round(line * (side_by_side ? 0.65f : 0.35f));
    const float row_height = side_by_side ? line + 4 : line + 3 + thickness;

    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, 4));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = ImGui::GetColorU32(chart.colour);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const Bar& bar = chart.bars[i];
        const double v = std::max(0.0, bar.value);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("##bar", ImVec2(width, row_height));
        ImGui::PopID();
        if (ImGui::IsItemHovered()) hover_highlight(at, ImVec2(at.x + width, at.y + row_height));
        const float share = full > 0 ? static_cast<float>(std::min(1.0, v / full)) : 0;
        const ImVec4 ink = style.Colors[ImGuiCol_Text];
        if (side_by_side) {
            const float y = at.y + 2;
            draw_text(ImVec2(at.x, y), ink, fit_text(bar.label, label_width));
            const float x0 = at.x + label_width + gap;
            const float length = std::round(bar_room * share);
            const float top = y + (line - thickness) / 2;
            if (v > 0)
                draw->AddRectFilled(ImVec2(x0, top),
                                    ImVec2(x0 + std::max(2.0f, length), top + thickness), fill, 2);
            draw_text(ImVec2(x0 + length + gap, y), muted_colour(), values[i]);
        } else {
            const float name_room = width - text_width(values[i]) - gap;
            draw_text(at, ink, fit_text(bar.label, name_room));
            draw_text(ImVec2(at.x + width - text_width(values[i]), at.y), muted_colour(),
                      values[i]);
            const float top = at.y + line + 2;
            draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + width, top + thickness),
                                text_tint(0.08f), thickness / 2);
            if (v > 0)
                draw->AddRectFilled(
                    ImVec2(at.x, top),
                    ImVec2(at.x + std::max(thickness, width * share), top + thickness), fill,
                    thickness / 2);
        }
        std::string tip = bar.label + "\n" + values[i];
        if (sum > 0)
            tip +=
                "\n" + text("chart.share_of_total", {{"share", format_percent(v / sum, 1, numbers)},
                                                     {"total", chart.format(sum)}});
        item_tooltip(tip);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

bool progress_bar(const char* id, const Progress& progress, float width) {
    width = std::max(width, 1.0f);
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    const float line = ImGui::GetTextLineHeight();
    const float thickness = std::round(line * 0.4f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(width, line + 4 + thickness));
    if (ImGui::IsItemHovered())
        hover_highlight(at, ImVec2(at.x + width, at.y + line + 4 + thickness));

    // Right to left: the figure, the value, then the label in what is left.
    float right = at.x + width;
    if (!progress.figure.empty()) {
        right -= text_width(progress.figure);
        draw_text(ImVec2(right, at.y), progress.colour, progress.figure);
        right -= gap * 1.5f;
    }
    if (!progress.value.empty()) {
        // The value may take what the label does not need, and at least half.
        const float room = right - at.x;
        const std::string value = fit_text(
            progress.value, std::max(room * 0.5f, room - text_width(progress.label) - gap * 1.5f));
        right -= text_width(value);
        draw_text(ImVec2(right, at.y), muted_colour(), value);
        right -= gap * 1.5f;
    }
    draw_text(at, ImGui::GetStyle().Colors[ImGuiCol_Text], fit_text(progress.label, right - at.x));

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float top = at.y + line + 3;
    const ImVec2 bar_min(at.x, top), bar_max(at.x + width, top + thickness);
    draw->AddRectFilled(bar_min, bar_max, text_tint(0.10f), thickness / 2);
    const double scale = progress.scale > 0 ? progress.scale : 1;
    if (progress.fraction && *progress.fraction > 0) {
        const float share = static_cast<float>(std::min(1.0, *progress.fraction / scale));
        draw->AddRectFilled(bar_min, ImVec2(at.x + std::max(thickness, width * share), bar_max.y),
                            ImGui::GetColorU32(progress.colour), thickness / 2);
    }
    if (progress.marker && *progress.marker > 0 && *progress.marker < scale) {
        const float x = std::round(at.x + width * static_cast<float>(*progress.marker / scale));
        draw->AddLine(ImVec2(x, top - 3), ImVec2(x, bar_max.y + 3), text_tint(0.65f), 2);
    }
    item_tooltip(progress.tooltip);
    return clicked;
}

void figure_text(const std::string& text, const std::string& id, bool right,
                 const std::optional<ImVec4>& colour, const std::string& tooltip) {
    const std::string shown = text.empty() ? " " : text;
    const ImVec2 size(std::max(1.0f, text_width(shown)), ImGui::GetTextLineHeight());
    if (right) {
        const float room = ImGui::GetContentRegionAvail().x;
        if (room > size.x) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - size.x);
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton((text + "##" + id).c_str(), size);
    draw_text(at, colour ? *colour : ImGui::GetStyle().Colors[ImGuiCol_Text], shown);
    item_tooltip(tooltip);
}

void paired_bar_chart(const Text& text, const char* id, const PairedBarChart& chart, float width) {
    if (chart.pairs.empty()) return;
    width = std::max(width, 1.0f);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemInnerSpacing.x;
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 first_fill = ImGui::GetColorU32(chart.first_colour);
    const ImU32 second_fill = ImGui::GetColorU32(chart.second_colour);
    const float swatch = std::round(line * 0.6f);

    // The legend: a swatch and a name for each series.
    ImVec2 at = ImGui::GetCursorScreenPos();
    float x = at.x;
    for (int i = 0; i < 2; ++i) {
        const std::string& name = i == 0 ? chart.first_name : chart.second_name;
        const float top = at.y + (line - swatch) / 2;
        draw->AddRectFilled(ImVec2(x, top), ImVec2(x + swatch, top + swatch),
                            i == 0 ? first_fill : second_fill, 2);
        x += swatch + gap;
        draw_text(ImVec2(x, at.y), muted_colour(), name);
        x += text_width(name) + gap * 4;
    }
    ImGui::Dummy(ImVec2(width, line));

    double largest = 0;
    float value_width = 0, label_width = 0;
    std::vector<std::pair<std::string, std::string>> values;
    for (const BarPair& pair : chart.pairs) {
        largest = std::max({largest, pair.first, pair.second});
        values.emplace_back(chart.format(std::max(0.0, pair.first)),
                            chart.format(std::max(0.0, pair.second)));
        value_width = std::max(
            {value_width, text_width(values.back().first), text_width(values.back().second)});
        label_width = std::max(label_width, text_width(pair.label));
    }
    label_width = std::min(label_width, width * 0.35f);
    const float bar_room_beside = width - label_width - value_width - 3 * gap;
    // Names beside the bars when that leaves them room; otherwise above.
    const bool side_by_side = bar_room_beside >= std::max(80.0f, width * 0.3f);
    const float bar_room = side_by_side ? bar_room_beside : width - value_width - gap;
    const float thickness = std::round(line * 0.55f);
    const float row_height = side_by_side ? 2 * line + 4 : 3 * line + 4;

    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, 4));
    for (std::size_t i = 0; i < chart.pairs.size(); ++i) {
        const BarPair& pair = chart.pairs[i];
        at = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("##pair", ImVec2(width, row_height));
        ImGui::PopID();
        if (ImGui::IsItemHovered()) hover_highlight(at, ImVec2(at.x + width, at.y + row_height));
        const ImVec4 ink = style.Colors[ImGuiCol_Text];
        float x0 = at.x, y = at.y + 2;
        if (side_by_side) {
            draw_text(ImVec2(at.x, at.y + (row_height - line) / 2), ink,
                      fit_text(pair.label, label_width));
            x0 = at.x + label_width + gap;
        } else {
            draw_text(at, ink, fit_text(pair.label, width));
            y += line;
        }
        const double v[2] = {pair.first, pair.second};
        for (int k = 0; k < 2; ++k) {
            const double value = std::max(0.0, v[k]);
            const float share = largest > 0 ? static_cast<float>(value / largest) : 0;
            const float length = std::round(bar_room * share);
            const float top = y + (line - thickness) / 2;
            if (value > 0)
                draw->AddRectFilled(ImVec2(x0, top),
                                    ImVec2(x0 + std::max(2.0f, length), top + thickness),
                                    k == 0 ? first_fill : second_fill, 2);
            draw_text(ImVec2(x0 + length + gap, y), muted_colour(),
                      k == 0 ? values[i].first : values[i].second);
            y += line;
        }
        item_tooltip(
            pair.label + "\n" +
            text("chart.named_value", {{"name", chart.first_name}, {"value", values[i].first}}) +
            "\n" +
            text("chart.named_value", {{"name", chart.second_name}, {"value", values[i].second}}));
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

void funnel_chart(const Text& text, const Numbers& numbers, const char* id,
                  const std::vector<FunnelStep>& steps, const ImVec4& colour, float width) {
    if (steps.empty()) return;
    width = std::max(width, 1.0f);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemInnerSpacing.x;
    const float line = ImGui::GetTextLineHeight();
    double largest = 0;
    float label_width = 0, value_width = 0;
    for (const FunnelStep& step : steps) {
        largest = std::max(largest, step.value);
        label_width = std::max(label_width, text_width(step.label));
        value_width = std::max(value_width, text_width(step.value_text));
    }
    const float middle = std::max(40.0f, width - label_width - value_width - 4 * gap);
    const float middle_x = label_width + 2 * gap + middle / 2;
    const float bar_height = line + 2;
    const float rate_height = line;
    const double log_largest = std::log10(largest + 1);
    auto bar_width = [&](double v) {
        if (!(v > 0) || !(log_largest > 0)) return 0.0f;
        // The smallest step keeps a sliver, so that it still reads as a bar.
        return middle * (0.12f + 0.88f * static_cast<float>(std::log10(v + 1) / log_largest));
    };

    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, 0));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = ImGui::GetColorU32(colour);
    const ImU32 joint = ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, colour.w * 0.25f));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const FunnelStep& step = steps[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float w = bar_width(step.value);
        const float cx = at.x + middle_x;
        if (i > 0) {
            // The share of the step before, on a band joining the two bars.
            const float above = bar_width(steps[i - 1].value);
            const float top = at.y, bottom = at.y + rate_height;
            draw->AddQuadFilled(ImVec2(cx - above / 2, top), ImVec2(cx + above / 2, top),
                                ImVec2(cx + w / 2, bottom), ImVec2(cx - w / 2, bottom), joint);
            if (steps[i - 1].value > 0) {
                const std::string rate =
                    format_percent(step.value / steps[i - 1].value, 2, numbers);
                draw_text(ImVec2(cx - text_width(rate) / 2, top), muted_colour(), rate);
            }
            ImGui::Dummy(ImVec2(width, rate_height));
        }
        const ImVec2 row = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        ImGui::InvisibleButton("##step", ImVec2(width, bar_height));
        ImGui::PopID();
        if (ImGui::IsItemHovered()) hover_highlight(row, ImVec2(row.x + width, row.y + bar_height));
        const float text_y = row.y + (bar_height - line) / 2;
        draw_text(ImVec2(row.x, text_y), style.Colors[ImGuiCol_Text], step.label);
        if (w > 0)
            draw->AddRectFilled(ImVec2(cx - w / 2, row.y), ImVec2(cx + w / 2, row.y + bar_height),
                                fill, 2);
        draw_text(ImVec2(row.x + width - text_width(step.value_text), text_y), muted_colour(),
                  step.value_text);
        std::string tip =
            text("chart.named_value", {{"name", step.label}, {"value", step.value_text}});
        if (i > 0 && steps[i - 1].value > 0)
            tip +=
                "\n" + text("chart.share_of_step",
                            {{"share", format_percent(step.value / steps[i - 1].value, 2, numbers)},
                             {"step", steps[i - 1].label}});
        item_tooltip(tip);
    }
    ImGui::PopStyleVar();
    ImGui::PopID();
}

void curve_chart(const char* id, const CurveChart& chart, float width) {
    width = std::max(width, 1.0f);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemInnerSpacing.x;
    const float line = ImGui::GetTextLineHeight();
    const float height = chart.height > 0 ? chart.height : line * 10;
    const double x_max = chart.x_max > 0 ? chart.x_max : 1;

    constexpr int kSamples = 120;
    std::vector<double> ys(kSamples + 1);
    double y_max = 0, y_min = 0; // a curve may fall below 0 (profit after spend)
    for (int i = 0; i <= kSamples; ++i) {
        ys[static_cast<std::size_t>(i)] = chart.curve(x_max * i / kSamples);
        y_max = std::max(y_max, ys[static_cast<std::size_t>(i)]);
        y_min = std::min(y_min, ys[static_cast<std::size_t>(i)]);
    }
    const double y_range = y_max - y_min;
    const double y_step = tick_step(y_range > 0 ? y_range : 1);
    const double y_top = y_max > 0 ? std::ceil(y_max * 1.05 / y_step) * y_step : y_min < 0 ? 0 : 1;
    const double y_bottom = y_min < 0 ? std::floor(y_min * 1.05 / y_step) * y_step : 0;
    const double x_step = tick_step(x_max);

    std::vector<std::pair<double, std::string>> y_ticks;
    float y_label_width = 0;
    for (int k = 0; y_bottom + k * y_step <= y_top + y_step / 2; ++k) {
        const double v = y_bottom + k * y_step;
        y_ticks.emplace_back(v, chart.format_y(std::fabs(v) < y_step / 2 ? 0 : v));
        y_label_width = std::max(y_label_width, text_width(y_ticks.back().second));
    }
    // The plot leaves room for the y labels on the left, the x labels and
    // the markers' legend below, and half an x label on the right.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool legend = !chart.markers.empty() || !chart.caption.empty();
    const float right_room = text_width(chart.format_x(x_max)) / 2 + gap;
    const ImVec2 plot_min(at.x + y_label_width + gap * 2, at.y + line / 2);
    const ImVec2 plot_max(at.x + width - right_room,
                          at.y + height - line - gap - (legend ? line + gap : 0));
    const float plot_w = std::max(1.0f, plot_max.x - plot_min.x);
    const float plot_h = std::max(1.0f, plot_max.y - plot_min.y);
    auto to_screen = [&](double x, double y) {
        const double share = (std::clamp(y, y_bottom, y_top) - y_bottom) / (y_top - y_bottom);
        return ImVec2(plot_min.x + plot_w * static_cast<float>(x / x_max),
                      plot_max.y - plot_h * static_cast<float>(share));
    };

    ImGui::InvisibleButton(id, ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = text_tint(0.08f), axis = text_tint(0.35f);
    const ImU32 muted = ImGui::GetColorU32(muted_colour());
    for (const auto& [v, label] : y_ticks) {
        const float y = to_screen(0, v).y;
        draw->AddLine(ImVec2(plot_min.x, y), ImVec2(plot_max.x, y), grid);
        draw_text(ImVec2(plot_min.x - gap - text_width(label), y - line / 2), muted_colour(),
                  label);
    }
    for (double v = 0; v <= x_max * 1.0001; v += x_step) {
        const float x = to_screen(v, 0).x;
        draw->AddLine(ImVec2(x, plot_min.y), ImVec2(x, plot_max.y), grid);
        const std::string label = chart.format_x(v);
        draw_text(ImVec2(x - text_width(label) / 2, plot_max.y + gap / 2), muted_colour(), label);
    }
    draw->AddLine(ImVec2(plot_min.x, plot_max.y), plot_max, axis);
    draw->AddLine(plot_min, ImVec2(plot_min.x, plot_max.y), axis);
    if (y_bottom < 0) { // where the curve crosses into a loss
        const float zero = to_screen(0, 0).y;
        draw->AddLine(ImVec2(plot_min.x, zero), ImVec2(plot_max.x, zero), axis);
    }

    std::vector<ImVec2> points;
    for (int i = 0; i <= kSamples; ++i)
        points.push_back(to_screen(x_max * i / kSamples, ys[static_cast<std::size_t>(i)]));
    draw->AddPolyline(points.data(), static_cast<int>(points.size()),
                      ImGui::GetColorU32(chart.colour), ImDrawFlags_None, 2.0f);

    const float dot = std::round(line * 0.25f);
    float legend_x = plot_min.x;
    const float legend_y = plot_max.y + line + gap;
    for (const CurveMarker& m : chart.markers) {
        const ImU32 colour = ImGui::GetColorU32(m.colour);
        if (m.x >= 0 && m.x <= x_max) {
            const ImVec2 p = to_screen(m.x, chart.curve(m.x));
            draw->AddLine(ImVec2(p.x, plot_min.y), ImVec2(p.x, plot_max.y), colour, 1.5f);
            draw->AddCircleFilled(p, dot + 1, colour);
        }
        draw->AddCircleFilled(ImVec2(legend_x + dot, legend_y + line / 2), dot, colour);
        legend_x += 2 * dot + gap;
        draw_text(ImVec2(legend_x, legend_y), muted_colour(), m.label);
        legend_x += text_width(m.label) + gap * 4;
    }
    if (!chart.caption.empty() && plot_max.x - legend_x > text_width("...") * 4) {
        const std::string caption = fit_text(chart.caption, plot_max.x - legend_x);
        draw_text(ImVec2(plot_max.x - text_width(caption), legend_y), muted_colour(), caption);
    }

    if (hovered) {
        const float mx = std::clamp(ImGui::GetIO().MousePos.x, plot_min.x, plot_max.x);
        const double x = x_max * (mx - plot_min.x) / plot_w;
        const ImVec2 p = to_screen(x, chart.curve(x));
        draw->AddLine(ImVec2(p.x, plot_min.y), ImVec2(p.x, plot_max.y), muted);
        draw->AddCircle(p, dot + 2, ImGui::GetColorU32(chart.colour), 0, 2);
        if (chart.describe && ImGui::BeginTooltip()) {
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
            ImGui::TextUnformatted(chart.describe(x).c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
}

} // namespace fp::ui::charts
