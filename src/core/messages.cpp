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
        out.error = parsed.error;
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

std::string_view plural_form(std::string_view language, double count) {
    const std::string_view base = language.substr(0, language.find('-'));
    // Chinese, Korean and Vietnamese do not inflect for number.
    if (base == "zh" || base == "ko" || base == "vi") return ".other";
    return count == 1 ? ".one" : ".other";
}

} // namespace fp
