#include "core/plan_format.h"
#include "core/templates.h"
#include "core/validation.h"
#include "plan_generator.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

using fp::read_plan;
using fp::write_plan;

namespace {

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The sample plan's file with the first `from` replaced by `to`.
std::string sample_with(const std::string& from, const std::string& to) {
    std::string text = write_plan(sample_plan());
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

// The line (1-based) on which `needle` first stands in `text`.
int line_of(const std::string& text, const std::string& needle) {
    auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

// The one problem reading `text` reports.
fp::Problem only_problem(const std::string& text) {
    auto r = read_plan(text);
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    return r.problems.front();
}

// The one problem validating `plan` reports.
fp::Problem only_finding(const fp::Plan& plan) {
    auto problems = fp::validate_plan(plan);
    REQUIRE(problems.size() == 1);
    return problems.front();
}

} // namespace

TEST_CASE("a plan survives writing and reading unchanged, byte for byte") {
    const fp::Plan plan = sample_plan();
    const std::string text = write_plan(plan);
    auto r = read_plan(text);
    REQUIRE(r.ok);
    CHECK(write_plan(r.plan) == text);
    CHECK(r.plan.tasks[1].depends_on == std::vector<std::string>{"task-seed"});
    CHECK(*r.plan.channels[0].inputs.ctr == 0.012);
    CHECK(r.plan.budget[0].amount == 3000000);
    CHECK(r.plan.objectives[1].unit == fp::Unit::Percent);
    CHECK_FALSE(r.plan.objectives[1].baseline);
}

// The file as nlohmann's dump of the plan's JSON value writes it: what
// write_plan wrote before it wrote text straight from the model.
std::string dumped(const fp::Plan& plan, int indent) {
    fp::Json doc = fp::Json::object();
    doc["format"] = fp::kFormatName;
    doc["version"] = fp::kFormatVersion;
    doc["plan"] = fp::plan_json(plan);
    return doc.dump(indent, ' ', false, fp::Json::error_handler_t::replace);
}

TEST_CASE("the file is written byte for byte as the dump of the plan's JSON value") {
    std::vector<fp::Plan> plans = {sample_plan(), fp::large_sample(0.2)};
    for (const fp::TemplateSource& t : fp::builtin_templates()) {
        auto r = read_plan(t.text);
        REQUIRE(r.ok);
        plans.push_back(r.plan);
    }
    fp::Plan odd = sample_plan();
    odd.name = "引号\"与\\反斜杠 · 따옴표 \t탭 · Tiếng Việt \r\n\b\f\x01\x1f\x7f 😀";
    odd.mission = "not UTF-8: \xC3\x28 \xFF end";
    odd.objectives.clear();
    odd.tasks.clear();
    fp::ChannelInputs& in = odd.channels[0].inputs;
    in.ctr = 0.1;
    in.visit_rate = 1e-7;
    in.cart_rate = 1e21;
    in.conversion_rate = -0.0;
    in.volume = 123456789.125;
    in.shape = std::numeric_limits<double>::quiet_NaN();
    in.carryover = 3.0;
    in.aov = -42;
    plans.push_back(odd);
    for (const fp::Plan& plan : plans) {
        INFO(plan.name);
        CHECK(write_plan(plan) == dumped(plan, 2) + "\n");
        CHECK(fp::write_plan_compact(plan) == dumped(plan, -1));
    }
}

TEST_CASE("a file written a slice at a time is the same file as written at once") {
    const std::vector<fp::Plan> plans = {sample_plan(), fp::large_sample(0.2), fp::Plan{}};
    for (const fp::Plan& plan : plans) {
        const std::string whole = write_plan(plan);
        for (std::size_t bytes : {std::size_t{1}, std::size_t{100}, std::size_t{4096},
                                  std::size_t{96 * 1024}, whole.size()}) {
            INFO(plan.name << ", " << bytes << " bytes a slice");
            fp::PlanFileWriter file;
            int slices = 1;
            std::size_t before = 0;
            while (!file.write_some(plan, bytes)) {
                // A slice stops at the first place it may after `bytes`: never
                // before it has written something.
                CHECK(file.written() > before);
                before = file.written();
                ++slices;
                REQUIRE(slices <= int(whole.size()));
            }
            CHECK(file.write_some(plan, bytes)); // whole stays whole
            if (bytes >= whole.size()) CHECK(slices == 1);
            if (bytes == 4096 && whole.size() > 100 * 1024) CHECK(slices > 20);
            CHECK(file.take() == whole);
        }
    }
}

TEST_CASE(
    "the mission, the measurement plan and checklist explanations survive writing and reading") {
    const fp::Plan plan = sample_plan();
    auto r = read_plan(write_plan(plan));
    REQUIRE(r.ok);
    CHECK(r.plan.mission == plan.mission);
    REQUIRE(r.plan.measurements.size() == 1);
    const fp::Measurement& m = r.plan.measurements[0];
    CHECK(m.tracked == "Exposure per ad channel");
    CHECK(m.where == "Ads back-end");
    CHECK(m.how == "utm_campaign=double11 on every link");
    CHECK(m.attribution == "Last click; shop orders by coupon");
    CHECK(m.owner == "Ads lead");
    CHECK(m.kpi_ids == std::vector<std::string>{"kpi-1"});
    CHECK(r.plan.checklist[0].explanation == "Untagged links cannot be credited to a channel");
}

TEST_CASE(
    "a version 4 file written before the mission and measurement plan reads with them empty") {
    auto r = read_plan(R"({"format": "funnelplan.plan", "version": 4, "plan": {
        "id": "p1", "name": "Before measurements", "currency": "EUR",
        "period": {"start": "2026-01-01", "end": "2026-01-31"},
        "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z",
        "kpis": [{"id": "kpi-1", "metric": "Orders"}],
        "checklist": [{"id": "chk-1", "stage": "reach", "text": "Tag links", "done": true}]}})");
    REQUIRE(r.ok);
    CHECK(r.plan.mission.empty());
    CHECK(r.plan.measurements.empty());
    REQUIRE(r.plan.checklist.size() == 1);
    CHECK(r.plan.checklist[0].explanation.empty());
    CHECK(r.plan.checklist[0].done);
}

