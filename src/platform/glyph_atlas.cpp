#include "glyph_atlas.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace fp::platform {

namespace {

constexpr std::uint32_t kLastCodepoint = 0xFFFF; // the Basic Multilingual Plane
constexpr int kMaxTextureSize = 4096;            // what every WebGL 2 device takes

bool is_control(std::uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}
bool is_surrogate(std::uint32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

// East Asian wide characters take a whole em; a placeholder's advance is a
// guess until the real glyph arrives, and a good guess keeps lines still.
bool is_wide(std::uint32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6);
}

// A placeholder is drawn as a quad with no width (so nothing shows) whose
// texture coordinate u is -(code point + 1); real glyphs use 0..1.
float placeholder_u(std::uint32_t c) {
    return -float(c + 1);
}

int cell_size(float pixel_size) {
    return int(std::ceil(pixel_size * 1.5f)) + 2;
}

unsigned read_u16(const unsigned char* p) {
    return unsigned(p[0]) << 8 | p[1];
}
int read_i16(const unsigned char* p) {
    return int(std::int16_t(read_u16(p)));
}

// ImGui sizes a font by its height from ascent to descent (stb_truetype's
// ScaleForPixelHeight); the host draws by the em. The ratio comes from the
// font file's 'head' and 'hhea' tables.
float em_per_height(const ImFontAtlas& atlas) {
    if (atlas.ConfigData.empty() || !atlas.ConfigData[0].FontData) return 1;
    const auto* font = static_cast<const unsigned char*>(atlas.ConfigData[0].FontData);
    const int size = atlas.ConfigData[0].FontDataSize;
    const unsigned tables = size >= 12 ? read_u16(font + 4) : 0;
    int units = 0, ascent = 0, descent = 0;
    for (unsigned i = 0; i < tables && 12 + 16 * (i + 1) <= unsigned(size); ++i) {
        const unsigned char* record = font + 12 + 16 * i;
        const unsigned offset = unsigned(read_u16(record + 8)) << 16 | read_u16(record + 10);
        if (offset + 20 > unsigned(size)) continue;
        if (std::equal(record, record + 4, "head")) units = int(read_u16(font + offset + 18));
        if (std::equal(record, record + 4, "hhea"))
            ascent = read_i16(font + offset + 4), descent = read_i16(font + offset + 6);
    }
    return units > 0 && ascent > descent ? float(units) / float(ascent - descent) : 1;
}

} // namespace

void GlyphAtlas::build(ImFontAtlas& atlas, float pixel_size) {
    reserve(atlas, pixel_size);
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height); // rasterises the base font
    install(atlas);
}

void GlyphAtlas::reserve(ImFontAtlas& atlas, float pixel_size) {
    const int cell = cell_size(pixel_size);
    const int initial = cell * 8;
    if (pixel_size != pixel_size_) { // bitmaps of another size are of no use
        kept_.clear();
        placed_.clear();
        room_height_ = initial;
    } else if (grow_) {
        room_height_ *= 2;
        if (room_height_ > kMaxTextureSize / 2) { // start afresh with what is on screen
            room_height_ = initial;
            kept_.clear();
            placed_.clear();
        }
    }
    grow_ = false;
    pixel_size_ = pixel_size;
    em_size_ = pixel_size * em_per_height(atlas);
    atlas.TexDesiredWidth = pixel_size > 20 ? 2048 : 1024;
    room_id_ =
        atlas.AddCustomRectRegular(atlas.TexDesiredWidth - 2 * atlas.TexGlyphPadding, room_height_);
}

void GlyphAtlas::install(ImFontAtlas& atlas) {
    atlas_ = &atlas;
    font_ = atlas.Fonts[0];
    const ImFontAtlasCustomRect* room = atlas.GetCustomRectByIndex(room_id_);
    room_x_ = room->X, room_y_ = room->Y, room_w_ = room->Width, room_h_ = room->Height;
    shelf_x_ = shelf_y_ = shelf_h_ = 0;

    ImFont& f = *font_;
    const int fallback = int(f.FallbackGlyph - f.Glyphs.Data);
    const int wide_advance = int(std::round(f.FontSize));
    f.IndexLookup.resize(int(kLastCodepoint) + 1, ImWchar(-1));
    f.IndexAdvanceX.resize(int(kLastCodepoint) + 1, f.FallbackAdvanceX);
    f.Glyphs.reserve(int(kLastCodepoint) + 1);
    for (std::uint32_t c = 0; c <= kLastCodepoint; ++c) {
        if (f.IndexLookup[int(c)] != ImWchar(-1) || is_control(c) || is_surrogate(c)) continue;
        ImFontGlyph g{};
        g.Codepoint = c;
        g.Visible = 1;
        g.AdvanceX = is_wide(c) ? float(wide_advance) : f.FallbackAdvanceX;
        g.X0 = g.X1 = 0;
        g.Y0 = 0, g.Y1 = 1; // some height, or clipping would drop the quad
        g.U0 = g.U1 = placeholder_u(c);
        f.IndexLookup[int(c)] = ImWchar(f.Glyphs.Size);
        f.IndexAdvanceX[int(c)] = g.AdvanceX;
        f.Glyphs.push_back(g);
    }
    f.FallbackGlyph = &f.Glyphs[fallback]; // the vector may have moved

    // The glyphs from before the rebuild go back, in the order they came.
    std::vector<std::uint32_t> order;
    order.swap(placed_);
    const std::set<std::uint32_t> were_placed(order.begin(), order.end());
    for (auto& [c, kept] : kept_)
        if (!were_placed.count(c)) order.push_back(c);
    for (std::uint32_t c : order) {
        Kept& kept = kept_.at(c);
        if (!kept.bitmap.found || place(kept)) set_glyph(c, kept);
    }
}

