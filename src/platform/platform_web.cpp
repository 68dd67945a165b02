// The browser. Everything Funnelplan does through the browser happens here or
// in web/app.js, which this file reaches through Module.fp:
//   [storage]  one IndexedDB record per plan, written asynchronously
//   [files]    downloads through a Blob link, imports through a file picker
//   [display]  canvas backbuffer in device pixels, fonts rasterised at the ratio
//   [glyphs]   characters the font lacks, drawn by the browser (glyph_atlas.h)
//   [input]    mouse, wheel and keys into ImGui's event queue; text, from input
//              methods and paste alike, through a hidden textarea (web/app.js)
//   [loop]     frames only while something happens; paused when idle, and
//              while the browser restores a lost graphics context
#include "platform.h"

#include "core/plan_format.h"
#include "platform/base_glyphs.h"
#include "platform/glyph_atlas.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>

// clang-format off
EM_JS(void, js_store_plan, (const char* id, const char* text), {
    Module.fp.store(UTF8ToString(id), UTF8ToString(text));
});
EM_JS(void, js_remove_plan, (const char* id), { Module.fp.remove(UTF8ToString(id)); });
EM_JS(void, js_adopt_plan, (const char* id), { Module.fp.adopt(UTF8ToString(id)); });
// The bytes are copied out of the heap (slice), not read as a C string: a
// zip holds NULs.
EM_JS(void, js_download, (const char* name, const char* bytes, int length, const char* type), {
    Module.fp.download(UTF8ToString(name), HEAPU8.slice(bytes, bytes + length), UTF8ToString(type));
});
EM_JS(void, js_show_printable, (const char* name, const char* html, int length), {
    Module.fp.showPrintable(UTF8ToString(name), UTF8ToString(html, length));
});
EM_JS(void, js_pick_file, (), { Module.fp.pickFile(); });
// Both return a heap string the caller frees.
EM_JS(char*, js_page_address, (), { return Module.fp.newHeapString(location.href.split("#")[0]); });
EM_JS(char*, js_opened_fragment, (), { return Module.fp.newHeapString(location.hash.replace(/^#/, "")); });
EM_JS(void, js_forget_fragment, (), { history.replaceState(null, "", location.href.split("#")[0]); });
EM_JS(char*, js_stored_plans, (), {
    var s = JSON.stringify(Module.fp.stored || []);
    Module.fp.stored = null;
    return Module.fp.newHeapString(s);
});
EM_JS(void, js_first_frame, (), { Module.fp.firstFrame(); });
EM_JS(void, js_fatal, (const char* message), { Module.fp.fatal(UTF8ToString(message)); });
EM_JS(void, js_set_clipboard, (const char* text), {
    Module.fp.setClipboard(UTF8ToString(text));
});
// Returns a heap block the caller frees: a count n, then n records of seven
// int32 (code point, found, advance x 256, left, top, width, height), then
// the coverage bytes of every glyph in that order.
EM_JS(std::int32_t*, js_rasterize_glyphs, (const std::uint32_t* codepoints, int count, float em, double budget_ms), {
    return Module.fp.rasterizeGlyphs(HEAPU32.subarray(codepoints >> 2, (codepoints >> 2) + count), em, budget_ms);
});
EM_JS(void, js_text_agent, (int active, float x, float y, float line_height), {
    Module.fp.textAgent(active !== 0, x, y, line_height);
});
// Returns a heap string the caller frees.
EM_JS(char*, js_language_text, (int remembered), {
    return Module.fp.newHeapString(remembered ? Module.fp.language.remembered()
                                              : Module.fp.language.preferred());
});
EM_JS(void, js_remember_language, (const char* code), {
    Module.fp.language.remember(UTF8ToString(code));
});
EM_JS(void, js_load_language, (const char* code), {
    Module.fp.language.load(UTF8ToString(code));
});
EM_JS(void, js_show_language, (const char* code, const char* words), {
    Module.fp.language.show(UTF8ToString(code), JSON.parse(UTF8ToString(words)));
});
EM_JS(void, js_display_lost, (int lost), { Module.fp.displayLost(lost !== 0); });
EM_JS(int, js_prefers_dark, (), {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
});
// clang-format on

namespace fp::platform {

namespace {

constexpr double kIdleAfterMs = 1000.0;
// Where the browser cannot draw glyphs in a worker (web/glyphs.js), drawing
// them takes at most this long in a frame; more wait for the next one, so an
// imported plan full of new characters never stalls.
constexpr double kGlyphBudgetMs = 20.0;

std::vector<GlyphBitmap> browser_glyphs(const std::vector<std::uint32_t>& codepoints, float em,
                                        double budget_ms) {
    std::int32_t* block =
        js_rasterize_glyphs(codepoints.data(), int(codepoints.size()), em, budget_ms);
    std::vector<GlyphBitmap> out(static_cast<std::size_t>(block[0]));
    const std::int32_t* record = block + 1;
    const auto* alpha = reinterpret_cast<const std::uint8_t*>(record + 7 * out.size());
    for (GlyphBitmap& g : out) {
        g.codepoint = std::uint32_t(record[0]);
        g.found = record[1] != 0;
        g.advance = float(record[2]) / 256.0f;
        g.left = record[3], g.top = record[4], g.width = record[5], g.height = record[6];
        const std::size_t bytes = std::size_t(g.width) * std::size_t(g.height);
        g.alpha.assign(alpha, alpha + bytes);
        alpha += bytes;
        record += 7;
    }
    std::free(block);
    return out;
}

struct Web {
    Hooks hooks;
    FrameStats stats;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    double active_until = 0;
    double last_frame_at = 0;
    bool paused = false;
    bool context_lost = false; // until the browser restores it, nothing can be drawn
    int fail_in_frame = 0;     // a failure a test asked for (fp_debug_fail)
    float ratio = 0;           // device pixel ratio the fonts were built for
    GlyphAtlas glyphs{browser_glyphs};
    bool text_agent = false; // a field is being edited: text comes from the textarea
    bool ctrl_down = false;  // as the last key event said
    double glyph_ms = 0;     // spent adding glyphs since the last frame ended
    // The finger followed: a tap is a click, a drag scrolls (on_touch).
    struct Finger {
        long id = -1;
        float start_x = 0, start_y = 0, x = 0, y = 0;
        bool scrolling = false;
    } finger;
    std::string clipboard;
    std::string api_response;
};

// The one instance: browser callbacks carry no context of ours.
Web& web() {
    static Web w;
    return w;
}

// [display] -------------------------------------------------------------------

void rebuild_fonts(float ratio) {
    Web& w = web();
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.OversampleH = 2;
    const float size = 16.0f * ratio;
    if (!io.Fonts->AddFontFromFileTTF("/fonts/ui.ttf", size, &config, kBaseGlyphs)) {
        config.SizePixels = 13.0f * ratio;
        io.Fonts->AddFontDefault(&config);
    }
    io.FontGlobalScale = 1.0f / ratio;
    w.glyphs.build(*io.Fonts, io.Fonts->ConfigData[0].SizePixels);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

// [glyphs] --------------------------------------------------------------------

void upload(const TextureRegion& r) {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    const unsigned int* first = atlas.TexPixelsRGBA32 + r.y * atlas.TexWidth + r.x;
    glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<std::intptr_t>(atlas.TexID)));
    glPixelStorei(GL_UNPACK_ROW_LENGTH, atlas.TexWidth);
    glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.width, r.height, GL_RGBA, GL_UNSIGNED_BYTE,
                    first);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
}

// Takes the glyphs the host has drawn so far: placed and uploaded, or the
// atlas rebuilt when its room is full; the next frame shows them. Runs after
// each frame and whenever the browser has more ready (fp_glyphs_arrived).
void take_glyphs() {
    Web& w = web();
    const double start = emscripten_get_now();
    const GlyphAtlas::Pumped pumped = w.glyphs.pump(kGlyphBudgetMs);
    if (pumped.rebuild) {
        rebuild_fonts(w.ratio);
    } else {
        for (const TextureRegion& r : pumped.changed)
            upload(r);
    }
    w.glyph_ms += emscripten_get_now() - start;
    // Glyphs still being drawn elsewhere wake the loop when ready, so
    // waiting for them costs no frames.
    if (pumped.rebuild || !pumped.changed.empty() || pumped.received > 0) request_frames();
}

// Asks for the glyphs the frame just drawn lacked.
void add_glyphs() {
    Web& w = web();
    const double start = emscripten_get_now();
    w.glyphs.collect(*ImGui::GetDrawData());
    w.glyph_ms += emscripten_get_now() - start;
    take_glyphs();
}

// Sizes the backbuffer to CSS size x devicePixelRatio so text stays sharp, and
// keeps ImGui's coordinates in CSS pixels (the page's own units).
void update_display() {
    Web& w = web();
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int fb_w = static_cast<int>(std::lround(css_w * ratio));
    const int fb_h = static_cast<int>(std::lround(css_h * ratio));
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size("#canvas", &cur_w, &cur_h);
    if (cur_w != fb_w || cur_h != fb_h) emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
    if (ratio != w.ratio) {
        w.ratio = ratio;
        rebuild_fonts(ratio);
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(ratio, ratio);
}

// [input] ---------------------------------------------------------------------

ImGuiKey key_from_code(const char* code) {
    struct Entry {
        const char* code;
        ImGuiKey key;
    };
    static constexpr Entry kKeys[] = {
        {"Tab", ImGuiKey_Tab},
        {"ArrowLeft", ImGuiKey_LeftArrow},
        {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow},
        {"ArrowDown", ImGuiKey_DownArrow},
        {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown},
        {"Home", ImGuiKey_Home},
        {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert},
        {"Delete", ImGuiKey_Delete},
        {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space},
        {"Enter", ImGuiKey_Enter},
        {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape},
        {"ControlLeft", ImGuiKey_LeftCtrl},
        {"ControlRight", ImGuiKey_RightCtrl},
        {"ShiftLeft", ImGuiKey_LeftShift},
        {"ShiftRight", ImGuiKey_RightShift},
        {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt},
        {"MetaLeft", ImGuiKey_LeftSuper},
        {"MetaRight", ImGuiKey_RightSuper},
    };
    for (const Entry& e : kKeys)
        if (std::strcmp(code, e.code) == 0) return e.key;
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && !code[4])
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && !code[6])
        return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
    if (code[0] == 'F' && code[1] >= '1' && code[1] <= '9') {
        int n = std::atoi(code + 1);
        if (n >= 1 && n <= 12) return static_cast<ImGuiKey>(ImGuiKey_F1 + n - 1);
    }
    return ImGuiKey_None;
}

void frame();

void wake() {
    request_frames();
}

// True when `key` (KeyboardEvent.key as UTF-8) is one character, not a name
// such as "Enter" or "ArrowLeft".
bool is_character(const char* key) {
    const auto lead = static_cast<unsigned char>(key[0]);
    const std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return lead != 0 && std::strlen(key) == length;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    wake();
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const ImGuiKey key = key_from_code(e->code);
    // The modifiers as every key event leaves them, an input method's too:
    // Firefox reports letting go of Ctrl or Shift during a composition only
    // as "Process", and ImGui drops typed text while it thinks Ctrl is held.
    web().ctrl_down = e->ctrlKey;
    io.AddKeyEvent(ImGuiMod_Ctrl, e->ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e->shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e->altKey);
    io.AddKeyEvent(ImGuiMod_Super, e->metaKey);
    // An input method is composing: the keys are its own (Backspace edits
    // the composition, Enter commits it), and only the text it commits
    // counts. A key it took that is let go is let go for ImGui too.
    if (e->keyCode == 229 || std::strcmp(e->key, "Process") == 0) {
        if (!down && key != ImGuiKey_None) io.AddKeyEvent(key, false);
        return EM_FALSE;
    }
    const bool text_agent = web().text_agent;
    const bool command = e->ctrlKey || e->metaKey;
    // Ctrl+V is left to the browser, whose paste event brings the text to
    // fp_paste; ImGui reading its own clipboard copy as well would paste twice.
    const bool paste = command && key == ImGuiKey_V;
    if (key != ImGuiKey_None && !paste) io.AddKeyEvent(key, down);
    if (command && (key == ImGuiKey_C || key == ImGuiKey_X || paste)) return EM_FALSE;
    // While a field is edited, characters arrive as the textarea's text, so
    // dead keys, AltGr and on-screen keyboards work; the key must reach it.
    const bool character = is_character(e->key) || std::strcmp(e->key, "Dead") == 0;
    if (text_agent && character && !(command && key != ImGuiKey_None)) return EM_FALSE;
    if (down && !command && is_character(e->key)) io.AddInputCharactersUTF8(e->key);
    // Undo, redo, select all and find belong to the app; other shortcuts
    // (reload, new tab, developer tools) stay the browser's.
    if (command)
        return key == ImGuiKey_Z || key == ImGuiKey_Y || key == ImGuiKey_A || key == ImGuiKey_F;
    return key >= ImGuiKey_F1 && key <= ImGuiKey_F12 ? EM_FALSE : EM_TRUE;
}

// ImGui says where the caret of the field being edited is; the textarea
// follows it, so an input method shows its candidates there.
void on_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    web().text_agent = data->WantVisible;
    js_text_agent(data->WantVisible, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    wake();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->clientX), static_cast<float>(e->clientY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        static constexpr int kButtons[] = {0, 2, 1}; // browser: left, middle, right
        if (e->button < 3)
            io.AddMouseButtonEvent(kButtons[e->button], type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    return EM_FALSE;
}

// Draws frames now, inside the browser's event, until ImGui has taken every
// queued input: what the browser allows only during a user's own gesture
// (focusing the textarea so a touch keyboard opens, writing the clipboard)
// then happens in that gesture. ImGui takes a few input events per frame (a
// press and its release in separate frames), and a burst of typing may
// still wait before the Ctrl+C that brought a copy event.
void draw_now() {
    if (web().context_lost) return;
    for (int i = 0; i < 256 && (i == 0 || !GImGui->InputEventsQueue.empty()); ++i)
        frame();
}

// One finger: a tap is a click at that point; once it moves further than a
// tap would, it scrolls whatever is under where it started, following the
// finger, as tables and the timeline do on any touch screen. A second finger
// is ignored. The browser's own gestures (page zoom, compatibility mouse
// events) are prevented, so nothing arrives twice.
EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    wake();
    Web::Finger& f = web().finger;
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged) continue;
        const auto x = static_cast<float>(t.clientX), y = static_cast<float>(t.clientY);
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
            if (f.id >= 0) continue;
            f = {t.identifier, x, y, x, y, false};
            io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
            io.AddMousePosEvent(x, y);
            continue;
        }
        if (t.identifier != f.id) continue;
        if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
            constexpr float kTapSlop = 8; // CSS pixels a tap may wander
            if (!f.scrolling && std::hypot(x - f.start_x, y - f.start_y) > kTapSlop)
                f.scrolling = true;
            if (f.scrolling) {
                // A wheel notch scrolls ImGui two lines sideways, five down.
                const float line = GImGui->FontBaseSize;
                io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
                io.AddMouseWheelEvent((x - f.x) / (2 * line), (y - f.y) / (5 * line));
                f.x = x, f.y = y;
            }
            continue;
        }
        const bool tap = type == EMSCRIPTEN_EVENT_TOUCHEND && !f.scrolling;
        f.id = -1;
        io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
        if (tap) {
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
            io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        }
        // A finger that has lifted hovers nothing (no tooltip stays behind).
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        if (tap) draw_now();
    }
    return EM_TRUE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    wake();
    // Pixels, lines or pages; ImGui counts one notch (about 100 px) as 1.
    const double unit = e->deltaMode == DOM_DELTA_PIXEL  ? 100.0
                        : e->deltaMode == DOM_DELTA_LINE ? 3.0
                                                         : 1.0;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX / unit),
                                      static_cast<float>(-e->deltaY / unit));
    return EM_TRUE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    wake();
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    wake();
    return EM_FALSE;
}

