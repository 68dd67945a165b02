// The interface's words in one language: a table of patterns by key, read
// from assets/i18n/<code>.json. A pattern names its places ("{count}
// objectives"), so each language puts them where its grammar wants; a key
// with ".one" and ".other" forms picks one by a count, as the language's
// plural rule says (English and Spanish have two forms; Chinese, Korean and
// Vietnamese one).
#pragma once

#include "json_reader.h"
#include "message.h"

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
    // The templates' own texts in this language, by their English text
    // (core/templates.h); empty for English.
    std::map<std::string, std::string, std::less<>> template_text;
};

// The interface's languages, each named in itself, English first.
// Each with the market a plan in it is usually for, whose currency and
// public holidays a template takes when started in that language
// (core/templates.h, core/holidays.h).
struct Language {
    const char* code;
    const char* name;
    const char* currency;
    const char* market; // ISO 3166 country code
};
inline constexpr Language kLanguages[] = {
    {"en", "English", "USD", "US"},       {"zh-Hans", "简体中文", "CNY", "CN"},
    {"zh-Hant", "繁體中文", "TWD", "TW"}, {"ko", "한국어", "KRW", "KR"},
    {"vi", "Tiếng Việt", "VND", "VN"},    {"es", "Español", "EUR", "ES"},
};
// The entry for `code`, or nothing.
const Language* find_language(std::string_view code);
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

// {"language": "ko", "messages": {"key": "pattern", ...},
//  "template_text": {"English text": "its translation", ...}} (optional)
MessagesRead read_messages(std::string_view text, const MessagesLimits& limits = {});

// The pattern for `key`, or nothing.
const std::string* find_pattern(const Messages& m, std::string_view key);

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
