#include "json_reader.h"

#include <cstring>
#include <iterator>
#include <utility>
#include <vector>

namespace fp {

namespace {

// A JSON syntax error as a message of its own, in place of nlohmann's English
// ("syntax error while parsing object key - unexpected ','; expected string
// literal"). `what` is its text, `token` what it last read.
Message syntax_problem(const std::string& what, const std::string& token) {
    const auto has = [&](const char* s) { return what.find(s) != std::string::npos; };
    // nlohmann names punctuation quoted ("','") and other tokens by kind.
    const auto named = [](std::string name) -> Message {
        if (name.size() == 3 && name.front() == '\'')
            return Message{"json.token.character", {{"character", name.substr(1, 1)}}};
        if (name == "string literal") return Message{"json.token.text"};
        if (name == "end of input") return Message{"json.token.end"};
        return Message{"json.token.value"};
    };
    // nlohmann's "last read" can reach back past the bad word ('"a": tru}'
    // for `tru`) and ends with the character that broke it: keep the word.
    std::string near = token;
    if (!near.empty() && std::strchr(",:]}", near.back())) near.pop_back();
    // Control characters come written as "<U+000A>".
    while (!near.empty() && std::strchr(" \t\r\n>", near.back())) {
        const bool written =
            near.back() == '>' && near.size() >= 8 && near.compare(near.size() - 8, 3, "<U+") == 0;
        if (near.back() == '>' && !written) break;
        near.erase(near.size() - (written ? 8 : 1));
    }
    if (!has("invalid string")) near = near.substr(near.find_last_of(" \t\r\n,:[{") + 1);
    // Long tokens (a runaway string) are cut to what a reader can take in.
    if (near.size() > 40) {
        std::size_t from = near.size() - 40;
        while (from < near.size() && (static_cast<unsigned char>(near[from]) & 0xC0) == 0x80)
            ++from; // not inside a character
        near.erase(0, from);
    }
    if (has("unexpected end of input") || has("missing closing quote"))
        return Message{"json.syntax.end"};
    if (has("ill-formed UTF-8")) return Message{"problem.invalid_utf8"};
    if (has("control character")) return Message{"json.syntax.control_character"};
    if (has("invalid string")) return Message{"json.syntax.escape", {{"near", near}}};
    if (has("invalid number")) return Message{"json.syntax.number", {{"near", near}}};
    if (has("invalid literal")) return Message{"json.syntax.word", {{"near", near}}};
    const auto unexpected = what.find("unexpected ");
    if (unexpected == std::string::npos) return Message{"json.syntax.other", {{"near", near}}};
    const auto expected = what.find("; expected ");
    const std::size_t from = unexpected + 11;
    Message found = named(
        what.substr(from, expected == std::string::npos ? std::string::npos : expected - from));
    if (expected == std::string::npos)
        return Message{"json.syntax.unexpected", {}, {{"found", std::move(found)}}};
    return Message{"json.syntax.expected",
                   {},
                   {{"found", std::move(found)}, {"expected", named(what.substr(expected + 11))}}};
}

// Follows the characters the parser consumes, so the SAX handler can tell
// where the token it is being told about began.
struct ScanState {
    TextPosition next{1, 1};   // position of the next character to be read
    TextPosition string_start; // opening quote of the latest string
    TextPosition word_start;   // first character of the latest number or literal
    TextPosition last_structural;
    TextPosition last_read;
    bool in_string = false;
    bool escape = false;
    bool after_separator = true;

    void consume(unsigned char c) {
        last_read = next;
        if (in_string) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            string_start = next, in_string = true;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            after_separator = true;
        } else if (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':') {
            last_structural = next, after_separator = true;
        } else if (after_separator) {
            word_start = next, after_separator = false;
        }
        if (c == '\n') {
            ++next.line, next.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++next.column; // count code points, not bytes
        }
    }
};

struct TrackingIterator {
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at = nullptr;
    ScanState* scan = nullptr;

    reference operator*() const { return *at; }
    TrackingIterator& operator++() {
        scan->consume(static_cast<unsigned char>(*at));
        ++at;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const TrackingIterator& o) const { return at == o.at; }
    bool operator!=(const TrackingIterator& o) const { return at != o.at; }
};

class BoundedBuilder {
  public:
    BoundedBuilder(ParsedJson& out, const ScanState& scan, const JsonLimits& limits)
        : out_(out), scan_(scan), limits_(limits) {}