void set_clipboard(void*, const char* text) {
    web().clipboard = text;
    js_set_clipboard(text);
}
const char* get_clipboard(void*) {
    return web().clipboard.c_str();
}

void install_input() {
    const char* canvas = "#canvas";
    emscripten_set_mousedown_callback(canvas, nullptr, true, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, true, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, true, on_mouse);
    emscripten_set_wheel_callback(canvas, nullptr, true, on_wheel);
    emscripten_set_touchstart_callback(canvas, nullptr, true, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, true, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, true, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, true, on_touch);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_focus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_focus);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_resize);
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.SetPlatformImeDataFn = on_ime_data;
}

// [loop] ----------------------------------------------------------------------

// A lost context (a GPU reset, a driver update, a laptop switching GPUs)
// takes every texture and buffer with it. Saying so in the event keeps the
// browser restoring it; until then no frame is drawn, and then ImGui's
// renderer is started afresh, which uploads the font atlas again from its
// pixels in memory (glyphs added since start included).
EM_BOOL on_context_lost(int, const void*, void*) {
    web().context_lost = true;
    js_display_lost(1);
    return EM_TRUE;
}

EM_BOOL on_context_restored(int, const void*, void*) {
    Web& w = web();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    w.context_lost = false;
    js_display_lost(0);
    request_frames();
    return EM_TRUE;
}

