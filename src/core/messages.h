// The interface's words in one language: a table of patterns by key, read
// from assets/i18n/<code>.json. A pattern names its places ("{count}
// objectives"), so each language puts them where its grammar wants; a key
// with ".one" and ".other" forms picks one by a count, as the language's
// plural rule says (English and Spanish have two forms; Chinese, Korean and
// Vietnamese one).
#pragma once

#include "json_reader.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fp {

struct Messages {
    std::string code; // "zh-Hans"
    std::map<std::string, std::string, std::less<>> patterns;
};

// The interface's languages, each named in itself, English first.
struct Language {
    const char* code;
    const char* name;
};
inline constexpr Language kLanguages[] = {
    {"en", "English"}, {"zh-Hans", "简体中文"}, {"zh-Hant", "繁體中文"},
    {"ko", "한국어"},  {"vi", "Tiếng Việt"},    {"es", "Español"},
};
// The interface language for a browser's preferred languages, in order:
// zh-TW, zh-HK and zh-MO (and zh-Hant) are Traditional Chinese, other
// Chinese Simplified; the first tag that names one of kLanguages wins, and
// English when none does.
std::string_view pick_language(const std::vector<std::string>& preferred);

struct MessagesRead {
    std::optional<Messages> messages;
    std::string error;  // what is wrong, when messages is empty
    TextPosition where; // and where
};

// Limits of a table: far above the interface's own, far below a plan file.
struct MessagesLimits {
    std::size_t max_bytes = 1u << 20;
    std::size_t max_keys = 5000;
    std::size_t max_pattern_bytes = 4096;
};

// {"language": "ko", "messages": {"key": "pattern", ...}}
MessagesRead read_messages(std::string_view text, const MessagesLimits& limits = {});

// The pattern for `key`, or nothing.
const std::string* find_pattern(const Messages& m, std::string_view key);

using Args = std::vector<std::pair<std::string_view, std::string>>;
// Fills the pattern's places from `args`; "{{" is a literal brace; a place
// with no argument stays as written, so a missing one shows rather than
// vanishes.
std::string fill(std::string_view pattern, const Args& args);

// The names of a pattern's places, in order of first appearance.
std::vector<std::string> places(std::string_view pattern);

// assets/i18n/en.json, compiled in.
std::string_view builtin_english_messages();

// ".one" or ".other": the plural form `language` uses for `count`.
std::string_view plural_form(std::string_view language, double count);

} // namespace fp
