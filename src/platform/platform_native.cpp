// The platform's native stand-in: memory instead of IndexedDB, a list instead
// of downloads, and a headless ImGui loop driven by tests instead of a browser.
#include "native_stand_in.h"

#include "core/plan_format.h"
#include "platform/glyph_atlas.h"

#include <imgui.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace fp::platform {

namespace {

// The stand-in's "fonts": a box for every character, except the private use
// area and noncharacters, which no font has, so tests can see both cases.
std::vector<GlyphBitmap> box_glyphs(const std::vector<std::uint32_t>& codepoints, float size,
                                    double) {
    std::vector<GlyphBitmap> out;
    for (std::uint32_t c : codepoints) {
        GlyphBitmap b;
        b.codepoint = c;
        b.found = !(c >= 0xE000 && c <= 0xF8FF) && !(c >= 0xFDD0 && c <= 0xFDEF) && c < 0xFFFE;
        if (b.found) {
            const bool wide = c >= 0x2E80;
            b.advance = std::round(wide ? size : size * 0.6f);
            b.width = int(b.advance) - 2;
            b.height = int(std::round(size * 0.7f));
            b.left = 1;
            b.top = -b.height;
            b.alpha.assign(std::size_t(b.width * b.height), 255);
        }
        out.push_back(std::move(b));
    }
    return out;
}

constexpr float kFontSize = 13; // ImGui's built-in font

void build_fonts(GlyphAtlas& glyphs) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    atlas.AddFontDefault();
    glyphs.build(atlas, kFontSize);
}

struct StandIn {
    std::map<std::string, std::string> storage;
    std::set<std::string> held; // plans with a newer copy elsewhere, not yet adopted
    bool full = false;
    std::vector<StoredPlan> initial;
    std::vector<native::Download> downloads;
    std::vector<native::Download> printables;
    std::string fragment;
    std::string copied;
    int picker_requests = 0;
    Hooks hooks;
    FrameStats stats;
    ImGuiContext* context = nullptr;
    GlyphAtlas glyphs{box_glyphs};
    std::vector<std::string> preferred{"en-US"};
    std::string language;
    std::string document_language;
    PageWords page_words;
};
StandIn& self() {
    static StandIn s;
    return s;
}
} // namespace

std::vector<StoredPlan> stored_plans() {
    return self().initial;
}
void store_plan(const std::string& id, const std::string& text) {
    StandIn& s = self();
    if (s.held.count(id)) return;
    if (s.full) {
        if (s.hooks.storage_failed)
            s.hooks.storage_failed("QuotaExceededError: the quota has been exceeded.");
        return;
    }
    s.storage[id] = text;
}
void remove_stored_plan(const std::string& id) {
    self().storage.erase(id);
}
void adopt_stored_plan(const std::string& id) {
    self().held.erase(id);
}

std::vector<std::string> preferred_languages() {
    return self().preferred;
}
std::string remembered_language() {
    return self().language;
}
void remember_language(const std::string& code) {
    self().language = code;
}
// The table from the source tree, at once.
void request_language(const std::string& code) {
    std::ifstream in(std::string(FP_ASSETS) + "/i18n/" + code + ".json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const std::string read = text.str();
    if (self().hooks.language_loaded) self().hooks.language_loaded(code, in ? &read : nullptr);
}
void set_document_language(const std::string& code, const PageWords& words) {
    self().document_language = code;
    self().page_words = words;
}

void download(const std::string& filename, std::string_view bytes, const char* media_type) {
    self().downloads.push_back({filename, std::string(bytes), media_type});
}
std::string page_address() {
    return "http://localhost/";
}
std::string opened_fragment() {
    return self().fragment;
}
void forget_fragment() {
    self().fragment.clear();
}
void copy_text(const std::string& text) {
    self().copied = text;
}
void show_printable(const std::string& filename, std::string_view html) {
    self().printables.push_back({filename, std::string(html), "text/html"});
}
void open_file_picker() {
    ++self().picker_requests;
}

bool prefers_dark_theme() {
    return false;
}
std::size_t max_import_bytes() {
    return FormatLimits{}.json.max_bytes;
}

FrameStats frame_stats() {
    FrameStats s = self().stats;
    s.missing_glyphs = self().glyphs.missing();
    s.fonts_loading = self().glyphs.loading();
    return s;
}
void request_frames() {}

int run(Hooks hooks) {
    StandIn& s = self();
    s.hooks = std::move(hooks);
    s.context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    build_fonts(s.glyphs);
    return 0;
}

namespace native {

bool running() {
    return self().context != nullptr;
}

void step_frame(const Input& input) {
    StandIn& s = self();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.AddMousePosEvent(input.mouse_x, input.mouse_y);
    io.AddMouseButtonEvent(0, input.mouse_down);
    if (!input.text.empty()) io.AddInputCharactersUTF8(input.text.c_str());
    double start = now_ms();
    ImGui::NewFrame();
    s.hooks.draw();
    ImGui::Render();
    s.glyphs.collect(*ImGui::GetDrawData());
    if (s.glyphs.pump(20).rebuild) build_fonts(s.glyphs);
    s.stats.last_frame_cpu_ms = now_ms() - start;
    if (++s.stats.frames == 1) s.stats.first_frame_ms = s.stats.last_frame_cpu_ms;
}

const std::map<std::string, std::string>& storage() {
    return self().storage;
}
void set_stored_plans(std::vector<StoredPlan> records) {
    self().initial = std::move(records);
}
void store_elsewhere(const std::string& id, const std::optional<std::string>& text, bool refused) {
    StandIn& s = self();
    if (text)
        s.storage[id] = *text;
    else
        s.storage.erase(id);
    s.held.insert(id);
    if (s.hooks.stored_elsewhere) s.hooks.stored_elsewhere(StoredChange{id, text, refused});
}
void set_storage_full(bool full) {
    self().full = full;
}
const std::vector<Download>& downloads() {
    return self().downloads;
}
void set_opened_fragment(std::string fragment) {
    self().fragment = std::move(fragment);
}
const std::string& copied_text() {
    return self().copied;
}
const std::vector<Download>& printables() {
    return self().printables;
}
int file_picker_requests() {
    return self().picker_requests;
}

void choose_file(const std::string& name, const std::string& text) {
    self().hooks.file_opened(name, &text, text.size());
}

std::string call_api(std::string_view request, std::string_view text) {
    return self().hooks.api(request, text);
}

void set_preferred_languages(std::vector<std::string> tags) {
    self().preferred = std::move(tags);
}
const std::string& document_language() {
    return self().document_language;
}
const PageWords& page_words() {
    return self().page_words;
}

void shutdown() {
    StandIn& s = self();
    if (s.context) ImGui::DestroyContext(s.context);
    s = StandIn{};
}

} // namespace native
} // namespace fp::platform
