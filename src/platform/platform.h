// Everything Funnelplan needs from its host. The browser implementation is
// platform_web.cpp (IndexedDB, downloads, file picker, clipboard, canvas, DPI,
// input, the frame loop); platform_native.cpp is the stand-in that lets the
// core and the interface build and run natively, headless, in tests.
#pragma once

#include "core/model.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fp::platform {

// --- time and randomness --------------------------------------------------
std::string now_utc(); // "2026-11-24T09:30:00Z"
Date today();          // the user's local calendar date
std::uint64_t entropy();
double now_ms(); // monotonic milliseconds

// --- plan storage: one record per plan, written asynchronously -------------
struct StoredPlan {
    std::string id;
    std::string text;
};
// The records present when the app started (read before the first frame).
// A record that is not a plan's text arrives as the text stored, to be set
// aside by whoever reads it.
std::vector<StoredPlan> stored_plans();
// Each stored record carries a revision. A write goes through only while the
// stored copy is the one this app last wrote or took: a newer copy saved by
// another tab (or its deletion there) is never overwritten. It is reported
// through Hooks::stored_elsewhere instead, and further writes of that plan
// wait until the app takes the newer copy with adopt_stored_plan().
void store_plan(const std::string& id, const std::string& text);
void remove_stored_plan(const std::string& id);
// The app has taken the newer stored copy it was told of (or dropped the plan
// deleted elsewhere): its writes of that plan build on that copy from now on.
void adopt_stored_plan(const std::string& id);
// Another tab stored a plan (`text` null: deleted it). `refused`: a write of
// this app was not made because of it; otherwise this app had written
// everything it had of the plan when it heard.
struct StoredChange {
    std::string id;
    std::optional<std::string> text;
    bool refused = false;
};

// --- files ----------------------------------------------------------------
// Offers bytes to save as a file of that name: a plan's JSON, or a zip of its
// tables. `bytes` may hold any byte, NUL included; `media_type` is its MIME type.
void download(const std::string& filename, std::string_view bytes, const char* media_type);
// Shows an HTML document (a printable report) in a new browser tab, where
// the browser's Print / Save as PDF takes it; offered as a download named
// `filename` instead when the browser blocks the tab.
void show_printable(const std::string& filename, std::string_view html);
// Asks the user for a file; what they choose arrives through Hooks::file_opened.
void open_file_picker();

// --- share links ------------------------------------------------------------
// The page's address without its fragment ("https://host/app/").
std::string page_address();
// The fragment the page was opened with, without "#"; "" when none.
std::string opened_fragment();
// Takes the fragment off the address bar, so that a reload opens the app as usual.
void forget_fragment();
// Puts text on the system clipboard.
void copy_text(const std::string& text);

// --- interface language ---------------------------------------------------
// The languages the browser prefers, most wanted first ("zh-TW", "en-US").
std::vector<std::string> preferred_languages();
// The interface language the user last chose, or "" before any choice.
std::string remembered_language();
void remember_language(const std::string& code);
// Asks for a language's table (assets/i18n/<code>.json); it arrives through
// Hooks::language_loaded, the text or null when it could not be had.
void request_language(const std::string& code);
// What the page itself says, in the interface's language: its title, and
// the words of the screens it draws where the app cannot (while the display
// is restored, and after a failure inside the app, when no frame can be drawn).
struct PageWords {
    std::string title;
    std::string display_restoring;
    std::string failure_title;
    std::string failure_text;
    std::string failure_download; // a button per stored plan, with {name}
    std::string failure_reload;
};
// The page's own language and words follow the interface's.
void set_document_language(const std::string& code, const PageWords& words);

// --- look -------------------------------------------------------------------
bool prefers_dark_theme(); // the browser's prefers-color-scheme

// --- the frame loop ---------------------------------------------------------
struct FrameStats {
    std::uint64_t frames = 0;  // frames drawn since start
    double first_frame_ms = 0; // from navigation start to the end of frame 1
    double last_frame_cpu_ms = 0;
    // Of the main thread's time since the frame before, what adding glyphs
    // took: within the last frame and as glyphs arrived between frames.
    double last_glyph_ms = 0;
    bool idle = false; // the loop has stopped drawing until the next input
    // Distinct characters drawn since start that no font could supply, and
    // whether glyphs are still being added (platform/glyph_atlas.h).
    std::size_t missing_glyphs = 0;
    bool fonts_loading = false;
};
FrameStats frame_stats();

// Keeps frames coming for a moment; the loop otherwise stops drawing about a
// second after the last input, and any input wakes it again.
void request_frames();

struct Hooks {
    std::function<void()> draw; // one frame of interface, between NewFrame and Render
    // window.planner: a JSON request, and a large text sent beside it rather
    // than inside (importPlanJson's plan), so it is neither escaped into the
    // request nor parsed out of it.
    std::function<std::string(std::string_view request, std::string_view text)> api;
    // A chosen or dropped file; `bytes` is null when the host did not read a
    // file of `size` bytes because it is larger than max_import_bytes().
    std::function<void(const std::string& name, const std::string* bytes, std::size_t size)>
        file_opened;
    // A write was refused by the browser (storage full, or unavailable);
    // what was stored before is unchanged.
    std::function<void(const std::string& message)> storage_failed;
    std::function<void(const StoredChange& change)> stored_elsewhere;
    std::function<void(const std::string& code, const std::string* text)> language_loaded;
};

// Largest file the host reads into memory for an import.
std::size_t max_import_bytes();

// Sets up the window, ImGui and the renderer, then runs the loop. On the web
// it returns at once and the browser drives frames.
int run(Hooks hooks);

} // namespace fp::platform
