// Reads untrusted JSON text into a document, bounded in size, nesting depth,
// value count and string length, and remembers where each value stood so that
// later checks can name the line and column of what they reject. Never throws
// and never recurses on the input's nesting. The text must be UTF-8 (a
// byte-order mark is skipped); a field may appear once per object, and numbers
// stay within ±(2^53 - 1), which every JSON reader (JavaScript's too) keeps
// exactly.
#pragma once

#include "message.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fp {

using Json = nlohmann::ordered_json;

struct TextPosition {
    int line = 0;   // 1-based; 0 when the place is not in a text (an edit, say)
    int column = 0; // in characters (UTF-8 code points), 1-based
};

struct JsonLimits {
    std::size_t max_bytes = 8u << 20;
    int max_depth = 64;
    std::size_t max_values = 1'000'000;
    std::size_t max_string_bytes = 1u << 20;
};

// The largest magnitude of a number in a file: 2^53 - 1.
inline constexpr double kMaxFileNumber = 9007199254740991.0;

struct ParsedJson {
    bool ok = false;
    Json value;
    Message error; // set when !ok: what is wrong, without the position
    TextPosition error_at;

    // The position of the value at `pointer`, or of its nearest recorded parent.
    TextPosition position_of(std::string_view pointer) const;

    // Where each value starts, as a tree: value 0 is the root, and a value is
    // found by its parent's number and its key or index ("3/name"). Keyed by
    // whole pointers, a long key deep down would be stored again for every
    // value below it, which no size limit on the file bounds.
    std::vector<TextPosition> starts;
    std::unordered_map<std::string, std::size_t> children;
};

// "the file is N bytes; the limit is M bytes": the refusal of an oversized file,
// worded once for the reader and for hosts that refuse before reading.
Message size_limit_message(std::size_t bytes, std::size_t limit);
// "N is too large: numbers in a plan file lie between ...": a number beyond
// kMaxFileNumber, in a file or typed into a plan.
Message number_too_large_message(std::string number);

ParsedJson parse_json(std::string_view text, const JsonLimits& limits = {});

// Appends one JSON Pointer reference token, escaped as RFC 6901 requires.
void append_pointer_token(std::string& pointer, std::string_view token);

} // namespace fp
