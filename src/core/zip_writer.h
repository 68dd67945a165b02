// A ZIP archive of files stored as they are (no compression), so that the
// app can hand out several files as one download. Only what that needs: no
// ZIP64 (an archive stays under 4 GiB and 65,535 files, far above the
// plan's own limits), no encryption, no directories.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct ZipEntry {
    std::string name; // UTF-8, "/" between folders: "tables/tasks.csv"
    std::string data; // the file's bytes
};

// A moment as ZIP stores it (MS-DOS time): local time in two-second steps
// from 1980 to 2107; a moment outside those years becomes the first or last
// one ZIP can store.
struct ZipTime {
    int year = 1980, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0;
};

// The archive's bytes: a local header and the data of each entry, in order,
// then the central directory and its end record. Names are flagged as UTF-8
// (general purpose bit 11), so that unzip tools read Chinese and Korean names
// as such rather than in a DOS code page.
std::string write_zip(const std::vector<ZipEntry>& entries, const ZipTime& time);

// CRC-32 as ZIP (and PNG, gzip) check data: polynomial 0xEDB88320, reflected.
std::uint32_t crc32(std::string_view bytes);

} // namespace fp
