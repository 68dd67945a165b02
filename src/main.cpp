// Wires the application to its host; nothing else happens here.
#include "platform/platform.h"
#include "ui/app.h"

int main() {
    // Static: the browser keeps calling into the app after main has returned.
    static fp::ui::App app;
    fp::platform::Hooks hooks;
    hooks.draw = [] { app.draw(); };
    hooks.api = [](std::string_view request, std::string_view text) {
        return app.api(request, text);
    };
    hooks.file_opened = [](const std::string& name, const std::string* bytes, std::size_t size) {
        app.file_opened(name, bytes, size);
    };
    hooks.storage_failed = [](const std::string& message) { app.storage_failed(message); };
    hooks.stored_elsewhere = [](const fp::platform::StoredChange& c) { app.stored_elsewhere(c); };
    hooks.language_loaded = [](const std::string& code, const std::string* text) {
        app.language_loaded(code, text);
    };
    return fp::platform::run(std::move(hooks));
}
