// The font atlas that grows as text needs it. ImGui 1.90 bakes a fixed set
// of glyphs into one texture and draws '?' for the rest; Chinese, Korean and
// the rarer Vietnamese letters would need tens of thousands baked up front.
//
// Instead, every character the base font lacks gets a placeholder glyph: an
// invisible quad (no width) whose texture coordinate holds its code point.
// After a frame is rendered, the quads in its vertices say exactly which
// characters were asked for and could not be drawn: only visible text, from
// any widget. The host rasterises those (the browser from its own fonts, the
// native stand-in as boxes), and each bitmap goes into room reserved in the
// texture, replacing its placeholder in place: no rebuild, one small upload.
// Bitmaps are kept, so a rebuild (a new pixel ratio, or more room) puts them
// back without asking the host again.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <vector>

struct ImDrawData;
struct ImFont;
struct ImFontAtlas;

namespace fp::platform {

// One character as the host drew it: coverage bytes, row by row.
struct GlyphBitmap {
    std::uint32_t codepoint = 0;
    bool found = false; // false when no font of the host has the character
    float advance = 0;  // pixels from this character's pen position to the next
    int left = 0;       // the bitmap's left edge from the pen position
    int top = 0;        // its top edge from the baseline, negative above it
    int width = 0, height = 0;
    std::vector<std::uint8_t> alpha;
};

// Rasterises `codepoints` with an em of `em_size` pixels (a CSS font size),
// spending about `budget_ms`. It may return fewer than asked, or none when
// the host draws them elsewhere (the browser, in a worker); the rest are
// asked for again at the next pump, which the host brings about when more
// are ready.
using RasterizeGlyphs = std::function<std::vector<GlyphBitmap>(
    const std::vector<std::uint32_t>& codepoints, float em_size, double budget_ms)>;

// A rectangle of the texture whose pixels changed.
struct TextureRegion {
    int x = 0, y = 0, width = 0, height = 0;
};

class GlyphAtlas {
  public:
    explicit GlyphAtlas(RasterizeGlyphs rasterize) : rasterize_(std::move(rasterize)) {}

    // Builds `atlas`, to which the base font of `pixel_size` has just been
    // added, with room for later glyphs, a placeholder for every character
    // the base font lacks, and the glyphs kept from before.
    void build(ImFontAtlas& atlas, float pixel_size);

    // Finds the placeholders drawn in a rendered frame and queues them.
    void collect(const ImDrawData& frame);

    struct Pumped {
        std::vector<TextureRegion> changed; // upload these
        bool rebuild = false;               // the room is full: rebuild the atlas
        std::size_t received = 0;           // bitmaps the host gave this time
    };
    // Rasterises queued characters for about `budget_ms` and adds them.
    Pumped pump(double budget_ms);

    // Characters are queued or being added.
    bool loading() const { return !queue_.empty(); }
    // Distinct characters drawn since start that no font could supply.
    std::size_t missing() const { return missing_.size(); }

  private:
    struct Kept {
        GlyphBitmap bitmap;
        int x = 0, y = 0; // where it sits in the texture, once placed
    };
    void reserve(ImFontAtlas& atlas, float pixel_size);
    void install(ImFontAtlas& atlas);
    bool place(Kept& kept);
    void set_glyph(std::uint32_t codepoint, const Kept& kept);

    RasterizeGlyphs rasterize_;
    ImFontAtlas* atlas_ = nullptr;
    ImFont* font_ = nullptr;
    float pixel_size_ = 0; // ImGui's size: the base font's ascent to descent
    float em_size_ = 0;    // the same size as an em, which the host draws at
    int room_id_ = -1;     // the custom rectangle reserved in the atlas
    int room_height_ = 0;  // its height, doubled when it fills up
    bool grow_ = false;    // the next reserve() doubles the room
    int room_x_ = 0, room_y_ = 0, room_w_ = 0, room_h_ = 0;
    int shelf_x_ = 0, shelf_y_ = 0, shelf_h_ = 0; // the packer's cursor
    std::map<std::uint32_t, Kept> kept_;          // every bitmap the host gave, by code point
    std::vector<std::uint32_t> placed_;           // in the texture now, in the order added
    std::vector<std::uint32_t> queue_;            // asked for, not yet rasterised
    std::set<std::uint32_t> queued_;
    std::set<std::uint32_t> missing_;
};

} // namespace fp::platform
