#include "deflate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <queue>
#include <utility>
#include <vector>

namespace fp {

namespace {

// RFC 1951, 3.2.5: the base and extra bits of each length and distance code.
constexpr std::uint16_t kLengthBase[29] = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                           15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                           67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::uint8_t kLengthExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                           2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::uint16_t kDistBase[30] = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::uint8_t kDistExtra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                         6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order in which a dynamic block's header lists the code-length code.
constexpr std::uint8_t kCodeLengthOrder[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                               11, 4,  12, 3, 13, 2, 14, 1, 15};

constexpr int kLitCodes = 286, kDistCodes = 30, kCodeLengthCodes = 19;
constexpr std::size_t kWindow = 32768;
constexpr int kMinMatch = 3, kMaxMatch = 258;

// ---------------------------------------------------------------- writing

class BitWriter {
  public:
    // `bits` low bit first, as DEFLATE packs everything but Huffman codes.
    void put(std::uint32_t bits, int count) {
        buffer_ |= static_cast<std::uint64_t>(bits) << count_;
        count_ += count;
        while (count_ >= 8) {
            out_.push_back(static_cast<char>(buffer_ & 0xFF));
            buffer_ >>= 8;
            count_ -= 8;
        }
    }
    void align() {
        if (count_ > 0) put(0, 8 - count_);
    }
    int pending_bits() const { return count_; }
    void append_bytes(std::string_view bytes) { out_.append(bytes); } // only when aligned
    std::string finish() {
        align();
        return std::move(out_);
    }

