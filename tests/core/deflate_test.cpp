#include "core/deflate.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace fp;

namespace {

std::string random_bytes(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::string out(n, '\0');
    for (char& c : out)
        c = static_cast<char>(rng() & 0xFF);
    return out;
}

void round_trip(const std::string& data) {
    const std::string packed = deflate_raw(data);
    const InflateResult r = inflate_raw(packed, data.size());
    INFO(r.error.key << " at " << r.offset);
    REQUIRE(r.ok);
    CHECK(r.data == data);
}

// Hand-made streams: fields low bit first, Huffman codes from their first bit.
class Bits {
  public:
    Bits& put(std::uint32_t value, int count) {
        for (int i = 0; i < count; ++i)
            bit((value >> i) & 1);
        return *this;
    }
    Bits& code(std::uint32_t value, int length) {
        for (int i = length - 1; i >= 0; --i)
            bit((value >> i) & 1);
        return *this;
    }
    // A final dynamic block's header whose code-length code gives the
    // lengths 0 to 15 four bits each (complete), so that any lengths can be
    // sent one by one, each as its own value.
    Bits& dynamic(const std::vector<int>& lit, const std::vector<int>& dist) {
        put(1, 1).put(2, 2).put(static_cast<std::uint32_t>(lit.size() - 257), 5);
        put(static_cast<std::uint32_t>(dist.size() - 1), 5).put(15, 4);
        const int order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        for (int s : order)
            put(s >= 16 ? 0 : 4, 3);
        for (int l : lit)
            code(static_cast<std::uint32_t>(l), 4);
        for (int l : dist)
            code(static_cast<std::uint32_t>(l), 4);
        return *this;
    }
    std::string bytes() const { return out_; }

  private:
    void bit(std::uint32_t b) {
        if (used_ % 8 == 0) out_.push_back('\0');
        out_.back() = static_cast<char>(out_.back() | (b << (used_ % 8)));
        ++used_;
    }
    std::string out_;
    int used_ = 0;
};

std::vector<int> lengths(std::size_t n, std::initializer_list<std::pair<int, int>> set) {
    std::vector<int> out(n, 0);
    for (const auto& [symbol, length] : set)
        out[static_cast<std::size_t>(symbol)] = length;
    return out;
}

InflateResult inflate(const std::string& data) {
    return inflate_raw(data, 1u << 20);
}

} // namespace

TEST_CASE("deflate round-trips what it packs", "[deflate]") {
    round_trip("");
    round_trip("a");
    std::string all;
    for (int i = 0; i < 256; ++i)
        all.push_back(static_cast<char>(i));
    round_trip(all);
    round_trip(all + all + all);
    round_trip(random_bytes(1u << 20, 7));
    round_trip(std::string(1u << 20, '\0'));
    round_trip(std::string(100000, 'x') + std::string(70000, 'y') + "z");
    // Repeats at the edge of the 32 KiB window and beyond it.
    const std::string block = random_bytes(32768, 3);
    round_trip(block + block + random_bytes(5, 4) + block);
    const std::string json =
        R"({"name": "雙十一 Double 11 促销", "notes": "한국어 메모와 Tiếng Việt ghi chú, )"
        R"(ưu đãi cuối năm", "tasks": [{"id": "t-1", "name": "直播 라이브 phát trực tiếp"}]})";
    std::string many;
    for (int i = 0; i < 400; ++i)
        many += json + std::to_string(i * 7919) + "\n";
    round_trip(many);
}

TEST_CASE("deflate packs repetitive text small and never grows data much", "[deflate]") {
    CHECK(deflate_raw(std::string(1u << 20, 'a')).size() < 2000);
    const std::string noise = random_bytes(100000, 11);
    // Stored blocks: 5 bytes for each block of at most 16,384 items.
    CHECK(deflate_raw(noise).size() <= noise.size() + 64);
    CHECK(deflate_raw("").size() == 2);
}

TEST_CASE("inflate refuses more output than it is allowed", "[deflate]") {
    const std::string zeros(8u << 20, '\0');
    const std::string bomb = deflate_raw(zeros);
    CHECK(bomb.size() < 10000);
    const InflateResult refused = inflate_raw(bomb, 1u << 20);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.key == "deflate.too_large");
    CHECK(refused.error.args == Args{{"limit", "1048576"}});
    CHECK(refused.data.empty());
    CHECK(inflate_raw(bomb, zeros.size()).ok);
    CHECK_FALSE(inflate_raw(deflate_raw("abc"), 2).ok);
    CHECK(inflate_raw(deflate_raw("abc"), 3).data == "abc");
    // A stored block is bounded as well as a coded one.
    CHECK(inflate_raw(deflate_raw(random_bytes(1000, 1)), 999).error.key == "deflate.too_large");
}