TEST_CASE("the test file with every field filled is exactly what the exporter writes") {
    const std::string text = file_text(FP_TEST_DATA "/schema/valid-full.plan.json");
    auto read = read_plan(text);
    INFO((read.problems.empty() ? "" : fp::describe(read.problems[0])));
    REQUIRE(read.ok);
    CHECK(read.plan.language == "ko");
    CHECK(write_plan(read.plan) == text);
}

TEST_CASE("every file the JSON Schema refuses, the reader refuses too") {
    // tests/schema/run.sh checks that the schema refuses each of these files;
    // here Funnelplan's own reader must agree, so the two never drift apart.
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(FP_TEST_DATA "/schema/invalid")) {
        INFO(entry.path().filename().string());
        CHECK_FALSE(read_plan(file_text(entry.path().string())).ok);
        ++files;
    }
    CHECK(files >= 10);
    CHECK(read_plan(file_text(FP_TEST_DATA "/schema/valid-minimal.plan.json")).ok);
}

TEST_CASE("the file starts with its format name and version") {
    const std::string text = write_plan(sample_plan());
    CHECK(text.rfind("{\n  \"format\": \"funnelplan.plan\",\n  \"version\": 4,", 0) == 0);
}

TEST_CASE("a version 1 file is migrated and written as the current version") {
    const std::string v1 = R"({
  "format": "funnelplan.plan",
  "version": 1,
  "plan": {
    "id": "plan-old", "name": "Old plan", "currency": "EUR",
    "period": {"start": "2026-01-01", "end": "2026-01-31"},
    "created": "2026-01-01T00:00:00Z", "modified": "2026-01-02T00:00:00Z",
    "objectives": [{"id": "obj-a", "stage": "act", "statement": "Capture leads"}]
  }
})";
    auto r = read_plan(v1);
    REQUIRE(r.ok);
    CHECK(r.plan.objectives[0].stage == fp::Stage::Act);
    CHECK(r.plan.language == "en");
    CHECK(write_plan(r.plan).find("\"version\": 4") != std::string::npos);
}

