// The kinds of model values, and finding the value a place or a path names.
#include "core/model_fields.h"
#include "core/place.h"
#include "core/value_kinds.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

using namespace fp;

namespace {

// What a place holds when it holds a T, with its field's rule.
template <class T> struct Found {
    std::optional<T> value;
    Rule rule = Rule::None;
    bool resolved = false;
};

template <class T, class Node> Found<T> found_at(Node&& node, std::string_view path) {
    Found<T> out;
    out.resolved = resolve_path(node, path, [&](const auto& v, Rule rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, T>) out.value = v;
        out.rule = rule;
    });
    return out;
}

template <class T> Found<T> found_at(const Plan& plan, const Place& place) {
    Found<T> out;
    out.resolved = resolve(plan, place, [&](const auto& v, Rule rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, T>) out.value = v;
        out.rule = rule;
    });
    return out;
}

// Names the kind of each value walk_value hands it, to see the dispatch.
struct KindNames {
    std::vector<std::string> seen;
    void text(const std::string&) { seen.push_back("text"); }
    void flag(bool) { seen.push_back("flag"); }
    void amount(Money) { seen.push_back("amount"); }
    void number(double) { seen.push_back("number"); }
    template <class E> void choice(E) { seen.push_back("choice"); }
    void date(const Date&) { seen.push_back("date"); }
    template <class T> void optional(const std::optional<T>&) { seen.push_back("optional"); }
    template <class T> void list(const std::vector<T>&) { seen.push_back("list"); }
    template <class T> void object(const T&) { seen.push_back("object"); }
};

Plan plan_with_scenario() {
    Plan plan = sample_plan();
    plan.scenarios.push_back({"sc-a", "Tết 2027 · 설날 캠페인", "双十一以后", {}});
    plan.scenarios.back().spends = {{"sp-1", "ch-feed", 5}, {"sp-2", "ch-feed", 7}};
    return plan;
}

} // namespace

TEST_CASE("every leaf type of the model has its kind, const or not") {
    static_assert(kind_of<std::string>() == ValueKind::Text);
    static_assert(kind_of<const std::string>() == ValueKind::Text);
    static_assert(kind_of<bool>() == ValueKind::Flag);
    static_assert(kind_of<Money>() == ValueKind::Amount);
    static_assert(kind_of<const Money>() == ValueKind::Amount);
    static_assert(kind_of<double>() == ValueKind::Number);
    static_assert(kind_of<Stage>() == ValueKind::Choice);
    static_assert(kind_of<TowsKind>() == ValueKind::Choice);
    static_assert(kind_of<const ForecastFigure>() == ValueKind::Choice);
    static_assert(kind_of<Date>() == ValueKind::Date);
    static_assert(kind_of<std::optional<double>>() == ValueKind::Optional);
    static_assert(kind_of<std::optional<Money>>() == ValueKind::Optional);
    static_assert(kind_of<const std::optional<Date>>() == ValueKind::Optional);
    static_assert(kind_of<std::vector<std::string>>() == ValueKind::List);
    static_assert(kind_of<std::vector<ScenarioSpend>>() == ValueKind::List);
    static_assert(kind_of<Period>() == ValueKind::Object);
    static_assert(kind_of<const Task>() == ValueKind::Object);
    static_assert(kind_of<Plan>() == ValueKind::Object);

    // Every field of an item reaches the walker's member for its kind.
    Task task;
    KindNames names;
    for_each_field(task,
                   [&](const char*, const auto& field, Rule, Need) { walk_value(field, names); });
    CHECK(names.seen == std::vector<std::string>{"text", "text", "text", "object", "text", "text",
                                                 "amount", "text", "choice", "list", "list"});
    KindNames more;
    const ChannelInputs inputs;
    walk_value(inputs.locked, more);
    walk_value(inputs.ctr, more);
    const Date day;
    const double rate = 0.5;
    walk_value(day, more);
    walk_value(rate, more);
    CHECK(more.seen == std::vector<std::string>{"flag", "optional", "date", "number"});
}