TEST_CASE("inflate says what is wrong with a malformed stream, and where", "[deflate]") {
    const auto error = [](const std::string& data) {
        const InflateResult r = inflate(data);
        CHECK_FALSE(r.ok);
        CHECK(r.data.empty());
        CHECK(r.offset <= data.size());
        return std::make_pair(r.error.key, r.offset);
    };
    using E = std::pair<std::string, std::size_t>;

    CHECK(error("") == E{"deflate.truncated", 0});
    CHECK(error(Bits().put(1, 1).put(3, 2).bytes()) == E{"deflate.bad_block_type", 0});
    // The reserved type in a second block: the error is at that block's byte.
    CHECK(error(Bits().put(0, 1).put(1, 2).code(0, 7).put(1, 1).put(3, 2).bytes()) ==
          E{"deflate.bad_block_type", 1});

    SECTION("stored blocks") {
        CHECK(error(std::string("\x01\x05\x00\x00\x00", 5)) == E{"deflate.stored_length", 1});
        CHECK(error(std::string("\x01\x05\x00\xfa\xffhel", 8)) == E{"deflate.truncated", 8});
        CHECK(error(std::string("\x01\x05\x00", 3)) == E{"deflate.truncated", 3});
        CHECK(inflate(std::string("\x01\x05\x00\xfa\xffhello", 10)).data == "hello");
    }
    SECTION("truncated and trailing data") {
        const std::string text(2000, 'q');
        std::string packed = deflate_raw(text + random_bytes(3000, 2) + text);
        CHECK(error(packed.substr(0, packed.size() / 2)).first == "deflate.truncated");
        CHECK(error(packed.substr(0, packed.size() - 1)).first == "deflate.truncated");
        CHECK(error(packed + "x") == E{"deflate.trailing", packed.size()});
        CHECK(inflate(packed + "x").error.args == Args{{"count", "1"}});
    }
    SECTION("fixed blocks: symbols that do not exist, distances too far back") {
        // 'a' (8 bits, 0x30 + 97), then length 3 (257: 7 bits, 1) at distance 2 (code 1).
        const std::string far =
            Bits().put(1, 1).put(1, 2).code(0x30 + 97, 8).code(1, 7).code(1, 5).code(0, 7).bytes();
        CHECK(error(far).first == "deflate.distance_too_far");
        CHECK(inflate(far).error.args == Args{{"distance", "2"}, {"available", "1"}});
        CHECK(error(Bits().put(1, 1).put(1, 2).code(0xC0 + 6, 8).bytes()).first ==
              "deflate.bad_symbol"); // length symbol 286
        CHECK(error(Bits().put(1, 1).put(1, 2).code(0x30 + 97, 8).code(1, 7).code(30, 5).bytes())
                  .first == "deflate.bad_symbol"); // distance symbol 30
        // At distance 1 the same match is a run of 'a'.
        CHECK(inflate(Bits()
                          .put(1, 1)
                          .put(1, 2)
                          .code(0x30 + 97, 8)
                          .code(1, 7)
                          .code(0, 5)
                          .code(0, 7)
                          .bytes())
                  .data == "aaaa");
    }
    SECTION("dynamic blocks: headers and codes") {
        // The helper itself: 'a' and the end, one bit each; no distance codes.
        const std::string ok =
            Bits().dynamic(lengths(257, {{97, 1}, {256, 1}}), {0}).code(0, 1).code(1, 1).bytes();
        CHECK(inflate(ok).data == "a");

        CHECK(error(Bits().put(1, 1).put(2, 2).put(30, 5).put(0, 5).put(0, 4).bytes()).first ==
              "deflate.too_many_codes");
        CHECK(error(Bits().put(1, 1).put(2, 2).put(0, 5).put(30, 5).put(0, 4).bytes()).first ==
              "deflate.too_many_codes");
        // The code-length code: four codes of one bit, or one alone.
        CHECK(error(Bits()
                        .put(1, 1)
                        .put(2, 2)
                        .put(0, 5)
                        .put(0, 5)
                        .put(0, 4)
                        .put(1, 3)
                        .put(1, 3)
                        .put(1, 3)
                        .put(1, 3)
                        .bytes())
                  .first == "deflate.oversubscribed");
        CHECK(error(Bits()
                        .put(1, 1)
                        .put(2, 2)
                        .put(0, 5)
                        .put(0, 5)
                        .put(0, 4)
                        .put(1, 3)
                        .put(0, 3)
                        .put(0, 3)
                        .put(0, 3)
                        .bytes())
                  .first == "deflate.incomplete");
        // Code-length codes 16 ('0') and 17 ('1'): a repeat with nothing before it.
        CHECK(error(Bits()
                        .put(1, 1)
                        .put(2, 2)
                        .put(0, 5)
                        .put(0, 5)
                        .put(0, 4)
                        .put(1, 3)
                        .put(1, 3)
                        .put(0, 3)
                        .put(0, 3)
                        .code(0, 1)
                        .put(0, 2)
                        .bytes())
                  .first == "deflate.bad_code_lengths");
        // Codes 0 ('0') and 18 ('1'): 138 zeros twice, past the 258 lengths.
        const auto zeros = [](Bits b, int first, int second) {
            b.put(1, 1).put(2, 2).put(0, 5).put(0, 5).put(0, 4).put(0, 3).put(0, 3).put(1, 3).put(
                1, 3);
            return b.code(1, 1)
                .put(static_cast<std::uint32_t>(first - 11), 7)
                .code(1, 1)
                .put(static_cast<std::uint32_t>(second - 11), 7);
        };
        CHECK(error(zeros(Bits(), 138, 138).bytes()).first == "deflate.bad_code_lengths");
        CHECK(error(zeros(Bits(), 138, 120).bytes()).first == "deflate.no_end_code");

        CHECK(error(Bits().dynamic(lengths(257, {{0, 1}, {1, 1}, {2, 1}, {256, 1}}), {1}).bytes())
                  .first == "deflate.oversubscribed");
        CHECK(error(Bits().dynamic(lengths(257, {{0, 1}, {256, 2}}), {1}).bytes()).first ==
              "deflate.incomplete");
        CHECK(error(Bits().dynamic(lengths(257, {{0, 1}, {1, 1}}), {1}).bytes()).first ==
              "deflate.no_end_code");
        CHECK(error(Bits().dynamic(lengths(257, {{97, 1}, {256, 1}}), {1, 1, 1}).bytes()).first ==
              "deflate.oversubscribed");
        CHECK(error(Bits().dynamic(lengths(257, {{97, 1}, {256, 1}}), {1, 2}).bytes()).first ==
              "deflate.incomplete");
        // One distance code of one bit is allowed (zlib writes such blocks);
        // its other bit pattern is not a code.
        const auto one_distance = [](int distance_bit) {
            return Bits()
                .dynamic(lengths(258, {{97, 1}, {256, 2}, {257, 2}}), {1})
                .code(0, 1)
                .code(3, 2)
                .code(static_cast<std::uint32_t>(distance_bit), 1)
                .code(2, 2)
                .bytes();
        };
        CHECK(inflate(one_distance(0)).data == "aaaa");
        // Bytes after it, so that the bad code is not taken for a cut-short one.
        CHECK(error(one_distance(1) + std::string(4, '\0')).first == "deflate.bad_code");
        // No distance codes at all: a match has no code to use.
        CHECK(error(Bits()
                        .dynamic(lengths(258, {{97, 1}, {256, 2}, {257, 2}}), {0})
                        .code(0, 1)
                        .code(3, 2)
                        .bytes() +
                    std::string(4, '\0'))
                  .first == "deflate.bad_code");
    }
}

