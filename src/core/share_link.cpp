#include "share_link.h"

#include "deflate.h"

#include <cstdint>
#include <cstdio>

namespace fp {

namespace {

constexpr std::string_view kPrefix = "plan=";
constexpr std::string_view kBase64Alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// How many characters (UTF-8 code points) `bytes` holds.
std::size_t characters(std::string_view bytes) {
    std::size_t n = 0;
    for (char c : bytes)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// The character at the start of `text` as a message shows it: itself when
// it is visible ASCII, otherwise its code point (a space, a non-breaking
// space and a full-width letter look alike or not at all).
std::string shown_character(std::string_view text) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char c = byte(0);
    if (c > 0x20 && c < 0x7F) return std::string(1, static_cast<char>(c));
    std::size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    std::uint32_t code = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    if (c >= 0x80 && (extra == 0 || c >= 0xF8 || text.size() <= extra)) extra = 0;
    for (std::size_t i = 1; i <= extra; ++i) {
        if ((byte(i) & 0xC0) != 0x80) {
            code = c, extra = 0; // not UTF-8: name the byte
            break;
        }
        code = (code << 6) | (byte(i) & 0x3F);
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code));
    return buffer;
}

PlanReadResult refused(Message message) {
    PlanReadResult result;
    result.problems.push_back(Problem{"", {}, std::move(message)});
    return result;
}

} // namespace

std::optional<std::string> share_fragment(const Plan& plan) {
    std::string fragment(kPrefix);
    fragment += std::to_string(kShareLinkVersion) + ".";
    fragment += base64url_encode(deflate_raw(write_plan_compact(plan)));
    if (fragment.size() > kMaxShareLinkBytes) return std::nullopt;
    return fragment;
}

PlanReadResult read_share_fragment(std::string_view input, const FormatLimits& limits) {
    // Pasted links often come with a space or a line break around them.
    std::size_t begin = 0, end = input.size();
    while (begin < end && is_space(input[begin]))
        ++begin;
    while (end > begin && is_space(input[end - 1]))
        --end;
    std::size_t at = begin; // where the fragment starts in `input`
    if (const std::size_t hash = input.substr(begin, end - begin).find('#');
        hash != std::string_view::npos)
        at = begin + hash + 1;
    const std::string_view fragment = input.substr(at, end - at);

    const Message not_a_link{"problem.link.not_a_link"};
    if (fragment.substr(0, kPrefix.size()) != kPrefix) return refused(not_a_link);
    const std::size_t dot = fragment.find('.', kPrefix.size());
    const std::string_view version =
        fragment.substr(kPrefix.size(), dot == std::string_view::npos ? 0 : dot - kPrefix.size());
    if (version.empty() || version.size() > 9 ||
        version.find_first_not_of("0123456789") != std::string_view::npos)
        return refused(not_a_link);
    if (version != std::to_string(kShareLinkVersion))
        return refused({"problem.link.unknown_version",
                        {{"version", std::string(version)},
                         {"supported", std::to_string(kShareLinkVersion)}}});
    if (fragment.size() > kMaxShareLinkBytes)
        return refused({"problem.link.too_long",
                        {{"bytes", std::to_string(fragment.size())},
                         {"limit", std::to_string(kMaxShareLinkBytes)}}});

    const std::size_t payload_at = at + dot + 1;
    const Base64Decoded packed = base64url_decode(fragment.substr(dot + 1));
    if (!packed.ok) {
        const std::size_t bad = payload_at + packed.bad_at;
        // Past the end, or a last character of the alphabet with bits left
        // over: both are what cutting a link anywhere leaves.
        if (bad >= end ||
            std::string_view(kBase64Alphabet).find(input[bad]) != std::string_view::npos)
            return refused(Message{"problem.link.cut_short"});
        // Counted in characters from the start of what was given, 1-based.
        return refused({"problem.link.bad_character",
                        {{"character", shown_character(input.substr(bad, end - bad))},
                         {"position", std::to_string(characters(input.substr(0, bad)) + 1)}}});
    }
    InflateResult unpacked = inflate_raw(packed.data, limits.json.max_bytes);
    if (!unpacked.ok) {
        if (unpacked.error.key == "deflate.too_large")
            return refused(
                {"problem.link.too_large", {{"limit", std::to_string(limits.json.max_bytes)}}});
        if (unpacked.error.key == "deflate.truncated")
            return refused(Message{"problem.link.cut_short"});
        return refused({"problem.link.damaged",
                        {{"offset", std::to_string(unpacked.offset)}},
                        {{"reason", std::move(unpacked.error)}}});
    }
    return read_plan(unpacked.data, limits);
}

} // namespace fp
