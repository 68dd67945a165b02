#include "core/share_link.h"

#include "core/deflate.h"
#include "core/messages.h"
#include "language_tables.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

using namespace fp;

namespace {

std::string link_of(const std::string& json) {
    return "plan=1." + base64url_encode(deflate_raw(json));
}

// The one problem a link is refused with, as fpcli prints it.
std::string refusal(std::string_view link, const FormatLimits& limits = {}) {
    const PlanReadResult r = read_share_fragment(link, limits);
    CHECK_FALSE(r.ok);
    REQUIRE(r.problems.size() == 1);
    return describe(r.problems[0]);
}

// Every place of the message is filled in every language, and no other.
void check_in_every_language(const Message& m) {
    for (const Language& language : kLanguages) {
        static std::map<std::string, Messages> tables;
        if (!tables.count(language.code)) tables[language.code] = read_language(language.code);
        const std::string* pattern = find_pattern(tables[language.code], m.key);
        INFO(language.code << ": " << m.key);
        REQUIRE(pattern);
        std::vector<std::string> given, wanted = places(*pattern);
        for (const auto& arg : m.args)
            given.emplace_back(arg.first);
        for (const Message::Part& part : m.parts)
            given.emplace_back(part.name);
        std::sort(given.begin(), given.end());
        std::sort(wanted.begin(), wanted.end());
        CHECK(given == wanted);
    }
    for (const Message::Part& part : m.parts)
        check_in_every_language(part.message);
}

} // namespace

TEST_CASE("a share link carries a plan exactly", "[share_link]") {
    const Plan plan = sample_plan();
    const std::optional<std::string> fragment = share_fragment(plan);
    REQUIRE(fragment);
    CHECK(fragment->rfind("plan=1.", 0) == 0);
    CHECK(fragment->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                      "0123456789-_",
                                      7) == std::string::npos);
    // Packed, the plan is much smaller than its file.
    CHECK(fragment->size() * 2 < write_plan(plan).size());
    for (const std::string& link :
         {*fragment, "#" + *fragment, "https://funnelplan.app/#" + *fragment,
          "http://localhost:8080/index.html?x=1#" + *fragment, "  " + *fragment + "\n"}) {
        const PlanReadResult r = read_share_fragment(link);
        INFO(link.substr(0, 60) << (r.problems.empty() ? "" : describe(r.problems[0])));
        REQUIRE(r.ok);
        CHECK(write_plan(r.plan) == write_plan(plan));
    }
}

TEST_CASE("a link's plan is data: markup in its text comes back as text", "[share_link]") {
    Plan plan = sample_plan();
    plan.name = "<script>alert('x')</script>";
    plan.business = "\" onload=\"x & <b>";
    const PlanReadResult r = read_share_fragment(*share_fragment(plan));
    REQUIRE(r.ok);
    CHECK(r.plan.name == "<script>alert('x')</script>");
    CHECK(r.plan.business == "\" onload=\"x & <b>");
}

TEST_CASE("no share link for a plan too large for one", "[share_link]") {
    Plan plan = sample_plan();
    // Random text hardly compresses: 40,000 characters cannot fit in 32 KiB.
    std::mt19937 rng(1);
    for (int i = 0; i < 40000; ++i)
        plan.business.push_back(static_cast<char>('!' + rng() % 90));
    CHECK_FALSE(share_fragment(plan));
    plan.business.resize(8000);
    const std::optional<std::string> fragment = share_fragment(plan);
    REQUIRE(fragment);
    CHECK(fragment->size() <= kMaxShareLinkBytes);
}

