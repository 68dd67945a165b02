// Plan import with validation: any bytes through read_plan, the reader that
// fpcli validate, the app's Import and storage all use. Every problem can be
// worded; a plan read is valid, and its file reads back as the same bytes.
#include "core/validation.h"
#include "fuzz_support.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const fp::PlanReadResult read = fp::read_plan(text);
    fuzz::require(read.ok == read.problems.empty(), "a plan is read exactly when nothing is wrong");
    for (const fp::Problem& problem : read.problems)
        fuzz::require(!fp::describe(problem).empty(), "every problem is worded");
    if (!read.ok) return 0;
    fuzz::require(fp::validate_plan(read.plan).empty(), "a plan read is valid");
    const std::string written = fp::write_plan(read.plan);
    const fp::PlanReadResult again = fp::read_plan(written);
    fuzz::require(again.ok && fp::write_plan(again.plan) == written,
                  "a plan read writes a file that reads back as itself");
    return 0;
}
