#include "zip_writer.h"

#include <array>

namespace fp {

namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndRecord = 0x06054b50;
constexpr std::uint16_t kVersion = 20; // 2.0: the oldest that readers of bit 11 expect
constexpr std::uint16_t kUtf8Names = 1u << 11;
constexpr std::uint16_t kStored = 0;
// "Version made by": Unix (3) and 2.0. Made by MS-DOS (0), Debian's unzip
// reads names as a DOS code page even with bit 11 set, garbling Chinese.
// A Unix archive also carries each file's mode: a plain file, rw-r--r--.
constexpr std::uint16_t kMadeByUnix = (3u << 8) | kVersion;
constexpr std::uint32_t kPlainFileMode = 0100644;

// ZIP's numbers are little-endian whatever the machine.
void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

std::array<std::uint32_t, 256> crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

std::uint16_t dos_time(const ZipTime& t) {
    if (t.year < 1980) return 0;
    if (t.year > 2107) return (23 << 11) | (59 << 5) | 29;
    return static_cast<std::uint16_t>((t.hour << 11) | (t.minute << 5) | (t.second / 2));
}
std::uint16_t dos_date(const ZipTime& t) {
    if (t.year < 1980) return (1 << 5) | 1;
    if (t.year > 2107) return (127 << 9) | (12 << 5) | 31;
    return static_cast<std::uint16_t>(((t.year - 1980) << 9) | (t.month << 5) | t.day);
}

// The fields a local header and its central directory entry share, from
// "version needed" to the extra field's length.
void put_common(std::string& out, const ZipEntry& e, std::uint32_t crc, const ZipTime& time) {
    put16(out, kVersion);
    put16(out, kUtf8Names);
    put16(out, kStored);
    put16(out, dos_time(time));
    put16(out, dos_date(time));
    put32(out, crc);
    put32(out, static_cast<std::uint32_t>(e.data.size())); // stored: compressed size is the size
    put32(out, static_cast<std::uint32_t>(e.data.size()));
    put16(out, static_cast<std::uint32_t>(e.name.size()));
    put16(out, 0); // no extra field
}

} // namespace

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = crc_table();
    std::uint32_t c = 0xffffffffu;
    for (char b : bytes)
        c = table[(c ^ static_cast<unsigned char>(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

std::string write_zip(const std::vector<ZipEntry>& entries, const ZipTime& time) {
    std::string out, directory;
    for (const ZipEntry& e : entries) {
        const std::uint32_t crc = crc32(e.data);
        const auto offset = static_cast<std::uint32_t>(out.size());
        put32(out, kLocalHeader);
        put_common(out, e, crc, time);
        out += e.name;
        out += e.data;

        put32(directory, kCentralHeader);
        put16(directory, kMadeByUnix);
        put_common(directory, e, crc, time);
        put16(directory, 0);                    // no comment
        put16(directory, 0);                    // disk 0
        put16(directory, 0);                    // internal attributes: nothing known about the data
        put32(directory, kPlainFileMode << 16); // external attributes: Unix mode in the high half
        put32(directory, offset);
        directory += e.name;
    }
    const auto directory_offset = static_cast<std::uint32_t>(out.size());
    out += directory;
    put32(out, kEndRecord);
    put16(out, 0); // this disk
    put16(out, 0); // the disk the directory starts on
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put16(out, static_cast<std::uint32_t>(entries.size()));
    put32(out, static_cast<std::uint32_t>(directory.size()));
    put32(out, directory_offset);
    put16(out, 0); // no archive comment
    return out;
}

} // namespace fp