TEST_CASE("a link that is not a plan link, or a damaged one, says so", "[share_link]") {
    const std::string good = *share_fragment(sample_plan());
    const std::string payload = good.substr(7);

    CHECK(refusal("https://funnelplan.app/") ==
          "the file: this is not a Funnelplan plan link: the part after \"#\" must start with "
          "\"plan=1.\"");
    CHECK(refusal("#view=timeline").find("not a Funnelplan plan link") != std::string::npos);
    CHECK(refusal("#plan=" + payload).find("not a Funnelplan plan link") != std::string::npos);
    CHECK(refusal("#plan=x." + payload).find("not a Funnelplan plan link") != std::string::npos);
    CHECK(refusal("").find("not a Funnelplan plan link") != std::string::npos);
    CHECK(refusal("#plan=2." + payload) ==
          "the file: this link is in version 2 of the link format; this Funnelplan reads "
          "version 1 (a newer Funnelplan may open it)");
    CHECK(refusal("#plan=1." + std::string(kMaxShareLinkBytes, 'A')) ==
          "the file: the link's plan part is 32775 bytes long; the limit is 32768 bytes");

    // Characters counted from the start of what was given, 1-based.
    CHECK(refusal("https://x/#plan=1.ab+c" + payload.substr(4)) ==
          "the file: character 21 of the link, \"+\", does not belong in a plan link (was the "
          "link changed when it was copied?)");
    CHECK(refusal("是#plan=1.ab" + payload.substr(2, 10) + " " + payload.substr(12))
              .find("character 22 of the link, \"U+0020\"") != std::string::npos);
    CHECK(refusal("#plan=1.ab\xc3\xa9" + payload).find("character 11 of the link, \"U+00E9\"") !=
          std::string::npos);
    CHECK(refusal("#plan=1.ab=").find("\"=\"") != std::string::npos);

    // Cut anywhere, a link reads as cut short, however its end falls.
    for (std::size_t keep : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{3},
                             payload.size() / 2, payload.size() / 2 + 1, payload.size() - 1})
        CHECK(refusal("#plan=1." + payload.substr(0, keep)) ==
              "the file: the link ends before the plan does (was it cut short when it was "
              "copied?)");

    CHECK(refusal("#plan=1." + base64url_encode("\x07")) ==
          "the file: the link's compressed plan is damaged at byte 0: a block has the reserved "
          "type 3");
    CHECK(refusal("#plan=1." + base64url_encode(deflate_raw("{}") + "xy")) ==
          "the file: the link's compressed plan is damaged at byte 4: 2 bytes follow the last "
          "block");

    // Unpacked, a link is held to a file's size limit.
    CHECK(refusal(link_of(std::string(9u << 20, ' '))) ==
          "the file: the link's plan is larger than 8388608 bytes once unpacked, the limit for "
          "a plan file");
    FormatLimits small;
    small.json.max_bytes = 1000;
    CHECK(refusal(good, small).find("larger than 1000 bytes once unpacked") != std::string::npos);
}

TEST_CASE("a link's plan is checked as a file is, with the same messages", "[share_link]") {
    for (const std::string json :
         {"[1, 2]", "{\"format\": \"x\"}", "{\"format\": \"funnelplan.plan\", \"version\": 99}",
          "{\"a\": tru}", "{\"format\": \"funnelplan.plan\", \"version\": 4, \"plan\": {}}"}) {
        const PlanReadResult from_link = read_share_fragment(link_of(json));
        const PlanReadResult from_file = read_plan(json);
        CHECK_FALSE(from_link.ok);
        REQUIRE(from_link.problems.size() == from_file.problems.size());
        for (std::size_t i = 0; i < from_file.problems.size(); ++i)
            CHECK(describe(from_link.problems[i]) == describe(from_file.problems[i]));
    }
}

TEST_CASE("a link's problems are worded in every language", "[share_link]") {
    const std::string good = *share_fragment(sample_plan());
    for (const std::string& link :
         {std::string("nothing"), "#plan=7." + good.substr(7), std::string("#plan=1.a+b"),
          "#plan=1." + good.substr(7, 20), "#plan=1." + base64url_encode("\x07"),
          "#plan=1." + base64url_encode(deflate_raw("{}") + "x"),
          "#plan=1." + std::string(kMaxShareLinkBytes, 'A'), link_of(std::string(9u << 20, ' '))}) {
        const PlanReadResult r = read_share_fragment(link);
        REQUIRE(r.problems.size() == 1);
        check_in_every_language(description(r.problems[0]));
    }
    // And every reason inflate gives.
    for (const char* key :
         {"deflate.truncated", "deflate.bad_block_type", "deflate.stored_length",
          "deflate.bad_code_lengths", "deflate.no_end_code", "deflate.oversubscribed",
          "deflate.incomplete", "deflate.bad_code", "deflate.bad_symbol"})
        check_in_every_language(Message{key});
    check_in_every_language({"deflate.too_many_codes", {{"lengths", "287"}, {"distances", "1"}}});
    check_in_every_language({"deflate.distance_too_far", {{"distance", "9"}, {"available", "2"}}});
    check_in_every_language({"deflate.trailing", {{"count", "1"}}});
    check_in_every_language({"deflate.too_large", {{"limit", "1"}}});
}
