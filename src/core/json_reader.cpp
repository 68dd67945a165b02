#include "json_reader.h"

#include "vocabulary.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <utility>
#include <vector>

namespace fp {

namespace {

// Text from the file shown in a message (a word near an error, a field's
// name), cut to what a reader can take in, at a character's start.
std::string shortened(std::string text) {
    if (text.size() <= 40) return text;
    std::size_t from = text.size() - 40;
    while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80)
        ++from;
    text.erase(0, from);
    return text;
}

// A JSON syntax error as a message of its own, in place of nlohmann's English
// ("syntax error while parsing object key - unexpected ','; expected string
// literal"). `what` is its text, `token` what it last read, `word` the whole
// number or bare word it stopped in, as the text has it ("NaN", where nlohmann
// read only "N").
Message syntax_problem(const std::string& what, const std::string& token, std::string_view word) {
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
    near = shortened(std::move(near)); // a runaway string
    if (has("unexpected end of input") || has("missing closing quote"))
        return Message{"json.syntax.end"};
    if (has("control character")) return Message{"json.syntax.control_character"};
    if (has("invalid string")) return Message{"json.syntax.escape", {{"near", near}}};
    if (has("invalid number") || has("invalid literal"))
        return Message{has("invalid number") ? "json.syntax.number" : "json.syntax.word",
                       {{"near", word.empty() ? near : shortened(std::string(word))}}};
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
    TextPosition next{1, 1};     // position of the next character to be read
    TextPosition string_start;   // opening quote of the latest string
    TextPosition word_start;     // first character of the latest number or literal
    std::size_t word_offset = 0; // and its byte offset
    std::size_t offset = 0;      // of the next character
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
            word_start = next, word_offset = offset, after_separator = false;
        }
        ++offset;
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

// The key under which ParsedJson::children finds a value: its parent's number
// and its own pointer token.
std::string child_key(std::size_t parent, std::string_view token) {
    std::string key = std::to_string(parent);
    key += '/';
    key += token;
    return key;
}

class BoundedBuilder {
  public:
    BoundedBuilder(ParsedJson& out, std::string_view text, const ScanState& scan,
                   const JsonLimits& limits)
        : out_(out), text_(text), scan_(scan), limits_(limits) {}

