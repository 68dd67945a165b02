// The glyph atlas on its own, headless: characters drawn without a glyph are
// found in the frame, asked of the host once each, and kept across the
// rebuild that makes more room.
#include "platform/glyph_atlas.h"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <map>
#include <set>
#include <string>

using fp::platform::GlyphAtlas;
using fp::platform::GlyphBitmap;

namespace {

// A host that draws every character as a small box and counts what it is
// asked; it gives at most `per_call` glyphs a call, as a budget would.
struct Host {
    std::map<std::uint32_t, int> asked;
    std::size_t per_call = 100;
    std::set<std::uint32_t> none; // characters no font of this host has
    std::vector<GlyphBitmap> operator()(const std::vector<std::uint32_t>& codepoints, float em,
                                        double) {
        std::vector<GlyphBitmap> out;
        for (std::uint32_t c : codepoints) {
            if (out.size() == per_call) break;
            ++asked[c];
            GlyphBitmap b;
            b.codepoint = c;
            b.found = !none.count(c);
            if (!b.found) {
                out.push_back(std::move(b));
                continue;
            }
            b.advance = em;
            b.width = int(em) - 2, b.height = int(em) - 3;
            b.left = 1, b.top = -b.height;
            b.alpha.assign(std::size_t(b.width * b.height), std::uint8_t(c & 0xFF));
            out.push_back(std::move(b));
        }
        return out;
    }
};

struct Context {
    ImGuiContext* context = ImGui::CreateContext();
    Host host;
    GlyphAtlas glyphs{[this](const auto& c, float em, double b) { return host(c, em, b); }};
    int builds = 0;
    Context() {
        ImGui::GetIO().DisplaySize = ImVec2(1280, 800);
        ImGui::GetIO().IniFilename = nullptr;
        build();
    }
    ~Context() { ImGui::DestroyContext(context); }
    void build() {
        ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
        atlas.Clear();
        atlas.AddFontDefault();
        glyphs.build(atlas, 13);
        ++builds;
    }
    // One frame showing `text`, then the atlas takes what it asked for.
    void frame(const std::string& text) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1280, 800));
        ImGui::Begin("text");
        ImGui::PushTextWrapPos(1200);
        ImGui::TextUnformatted(text.c_str());
        ImGui::PopTextWrapPos();
        ImGui::End();
        ImGui::Render();
        glyphs.collect(*ImGui::GetDrawData());
        if (glyphs.pump(20).rebuild) build();
    }
};

std::string utf8(std::uint32_t c) {
    std::string s;
    if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
    } else {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
    }
    s += char(0x80 | (c & 0x3F));
    return s;
}

} // namespace

TEST_CASE("a thousand new characters are asked for once each and survive the rebuilds") {
    Context ctx;
    std::string text;
    for (std::uint32_t c = 0x4E00; c < 0x4E00 + 1000; ++c)
        text += utf8(c);
    int frames = 0;
    do {
        ctx.frame(text);
    } while (ctx.glyphs.loading() && ++frames < 100);
    ctx.frame(text); // a frame drawn with every glyph in place
    CHECK_FALSE(ctx.glyphs.loading());
    CHECK(frames > 5);     // a hundred a call: the work was spread over frames
    CHECK(ctx.builds > 1); // the room filled up and was made larger
    CHECK(ctx.glyphs.missing() == 0);
    CHECK(ctx.host.asked.size() == 1000);
    for (auto& [c, times] : ctx.host.asked)
        CHECK(times == 1);

    const ImFont& font = *ImGui::GetIO().Fonts->Fonts[0];
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    for (std::uint32_t c = 0x4E00; c < 0x4E00 + 1000; c += 97) {
        INFO(std::hex << c);
        const ImFontGlyph* g = font.FindGlyph(ImWchar(c));
        REQUIRE(g != font.FallbackGlyph);
        REQUIRE(g->U0 >= 0);
        // The bitmap's first pixel is where the glyph's texture coordinates say.
        const int x = int(g->U0 * float(atlas.TexWidth) + 0.5f);
        const int y = int(g->V0 * float(atlas.TexHeight) + 0.5f);
        const unsigned pixel = atlas.TexPixelsRGBA32[y * atlas.TexWidth + x];
        CHECK((pixel >> IM_COL32_A_SHIFT & 0xFF) == (c & 0xFF));
    }
}

TEST_CASE("a character no font has draws as the fallback and counts once") {
    Context ctx;
    ctx.host.none = {0x4E01};
    for (int i = 0; i < 3; ++i)
        ctx.frame("\xE4\xB8\x80\xE4\xB8\x81 \xE4\xB8\x81"); // U+4E00, U+4E01 twice
    CHECK_FALSE(ctx.glyphs.loading());
    CHECK(ctx.glyphs.missing() == 1);
    CHECK(ctx.host.asked[0x4E01] == 1);
    const ImFont& font = *ImGui::GetIO().Fonts->Fonts[0];
    const ImFontGlyph* missing = font.FindGlyph(0x4E01);
    CHECK(missing->U0 == font.FallbackGlyph->U0);
    CHECK(missing->AdvanceX == font.FallbackGlyph->AdvanceX);
    CHECK(font.FindGlyph(0x4E00)->U0 != font.FallbackGlyph->U0);
}