TEST_CASE("inflate survives damaged streams without reading out of bounds", "[deflate]") {
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += "{\"id\": \"task-" + std::to_string(i * 37 % 101) + "\", \"name\": \"直播 " +
                std::to_string(i) + "\"}, ";
    const std::string packed = deflate_raw(text);
    std::mt19937 rng(5);
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string damaged = packed;
        const int changes = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < changes; ++k)
            damaged[rng() % damaged.size()] ^= static_cast<char>(1 + rng() % 255);
        if (rng() % 4 == 0) damaged.resize(rng() % damaged.size());
        const InflateResult r = inflate_raw(damaged, text.size() + 100);
        if (!r.ok) {
            ++refused;
            CHECK(r.offset <= damaged.size());
            CHECK(r.error.key.rfind("deflate.", 0) == 0);
        }
    }
    CHECK(refused > 1000);
    for (int i = 0; i < 2000; ++i)
        inflate_raw(random_bytes(1 + i % 200, static_cast<unsigned>(i)), 4096);
}

TEST_CASE("base64url encodes without padding and decodes strictly", "[deflate]") {
    CHECK(base64url_encode("") == "");
    CHECK(base64url_encode("f") == "Zg");
    CHECK(base64url_encode("fo") == "Zm8");
    CHECK(base64url_encode("foo") == "Zm9v");
    CHECK(base64url_encode("foobar") == "Zm9vYmFy");
    CHECK(base64url_encode("\xfb\xff\xfe") == "-__-");
    const std::string all = random_bytes(1000, 9);
    for (std::size_t n = 0; n < 40; ++n) {
        const Base64Decoded d = base64url_decode(base64url_encode(all.substr(0, n)));
        REQUIRE(d.ok);
        CHECK(d.data == all.substr(0, n));
    }
    CHECK(base64url_decode(base64url_encode(all)).data == all);

    const auto bad_at = [](std::string_view text) {
        const Base64Decoded d = base64url_decode(text);
        CHECK_FALSE(d.ok);
        CHECK(d.data.empty());
        return d.bad_at;
    };
    CHECK(bad_at("Zm9v+mFy") == 4); // standard base64's alphabet
    CHECK(bad_at("Zm9vYm/y") == 6);
    CHECK(bad_at("Zm8=") == 3);    // padding
    CHECK(bad_at("Zm9v Ym") == 4); // whitespace
    CHECK(bad_at("Zm9v\nYm") == 4);
    CHECK(bad_at(std::string_view("Zm\0v", 4)) == 2);
    CHECK(bad_at("Zm9vé") == 4);
    CHECK(bad_at("Zm9vY") == 5); // one character short of a byte
    CHECK(bad_at("Zh") == 1);    // "Zg" with leftover bits set
    CHECK(bad_at("Zm9") == 2);
}