TEST_CASE("fields that may be left out take their defaults") {
    auto r = read_plan(R"({"format": "funnelplan.plan", "version": 2, "plan": {
        "id": "p1", "name": "Minimal", "currency": "KRW",
        "period": {"start": "2026-01-01", "end": "2026-01-31"},
        "created": "2026-01-01T00:00:00Z", "modified": "2026-01-01T00:00:00Z"}})");
    REQUIRE(r.ok);
    CHECK(r.plan.scenario == fp::Scenario::Custom);
    CHECK(r.plan.tasks.empty());
}

// One test per kind of problem a file can have.

TEST_CASE("problem: syntax errors give line and column") {
    auto p =
        only_problem("{\n  \"format\": \"funnelplan.plan\",\n  \"version\": 1\n  \"plan\": {}\n}");
    CHECK(p.at.line == 4);
    CHECK(fp::describe(p).rfind("line 4, column ", 0) == 0);
    CHECK(english(only_problem("[NaN]").message).find("syntax error") != std::string::npos);
}

TEST_CASE("problem: another format, or not an object") {
    CHECK(english(only_problem("{\"format\": \"something.else\", \"version\": 1}").message)
              .find("not a Funnelplan plan file") != std::string::npos);
    CHECK(english(only_problem("[1, 2]").message).find("JSON object, not a list") !=
          std::string::npos);
}

TEST_CASE("problem: a newer version") {
    auto p = only_problem(sample_with("\"version\": 4", "\"version\": 7"));
    CHECK(p.pointer == "/version");
    CHECK(english(p.message).find("format version 7") != std::string::npos);
    CHECK(english(p.message).find("newer Funnelplan") != std::string::npos);
}

TEST_CASE("problem: wrong types name the path, line and column") {
    const std::string text = sample_with("\"currency\": \"CNY\"", "\"currency\": 12");
    auto p = only_problem(text);
    CHECK(p.pointer == "/plan/currency");
    CHECK(p.at.line == line_of(text, "\"currency\": 12"));
    CHECK(p.at.column == 17);
    CHECK(english(p.message) == "must be text, not a number");
}

TEST_CASE("problem: missing required fields") {
    auto p = only_problem(sample_with("\"name\": \"Double 11 push 雙十一\",", ""));
    CHECK(p.pointer == "/plan");
    CHECK(english(p.message) == "the required field \"name\" is missing");
}

TEST_CASE("problem: unknown fields") {
    auto p = only_problem(sample_with("\"currency\"", "\"budgett\": 5, \"currency\""));
    CHECK(p.pointer == "/plan/budgett");
    CHECK(english(p.message) == "unknown field \"budgett\"");
}

TEST_CASE("problem: values that are not one of the choices") {
    auto p = only_problem(sample_with("\"stage\": \"reach\"", "\"stage\": \"awareness\""));
    CHECK(p.pointer == "/plan/objectives/0/stage");
    CHECK(fp::readable_path(p.pointer) == "plan.objectives[0].stage");
    CHECK(english(p.message) == "\"awareness\" is not one of plan, reach, act, convert or engage");
}

TEST_CASE("problem: malformed dates and times") {
    CHECK(only_problem(sample_with("\"2026-10-25\"", "\"2026-02-30\"")).pointer ==
          "/plan/period/start");
    CHECK(only_problem(sample_with("\"2026-10-01T08:00:00Z\"", "\"yesterday\"")).pointer ==
          "/plan/created");
}