// The failures the error screen is there for, on demand: only a page opened
// with ?debug (web/app.js) offers this, so tests can see that screen.
enum class Failure { None, Abort, Trap };

void fail_if_asked() {
    switch (static_cast<Failure>(std::exchange(web().fail_in_frame, 0))) {
    case Failure::Abort:
        std::abort();
    case Failure::Trap:
        __builtin_trap();
    case Failure::None:
        break;
    }
}

void frame() {
    Web& w = web();
    const double now = emscripten_get_now();
    // ImGui takes fast input a step per frame (a key press and its character
    // in separate frames), so a burst of typing can outlast the active time;
    // keep drawing until every input event has been taken.
    if (w.context_lost || (now > w.active_until && GImGui->InputEventsQueue.empty())) {
        // Idle: no frames at all until input or request_frames() wakes us.
        w.paused = true;
        emscripten_pause_main_loop();
        return;
    }
    update_display();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = static_cast<float>(std::clamp((now - w.last_frame_at) / 1000.0, 1e-4, 0.1));
    w.last_frame_at = now;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    fail_if_asked();
    w.hooks.draw();
    ImGui::Render();
    int fb_w = 0, fb_h = 0;
    emscripten_get_canvas_element_size("#canvas", &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    add_glyphs();

    const double end = emscripten_get_now();
    w.stats.last_frame_cpu_ms = end - now;
    w.stats.last_glyph_ms = w.glyph_ms;
    w.glyph_ms = 0;
    if (++w.stats.frames == 1) {
        w.stats.first_frame_ms = end;
        js_first_frame();
    }
}

} // namespace