TEST_CASE("a place names the plan's own fields, nested ones included") {
    const Plan plan = plan_with_scenario();
    const Found<std::string> name = found_at<std::string>(plan, Place{"", "", "name"});
    CHECK(name.resolved);
    CHECK(name.value == "Double 11 push 雙十一");
    CHECK(name.rule == Rule::Name);
    const Found<Date> end = found_at<Date>(plan, Place{"", "", "period/end"});
    CHECK(end.value == Date{2026, 11, 18});
    CHECK(found_at<std::string>(plan, Place{"", "", "strategy/price"}).rule == Rule::Text);
    CHECK(found_at<std::optional<Money>>(plan, Place{"", "", "budget_total"}).value ==
          std::optional<Money>(6000000));
    // An edit path names the same values.
    CHECK(found_at<Date>(plan, "period/end").value == Date{2026, 11, 18});
}

TEST_CASE("a place names an item by id and a field inside it") {
    const Plan plan = plan_with_scenario();
    const Found<Date> start = found_at<Date>(plan, Place{"tasks", "task-live", "dates/start"});
    CHECK(start.resolved);
    CHECK(start.value == Date{2026, 11, 11});
    const Found<std::vector<std::string>> after =
        found_at<std::vector<std::string>>(plan, Place{"tasks", "task-live", "depends_on"});
    CHECK(after.value == std::vector<std::string>{"task-seed"});
    CHECK(after.rule == Rule::Ref);
    CHECK(found_at<std::optional<double>>(plan, Place{"channels", "ch-feed", "inputs/ctr"}).rule ==
          Rule::Fraction);
    // A place without a field is the whole item.
    const Found<Task> whole = found_at<Task>(plan, Place{"tasks", "task-seed", ""});
    REQUIRE(whole.value);
    CHECK(whole.value->title == "Seeding videos");

    // The item-level form: a field path in one item, or in a blank one for the type.
    CHECK(found_at<Date>(plan.tasks[0], "dates/end").value == Date{2026, 10, 30});
    CHECK(found_at<std::string>(Channel{}, "name").rule == Rule::Name);
}

TEST_CASE("a place names an item of a list inside an item") {
    Plan plan = plan_with_scenario();
    const Found<Money> amount =
        found_at<Money>(plan, Place{"scenarios/sc-a/spends", "sp-2", "amount"});
    CHECK(amount.value == Money{7});
    CHECK(amount.rule == Rule::NonNegative);
    CHECK(found_at<std::string>(plan, Place{"scenarios", "sc-a", "name"}).value ==
          "Tết 2027 · 설날 캠페인");
    const Found<std::vector<ScenarioSpend>> spends =
        found_at<std::vector<ScenarioSpend>>(plan, "scenarios/sc-a/spends");
    REQUIRE(spends.value);
    CHECK(spends.value->size() == 2);

    // A plan that is not const can be changed where the place is.
    REQUIRE(resolve(plan, Place{"scenarios", "sc-a", "notes"}, [](auto& v, Rule) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>)
            v = "Khuyến mãi cuối năm";
    }));
    CHECK(plan.scenarios.back().notes == "Khuyến mãi cuối năm");
}

TEST_CASE("a place that names nothing finds nothing and calls nobody") {
    const Plan plan = plan_with_scenario();
    int calls = 0;
    const auto count = [&](const auto&, Rule) { ++calls; };
    CHECK_FALSE(resolve(plan, Place{"tasks", "task-gone", "title"}, count));
    CHECK_FALSE(resolve(plan, Place{"scenarios/sc-gone/spends", "sp-1", "amount"}, count));
    CHECK_FALSE(resolve(plan, Place{"scenarios/sc-a/spends", "sp-9", ""}, count));
    CHECK_FALSE(resolve(plan, Place{"", "", ""}, count));
    CHECK_FALSE(resolve(plan, Place{"", "", "nope"}, count));
    CHECK_FALSE(resolve(plan, Place{"", "", "name/more"}, count));
    CHECK_FALSE(resolve(plan, Place{"", "", "strategy/"}, count));
    CHECK_FALSE(resolve(plan, Place{"tasks", "task-live", "dates/middle"}, count));
    // Lists of ids are values, not lists of items: no index into them.
    CHECK_FALSE(resolve(plan, Place{"tasks", "task-live", "depends_on/0"}, count));
    CHECK_FALSE(resolve_path(plan, "tasks//title", count));
    CHECK_FALSE(resolve_path(plan.tasks[0], "", count));
    CHECK(calls == 0);
}
