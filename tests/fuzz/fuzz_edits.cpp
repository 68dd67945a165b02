// The edit paths: batches of edits decoded from the input (core/edits.h,
// applied all or none as a session does) on a template's plan. After every
// batch the plan validates; a refused batch leaves it exactly as it was;
// the inverses undo it exactly, and their inverses redo it exactly.
#include "core/session.h"
#include "core/validation.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    fp::Plan plan = fuzz::pick_template(in);
    for (int step = 0; step < 32 && in.remaining_bytes() > 0; ++step) {
        const std::vector<fp::Edit> edits =
            fuzz::decode_edits(in, plan, in.ConsumeIntegralInRange(1, 3));
        const std::string before = fp::write_plan(plan);
        const fp::AppliedEdits done = fp::apply_edits(plan, edits);
        if (done.error) {
            fuzz::require(fp::write_plan(plan) == before, "a refused edit changes nothing");
            continue;
        }
        fuzz::require(fp::validate_plan(plan).empty(), "an applied edit leaves a valid plan");
        const std::string after = fp::write_plan(plan);
        const fp::AppliedEdits undone = fp::apply_edits(plan, done.inverses);
        fuzz::require(!undone.error && fp::write_plan(plan) == before,
                      "the inverses restore the plan exactly");
        const fp::AppliedEdits redone = fp::apply_edits(plan, undone.inverses);
        fuzz::require(!redone.error && fp::write_plan(plan) == after,
                      "the inverses' inverses redo the edits exactly");
    }
    // However it was edited, the plan is a file that reads back as itself.
    const std::string text = fp::write_plan(plan);
    const fp::PlanReadResult read = fp::read_plan(text);
    fuzz::require(read.ok && fp::write_plan(read.plan) == text, "an edited plan reads back");
    return 0;
}