// [storage] -------------------------------------------------------------------

std::vector<StoredPlan> stored_plans() {
    char* raw = js_stored_plans();
    auto records = nlohmann::json::parse(raw, nullptr, false);
    std::free(raw);
    std::vector<StoredPlan> out;
    if (!records.is_array()) return out;
    for (const auto& r : records) {
        if (!r.is_object() || !r.contains("id") || !r.contains("text")) continue;
        if (!r["id"].is_string() || !r["text"].is_string()) continue;
        out.push_back({r["id"].get<std::string>(), r["text"].get<std::string>()});
    }
    return out;
}

void store_plan(const std::string& id, const std::string& text) {
    js_store_plan(id.c_str(), text.c_str());
}
void remove_stored_plan(const std::string& id) {
    js_remove_plan(id.c_str());
}
void adopt_stored_plan(const std::string& id) {
    js_adopt_plan(id.c_str());
}

// [files] ---------------------------------------------------------------------

void download(const std::string& filename, std::string_view bytes, const char* media_type) {
    js_download(filename.c_str(), bytes.data(), static_cast<int>(bytes.size()), media_type);
}
void show_printable(const std::string& filename, std::string_view html) {
    js_show_printable(filename.c_str(), html.data(), static_cast<int>(html.size()));
}
void open_file_picker() {
    js_pick_file();
}
void forget_fragment() {
    js_forget_fragment();
}
void copy_text(const std::string& text) {
    js_set_clipboard(text.c_str());
}
std::size_t max_import_bytes() {
    return FormatLimits{}.json.max_bytes;
}

