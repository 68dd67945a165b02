#include "core/zip_writer.h"

#include <catch2/catch.hpp>

using namespace fp;

namespace {

std::uint32_t u16(const std::string& s, std::size_t at) {
    return static_cast<unsigned char>(s.at(at)) | static_cast<unsigned char>(s.at(at + 1)) << 8;
}
std::uint32_t u32(const std::string& s, std::size_t at) {
    return u16(s, at) | u16(s, at + 2) << 16;
}

// One entry as its local header and its central directory entry describe it.
struct Described {
    std::string name, data;
    std::uint32_t crc = 0;
};

// Reads an archive the way an unzip tool does, from the end record back to
// the central directory and from each entry there to its local header, and
// checks that the two headers agree.
std::vector<Described> read_zip(const std::string& zip) {
    REQUIRE(zip.size() >= 22);
    const std::size_t end = zip.size() - 22;
    REQUIRE(u32(zip, end) == 0x06054b50);
    const std::uint32_t count = u16(zip, end + 10);
    CHECK(u16(zip, end + 8) == count); // entries on this disk: all of them
    const std::uint32_t directory_size = u32(zip, end + 12);
    std::size_t at = u32(zip, end + 16);
    CHECK(at + directory_size == end);
    CHECK(u16(zip, end + 20) == 0); // no comment
    std::vector<Described> out;
    for (std::uint32_t i = 0; i < count; ++i) {
        REQUIRE(u32(zip, at) == 0x02014b50);
        CHECK(u16(zip, at + 4) == 0x0314);         // made by Unix, 2.0
        CHECK(u16(zip, at + 8) == 1u << 11);       // names in UTF-8
        CHECK(u32(zip, at + 38) >> 16 == 0100644); // a plain file, rw-r--r--
        CHECK(u16(zip, at + 10) == 0);             // stored
        const std::uint32_t crc = u32(zip, at + 16);
        const std::uint32_t size = u32(zip, at + 20);
        CHECK(u32(zip, at + 24) == size);
        const std::uint32_t name_length = u16(zip, at + 28);
        CHECK(u16(zip, at + 30) == 0); // no extra field
        CHECK(u16(zip, at + 32) == 0); // no comment
        const std::string name = zip.substr(at + 46, name_length);
        const std::size_t local = u32(zip, at + 42);

        REQUIRE(u32(zip, local) == 0x04034b50);
        CHECK(zip.substr(local + 4, 26) == zip.substr(at + 6, 26)); // version needed ... lengths
        CHECK(zip.substr(local + 30, name_length) == name);
        const std::string data = zip.substr(local + 30 + name_length, size);
        out.push_back({name, data, crc});
        at += 46 + name_length;
    }
    CHECK(at == end);
    return out;
}

} // namespace

TEST_CASE("CRC-32 gives the check values of the standard") {
    CHECK(crc32("") == 0);
    CHECK(crc32("123456789") == 0xCBF43926u);
    CHECK(crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
}

TEST_CASE("a zip holds each file stored, with its CRC, under its UTF-8 name") {
    const std::string binary("\0\x01\xff\r\n", 5);
    const std::vector<ZipEntry> entries = {
        {"objectives.csv", "id,statement\r\n"},
        {"表格/위험.csv", "\xEF\xBB\xBFid\r\n"},
        {"empty.txt", ""},
        {"bytes.bin", binary},
    };
    const std::string zip = write_zip(entries, ZipTime{2026, 11, 11, 9, 30, 15});
    CHECK(zip.substr(0, 4) == "PK\x03\x04");
    const std::vector<Described> read = read_zip(zip);
    REQUIRE(read.size() == entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        INFO(entries[i].name);
        CHECK(read[i].name == entries[i].name);
        CHECK(read[i].data == entries[i].data);
        CHECK(read[i].crc == crc32(entries[i].data));
    }
    // Stored after the first local header's fixed part: 2026-11-11 09:30:14 in DOS form.
    CHECK(u16(zip, 10) == ((9u << 11) | (30u << 5) | 7u));
    CHECK(u16(zip, 12) == ((46u << 9) | (11u << 5) | 11u));
}

TEST_CASE("an empty zip is just its end record") {
    const std::string zip = write_zip({}, ZipTime{});
    CHECK(zip.size() == 22);
    CHECK(read_zip(zip).empty());
}

TEST_CASE("a moment before 1980 is stored as the first one ZIP can hold") {
    const std::string zip = write_zip({{"a.txt", "a"}}, ZipTime{1970, 1, 1, 12, 0, 0});
    CHECK(u16(zip, 10) == 0);
    CHECK(u16(zip, 12) == ((1u << 5) | 1u));
}
