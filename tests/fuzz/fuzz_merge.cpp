// The three-way merge (core/merge.h) of one to three groups' plans, each a
// template's plan changed by edits decoded from the input, then conflicts
// settled as the input says and the rest by preferring a group. One group's
// changes never conflict and merge into a valid plan (the base itself when
// it changed nothing); two groups that agree merge as one; preferring a
// group settles everything; the report is always written.
#include "core/merge.h"
#include "core/session.h"
#include "core/validation.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    const fp::Plan& base = fuzz::pick_template(in);
    std::vector<fp::Plan> groups(in.ConsumeIntegralInRange(1, 3), base);
    for (fp::Plan& group : groups)
        for (int step = in.ConsumeIntegralInRange(0, 4); step > 0; --step)
            fp::apply_edits(group, fuzz::decode_edits(in, group, in.ConsumeIntegralInRange(1, 3)));

    const fp::Merge one = fp::merge_plans(base, {groups[0]});
    fuzz::require(one.conflicts.empty(), "one group's changes never conflict");
    fuzz::require(fp::validate_plan(one.plan).empty(), "one group's changes merge validly");
    if (fp::write_plan(groups[0]) == fp::write_plan(base))
        fuzz::require(fp::write_plan(one.plan) == fp::write_plan(base),
                      "a group that changed nothing merges into the base");
    const fp::Merge twice = fp::merge_plans(base, {groups[0], groups[0]});
    fuzz::require(twice.conflicts.empty() && fp::write_plan(twice.plan) == fp::write_plan(one.plan),
                  "two groups that agree merge as one");

    fp::Merge merge = fp::merge_plans(base, groups);
    for (int n = in.ConsumeIntegralInRange(0, 3); n > 0 && !merge.conflicts.empty(); --n) {
        const std::size_t conflict =
            in.ConsumeIntegralInRange<std::size_t>(0, merge.conflicts.size() - 1);
        const std::size_t side = in.ConsumeBool()
                                     ? fp::kBaseSide
                                     : in.ConsumeIntegralInRange<std::size_t>(0, groups.size());
        fp::settle(merge, conflict, side);
    }
    fp::merge_report_json(merge, {}).dump();
    fuzz::require(
        fp::prefer_group(merge, in.ConsumeIntegralInRange<std::size_t>(0, groups.size() - 1)),
        "a group in range can be preferred");
    fuzz::require(merge.conflicts.empty(), "preferring a group settles every conflict");
    // Settled, the groups' changes may still clash across fields (merge.h);
    // then validation says where, as fpcli merge reports it.
    for (const fp::Problem& problem : fp::validate_plan(merge.plan))
        fuzz::require(!fp::describe(problem).empty(), "every problem is worded");
    fp::merge_report_json(merge, {}).dump();
    return 0;
}