// [language] -------------------------------------------------------------------

namespace {
std::string take_js_string(char* raw) {
    std::string out = raw ? raw : "";
    std::free(raw);
    return out;
}
} // namespace

std::string page_address() {
    return take_js_string(js_page_address());
}
std::string opened_fragment() {
    return take_js_string(js_opened_fragment());
}

std::vector<std::string> preferred_languages() {
    const std::string joined = take_js_string(js_language_text(0));
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= joined.size();) {
        const std::size_t comma = std::min(joined.find(',', start), joined.size());
        if (comma > start) out.push_back(joined.substr(start, comma - start));
        start = comma + 1;
    }
    return out;
}
std::string remembered_language() {
    return take_js_string(js_language_text(1));
}
void remember_language(const std::string& code) {
    js_remember_language(code.c_str());
}
void request_language(const std::string& code) {
    js_load_language(code.c_str());
}
void set_document_language(const std::string& code, const PageWords& words) {
    const nlohmann::json page = {{"title", words.title},
                                 {"displayRestoring", words.display_restoring},
                                 {"failureTitle", words.failure_title},
                                 {"failureText", words.failure_text},
                                 {"failureDownload", words.failure_download},
                                 {"failureReload", words.failure_reload}};
    js_show_language(code.c_str(), page.dump().c_str());
}

