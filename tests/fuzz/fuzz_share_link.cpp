// Share links (core/share_link.h): any text through read_share_fragment,
// and the same bytes straight into its parts, base64url and the raw-DEFLATE
// inflater, which the text rarely reaches intact. A link read makes a link
// that reads back as the same plan; base64url has one spelling per byte
// string; what inflates stays in its bound, and the deflater's output of
// any bytes inflates back to them.
#include "core/deflate.h"
#include "core/share_link.h"
#include "fuzz_support.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const fp::PlanReadResult read = fp::read_share_fragment(text);
    fuzz::require(read.ok == read.problems.empty(), "a link is read exactly when nothing is wrong");
    for (const fp::Problem& problem : read.problems)
        fuzz::require(!fp::describe(problem).empty(), "every problem is worded");
    if (read.ok) {
        if (const std::optional<std::string> link = fp::share_fragment(read.plan)) {
            const fp::PlanReadResult again = fp::read_share_fragment(*link);
            fuzz::require(again.ok && fp::write_plan(again.plan) == fp::write_plan(read.plan),
                          "a link made from a link's plan reads back as that plan");
        }
    }

    const fp::Base64Decoded decoded = fp::base64url_decode(text);
    if (decoded.ok)
        fuzz::require(fp::base64url_encode(decoded.data) == text, "base64url has one spelling");

    constexpr std::size_t kBound = 1 << 16;
    const fp::InflateResult inflated = fp::inflate_raw(text, kBound);
    fuzz::require(inflated.ok == inflated.error.empty(), "inflating fails exactly with a reason");
    fuzz::require(inflated.ok || inflated.offset <= size, "a failure's offset is in the input");
    fuzz::require(inflated.data.size() <= kBound, "inflating stays within its bound");

    const fp::InflateResult round = fp::inflate_raw(fp::deflate_raw(text), size);
    fuzz::require(round.ok && round.data == text, "deflated bytes inflate back to themselves");
    return 0;
}
