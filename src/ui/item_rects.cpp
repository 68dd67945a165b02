#include "item_rects.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace fp::ui {

void ItemRects::attach(ImGuiContext* context) {
    context->TestEngine = this;
    context->TestEngineHookItems = true;
}

void ItemRects::start(int frame) {
    if (frame == frame_) return;
    entries_.clear();
    cut_off_.clear();
    frame_ = frame;
}

void ItemRects::record(int frame, const char* label, const ItemRect& rect) {
    start(frame);
    entries_.push_back({label, rect});
}

void ItemRects::record_cut_off(int frame, const char* label, float width, float room) {
    start(frame);
    cut_off_.push_back({label, width, room});
}

std::optional<ItemRect> ItemRects::find(std::string_view wanted) const {
    for (const Entry& e : entries_) {
        std::string_view label = e.label;
        const auto hashes = label.find("##");
        const bool match =
            label == wanted ||
            (hashes != std::string_view::npos &&
             (label.substr(0, hashes) == wanted || label.substr(hashes + 2) == wanted));
        if (match) return e.rect;
    }
    return std::nullopt;
}

// Records `label` as cut off when the last item's visible label is wider
// than the room it had.
void check_fits(ImGuiContext* ctx, const char* label) {
    auto* rects = static_cast<ItemRects*>(ctx->TestEngine);
    const ImGuiWindow* window = ctx->CurrentWindow;
    const char* shown_end = ImGui::FindRenderedTextEnd(label);
    if (!rects || shown_end == label || !window->Active) return;
    // The whole item, label included; a window with a sideways scrollbar
    // shows its user that more lies past its edge.
    const ImRect& item = ctx->LastItemData.Rect;
    const float width = ImGui::CalcTextSize(label, shown_end).x;
    const float room = window->ScrollbarX
                           ? item.GetWidth()
                           : std::min(item.Max.x, window->ClipRect.Max.x) - item.Min.x;
    check_fits(ctx, label, width, room);
}

void check_fits(ImGuiContext* ctx, const char* label, float width, float room) {
    auto* rects = static_cast<ItemRects*>(ctx->TestEngine);
    if (rects && width > room + 1) rects->record_cut_off(ctx->FrameCount, label, width, room);
}

void table_headers_row() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < ImGui::TableGetColumnCount(); ++c) {
        if (!ImGui::TableSetColumnIndex(c)) continue;
        const char* name = ImGui::TableGetColumnName(c);
        ImGui::PushID(c);
        ImGui::TableHeader(name);
        check_fits(ImGui::GetCurrentContext(), name);
        ImGui::PopID();
    }
}

} // namespace fp::ui

// ImGui calls these for every widget it draws when IMGUI_ENABLE_TEST_ENGINE is
// defined (see CMakeLists.txt). Only ItemInfo carries the label.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
    auto* rects = static_cast<fp::ui::ItemRects*>(ctx->TestEngine);
    if (!rects || !label || ctx->LastItemData.ID != id) return;
    fp::ui::check_fits(ctx, label);
    // NavRect is the part that reacts to clicks (an input's frame, not its
    // label); only what is inside the clip rectangle can be seen and clicked,
    // so a cell scrolled out of its table does not count as drawn.
    ImRect r = ctx->LastItemData.NavRect;
    r.ClipWithFull(ctx->CurrentWindow->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    rects->record(ctx->FrameCount, label, {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}