  private:
    std::string out_;
    std::uint64_t buffer_ = 0;
    int count_ = 0;
};

// Huffman codes are sent from their first bit, so they are stored reversed.
std::uint32_t reverse_bits(std::uint32_t code, int length) {
    std::uint32_t out = 0;
    for (int i = 0; i < length; ++i, code >>= 1)
        out = (out << 1) | (code & 1);
    return out;
}

// Canonical codes (RFC 1951, 3.2.2) from code lengths, reversed for sending.
std::vector<std::uint32_t> canonical_codes(const std::vector<std::uint8_t>& lengths) {
    std::array<std::uint32_t, 16> count{}, next{};
    for (std::uint8_t l : lengths)
        ++count[l];
    count[0] = 0;
    std::uint32_t code = 0;
    for (int bits = 1; bits < 16; ++bits) {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    std::vector<std::uint32_t> codes(lengths.size(), 0);
    for (std::size_t s = 0; s < lengths.size(); ++s)
        if (lengths[s]) codes[s] = reverse_bits(next[lengths[s]]++, lengths[s]);
    return codes;
}

// Huffman code lengths for `freq`, none longer than `limit`, and always a
// complete code: inflaters (zlib's and ours) refuse incomplete ones. At
// least two symbols get a code, for the same reason.
std::vector<std::uint8_t> code_lengths(std::vector<std::uint32_t> freq, int limit) {
    const int n = static_cast<int>(freq.size());
    int nonzero = static_cast<int>(n - std::count(freq.begin(), freq.end(), 0u));
    for (int s = 0; s < n && nonzero < 2; ++s)
        if (freq[s] == 0) freq[s] = 1, ++nonzero;
    std::vector<std::uint8_t> lengths(freq.size(), 0);

    // Plain Huffman: merge the two lightest nodes until one is left.
    std::vector<int> parent;
    using Node = std::pair<std::uint64_t, int>; // weight, index
    std::priority_queue<Node, std::vector<Node>, std::greater<Node>> queue;
    std::vector<int> leaf_node(freq.size(), -1);
    for (int s = 0; s < n; ++s)
        if (freq[s]) {
            leaf_node[s] = static_cast<int>(parent.size());
            parent.push_back(-1);
            queue.emplace(freq[s], leaf_node[s]);
        }
    while (queue.size() > 1) {
        const Node a = queue.top();
        queue.pop();
        const Node b = queue.top();
        queue.pop();
        const int joined = static_cast<int>(parent.size());
        parent.push_back(-1);
        parent[a.second] = parent[b.second] = joined;
        queue.emplace(a.first + b.first, joined);
    }
    for (int s = 0; s < n; ++s) {
        if (leaf_node[s] < 0) continue;
        int depth = 0;
        for (int node = leaf_node[s]; parent[node] >= 0; node = parent[node])
            ++depth;
        lengths[s] = static_cast<std::uint8_t>(std::min(depth, limit));
    }

    // Clamping to the limit over-subscribes the code: lengthen the rarest
    // symbols below the limit until it fits, then shorten the most frequent
    // while there is room, which ends complete (the room left is always a
    // multiple of the deepest symbol's share, so one always fits).
    const std::int64_t capacity = std::int64_t{1} << limit;
    std::int64_t used = 0;
    for (int s = 0; s < n; ++s)
        if (lengths[s]) used += capacity >> lengths[s];
    while (used > capacity) {
        int pick = -1;
        for (int s = 0; s < n; ++s)
            if (lengths[s] && lengths[s] < limit &&
                (pick < 0 || freq[s] < freq[pick] ||
                 (freq[s] == freq[pick] && lengths[s] > lengths[pick])))
                pick = s;
        used -= capacity >> (lengths[pick] + 1);
        ++lengths[pick];
    }
    while (used < capacity) {
        int pick = -1;
        for (int s = 0; s < n; ++s)
            if (lengths[s] > 1 && (capacity >> lengths[s]) <= capacity - used &&
                (pick < 0 || freq[s] > freq[pick]))
                pick = s;
        used += capacity >> lengths[pick];
        --lengths[pick];
    }
    return lengths;
}

// One LZ77 item: a literal byte (distance 0) or a match.
struct Item {
    std::uint16_t value; // the byte, or the match's length
    std::uint16_t distance;
};

int length_code(int length) {
    int c = 0;
    while (c < 28 && kLengthBase[c + 1] <= length)
        ++c;
    return c;
}
int distance_code(int distance) {
    int c = 0;
    while (c < 29 && kDistBase[c + 1] <= distance)
        ++c;
    return c;
}

struct Block {
    std::vector<std::uint8_t> lit, dist;
};

Block fixed_block() {
    Block b;
    b.lit.assign(288, 8);
    std::fill(b.lit.begin() + 144, b.lit.begin() + 256, 9);
    std::fill(b.lit.begin() + 256, b.lit.begin() + 280, 7);
    b.dist.assign(30, 5);
    return b;
}

// The bits the items take under the given code lengths.
std::uint64_t items_cost(const std::vector<std::uint32_t>& lit_freq,
                         const std::vector<std::uint32_t>& dist_freq, const Block& code) {
    std::uint64_t bits = 0;
    for (int s = 0; s < kLitCodes; ++s)
        bits += std::uint64_t{lit_freq[s]} * (code.lit[s] + (s > 256 ? kLengthExtra[s - 257] : 0));
    for (int s = 0; s < kDistCodes; ++s)
        bits += std::uint64_t{dist_freq[s]} * (code.dist[s] + kDistExtra[s]);
    return bits;
}

// A dynamic block's header: the code lengths, run-length coded.
struct Header {
    int hlit = 257, hdist = 1, hclen = 4;
    std::vector<std::pair<int, int>> runs; // code-length symbol, its extra bits' value
    std::vector<std::uint8_t> cl_lengths;
    std::uint64_t bits = 0;
};

Header dynamic_header(const Block& code) {
    Header h;
    h.hlit = 257;
    for (int s = 257; s < kLitCodes; ++s)
        if (code.lit[s]) h.hlit = s + 1;
    h.hdist = 1;
    for (int s = 1; s < kDistCodes; ++s)
        if (code.dist[s]) h.hdist = s + 1;
    std::vector<std::uint8_t> all(code.lit.begin(), code.lit.begin() + h.hlit);
    all.insert(all.end(), code.dist.begin(), code.dist.begin() + h.hdist);
    std::vector<std::uint32_t> cl_freq(kCodeLengthCodes, 0);
    for (std::size_t i = 0; i < all.size();) {
        const std::uint8_t l = all[i];
        std::size_t run = 1;
        while (i + run < all.size() && all[i + run] == l)
            ++run;
        if (l == 0 && run >= 3) {
            const int take = static_cast<int>(std::min<std::size_t>(run, 138));
            h.runs.emplace_back(take <= 10 ? 17 : 18, take <= 10 ? take - 3 : take - 11);
            i += take;
        } else if (l != 0 && run >= 4) {
            h.runs.emplace_back(l, 0);
            const int take = static_cast<int>(std::min<std::size_t>(run - 1, 6));
            h.runs.emplace_back(16, take - 3);
            i += 1 + take;
        } else {
            h.runs.emplace_back(l, 0);
            i += 1;
        }
    }
    for (const auto& r : h.runs)
        ++cl_freq[r.first];
    h.cl_lengths = code_lengths(cl_freq, 7);
    h.hclen = 4;
    for (int i = 4; i < kCodeLengthCodes; ++i)
        if (h.cl_lengths[kCodeLengthOrder[i]]) h.hclen = i + 1;
    h.bits = 5 + 5 + 4 + 3 * h.hclen;
    for (const auto& r : h.runs)
        h.bits += h.cl_lengths[r.first] + (r.first == 16   ? 2
                                           : r.first == 17 ? 3
                                           : r.first == 18 ? 7
                                                           : 0);
    return h;
}

class Compressor {
  public:
    explicit Compressor(std::string_view data) : data_(data) {}

    std::string run() {
        if (data_.empty()) { // one fixed block holding only its end
            out_.put(1, 1);
            out_.put(1, 2);
            out_.put(0, 7);
            return out_.finish();
        }
        head_.assign(1u << kHashBits, -1);
        prev_.assign(kWindow, -1);
        const std::size_t n = data_.size();
        std::size_t p = 0;
        Match pending{0, 0};
        bool have_pending = false;
        while (p < n) {
            const Match m = have_pending ? pending : find(p, 0);
            have_pending = false;
            insert(p);
            // Lazy matching: a longer match one byte on is worth a literal.
            if (m.length >= kMinMatch && m.length < kLazyLength && p + 1 < n) {
                pending = find(p + 1, m.length);
                have_pending = true;
                if (pending.length > m.length) {
                    add({static_cast<std::uint8_t>(data_[p]), 0}, p + 1);
                    ++p;
                    continue;
                }
                have_pending = false;
            }
            if (m.length >= kMinMatch) {
                for (std::size_t q = p + 1; q < p + m.length; ++q)
                    insert(q);
                p += m.length;
                add({static_cast<std::uint16_t>(m.length), static_cast<std::uint16_t>(m.distance)},
                    p);
            } else {
                add({static_cast<std::uint8_t>(data_[p]), 0}, p + 1);
                ++p;
            }
        }
        flush(true);
        return out_.finish();
    }

  private:
    // zlib's level 6 settings, near its speed and ratio.
    static constexpr int kHashBits = 15;
    static constexpr int kMaxChain = 128, kGoodLength = 8, kLazyLength = 16, kNiceLength = 128;
    static constexpr std::size_t kBlockItems = 16384;
    // A 3-byte match this far back costs more than three literals.
    static constexpr std::size_t kTooFar = 4096;

    struct Match {
        std::size_t length, distance;
    };

    std::uint32_t hash(std::size_t p) const {
        const auto b = [&](std::size_t i) { return static_cast<std::uint8_t>(data_[p + i]); };
        const std::uint32_t v = b(0) | (b(1) << 8) | (b(2) << 16);
        return (v * 2654435761u) >> (32 - kHashBits);
    }

    void insert(std::size_t p) {
        if (p + kMinMatch > data_.size()) return;
        const std::uint32_t h = hash(p);
        prev_[p % kWindow] = head_[h];
        head_[h] = static_cast<std::int64_t>(p);
    }

    // The longest earlier match at p. A chain entry is read only while it
    // lies within the window, so it was not overwritten by a later position.
    Match find(std::size_t p, std::size_t previous_length) const {
        Match best{0, 0};
        const std::size_t n = data_.size();
        if (p + kMinMatch > n) return best;
        const std::size_t max_length = std::min<std::size_t>(kMaxMatch, n - p);
        int chain =
            previous_length >= static_cast<std::size_t>(kGoodLength) ? kMaxChain / 4 : kMaxChain;
        for (std::int64_t c = head_[hash(p)]; c >= 0 && chain-- > 0;) {
            const std::size_t at = static_cast<std::size_t>(c);
            if (p - at > kWindow) break;
            if (data_[at + best.length] == data_[p + best.length]) {
                std::size_t len = 0;
                while (len < max_length && data_[at + len] == data_[p + len])
                    ++len;
                if (len > best.length && (len > kMinMatch || p - at <= kTooFar)) {
                    best = {len, p - at};
                    if (len >= static_cast<std::size_t>(kNiceLength) || len == max_length) break;
                }
            }
            c = prev_[at % kWindow];
        }
        if (best.length < kMinMatch) best = {0, 0};
        return best;
    }

    // `end`: the input covered once this item is added.
    void add(Item item, std::size_t end) {
        items_.push_back(item);
        end_ = end;
        if (items_.size() >= kBlockItems) flush(false);
    }

    void flush(bool final) {
        std::vector<std::uint32_t> lit_freq(kLitCodes, 0), dist_freq(kDistCodes, 0);
        for (const Item& it : items_) {
            if (it.distance == 0) {
                ++lit_freq[it.value];
            } else {
                ++lit_freq[257 + length_code(it.value)];
                ++dist_freq[distance_code(it.distance)];
            }
        }
        lit_freq[256] = 1;

        Block dynamic{code_lengths(lit_freq, 15), code_lengths(dist_freq, 15)};
        const Header header = dynamic_header(dynamic);
        const std::uint64_t dynamic_bits =
            3 + header.bits + items_cost(lit_freq, dist_freq, dynamic);
        const Block fixed = fixed_block();
        const std::uint64_t fixed_bits = 3 + items_cost(lit_freq, dist_freq, fixed);
        // Stored: split into pieces of at most 65,535 bytes, each aligned.
        const std::size_t raw = end_ - start_;
        const std::size_t pieces = std::max<std::size_t>(1, (raw + 65534) / 65535);
        const int first_pad = (8 - (out_.pending_bits() + 3) % 8) % 8;
        const std::uint64_t stored_bits =
            first_pad + (pieces - 1) * 5 + pieces * (3 + 32) + std::uint64_t{raw} * 8;

        if (stored_bits < std::min(dynamic_bits, fixed_bits)) {
            for (std::size_t piece = 0; piece < pieces; ++piece) {
                const std::size_t from = start_ + piece * 65535;
                const std::size_t size = std::min<std::size_t>(65535, end_ - from);
                out_.put(final && piece + 1 == pieces ? 1 : 0, 1);
                out_.put(0, 2);
                out_.align();
                out_.put(static_cast<std::uint32_t>(size), 16);
                out_.put(static_cast<std::uint32_t>(~size & 0xFFFF), 16);
                out_.append_bytes(data_.substr(from, size));
            }
        } else if (fixed_bits <= dynamic_bits) {
            out_.put(final ? 1 : 0, 1);
            out_.put(1, 2);
            write_items(fixed);
        } else {
            out_.put(final ? 1 : 0, 1);
            out_.put(2, 2);
            out_.put(header.hlit - 257, 5);
            out_.put(header.hdist - 1, 5);
            out_.put(header.hclen - 4, 4);
            for (int i = 0; i < header.hclen; ++i)
                out_.put(header.cl_lengths[kCodeLengthOrder[i]], 3);
            const std::vector<std::uint32_t> cl_codes = canonical_codes(header.cl_lengths);
            for (const auto& r : header.runs) {
                out_.put(cl_codes[r.first], header.cl_lengths[r.first]);
                if (r.first == 16) out_.put(r.second, 2);
                if (r.first == 17) out_.put(r.second, 3);
                if (r.first == 18) out_.put(r.second, 7);
            }
            write_items(dynamic);
        }
        items_.clear();
        start_ = end_;
    }

    void write_items(const Block& code) {
        const std::vector<std::uint32_t> lit = canonical_codes(code.lit);
        const std::vector<std::uint32_t> dist = canonical_codes(code.dist);
        for (const Item& it : items_) {
            if (it.distance == 0) {
                out_.put(lit[it.value], code.lit[it.value]);
                continue;
            }
            const int lc = length_code(it.value);
            out_.put(lit[257 + lc], code.lit[257 + lc]);
            out_.put(it.value - kLengthBase[lc], kLengthExtra[lc]);
            const int dc = distance_code(it.distance);
            out_.put(dist[dc], code.dist[dc]);
            out_.put(it.distance - kDistBase[dc], kDistExtra[dc]);
        }
        out_.put(lit[256], code.lit[256]);
    }

    std::string_view data_;
    std::vector<std::int64_t> head_, prev_;
    std::vector<Item> items_;
    std::size_t start_ = 0, end_ = 0; // the input the pending items cover
    BitWriter out_;
};

// ---------------------------------------------------------------- reading

// A canonical Huffman code for decoding: how many codes of each length and
// the symbols in code order (as zlib's puff.c decodes, one bit at a time).
struct Decoder {
    std::array<std::uint16_t, 16> count{};
    std::array<std::uint16_t, 288> symbol{};
};

// 0 for a complete code, above 0 for an incomplete one, below 0 for an
// over-subscribed one.
int build_decoder(Decoder& d, const std::uint8_t* lengths, int n) {
    d.count.fill(0);
    for (int s = 0; s < n; ++s)
        ++d.count[lengths[s]];
    if (d.count[0] == n) return 0; // no codes: complete, and unusable
    int left = 1;
    for (int len = 1; len < 16; ++len) {
        left = left * 2 - d.count[len];
        if (left < 0) return left;
    }
    std::array<std::uint16_t, 16> offs{};
    for (int len = 1; len < 15; ++len)
        offs[len + 1] = static_cast<std::uint16_t>(offs[len] + d.count[len]);
    for (int s = 0; s < n; ++s)
        if (lengths[s]) d.symbol[offs[lengths[s]]++] = static_cast<std::uint16_t>(s);
    return left;
}

class Inflater {
  public:
    Inflater(std::string_view in, std::size_t max_out) : in_(in), max_out_(max_out) {}

    InflateResult run() {
        InflateResult result;
        for (bool last = false; !last && !failed_;) {
            last = bits(1) == 1;
            const std::uint32_t type = bits(2);
            if (failed_) break;
            if (type == 0)
                stored();
            else if (type == 1)
                fixed();
            else if (type == 2)
                dynamic();
            else
                fail(Message{"deflate.bad_block_type"});
        }
        if (!failed_ && pos_ < in_.size()) {
            // Padding bits of the last byte are allowed; whole bytes are not.
            fail_at({"deflate.trailing", {{"count", std::to_string(in_.size() - pos_)}}}, pos_);
        }
        if (failed_) {
            result.error = std::move(error_);
            result.offset = error_offset_;
            return result;
        }
        result.ok = true;
        result.data = std::move(out_);
        return result;
    }

  private:
    // The first error wins; later reads return zeros and change nothing.
    void fail(Message m) { fail_at(std::move(m), (pos_ * 8 - count_) / 8); }
    void fail_at(Message m, std::size_t offset) {
        if (failed_) return;
        failed_ = true;
        error_ = std::move(m);
        error_offset_ = std::min(in_.size(), offset);
    }

    std::uint32_t bits(int need) {
        while (count_ < need) {
            if (pos_ >= in_.size()) {
                fail_at(Message{"deflate.truncated"}, in_.size());
                return 0;
            }
            buffer_ |= static_cast<std::uint64_t>(static_cast<std::uint8_t>(in_[pos_++])) << count_;
            count_ += 8;
        }
        const std::uint32_t v = static_cast<std::uint32_t>(buffer_ & ((1ull << need) - 1));
        buffer_ >>= need;
        count_ -= need;
        return v;
    }

    bool room_for(std::size_t more) {
        if (more <= max_out_ - out_.size()) return true;
        fail({"deflate.too_large", {{"limit", std::to_string(max_out_)}}});
        return false;
    }

    void stored() {
        // Fewer than 8 bits are ever buffered after a read: drop them.
        buffer_ = 0;
        count_ = 0;
        if (in_.size() - pos_ < 4) {
            fail_at(Message{"deflate.truncated"}, in_.size());
            return;
        }
        const auto byte = [&](std::size_t i) {
            return static_cast<std::uint32_t>(static_cast<std::uint8_t>(in_[i]));
        };
        const std::uint32_t len = byte(pos_) | (byte(pos_ + 1) << 8);
        const std::uint32_t nlen = byte(pos_ + 2) | (byte(pos_ + 3) << 8);
        if (len != (~nlen & 0xFFFF)) {
            fail(Message{"deflate.stored_length"});
            return;
        }
        pos_ += 4;
        if (in_.size() - pos_ < len) {
            fail_at(Message{"deflate.truncated"}, in_.size());
            return;
        }
        if (!room_for(len)) return;
        out_.append(in_.substr(pos_, len));
        pos_ += len;
    }

    int decode(const Decoder& d) {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len < 16; ++len) {
            code |= static_cast<int>(bits(1));
            if (failed_) return -1;
            const int count = d.count[len];
            if (code - count < first) return d.symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        fail(Message{"deflate.bad_code"}); // only an incomplete code has such gaps
        return -1;
    }

    void codes(const Decoder& lit, const Decoder& dist) {
        while (!failed_) {
            const int sym = decode(lit);
            if (sym < 0) return;
            if (sym < 256) {
                if (!room_for(1)) return;
                out_.push_back(static_cast<char>(sym));
                continue;
            }
            if (sym == 256) return;
            if (sym - 257 >= 29) {
                fail(Message{"deflate.bad_symbol"});
                return;
            }
            const std::size_t length = kLengthBase[sym - 257] + bits(kLengthExtra[sym - 257]);
            const int dsym = decode(dist);
            if (dsym < 0) return;
            if (dsym >= 30) {
                fail(Message{"deflate.bad_symbol"});
                return;
            }
            const std::size_t distance = kDistBase[dsym] + bits(kDistExtra[dsym]);
            if (failed_) return;
            if (distance > out_.size()) {
                fail({"deflate.distance_too_far",
                      {{"distance", std::to_string(distance)},
                       {"available", std::to_string(out_.size())}}});
                return;
            }
            if (!room_for(length)) return;
            // Byte by byte: a match may overlap what it copies (a run).
            const std::size_t from = out_.size() - distance;
            for (std::size_t i = 0; i < length; ++i)
                out_.push_back(out_[from + i]);
        }
    }

    void fixed() {
        // 32 distance codes, so that the two that do not exist decode and are refused.
        std::array<std::uint8_t, 288 + 32> lengths{};
        std::fill(lengths.begin(), lengths.begin() + 144, 8);
        std::fill(lengths.begin() + 144, lengths.begin() + 256, 9);
        std::fill(lengths.begin() + 256, lengths.begin() + 280, 7);
        std::fill(lengths.begin() + 280, lengths.begin() + 288, 8);
        std::fill(lengths.begin() + 288, lengths.end(), 5);
        Decoder lit, dist;
        build_decoder(lit, lengths.data(), 288);
        build_decoder(dist, lengths.data() + 288, 32);
        codes(lit, dist);
    }

    void dynamic() {
        const int nlen = static_cast<int>(bits(5)) + 257;
        const int ndist = static_cast<int>(bits(5)) + 1;
        const int ncode = static_cast<int>(bits(4)) + 4;
        if (failed_) return;
        if (nlen > kLitCodes || ndist > kDistCodes) {
            fail({"deflate.too_many_codes",
                  {{"lengths", std::to_string(nlen)}, {"distances", std::to_string(ndist)}}});
            return;
        }
        std::array<std::uint8_t, kLitCodes + kDistCodes> lengths{};
        for (int i = 0; i < ncode; ++i)
            lengths[kCodeLengthOrder[i]] = static_cast<std::uint8_t>(bits(3));
        if (failed_) return;
        Decoder cl;
        const int cl_left = build_decoder(cl, lengths.data(), kCodeLengthCodes);
        if (cl_left != 0) { // the code-length code must be complete
            fail(Message{cl_left < 0 ? "deflate.oversubscribed" : "deflate.incomplete"});
            return;
        }
        std::fill(lengths.begin(), lengths.end(), 0);
        for (int index = 0; index < nlen + ndist;) {
            const int sym = decode(cl);
            if (sym < 0) return;
            if (sym < 16) {
                lengths[index++] = static_cast<std::uint8_t>(sym);
                continue;
            }
            std::uint8_t value = 0;
            int repeat = 0;
            if (sym == 16) {
                if (index == 0) {
                    fail(Message{"deflate.bad_code_lengths"});
                    return;
                }
                value = lengths[index - 1];
                repeat = 3 + static_cast<int>(bits(2));
            } else if (sym == 17) {
                repeat = 3 + static_cast<int>(bits(3));
            } else {
                repeat = 11 + static_cast<int>(bits(7));
            }
            if (failed_) return;
            if (index + repeat > nlen + ndist) {
                fail(Message{"deflate.bad_code_lengths"});
                return;
            }
            std::fill(lengths.begin() + index, lengths.begin() + index + repeat, value);
            index += repeat;
        }
        if (lengths[256] == 0) {
            fail(Message{"deflate.no_end_code"});
            return;
        }
        // As zlib: an incomplete code is allowed only as a single code of
        // one bit (a block with one distance, say); over-subscribed never.
        Decoder lit, dist;
        const auto check = [&](Decoder& d, const std::uint8_t* l, int n) {
            const int left = build_decoder(d, l, n);
            if (left < 0) {
                fail(Message{"deflate.oversubscribed"});
                return false;
            }
            if (left > 0 && !(n - d.count[0] == 1 && d.count[1] == 1)) {
                fail(Message{"deflate.incomplete"});
                return false;
            }
            return true;
        };
        if (!check(lit, lengths.data(), nlen) || !check(dist, lengths.data() + nlen, ndist)) return;
        codes(lit, dist);
    }

    std::string_view in_;
    std::size_t max_out_;
    std::size_t pos_ = 0;
    std::uint64_t buffer_ = 0;
    int count_ = 0;
    std::string out_;
    bool failed_ = false;
    Message error_;
    std::size_t error_offset_ = 0;
};

constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int base64url_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

} // namespace

std::string deflate_raw(std::string_view data) {
    return Compressor(data).run();
}

InflateResult inflate_raw(std::string_view data, std::size_t max_out) {
    return Inflater(data, max_out).run();
}

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::uint32_t buffer = 0;
    int count = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | static_cast<std::uint8_t>(c);
        count += 8;
        while (count >= 6) {
            count -= 6;
            out.push_back(kBase64Url[(buffer >> count) & 63]);
        }
    }
    if (count > 0) out.push_back(kBase64Url[(buffer << (6 - count)) & 63]);
    return out;
}

Base64Decoded base64url_decode(std::string_view text) {
    Base64Decoded result;
    std::uint32_t buffer = 0;
    int count = 0;
    result.data.reserve(text.size() * 3 / 4);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int v = base64url_value(text[i]);
        if (v < 0) {
            result.bad_at = i;
            result.data.clear();
            return result;
        }
        buffer = (buffer << 6) | static_cast<std::uint32_t>(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            result.data.push_back(static_cast<char>((buffer >> count) & 0xFF));
        }
    }
    if (text.size() % 4 == 1) { // 6 bits: not even one byte
        result.bad_at = text.size();
        result.data.clear();
        return result;
    }
    if (count > 0 && (buffer & ((1u << count) - 1)) != 0) {
        result.bad_at = text.size() - 1;
        result.data.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace fp