    bool null() { return add(Json(nullptr), scan_.word_start); }
    bool boolean(bool v) { return add(Json(v), scan_.word_start); }
    bool number_integer(Json::number_integer_t v) { return add(Json(v), scan_.word_start); }
    bool number_unsigned(Json::number_unsigned_t v) { return add(Json(v), scan_.word_start); }
    bool number_float(Json::number_float_t v, const std::string&) {
        return add(Json(v), scan_.word_start);
    }
    bool string(std::string& v) {
        if (v.size() > limits_.max_string_bytes)
            return fail(
                {"json.text_too_long", {{"limit", std::to_string(limits_.max_string_bytes)}}},
                scan_.string_start);
        return add(Json(std::move(v)), scan_.string_start);
    }
    bool binary(Json::binary_t&) { return fail(Message{"json.binary"}, scan_.last_read); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Frame& f = frames_.back();
        path_.resize(f.path_length);
        append_pointer_token(path_, k);
        f.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t, const std::string& last_token,
                     const nlohmann::detail::exception& e) {
        if (!failed_) fail(syntax_problem(e.what(), last_token), scan_.last_read);
        return false;
    }

  private:
    struct Frame {
        Json* container;
        std::size_t path_length;
        std::size_t next_index = 0;
        std::string key;
    };

    // Sets path_ to the pointer of the value about to be added.
    void enter_value(const TextPosition& at) {
        if (!frames_.empty()) {
            Frame& f = frames_.back();
            if (f.container->is_array()) {
                path_.resize(f.path_length);
                append_pointer_token(path_, std::to_string(f.next_index++));
            }
        }
        out_.positions[path_] = at;
    }

    Json* insert(Json&& v) {
        if (frames_.empty()) {
            out_.value = std::move(v);
            return &out_.value;
        }
        Frame& f = frames_.back();
        if (f.container->is_array()) {
            f.container->push_back(std::move(v));
            return &f.container->back();
        }
        Json& slot = (*f.container)[f.key];
        slot = std::move(v);
        return &slot;
    }

    bool count_value(const TextPosition& at) {
        if (++values_ > limits_.max_values)
            return fail({"json.too_many_values", {{"limit", std::to_string(limits_.max_values)}}},
                        at);
        return true;
    }

    bool add(Json&& v, const TextPosition& at) {
        if (!count_value(at)) return false;
        enter_value(at);
        insert(std::move(v));
        return true;
    }

    bool open(Json&& container) {
        const TextPosition at = scan_.last_structural;
        if (static_cast<int>(frames_.size()) >= limits_.max_depth)
            return fail({"json.too_deep", {{"limit", std::to_string(limits_.max_depth)}}}, at);
        if (!count_value(at)) return false;
        enter_value(at);
        Json* placed = insert(std::move(container));
        frames_.push_back(Frame{placed, path_.size(), 0, {}});
        return true;
    }

    bool close() {
        frames_.pop_back();
        if (!frames_.empty()) path_.resize(frames_.back().path_length);
        return true;
    }

    bool fail(Message message, const TextPosition& at) {
        failed_ = true;
        out_.error = std::move(message);
        out_.error_at = at;
        return false;
    }

    ParsedJson& out_;
    const ScanState& scan_;
    const JsonLimits& limits_;
    std::vector<Frame> frames_;
    std::string path_;
    std::size_t values_ = 0;
    bool failed_ = false;
};

} // namespace

void append_pointer_token(std::string& pointer, std::string_view token) {
    pointer += '/';
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

TextPosition ParsedJson::position_of(std::string pointer) const {
    for (;;) {
        auto it = positions.find(pointer);
        if (it != positions.end()) return it->second;
        auto slash = pointer.rfind('/');
        if (slash == std::string::npos) return TextPosition{};
        pointer.resize(slash);
    }
}

Message size_limit_message(std::size_t bytes, std::size_t limit) {
    return {"json.too_large", {{"bytes", std::to_string(bytes)}, {"limit", std::to_string(limit)}}};
}

ParsedJson parse_json(std::string_view text, const JsonLimits& limits) {
    ParsedJson out;
    if (text.size() > limits.max_bytes) {
        out.error = size_limit_message(text.size(), limits.max_bytes);
        return out;
    }
    ScanState scan;
    BoundedBuilder builder(out, scan, limits);
    TrackingIterator first{text.data(), &scan};
    TrackingIterator last{text.data() + text.size(), &scan};
    out.ok =
        Json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json, true, false);
    if (!out.ok) out.value = Json();
    return out;
}

} // namespace fp
