// The bounded JSON reader (core/json_reader.h) on any bytes, under the
// default limits or tight ones picked by the first byte so that each limit
// is met. A refusal says why and where; a document read can be written and
// read again as the same value.
#include "core/message.h"
#include "fuzz_support.h"

#include <cmath>
#include <string_view>

namespace {

// Whether every number is finite: the reader takes 1e999 as infinity, which
// JSON cannot write back (the plan's checks refuse it later).
bool finite(const fp::Json& v) {
    if (v.is_number_float()) return std::isfinite(v.get<double>());
    if (!v.is_structured()) return true;
    for (const fp::Json& child : v)
        if (!finite(child)) return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    fp::JsonLimits limits;
    if (data[0] & 1) limits = fp::JsonLimits{512, 1 + data[0] % 8, 32u + data[0], 16u + data[0]};
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const fp::ParsedJson parsed = fp::parse_json(text, limits);
    if (!parsed.ok) {
        fuzz::require(!parsed.error.empty() && !fp::english(parsed.error).empty(),
                      "a refusal says why");
        return 0;
    }
    fuzz::require(parsed.position_of("").line >= 1, "the root's position is known");
    if (!finite(parsed.value)) return 0;
    const fp::ParsedJson again = fp::parse_json(parsed.value.dump());
    fuzz::require(again.ok && again.value == parsed.value, "what is read writes back as itself");
    return 0;
}