    bool null() { return add(Json(nullptr), scan_.word_start); }
    bool boolean(bool v) { return add(Json(v), scan_.word_start); }
    bool number_integer(Json::number_integer_t v) {
        if (v < -kMaxExact)
            return fail(number_too_large_message(std::to_string(v)), scan_.word_start);
        return add(Json(v), scan_.word_start);
    }
    bool number_unsigned(Json::number_unsigned_t v) {
        if (v > static_cast<Json::number_unsigned_t>(kMaxExact))
            return fail(number_too_large_message(std::to_string(v)), scan_.word_start);
        return add(Json(v), scan_.word_start);
    }
    // Whole numbers beyond 64 bits arrive here too, as written.
    bool number_float(Json::number_float_t v, const std::string& written) {
        if (std::fabs(v) > kMaxFileNumber)
            return fail(number_too_large_message(shortened(written)), scan_.word_start);
        return add(Json(v), scan_.word_start);
    }
    bool string(std::string& v) {
        if (v.size() > limits_.max_string_bytes) return text_too_long();
        return add(Json(std::move(v)), scan_.string_start);
    }
    bool binary(Json::binary_t&) { return fail(Message{"json.binary"}, scan_.last_read); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    // nlohmann's own objects would keep the last of two equal keys unsaid;
    // a file that says two things about one field is refused instead.
    bool key(std::string& k) {
        if (k.size() > limits_.max_string_bytes) return text_too_long();
        Frame& f = frames_.back();
        f.child = std::to_string(f.node); // child_key(f.node, the key as a pointer token)
        append_pointer_token(f.child, k);
        if (out_.children.count(f.child))
            return fail({"json.duplicate_key", {{"field", shortened(k)}}}, scan_.string_start);
        f.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t, const std::string& last_token,
                     const nlohmann::detail::exception& e) {
        if (failed_) return false;
        // out_of_range.406: a number beyond a double's range, such as 1e400.
        if (e.id == 406)
            return fail(number_too_large_message(shortened(last_token)), scan_.word_start);
        if (cut_word()) return fail(Message{"json.syntax.end"}, scan_.last_read);
        return fail(syntax_problem(e.what(), last_token, word()), scan_.last_read);
    }

  private:
    // The latest number or bare word, up to what ends one.
    std::string_view word() const {
        std::size_t end = scan_.word_offset;
        while (end < text_.size() && static_cast<unsigned char>(text_[end]) > ' ' &&
               !std::strchr(",:[]{}\"", text_[end]))
            ++end;
        return text_.substr(scan_.word_offset, end - scan_.word_offset);
    }

    // Whether the text ends in the middle of a word ("nu", "0.", "1e-"): a
    // file cut short, not a misspelling.
    bool cut_word() const {
        const std::string_view w = word();
        if (w.empty() || scan_.word_offset + w.size() != text_.size()) return false;
        for (std::string_view literal : {"true", "false", "null"})
            if (literal.size() > w.size() && literal.substr(0, w.size()) == w) return true;
        return std::strchr(".eE+-", w.back()) != nullptr;
    }

    static constexpr std::int64_t kMaxExact = (std::int64_t{1} << 53) - 1;

    struct Frame {
        Json* container;
        std::size_t node; // the container's number in out_.starts
        std::size_t next_index = 0;
        std::string key;   // of the member about to be added to an object
        std::string child; // its child_key
        // An object's members until it closes. The ordered map holds its keys
        // const, so each time it grew it would copy every key it had.
        std::vector<std::pair<std::string, Json>> members;
    };

    // Records where the value about to be added starts; returns its number.
    std::size_t enter_value(const TextPosition& at) {
        const std::size_t node = out_.starts.size();
        if (!frames_.empty()) {
            Frame& f = frames_.back();
            if (f.container->is_array())
                out_.children.emplace(child_key(f.node, std::to_string(f.next_index++)), node);
            else
                out_.children.emplace(std::move(f.child), node);
        }
        out_.starts.push_back(at);
        return node;
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
        // Without the ordered map's linear search for the key (quadratic in
        // an object's size); key() has ruled out a repeat.
        f.members.emplace_back(std::move(f.key), std::move(v));
        return &f.members.back().second;
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
        const std::size_t node = enter_value(at);
        Json* placed = insert(std::move(container));
        frames_.push_back(Frame{placed, node, 0, {}, {}, {}});
        return true;
    }

    bool close() {
        Frame& f = frames_.back();
        if (f.container->is_object()) {
            auto& members =
                static_cast<Json::object_t::Container&>(f.container->get_ref<Json::object_t&>());
            members.reserve(f.members.size());
            for (auto& [key, value] : f.members)
                members.emplace_back(std::move(key), std::move(value));
        }
        frames_.pop_back();
        return true;
    }

    bool text_too_long() {
        return fail({"json.text_too_long", {{"limit", std::to_string(limits_.max_string_bytes)}}},
                    scan_.string_start);
    }

    bool fail(Message message, const TextPosition& at) {
        failed_ = true;
        out_.error = std::move(message);
        out_.error_at = at;
        return false;
    }

    ParsedJson& out_;
    std::string_view text_;
    const ScanState& scan_;
    const JsonLimits& limits_;
    std::vector<Frame> frames_;
    std::size_t values_ = 0;
    bool failed_ = false;
};

// The first thing that keeps the text from being read as UTF-8 JSON, found
// before parsing so that a file in another encoding, or no text at all (an
// image), is named as such rather than as a syntax error: nothing in it,
// UTF-16 or UTF-32 (a byte-order mark, or a NUL among the first two bytes,
// where "{" or a space would stand), a character cut off by the end of the
// file (a file cut short), or a byte that is not UTF-8. Sets `at` when the
// problem has a place.
Message encoding_problem(std::string_view text, TextPosition& at) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return Message{"json.empty"};
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (text.size() >= 2 && ((byte(0) == 0xFF && byte(1) == 0xFE) ||
                             (byte(0) == 0xFE && byte(1) == 0xFF) || byte(0) == 0 || byte(1) == 0))
        return Message{"json.utf16"};
    const std::size_t bad = utf8_error_at(text);
    if (bad == std::string_view::npos) return {};
    ScanState scan;
    for (std::size_t i = 0; i < bad; ++i)
        scan.consume(byte(i));
    at = scan.next;
    const unsigned char lead = byte(bad);
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    bool cut = lead >= 0xC2 && lead <= 0xF4 && text.size() - bad < length;
    for (std::size_t i = bad + 1; cut && i < text.size(); ++i)
        cut = (byte(i) & 0xC0) == 0x80;
    if (cut) return Message{"json.syntax.end"};
    char shown[8];
    std::snprintf(shown, sizeof shown, "0x%02X", lead);
    return Message{"json.not_utf8", {{"byte", shown}}};
}

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

TextPosition ParsedJson::position_of(std::string_view pointer) const {
    if (starts.empty()) return TextPosition{};
    std::size_t node = 0;
    while (!pointer.empty()) { // "/a/0": "a", then "0"
        const std::size_t end = pointer.find('/', 1);
        auto it = children.find(child_key(node, pointer.substr(1, end - 1)));
        if (it == children.end()) break;
        node = it->second;
        pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
    }
    return starts[node];
}

Message size_limit_message(std::size_t bytes, std::size_t limit) {
    return {"json.too_large", {{"bytes", std::to_string(bytes)}, {"limit", std::to_string(limit)}}};
}

Message number_too_large_message(std::string number) {
    return {"json.number_too_large", {{"number", std::move(number)}}};
}

ParsedJson parse_json(std::string_view text, const JsonLimits& limits) {
    ParsedJson out;
    if (text.size() > limits.max_bytes) {
        out.error = size_limit_message(text.size(), limits.max_bytes);
        return out;
    }
    // A UTF-8 byte-order mark (Notepad writes one) says only "UTF-8"; skipped
    // here rather than by nlohmann so that it takes no column on line 1.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (Message wrong = encoding_problem(text, out.error_at); !wrong.empty()) {
        out.error = std::move(wrong);
        return out;
    }
    ScanState scan;
    BoundedBuilder builder(out, text, scan, limits);
    TrackingIterator first{text.data(), &scan};
    TrackingIterator last{text.data() + text.size(), &scan};
    out.ok =
        Json::sax_parse(first, last, &builder, nlohmann::detail::input_format_t::json, true, false);
    if (!out.ok) out.value = Json();
    return out;
}

} // namespace fp
