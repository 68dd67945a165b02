// The interface's words in the language chosen (core/messages.h): every view
// asks this for what it shows. English is built in and stands in for any
// key a language's table lacks; other tables arrive from the host when
// chosen (platform::request_language).
#pragma once

#include "core/messages.h"

#include <string>
#include <string_view>

namespace fp::ui {

class Text {
  public:
    explicit Text(Messages english);

    // Switches to `messages` (English when its code is "en").
    void use(Messages messages);
    const std::string& language() const { return current_.code; }
    // The current table, for what takes a whole language (templates).
    const Messages& messages() const { return current_; }

    // The pattern for `key`; the key itself when no table has it, so a
    // missing text shows as what it is.
    const std::string& operator()(std::string_view key) const;
    // The pattern with its places filled.
    std::string operator()(std::string_view key, const Args& args) const;
    // `key` + ".one" or ".other" as the language counts `n`, with {count}.
    std::string count(std::string_view key, double n, Args args = {}) const;
    // A sentence of the core's (a finding, a problem, an allocator's reason).
    std::string operator()(const Message& m) const;

  private:
    Messages english_;
    Messages current_;
    mutable std::string missing_;
};

} // namespace fp::ui
