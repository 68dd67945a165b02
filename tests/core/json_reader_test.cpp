#include "core/json_reader.h"

#include <catch2/catch.hpp>

#include <string>

using fp::parse_json;

TEST_CASE("json reader records where each value starts") {
    auto doc = parse_json("{\n  \"a\": [1, \"x y\",\n    true],\n  \"b\": {\"c\": null}\n}");
    REQUIRE(doc.ok);
    CHECK(doc.positions.at("/a").line == 2);
    CHECK(doc.positions.at("/a").column == 8);
    CHECK(doc.positions.at("/a/1").column == 12);
    CHECK(doc.positions.at("/a/2").line == 3);
    CHECK(doc.positions.at("/a/2").column == 5);
    CHECK(doc.positions.at("/b/c").column == 14);
    CHECK(doc.value["a"][1] == "x y");
}

TEST_CASE("json reader counts columns in characters, not bytes") {
    auto doc = parse_json("{\"名前\": \"計画\", \"n\": 5}");
    REQUIRE(doc.ok);
    CHECK(doc.positions.at("/n").column == 19);
}

TEST_CASE("json reader reports syntax errors with line and column") {
    auto doc = parse_json("{\n  \"a\": 1,\n  \"b\": tru\n}");
    REQUIRE_FALSE(doc.ok);
    CHECK(doc.error_at.line == 3);
    CHECK(english(doc.error).find("syntax error: \"tru\"") != std::string::npos);
}

TEST_CASE("json reader refuses empty input and trailing garbage") {
    CHECK_FALSE(parse_json("").ok);
    CHECK_FALSE(parse_json("{} x").ok);
}

TEST_CASE("json reader bounds nesting depth without recursing") {
    std::string deep(100000, '[');
    auto doc = parse_json(deep);
    REQUIRE_FALSE(doc.ok);
    CHECK(english(doc.error).find("nesting is deeper than 64") != std::string::npos);
    CHECK(doc.error_at.column == 65);
}

TEST_CASE("json reader bounds size, values and string length") {
    fp::JsonLimits limits;
    limits.max_bytes = 10;
    CHECK(english(parse_json("[1,2,3,4,5,6]", limits).error).find("limit is 10 bytes") !=
          std::string::npos);
    limits = {};
    limits.max_values = 3;
    CHECK(english(parse_json("[1,2,3]", limits).error).find("more than 3 values") !=
          std::string::npos);
    limits = {};
    limits.max_string_bytes = 4;
    CHECK_FALSE(parse_json("[\"hello\"]", limits).ok);
}

TEST_CASE("json reader refuses invalid UTF-8") {
    CHECK_FALSE(parse_json("[\"\xC3\x28\"]").ok);
}

TEST_CASE("json pointer tokens are escaped") {
    std::string p;
    fp::append_pointer_token(p, "a/b~c");
    CHECK(p == "/a~1b~0c");
}