TEST_CASE("problem: dates out of order") {
    auto p = only_problem(sample_with("\"2026-11-18\"", "\"2026-10-01\""));
    CHECK(p.pointer == "/plan/period/end");
    CHECK(english(p.message) == "ends (2026-10-01) before it starts (2026-10-25)");
    fp::Plan plan = sample_plan();
    plan.tasks[0].dates.end = {2026, 10, 1};
    CHECK(only_finding(plan).pointer == "/plan/tasks/0/dates/end");
}

TEST_CASE("problem: negative money and money that is not whole") {
    auto p = only_problem(sample_with("\"amount\": 3000000", "\"amount\": -5"));
    CHECK(p.pointer == "/plan/budget/0/amount");
    CHECK(english(p.message) == "must not be negative, not -5");
    p = only_problem(sample_with("\"amount\": 3000000", "\"amount\": 12.5"));
    CHECK(english(p.message).find("must be a whole number") != std::string::npos);
    // Beyond 2^53 the reader refuses any number, before it is an amount.
    p = only_problem(sample_with("\"amount\": 3000000", "\"amount\": 10000000000000000000"));
    CHECK(p.pointer.empty());
    CHECK(english(p.message) == "10000000000000000000 is too large: numbers in a plan file lie "
                                "between -9007199254740991 and 9007199254740991 (2^53 - 1)");
    p = only_problem(sample_with("\"amount\": 3000000", "\"amount\": 1000000000000001"));
    CHECK(english(p.message) ==
          "is 1000000000000001; the largest amount is 1000000000000000 (in minor units)");
    CHECK(read_plan(sample_with("\"amount\": 3000000", "\"amount\": 1000000000000000")).ok);
}

TEST_CASE("problem: rates above 1") {
    auto p = only_problem(sample_with("\"ctr\": 0.012", "\"ctr\": 1.2"));
    CHECK(p.pointer == "/plan/channels/0/inputs/ctr");
    CHECK(english(p.message).find("must lie between 0 and 1") != std::string::npos);
}

TEST_CASE("problem: NaN and infinity, which only a program can produce") {
    fp::Plan plan = sample_plan();
    plan.kpis[0].actual = std::numeric_limits<double>::quiet_NaN();
    CHECK(english(only_finding(plan).message) == "must be a finite number");
    plan = sample_plan();
    plan.channels[0].inputs.aov = std::nullopt;
    plan.channels[0].inputs.volume = std::numeric_limits<double>::infinity();
    CHECK(only_finding(plan).pointer == "/plan/channels/0/inputs/volume");
}

TEST_CASE("problem: numbers beyond 2^53, in a file or typed into a plan") {
    // A double would read 2^53 + 1 as 2^53 without a word.
    const std::string text = sample_with("\"target\": 1000000.0", "\"target\": 9007199254740993");
    auto p = only_problem(text);
    CHECK(p.at.line == line_of(text, "9007199254740993"));
    CHECK(english(p.message).rfind("9007199254740993 is too large", 0) == 0);
    // The plan could not be written to a file that reads back.
    fp::Plan plan = sample_plan();
    plan.kpis[0].target = 1e20;
    p = only_finding(plan);
    CHECK(p.pointer == "/plan/kpis/0/target");
    CHECK(english(p.message).rfind("1e+20 is too large", 0) == 0);
    plan.kpis[0].target = 9007199254740991.0;
    CHECK(fp::validate_plan(plan).empty());
}

TEST_CASE("problem: a field given twice") {
    const std::string text =
        sample_with("\"currency\": \"CNY\",", "\"currency\": \"CNY\",\n    \"currency\": \"USD\",");
    auto p = only_problem(text);
    CHECK(p.at.line == line_of(text, "\"currency\": \"USD\""));
    CHECK(p.at.column == 5);
    CHECK(english(p.message) ==
          "the field \"currency\" appears twice in the same object; each field may be given only "
          "once");
}

