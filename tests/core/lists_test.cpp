// The list descriptor table (core/lists.h) against the model's field tables:
// a list or a reference field added to one and not the other fails here.
#include "core/lists.h"
#include "core/messages.h"
#include "core/validation.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <set>

using namespace fp;

namespace {

const Messages& english_table() {
    static const Messages table = *read_messages(builtin_english_messages()).messages;
    return table;
}

// Every list of the model (a vector of structs with ids), by path, with the
// names of its Ref fields and its text fields; found from the field tables
// alone, by walking a plan's types.
struct ModelList {
    std::set<std::string> refs, texts;
    bool has_stage = false;
};
template <class Node>
void model_lists(const std::string& at, std::map<std::string, ModelList>& out) {
    Node node{};
    for_each_field(node, [&](const char* key, auto& field, Rule, Need) {
        using F = std::decay_t<decltype(field)>;
        if constexpr (detail::IsVector<F>::value) {
            using Item = typename F::value_type;
            if constexpr (HasFields<Item>::value) {
                const std::string list = at.empty() ? key : at + "/" + key;
                ModelList& l = out[list];
                Item item{};
                for_each_field(item, [&](const char* name, auto& f, Rule rule, Need) {
                    using G = std::decay_t<decltype(f)>;
                    if (rule == Rule::Ref) l.refs.insert(name);
                    if constexpr (std::is_same_v<G, std::string>) l.texts.insert(name);
                    if constexpr (std::is_same_v<G, Stage>) l.has_stage = true;
                });
                model_lists<Item>(list, out);
            }
        }
    });
}

} // namespace

TEST_CASE("every list of the model is described once, and every reference field names its list") {
    std::map<std::string, ModelList> lists;
    model_lists<Plan>("", lists);
    std::set<std::string> described;
    for (const ListInfo& info : kLists) {
        INFO(info.key);
        CHECK(described.insert(info.key).second);
        REQUIRE(lists.count(info.key));
        const ModelList& model = lists.at(info.key);
        if (*info.name_field) CHECK(model.texts.count(info.name_field));
        if (std::string(info.section) == "stage") CHECK(model.has_stage);
        CHECK(std::string(info.id_prefix).find_first_of("-/ ") == std::string::npos);
    }
    for (const auto& [key, model] : lists) {
        INFO(key);
        CHECK(described.count(key));
        for (const std::string& field : model.refs) {
            INFO(field);
            const ReferenceInfo* ref = find_reference(key, field);
            REQUIRE(ref);
            const ListInfo* target = find_list(ref->target);
            REQUIRE(target);
            // A dangling reference is reported in words naming what it points to.
            CHECK(
                find_pattern(english_table(), std::string("problem.unknown_ref.") + target->noun));
        }
    }
    for (const ReferenceInfo& ref : kReferences) {
        INFO(ref.list << "." << ref.field);
        REQUIRE(lists.count(ref.list));
        CHECK(lists.at(ref.list).refs.count(ref.field));
    }
}

TEST_CASE("a list is found by its key or by an edit path through items") {
    REQUIRE(find_list("tasks"));
    CHECK(std::string(find_list("tasks")->noun) == "task");
    REQUIRE(find_list("scenarios/sc-1/spends"));
    CHECK(std::string(find_list("scenarios/sc-1/spends")->key) == "scenarios/spends");
    CHECK_FALSE(find_list("nothing"));
    CHECK_FALSE(find_list("scenarios/sc-1"));
}

TEST_CASE("the reference walk finds each reference of the sample where a file has it") {
    const Plan plan = sample_plan();
    std::vector<std::string> pointers;
    for_each_reference(plan, [&](const ReferenceSite& site) {
        if (site.count > 0) pointers.push_back(site.pointer() + " -> " + site.info.target);
    });
    CHECK(std::find(pointers.begin(), pointers.end(), "/plan/tasks/1/depends_on -> tasks") !=
          pointers.end());
    CHECK(std::find(pointers.begin(), pointers.end(), "/plan/kpis/0/objective_id -> objectives") !=
          pointers.end());
    // Each named item exists, so a valid plan has no dangling reference.
    CHECK(validate_plan(plan).empty());
    Plan broken = plan;
    broken.scenarios.push_back({"sc-x", "x", "", {{"sp-x", "ch-gone", 5}}});
    const std::vector<Problem> problems = validate_plan(broken);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].pointer == "/plan/scenarios/" + std::to_string(broken.scenarios.size() - 1) +
                                     "/spends/0/channel_id");
    CHECK(english(problems[0].message) ==
          "refers to channel \"ch-gone\", which is not in this plan");
}