void GlyphAtlas::collect(const ImDrawData& frame) {
    std::uint32_t last = ~0u;
    for (int l = 0; l < frame.CmdListsCount; ++l) {
        const ImDrawList& list = *frame.CmdLists[l];
        for (const ImDrawVert& v : list.VtxBuffer) {
            if (v.uv.x >= 0) continue;
            const auto c = std::uint32_t(-v.uv.x) - 1;
            if (c == last) continue; // a quad's four corners
            last = c;
            if (queued_.insert(c).second) queue_.push_back(c);
        }
    }
}

GlyphAtlas::Pumped GlyphAtlas::pump(double budget_ms) {
    Pumped out;
    if (queue_.empty() || !font_) return out;
    std::vector<std::uint32_t> ask;
    for (std::uint32_t c : queue_)
        if (!kept_.count(c)) ask.push_back(c);
    if (!ask.empty()) {
        std::vector<GlyphBitmap> drawn = rasterize_(ask, em_size_, budget_ms);
        out.received = drawn.size();
        for (GlyphBitmap& b : drawn)
            kept_[b.codepoint].bitmap = std::move(b);
    }

    int top = room_h_, bottom = 0;
    std::vector<std::uint32_t> waiting;
    for (std::uint32_t c : queue_) {
        auto it = kept_.find(c);
        if (it == kept_.end() || out.rebuild) {
            waiting.push_back(c);
            continue;
        }
        Kept& kept = it->second;
        if (kept.bitmap.found && !place(kept)) {
            grow_ = out.rebuild = true; // the rebuild places it
            continue;
        }
        if (kept.bitmap.found && kept.bitmap.width > 0) {
            top = std::min(top, kept.y - room_y_);
            bottom = std::max(bottom, kept.y - room_y_ + kept.bitmap.height);
        }
        set_glyph(c, kept);
        queued_.erase(c);
    }
    queue_.swap(waiting);
    if (bottom > top) out.changed.push_back({room_x_, room_y_ + top, room_w_, bottom - top});
    return out;
}

bool GlyphAtlas::place(Kept& kept) {
    const GlyphBitmap& b = kept.bitmap;
    if (b.width <= 0 || b.height <= 0) return true; // a space: nothing to draw
    const int w = b.width + 1, h = b.height + 1;    // a pixel apart, so no glyph bleeds
    if (shelf_x_ + w > room_w_) {
        shelf_x_ = 0;
        shelf_y_ += shelf_h_;
        shelf_h_ = 0;
    }
    if (w > room_w_ || shelf_y_ + h > room_h_) return false;
    kept.x = room_x_ + shelf_x_;
    kept.y = room_y_ + shelf_y_;
    shelf_x_ += w;
    shelf_h_ = std::max(shelf_h_, h);

    unsigned int* pixels = atlas_->TexPixelsRGBA32;
    for (int row = 0; row < b.height; ++row) {
        unsigned int* dst = pixels + (kept.y + row) * atlas_->TexWidth + kept.x;
        const std::uint8_t* src = b.alpha.data() + std::size_t(row) * std::size_t(b.width);
        for (int col = 0; col < b.width; ++col)
            dst[col] = IM_COL32(255, 255, 255, src[col]);
    }
    placed_.push_back(b.codepoint);
    return true;
}

void GlyphAtlas::set_glyph(std::uint32_t c, const Kept& kept) {
    ImFont& f = *font_;
    ImFontGlyph& g = f.Glyphs[int(f.IndexLookup[int(c)])];
    const GlyphBitmap& b = kept.bitmap;
    if (!b.found) {
        g = *f.FallbackGlyph;
        g.Codepoint = c;
        missing_.insert(c);
    } else {
        g.Visible = b.width > 0 && b.height > 0;
        g.AdvanceX = b.advance;
        g.X0 = float(b.left);
        g.Y0 = std::round(f.Ascent) + float(b.top);
        g.X1 = g.X0 + float(b.width);
        g.Y1 = g.Y0 + float(b.height);
        const ImVec2 scale = atlas_->TexUvScale;
        g.U0 = float(kept.x) * scale.x;
        g.V0 = float(kept.y) * scale.y;
        g.U1 = float(kept.x + b.width) * scale.x;
        g.V1 = float(kept.y + b.height) * scale.y;
    }
    f.IndexAdvanceX[int(c)] = g.AdvanceX;
}

} // namespace fp::platform
