// The core's sentences as messages (core/message.h): English as fpcli has
// always printed it, and every key the core uses in the English table.
#include "core/allocation.h"
#include "core/derived.h"
#include "core/findings.h"
#include "core/messages.h"
#include "core/next_plan.h"
#include "core/plan_format.h"
#include "core/validation.h"
#include "language_tables.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace fp;

namespace {

const Messages& english_table() {
    static const Messages table = *read_messages(builtin_english_messages()).messages;
    return table;
}

// The message's key is in the English table, and its arguments and parts
// fill exactly the pattern's places; so are its parts.
void check_complete(const Message& m) {
    INFO(m.key);
    const std::string* pattern = find_pattern(english_table(), m.key);
    REQUIRE(pattern);
    std::vector<std::string> given, wanted = places(*pattern);
    for (const auto& arg : m.args)
        given.emplace_back(arg.first);
    for (const Message::Part& part : m.parts) {
        given.emplace_back(part.name);
        check_complete(part.message);
    }
    std::sort(given.begin(), given.end());
    std::sort(wanted.begin(), wanted.end());
    CHECK(given == wanted);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A plan that trips many checks at once.
Plan troubled_plan() {
    Plan plan = sample_plan();
    plan.budget[0].amount = 7000000;            // over the 60,000.00 total
    plan.tasks[1].dates.start = {2026, 10, 28}; // before its predecessor ends
    plan.tasks[0].depends_on = {plan.tasks[1].id};
    plan.phases[1].dates.end = {2026, 11, 30}; // past the plan's end
    plan.objectives[0].statement = "More";
    plan.objectives[0].target = 100000; // below the baseline
    plan.objectives[0].deadline = Date{2026, 10, 1};
    return plan;
}

AllocationChannel channel(std::string id, double slope, double current, double min, double max) {
    AllocationChannel c;
    c.id = std::move(id);
    c.curve.beta = slope;
    c.current = current, c.min = min, c.max = max;
    return c;
}

} // namespace

TEST_CASE("the core's messages read in English as they always have") {
    const std::vector<Finding> findings = plan_findings(troubled_plan());
    const auto with = [&](const std::string& title) {
        std::vector<std::string> out;
        for (const Finding& f : findings)
            if (english(f.title) == title) out.push_back(english(f.message));
        return out;
    };
    CHECK(with("Budget") == std::vector<std::string>{"the budget lines add up to 70,000.00 CNY, "
                                                     "10,000.00 over the total of 60,000.00"});
    CHECK(with("Objective \"Overall conversion rate of at least 3%\"") ==
          std::vector<std::string>{"S: no metric says what is counted", "M: no metric to measure",
                                   "A: no baseline to judge the target against",
                                   "R: no KPI measures it", "T: no deadline"});
    CHECK(with("Objective \"More\"") ==
          std::vector<std::string>{
              "S: the statement is too short to say what will change (at least 4 words)",
              "A: the target 100,000 is not above the baseline 300,000",
              "T: the deadline 2026年10月1日 is before the plan starts (2026年10月25日)"});
    CHECK(with("Phase \"Burst\"") ==
          std::vector<std::string>{
              "phase \"Burst\" (2026年11月4日 to 2026年11月30日) lies outside the "
              "plan period (2026年10月25日 to 2026年11月18日)",
              "lasts 27 days, much more than the 3 to 5 days of a burst: spend and attention "
              "spread too thin to reach a peak"});

    CHECK(describe(read_plan("[1, 2]").problems.front()) ==
          "line 1, column 1, the file: a plan file is a JSON object, not a list");
    Problem edit{"/plan/objectives/0/stage", {}, Message{"problem.type.text"}};
    CHECK(describe(edit) == "plan.objectives[0].stage: text");

    AllocationRequest request;
    request.amount = 10;
    request.channels = {channel("a", 2, 0, 0, 5), channel("", 1, 0, 0, 1)};
    request.channels[1].curve.alpha = -1;
    CHECK(english(allocate(request).error) == "channel 2: alpha must be above 0 (got -1)");
    request.channels[1].curve.alpha = 1;
    CHECK(english(allocate(request).error) ==
          "the maximums (and locked spends) add up to 6, below the budget of 10");
    request.amount = 6;
    const AllocationResult r = allocate(request);
    REQUIRE(r.ok);
    CHECK(english(r.channels[0].reason) == "raised to its maximum: each extra 1 of the added "
                                           "budget returns 2.00 here");
}

TEST_CASE("a message's parts are rendered in the message's language") {
    const Message m{
        "allocation.reason.unchanged", {}, {{"marginal", Message{"allocation.unlimited"}}}};
    CHECK(english(m) == "unchanged: the next 1 returns an unlimited amount here; moving budget "
                        "would not raise the total");
    const Messages other{
        "xx", {{"allocation.reason.unchanged", "[{marginal}]"}, {"allocation.unlimited", "∞"}}, {}};
    CHECK(render(m, [&](std::string_view key) -> std::string_view {
              const std::string* p = find_pattern(other, key);
              return p ? std::string_view(*p) : key;
          }) == "[∞]");
}

// `m` as the interface shows it in `code`.
std::string in_language(const Message& m, const std::string& code) {
    const Messages table = read_language(code);
    return render(m, [&](std::string_view key) -> std::string_view {
        const std::string* p = find_pattern(table, key);
        return p ? std::string_view(*p) : key;
    });
}

TEST_CASE("a finding's dates and numbers read as the plan's language writes them") {
    Plan plan = troubled_plan();
    plan.objectives[0].target = 1000000;
    plan.objectives[0].baseline = 2000000;
    plan.language = "es";
    const SmartCheck es = check_smart(plan, plan.objectives[0]);
    CHECK(in_language(es.letters[2].reason, "es").find("1.000.000") != std::string::npos);
    CHECK(in_language(es.letters[4].reason, "es") ==
          "la fecha límite 01/10/2026 es anterior al inicio del plan (25/10/2026)");
    plan.language = "en";
    CHECK(english(check_smart(plan, plan.objectives[0]).letters[4].reason) ==
          "the deadline Oct 1, 2026 is before the plan starts (Oct 25, 2026)");
}

TEST_CASE("names in a message are listed and quoted as each language does") {
    const Message two = quoted_list({"種草影片", "直播"});
    CHECK(english(two) == "\"種草影片\", \"直播\"");
    CHECK(in_language(two, "zh-Hant") == "「種草影片」、「直播」");
    CHECK(in_language(two, "zh-Hans") == "“種草影片”、“直播”");
    CHECK(in_language(two, "es") == "«種草影片», «直播»");
    std::vector<std::string> many;
    for (int i = 1; i <= 1000; ++i)
        many.push_back("t" + std::to_string(i));
    const std::string shown = english(quoted_list(many));
    CHECK(shown.rfind("\"t1\", \"t2\", ", 0) == 0);
    CHECK(shown.find("\"t8\" and 992 more") != std::string::npos);
    CHECK(shown.find("t9") == std::string::npos);
    CHECK(in_language(quoted_list(many), "ko").find("외 992개") != std::string::npos);
}

TEST_CASE("a JSON syntax error says what is wrong in words, not the parser's") {
    const auto problem = [](const char* text) {
        return english(read_plan(text).problems.at(0).message);
    };
    CHECK(problem("{\"a\": tru}") ==
          "syntax error: \"tru\" is not a JSON value; text goes in double quotes, and the only "
          "bare words are true, false and null");
    CHECK(problem("{\"a\": 1,}") == "syntax error: \"}\" where a name or text in double quotes "
                                    "should be");
    CHECK(problem("{\"name\": \"Double 11") ==
          "syntax error: the file ends before the plan is complete (was it cut short?)");
    CHECK(problem("[1.]").find("is not a number as JSON writes it") != std::string::npos);
    const Message cut = read_plan("[1, 2").problems.at(0).message;
    CHECK(in_language(cut, "ko") == "구문 오류: 계획이 끝나기 전에 파일이 끊김 (파일이 잘렸나요?)");
}

TEST_CASE("the messages the core produces fill their English patterns' places") {
    const Plan plan = troubled_plan();
    for (const Finding& f : plan_findings(plan)) {
        check_complete(f.title);
        check_complete(f.message);
    }
    Plan invalid = plan;
    invalid.currency = "yuan";
    invalid.objectives[1].id = invalid.objectives[0].id;
    invalid.tasks[0].phase_id = "ph-gone";
    invalid.channels[0].inputs.ctr = 2;
    invalid.channels[0].inputs.min_spend = 10;
    invalid.channels[0].inputs.max_spend = 5;
    invalid.period.end = {2026, 1, 1};
    for (const Problem& p : validate_plan(invalid))
        check_complete(description(p));
    for (const char* text :
         {"[1, 2]",
          "{\"format\": \"x\"}",
          "{\"format\": \"funnelplan.plan\", \"version\": 99}",
          "{\"format\": \"funnelplan.plan\", \"version\": 3, \"plan\": {\"name\": 5}, \"x\": 1}",
          "[NaN]",
          "{\"a\": }",
          "{\"a\" 1}",
          "[1.]",
          "[\"a\\q\"]",
          "[\"a\nb\"]",
          "[\"abc",
          "{\"a\": 1 2}",
          "[1,]",
          "",
          "\xFF\xFE{",
          "[\"\xE9\"]",
          "[\"\xE9",
          "{\"a\": 1, \"a\": 2}",
          "[1e400]",
          "[9007199254740992]",
          "{\"format\": \"funnelplan.plan\"}"})
        for (const Problem& p : read_plan(text).problems)
            check_complete(description(p));

    AllocationRequest request;
    request.channels = {channel("a", 2, 0, 0, 5), channel("b", 1, 4, 0, 1e300),
                        channel("c", 1, 2, 2, 2)};
    for (AllocationMode mode :
         {AllocationMode::FixedBudget, AllocationMode::TargetRoas, AllocationMode::MarginalRoas}) {
        request.mode = mode;
        for (double amount : {-1.0, 0.5, 1.5, 6.0, 100.0}) {
            request.amount = amount;
            const AllocationResult r = allocate(request);
            if (!r.ok) check_complete(r.error);
            for (const ChannelAllocation& c : r.channels)
                check_complete(c.reason);
        }
    }

    // A next plan's notes: refitted, held at 100%, and each reason not to.
    Plan finished = sample_plan();
    std::vector<Channel>& channels = finished.channels;
    channels.resize(5, channels[0]);
    const ChannelActuals actuals[] = {
        {3000000, 300, {}}, {3000000, 15000, {}}, {}, {500000, {}, {}}, {500000, 20, {}}};
    for (std::size_t i = 0; i < channels.size(); ++i) {
        if (i > 0) channels[i].id = "ch-" + std::to_string(i); // the first keeps its budget line
        channels[i].actuals = actuals[i];
    }
    channels[4].inputs.ctr.reset();
    const Stamp stamp{"2027-01-02T08:00:00Z", {2027, 1, 2}, 7};
    const NextPlanResult next = next_plan(finished, {2027, 1, 4}, "", stamp);
    INFO(english(next.error));
    REQUIRE(next.ok);
    std::set<std::string> keys;
    for (const ChannelRefit& c : next.channels) {
        check_complete(c.note);
        keys.insert(c.note.key);
    }
    CHECK(keys.size() == 5);
    check_complete(next_plan(finished, {2027, 2, 30}, "", stamp).error);
}

TEST_CASE("every key the core's sources name is in the English table") {
    // Keys are written whole in the sources, so each can be found there.
    const std::regex key(
        R"re("((?:finding|smart|schedule|problem|json|deflate|allocation|edit|list|next_plan|report)\.[a-z0-9_.]*[a-z0-9_])")re");
    std::size_t keys = 0;
    const auto core = std::filesystem::path(FP_ASSETS).parent_path() / "src" / "core";
    for (const auto& file : std::filesystem::directory_iterator(core)) {
        std::istringstream lines(read_file(file.path()));
        for (std::string line; std::getline(lines, line);) {
            if (line.rfind("#include", 0) == 0) continue;
            for (std::sregex_iterator it(line.begin(), line.end(), key), end; it != end; ++it) {
                INFO(file.path().filename().string() << ": " << (*it)[1].str());
                CHECK(find_pattern(english_table(), (*it)[1].str()));
                ++keys;
            }
        }
    }
    CHECK(keys > 100);
}