bool prefers_dark_theme() {
    return js_prefers_dark() != 0;
}

// [loop] ----------------------------------------------------------------------

FrameStats frame_stats() {
    FrameStats s = web().stats;
    s.idle = web().paused;
    s.missing_glyphs = web().glyphs.missing();
    s.fonts_loading = web().glyphs.loading();
    return s;
}

void request_frames() {
    Web& w = web();
    w.active_until = emscripten_get_now() + kIdleAfterMs;
    if (w.paused) {
        w.paused = false;
        emscripten_resume_main_loop();
    }
}

int run(Hooks hooks) {
    Web& w = web();
    w.hooks = std::move(hooks);

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    w.gl = emscripten_webgl_create_context("#canvas", &attrs);
    if (w.gl <= 0) {
        js_fatal("This browser cannot show Funnelplan: it offers no WebGL 2. Try a current "
                 "Chrome, Edge, Firefox or Safari, or turn on hardware acceleration.");
        return 1;
    }
    emscripten_webgl_make_context_current(w.gl);

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // window layout is fixed; nothing to remember
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false; // a blinking caret would keep frames coming
    io.BackendPlatformName = "funnelplan_web";
    ImGui_ImplOpenGL3_Init("#version 300 es");
    install_input();
    emscripten_set_webglcontextlost_callback("#canvas", nullptr, true, on_context_lost);
    emscripten_set_webglcontextrestored_callback("#canvas", nullptr, true, on_context_restored);

    w.active_until = emscripten_get_now() + kIdleAfterMs;
    w.last_frame_at = emscripten_get_now();
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}

} // namespace fp::platform

