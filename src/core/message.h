// A sentence the core produces (a finding, a problem in a file, an
// allocator's reason), kept as the key of its pattern in the language
// tables (core/messages.h) and the values of its places, so that the
// interface shows it in its language and fpcli in English. Separate from
// messages.h so that the JSON reader, which messages.h uses, can report
// its errors as messages.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fp {

// Values of a pattern's places by name; the names are string literals.
using Args = std::vector<std::pair<std::string_view, std::string>>;

struct Message {
    struct Part;
    Message() = default;
    // Explicit, so that no English sentence turns into a key unnoticed.
    explicit Message(std::string key);
    Message(std::string key, Args args, std::vector<Part> parts = {});

    std::string key; // empty for no message (a check that passes)
    Args args;       // numbers and names, formatted by the core
    // Places filled by other messages (a reason inside a finding, a kind of
    // value inside a problem), rendered in the same language.
    std::vector<Part> parts;

    bool empty() const { return key.empty(); }
};
struct Message::Part {
    std::string_view name;
    Message message;
};
bool operator==(const Message& a, const Message& b);
inline bool operator!=(const Message& a, const Message& b) {
    return !(a == b);
}

// Names as a list in the reader's language, each quoted as it quotes
// ("\"A\", \"B\"", "“A”、“B”"); beyond `shown` names, how many more.
// Nested only `shown` deep, so rendering a list of any length is shallow.
Message quoted_list(const std::vector<std::string>& names, std::size_t shown = 8);

// `m` with its places filled, patterns from `pattern_of` (which gives a
// key's pattern in some language, or the key itself when it has none).
std::string render(const Message& m,
                   const std::function<std::string_view(std::string_view key)>& pattern_of);
// `m` in English, from the compiled-in table: what fpcli prints.
std::string english(const Message& m);

} // namespace fp
