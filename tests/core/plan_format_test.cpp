#include "core/plan_format.h"
#include "core/validation.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <string>

using fp::read_plan;
using fp::write_plan;

namespace {

// The sample plan's file with `from` replaced by `to` (the first occurrence).
std::string sample_with(const std::string& from, const std::string& to) {
    std::string text = write_plan(sample_plan());
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

// The one problem reading `text` reports.
fp::Problem only_problem(const std::string& text) {
    auto r = read_plan(text);
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    return r.problems.front();
}

} // namespace

TEST_CASE("a plan survives writing and reading unchanged") {
    const fp::Plan plan = sample_plan();
    const std::string text = write_plan(plan);
    auto r = read_plan(text);
    REQUIRE(r.ok);
    CHECK(r.plan == plan);
    CHECK(write_plan(r.plan) == text);
}

TEST_CASE("the file starts with its format name and version") {
    const std::string text = write_plan(sample_plan());
    CHECK(text.rfind("{\n  \"format\": \"funnelplan.plan\",\n  \"version\": 1,", 0) == 0);
}

TEST_CASE("syntax errors give line and column") {
    auto p =
        only_problem("{\n  \"format\": \"funnelplan.plan\",\n  \"version\": 1\n  \"plan\": {}\n}");
    CHECK(p.at.line == 4);
    CHECK(fp::describe(p).rfind("line 4, column ", 0) == 0);
}

TEST_CASE("a file of another format is refused") {
    auto p = only_problem("{\"format\": \"something.else\", \"version\": 1}");
    CHECK(p.message.find("not a Funnelplan plan file") != std::string::npos);
    p = only_problem("[1, 2]");
    CHECK(p.message.find("JSON object, not a list") != std::string::npos);
}

TEST_CASE("a newer version is refused with a clear message") {
    auto p = only_problem(sample_with("\"version\": 1", "\"version\": 7"));
    CHECK(p.pointer == "/version");
    CHECK(p.message.find("format version 7") != std::string::npos);
    CHECK(p.message.find("newer Funnelplan") != std::string::npos);
}

TEST_CASE("wrong types name the path and the line") {
    auto p = only_problem(sample_with("\"currency\": \"CNY\"", "\"currency\": 12"));
    CHECK(p.pointer == "/plan/currency");
    CHECK(p.at.line == 7);
    CHECK(p.message == "must be text, not a number");
    CHECK(fp::describe(p) == "line 7, column 17, plan.currency: must be text, not a number");
}

TEST_CASE("missing required fields are named") {
    auto p = only_problem(sample_with("\"name\": \"Double 11 push 雙十一\",", ""));
    CHECK(p.pointer == "/plan");
    CHECK(p.message == "the required field \"name\" is missing");
}

TEST_CASE("unknown fields are refused") {
    auto p = only_problem(sample_with("\"currency\"", "\"budget\": 5, \"currency\""));
    CHECK(p.pointer == "/plan/budget");
    CHECK(p.message == "unknown field \"budget\"");
}

TEST_CASE("bad enumeration values and dates are refused") {
    auto p = only_problem(sample_with("\"stage\": \"reach\"", "\"stage\": \"awareness\""));
    CHECK(p.pointer == "/plan/objectives/0/stage");
    CHECK(fp::readable_path(p.pointer) == "plan.objectives[0].stage");
    p = only_problem(sample_with("\"2026-10-25\"", "\"2026-02-30\""));
    CHECK(p.pointer == "/plan/period/start");
    p = only_problem(sample_with("\"2026-10-01T08:00:00Z\"", "\"yesterday\""));
    CHECK(p.pointer == "/plan/created");
}

TEST_CASE("dates out of order are refused") {
    auto p = only_problem(sample_with("\"2026-11-18\"", "\"2026-10-01\""));
    CHECK(p.pointer == "/plan/period/end");
    CHECK(p.message.find("ends (2026-10-01) before it starts (2026-10-25)") != std::string::npos);
}

TEST_CASE("duplicate identifiers are refused") {
    auto p = only_problem(sample_with("\"obj-2\"", "\"obj-1\""));
    CHECK(p.pointer == "/plan/objectives/1/id");
    CHECK(p.message.find("used more than once") != std::string::npos);
}

TEST_CASE("text over its length limit is refused") {
    auto p =
        only_problem(sample_with("\"Double 11 push 雙十一\"", "\"" + std::string(201, 'x') + "\""));
    CHECK(p.pointer == "/plan/name");
    CHECK(p.message == "is 201 characters long; the limit is 200");
}

TEST_CASE("currency must be an ISO 4217 code") {
    auto p = only_problem(sample_with("\"CNY\"", "\"yuan\""));
    CHECK(p.pointer == "/plan/currency");
}

TEST_CASE("numbers where text belongs, and lists over their limit") {
    fp::FormatLimits limits;
    limits.max_objectives = 2;
    auto r = read_plan(write_plan(sample_plan()), limits);
    REQUIRE_FALSE(r.ok);
    CHECK(r.problems.front().message == "has 3 objectives; the limit is 2");
}

TEST_CASE("files over the size limit are refused before parsing") {
    fp::FormatLimits limits;
    limits.json.max_bytes = 100;
    auto r = read_plan(write_plan(sample_plan()), limits);
    REQUIRE_FALSE(r.ok);
    CHECK(r.problems.front().message.find("the limit is 100 bytes") != std::string::npos);
}

TEST_CASE("deep nesting is refused, not a stack overflow") {
    auto p = only_problem("{\"format\": \"funnelplan.plan\", \"version\": 1, \"plan\": " +
                          std::string(200000, '[') + std::string(200000, ']') + "}");
    CHECK(p.message.find("nesting is deeper") != std::string::npos);
}

TEST_CASE("several problems are reported together") {
    std::string text = sample_with("\"CNY\"", "\"yuan\"");
    auto at = text.find("\"obj-2\"");
    text.replace(at, 7, "\"obj-1\"");
    auto r = read_plan(text);
    REQUIRE_FALSE(r.ok);
    CHECK(r.problems.size() == 2);
}