// Entry points for web/app.js. Strings are passed in heap memory the caller
// allocated, so large files never touch the small C stack.
extern "C" {

// `text` (of `length` bytes) may be null: see Hooks::api.
EMSCRIPTEN_KEEPALIVE const char* fp_api(const char* request, const char* text, double length) {
    auto& w = fp::platform::web();
    w.api_response =
        w.hooks.api(request, text ? std::string_view(text, static_cast<std::size_t>(length))
                                  : std::string_view());
    return w.api_response.c_str();
}

// `bytes` (of `length`) is null when the file was larger than max_import_bytes()
// and not read; its bytes are passed as they are, so invalid UTF-8 is reported.
EMSCRIPTEN_KEEPALIVE void fp_import_file(const char* name, const char* bytes, double length,
                                         double size) {
    auto& w = fp::platform::web();
    if (bytes) {
        const std::string text(bytes, static_cast<std::size_t>(length));
        w.hooks.file_opened(name, &text, static_cast<std::size_t>(size));
    } else {
        w.hooks.file_opened(name, nullptr, static_cast<std::size_t>(size));
    }
    fp::platform::request_frames();
}

// Pasted text goes in as ImGui's own paste (Ctrl+V reading our clipboard
// copy), which replaces the selection; typed characters would be ignored
// while Ctrl is held.
EMSCRIPTEN_KEEPALIVE void fp_paste(const char* text) {
    auto& w = fp::platform::web();
    w.clipboard = text;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, w.ctrl_down);
    fp::platform::request_frames();
}

// Copy and cut happen inside the browser's copy event, where writing the
// clipboard is allowed: the frame that takes the Ctrl+C or Ctrl+X is drawn
// now, and what ImGui copied (or "" for nothing) goes into the event.
EMSCRIPTEN_KEEPALIVE const char* fp_copy_now() {
    auto& w = fp::platform::web();
    w.clipboard.clear();
    fp::platform::draw_now();
    return w.clipboard.c_str();
}

// A language's table, fetched by web/app.js; `text` is null when it could not be.
EMSCRIPTEN_KEEPALIVE void fp_language_loaded(const char* code, const char* text) {
    auto& w = fp::platform::web();
    if (!w.hooks.language_loaded) return;
    if (text) {
        const std::string t(text);
        w.hooks.language_loaded(code, &t);
    } else {
        w.hooks.language_loaded(code, nullptr);
    }
    fp::platform::request_frames();
}

// Glyphs asked of the browser are ready (web/app.js): take them now, so the
// next frame shows them.
EMSCRIPTEN_KEEPALIVE void fp_glyphs_arrived() {
    fp::platform::take_glyphs();
}

// Text typed or composed by an input method, committed once.
EMSCRIPTEN_KEEPALIVE void fp_input_text(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    fp::platform::request_frames();
}

// `text` is null when the plan was deleted there.
EMSCRIPTEN_KEEPALIVE void fp_stored_elsewhere(const char* id, const char* text, int refused) {
    auto& w = fp::platform::web();
    if (!w.hooks.stored_elsewhere) return;
    fp::platform::StoredChange change{id, std::nullopt, refused != 0};
    if (text) change.text = text;
    w.hooks.stored_elsewhere(change);
    fp::platform::request_frames();
}

// Makes the next frame fail as `kind` says (1 abort, 2 trap); see fail_if_asked.
EMSCRIPTEN_KEEPALIVE void fp_debug_fail(int kind) {
    fp::platform::web().fail_in_frame = kind;
    fp::platform::request_frames();
}

EMSCRIPTEN_KEEPALIVE void fp_storage_failed(const char* message) {
    auto& w = fp::platform::web();
    if (!w.hooks.storage_failed) return; // only before main(), which app.js waits for
    w.hooks.storage_failed(message);
    fp::platform::request_frames();
}
}