TEST_CASE("problem: a missing version is said to be missing") {
    auto p = only_problem("{\"format\": \"funnelplan.plan\", \"plan\": {}}");
    CHECK(english(p.message) == "the required field \"version\" is missing");
}

TEST_CASE("problem: duplicate identifiers") {
    auto p = only_problem(sample_with("\"obj-2\"", "\"obj-1\""));
    CHECK(p.pointer == "/plan/objectives/1/id");
    CHECK(english(p.message) == "the identifier \"obj-1\" is used more than once");
}

TEST_CASE("problem: references to items that do not exist") {
    auto p = only_problem(sample_with("\"phase_id\": \"ph-burst\"", "\"phase_id\": \"ph-gone\""));
    CHECK(p.pointer == "/plan/tasks/1/phase_id");
    CHECK(english(p.message) == "refers to phase \"ph-gone\", which is not in this plan");
    fp::Plan plan = sample_plan();
    plan.tows[0].swot_ids.push_back("sw-x");
    CHECK(only_finding(plan).pointer == "/plan/tows/0/swot_ids/2");
    plan = sample_plan();
    plan.kpis[0].objective_id = "obj-9";
    CHECK(only_finding(plan).pointer == "/plan/kpis/0/objective_id");
    plan = sample_plan();
    plan.measurements[0].kpi_ids.push_back("kpi-9");
    const fp::Problem measured = only_finding(plan);
    CHECK(measured.pointer == "/plan/measurements/0/kpi_ids/1");
    CHECK(english(measured.message) == "refers to KPI \"kpi-9\", which is not in this plan");
}

TEST_CASE("problem: text over its length limit") {
    auto p =
        only_problem(sample_with("\"Double 11 push 雙十一\"", "\"" + std::string(201, 'x') + "\""));
    CHECK(p.pointer == "/plan/name");
    CHECK(english(p.message) == "is 201 characters long; the limit is 200");
}

TEST_CASE("problem: codes that are not codes") {
    CHECK(only_problem(sample_with("\"CNY\"", "\"yuan\"")).pointer == "/plan/currency");
    CHECK(only_problem(sample_with("\"zh-Hant\"", "\"Chinese!\"")).pointer == "/plan/language");
}

TEST_CASE("problem: lists over their limit") {
    fp::FormatLimits limits;
    limits.max_items = 1;
    auto r = read_plan(write_plan(sample_plan()), limits);
    REQUIRE_FALSE(r.ok);
    CHECK(english(r.problems.front().message) == "has 2 entries; the limit is 1");
}

TEST_CASE("problem: files over the size limit, refused before parsing") {
    fp::FormatLimits limits;
    limits.json.max_bytes = 100;
    auto r = read_plan(write_plan(sample_plan()), limits);
    REQUIRE_FALSE(r.ok);
    CHECK(english(r.problems.front().message).find("the limit is 100 bytes") != std::string::npos);
}

TEST_CASE("problem: nesting too deep, without a stack overflow") {
    auto p = only_problem("{\"format\": \"funnelplan.plan\", \"version\": 1, \"plan\": " +
                          std::string(200000, '[') + std::string(200000, ']') + "}");
    CHECK(english(p.message).find("nesting is deeper") != std::string::npos);
}

TEST_CASE("problem: text that is not UTF-8") {
    auto p = only_problem(sample_with("\"Tea shop\"", "\"Tea \xff shop\""));
    CHECK(english(p.message).find("UTF-8") != std::string::npos);
}

TEST_CASE("several problems are reported together, each with its place") {
    std::string text = sample_with("\"CNY\"", "\"yuan\"");
    auto at = text.find("\"obj-2\"");
    text.replace(at, 7, "\"obj-1\"");
    auto r = read_plan(text);
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.problems.size() == 2);
    CHECK(r.problems[0].at.line == line_of(text, "\"yuan\""));
}
