#include "messages.h"

#include "vocabulary.h"

#include <algorithm>
#include <cctype>

namespace fp {

MessagesRead read_messages(std::string_view text, const MessagesLimits& limits) {
    MessagesRead out;
    JsonLimits json; // the reader refuses an oversized table before parsing
    json.max_bytes = limits.max_bytes;
    json.max_depth = 4;
    json.max_values = limits.max_keys + 8;
    json.max_string_bytes = limits.max_pattern_bytes;
    const ParsedJson parsed = parse_json(text, json);
    if (!parsed.ok) {
        out.error = english(parsed.error);
        out.where = parsed.error_at;
        return out;
    }
    const Json& root = parsed.value;
    const auto fail = [&](const std::string& pointer, std::string error) {
        out.error = std::move(error);
        out.where = parsed.position_of(pointer);
        return out;
    };
    if (!root.is_object()) return fail("", "a messages file is a JSON object");
    if (!root.contains("language") || !root["language"].is_string() ||
        root["language"].get_ref<const std::string&>().empty())
        return fail("", "\"language\" is missing or not a text");
    if (!root.contains("messages") || !root["messages"].is_object())
        return fail("", "\"messages\" is missing or not an object of texts");
    Messages m;
    m.code = root["language"].get<std::string>();
    for (const auto& [key, value] : root["messages"].items()) {
        std::string pointer = "/messages";
        append_pointer_token(pointer, key);
        if (!value.is_string()) return fail(pointer, "the message \"" + key + "\" is not a text");
        if (!is_valid_utf8(value.get_ref<const std::string&>()))
            return fail(pointer, "the message \"" + key + "\" is not valid UTF-8");
        m.patterns.emplace(key, value.get<std::string>());
    }
    if (root.contains("template_text")) {
        if (!root["template_text"].is_object())
            return fail("/template_text", "\"template_text\" is not an object of texts");
        for (const auto& [english, value] : root["template_text"].items()) {
            std::string pointer = "/template_text";
            append_pointer_token(pointer, english);
            if (!value.is_string() || !is_valid_utf8(value.get_ref<const std::string&>()))
                return fail(pointer, "the translation of \"" + english + "\" is not a UTF-8 text");
            m.template_text.emplace(english, value.get<std::string>());
        }
    }
    out.messages = std::move(m);
    return out;
}

const std::string* find_pattern(const Messages& m, std::string_view key) {
    const auto it = m.patterns.find(key);
    return it == m.patterns.end() ? nullptr : &it->second;
}

std::string fill(std::string_view pattern, const Args& args) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        const std::size_t close = c == '{' ? pattern.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos) {
            out += c;
            continue;
        }
        const std::string_view name = pattern.substr(i + 1, close - i - 1);
        const auto arg =
            std::find_if(args.begin(), args.end(), [&](const auto& a) { return a.first == name; });
        out += arg == args.end() ? std::string(pattern.substr(i, close - i + 1)) : arg->second;
        i = close;
    }
    return out;
}

std::vector<std::string> places(std::string_view pattern) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') continue;
        if (i + 1 < pattern.size() && pattern[i + 1] == '{') {
            ++i;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        if (close == std::string_view::npos) break;
        std::string name(pattern.substr(i + 1, close - i - 1));
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
        i = close;
    }
    return out;
}

const Language* find_language(std::string_view code) {
    for (const Language& l : kLanguages)
        if (code == l.code) return &l;
    return nullptr;
}

// Generated from assets/i18n/en.json (scripts/embed-languages.cmake).
std::string_view builtin_language_table(std::string_view code);

std::string_view builtin_english_messages() {
    return builtin_language_table("en");
}

std::string_view pick_language(const std::vector<std::string>& preferred) {
    for (const std::string& tag : preferred) {
        std::string t;
        for (char c : tag)
            t += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const std::string base = t.substr(0, t.find('-'));
        if (base == "zh") {
            const bool traditional = t.find("-hant") != std::string::npos ||
                                     t.rfind("zh-tw", 0) == 0 || t.rfind("zh-hk", 0) == 0 ||
                                     t.rfind("zh-mo", 0) == 0;
            return traditional ? "zh-Hant" : "zh-Hans";
        }
        for (const Language& l : kLanguages)
            if (base == l.code) return l.code;
    }
    return "en";
}

Message::Message(std::string k) : key(std::move(k)) {}

Message::Message(std::string k, Args a, std::vector<Part> p)
    : key(std::move(k)), args(std::move(a)), parts(std::move(p)) {}

bool operator==(const Message& a, const Message& b) {
    return a.key == b.key && a.args == b.args &&
           std::equal(a.parts.begin(), a.parts.end(), b.parts.begin(), b.parts.end(),
                      [](const Message::Part& x, const Message::Part& y) {
                          return x.name == y.name && x.message == y.message;
                      });
}

Message quoted_list(const std::vector<std::string>& names, std::size_t shown) {
    Message list;
    const std::size_t count = std::min(names.size(), shown);
    for (std::size_t i = 0; i < count; ++i) {
        Message item{"list.quoted", {{"name", names[i]}}};
        list =
            i == 0
                ? std::move(item)
                : Message{"list.next", {}, {{"list", std::move(list)}, {"item", std::move(item)}}};
    }
    if (names.size() > count)
        list = Message{"list.more",
                       {{"count", std::to_string(names.size() - count)}},
                       {{"list", std::move(list)}}};
    return list;
}

std::string render(const Message& m,
                   const std::function<std::string_view(std::string_view key)>& pattern_of) {
    Args args = m.args;
    for (const Message::Part& part : m.parts)
        args.emplace_back(part.name, render(part.message, pattern_of));
    // Looked up after the parts: a pattern may live in a buffer their lookups reuse.
    return fill(pattern_of(m.key), args);
}

std::string english(const Message& m) {
    // Parsed once. The built-in table parses (the tests read it): its
    // reading never reports a JSON error, which would need this table.
    static const Messages table = [] {
        MessagesRead read = read_messages(builtin_english_messages());
        return read.messages ? std::move(*read.messages) : Messages{};
    }();
    return render(m, [](std::string_view key) {
        const std::string* pattern = find_pattern(table, key);
        return pattern ? std::string_view(*pattern) : key;
    });
}

std::string_view plural_form(std::string_view language, double count) {
    const std::string_view base = language.substr(0, language.find('-'));
    // Chinese, Korean and Vietnamese do not inflect for number.
    if (base == "zh" || base == "ko" || base == "vi") return ".other";
    return count == 1 ? ".one" : ".other";
}

} // namespace fp
