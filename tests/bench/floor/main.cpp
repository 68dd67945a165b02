// The floor the browser benchmark measures the app against (issue 16): a
// bare Dear ImGui app, one window with one text field and one button that
// parses the field with nlohmann/json, built from the same ImGui sources
// with the same Emscripten and link flags as the site. It marks its first
// frame as the app does (the end of frame 1, from navigation start), in
// window.floorFirstFrameMs and a performance mark.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <nlohmann/json.hpp>

#include <GLES3/gl3.h>

#include <cmath>
#include <string>

namespace {

char g_text[256] = R"({"budget": 1000, "channels": ["search", "social"]})";
std::string g_parsed;
int g_frames = 0;

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(static_cast<float>(e->clientX), static_cast<float>(e->clientY));
    if ((type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) && e->button == 0)
        io.AddMouseButtonEvent(0, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    return EM_FALSE;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    if (type == EMSCRIPTEN_EVENT_KEYDOWN && std::string(e->key) == "Backspace")
        io.AddKeyEvent(ImGuiKey_Backspace, true);
    if (type == EMSCRIPTEN_EVENT_KEYUP && std::string(e->key) == "Backspace")
        io.AddKeyEvent(ImGuiKey_Backspace, false);
    if (type == EMSCRIPTEN_EVENT_KEYPRESS && e->charCode) io.AddInputCharacter(e->charCode);
    return EM_FALSE;
}

void frame() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int fb_w = static_cast<int>(std::lround(css_w * ratio));
    const int fb_h = static_cast<int>(std::lround(css_h * ratio));
    emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Floor");
    ImGui::InputText("JSON", g_text, sizeof g_text);
    if (ImGui::Button("Parse")) {
        const nlohmann::json j = nlohmann::json::parse(g_text, nullptr, false);
        g_parsed = j.is_discarded() ? "not JSON" : j.dump(2);
    }
    ImGui::TextUnformatted(g_parsed.c_str());
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(0.1f, 0.1f, 0.1f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (++g_frames == 1) {
        EM_ASM(
            {
                window.floorFirstFrameMs = $0;
                performance.mark("first-frame");
            },
            emscripten_get_now());
    }
}

} // namespace

int main() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    emscripten_webgl_make_context_current(emscripten_webgl_create_context("#canvas", &attrs));
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_mousedown_callback("#canvas", nullptr, true, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, true, on_mouse);
    emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, true, on_mouse);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_keypress_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
