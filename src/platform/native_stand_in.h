// Controls for the native stand-in of the platform, used by headless tests:
// draw frames with scripted input and look at what the app stored or saved.
#pragma once

#include "platform.h"

#include <map>
#include <string>
#include <vector>

namespace fp::platform::native {

struct Input {
    float mouse_x = -1, mouse_y = -1;
    bool mouse_down = false;
    std::string text; // characters typed this frame
};

// Draws one frame through the hooks given to run(); the display is 1280x800.
void step_frame(const Input& input = {});
// Fails the step with a message when run() was not called first.
bool running();

// Plan records as the app last stored them, keyed by plan id.
const std::map<std::string, std::string>& storage();
// Sets the records the next run() starts with.
void set_stored_plans(std::vector<StoredPlan> records);
// Another tab's save or deletion of a plan (text null), as the browser
// reports it: stored, with further writes of that plan held until the app
// adopts it; `refused` says a write of this app was turned down for it.
void store_elsewhere(const std::string& id, const std::optional<std::string>& text, bool refused);
// While full, writes are refused with a quota error (Hooks::storage_failed)
// and what is stored stays as it was.
void set_storage_full(bool full);

struct Download {
    std::string filename;
    std::string text; // the bytes offered
    std::string media_type;
};
const std::vector<Download>& downloads();
// The documents show_printable was given, as downloads of HTML.
const std::vector<Download>& printables();
int file_picker_requests();

// Delivers a file as if the user had chosen it in the picker.
void choose_file(const std::string& name, const std::string& text);
std::string call_api(std::string_view request, std::string_view text = {});

// The fragment the next run() starts with, as if the page were opened with
// "#<fragment>"; and what was last put on the clipboard.
void set_opened_fragment(std::string fragment);
const std::string& copied_text();

// The browser's preferred languages the next run() starts with ("en-US").
void set_preferred_languages(std::vector<std::string> tags);
// What set_document_language was last told.
const std::string& document_language();
const PageWords& page_words();

void shutdown();

} // namespace fp::platform::native
