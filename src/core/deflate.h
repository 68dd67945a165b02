// Raw DEFLATE (RFC 1951, no zlib or gzip wrapper) and base64url (RFC 4648
// section 5, no padding): what a share link carries a plan in. Written here
// because the web build cannot link zlib. Inflating takes untrusted input:
// it is bounded in output, never reads or writes out of bounds, and says
// what is wrong and where.
#pragma once

#include "message.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace fp {

// LZ77 over a 32 KiB window (hash chains, lazy matching) and per block the
// smallest of a dynamic Huffman, fixed Huffman or stored encoding.
std::string deflate_raw(std::string_view data);

struct InflateResult {
    bool ok = false;
    std::string data;       // empty unless ok
    Message error;          // a "deflate.*" message, set when !ok
    std::size_t offset = 0; // when !ok, the byte of the input where it went wrong
};

// Refuses output beyond `max_out` bytes (a small input can unpack to
// gigabytes) and any bytes after the final block.
InflateResult inflate_raw(std::string_view data, std::size_t max_out);

std::string base64url_encode(std::string_view bytes);

struct Base64Decoded {
    bool ok = false;
    std::string data;
    // When !ok: the index of the first character that does not belong
    // (outside the alphabet, or a last character with bits left over), or
    // the text's length when it is one character short of a whole byte.
    std::size_t bad_at = 0;
};
// Strict: only A-Z a-z 0-9 - _, no padding, no whitespace, and the unused
// bits of the last character zero, so each byte string has one encoding.
Base64Decoded base64url_decode(std::string_view text);

} // namespace fp
