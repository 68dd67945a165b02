#include "core/json_reader.h"

#include <catch2/catch.hpp>

#include <string>

using fp::parse_json;

TEST_CASE("json reader records where each value starts") {
    auto doc = parse_json("{\n  \"a\": [1, \"x y\",\n    true],\n  \"b\": {\"c\": null}\n}");
    REQUIRE(doc.ok);
    CHECK(doc.position_of("/a").line == 2);
    CHECK(doc.position_of("/a").column == 8);
    CHECK(doc.position_of("/a/1").column == 12);
    CHECK(doc.position_of("/a/2").line == 3);
    CHECK(doc.position_of("/a/2").column == 5);
    CHECK(doc.position_of("/b/c").column == 14);
    CHECK(doc.value["a"][1] == "x y");
}

TEST_CASE("json reader counts columns in characters, not bytes") {
    auto doc = parse_json("{\"名前\": \"計画\", \"n\": 5}");
    REQUIRE(doc.ok);
    CHECK(doc.position_of("/n").column == 19);
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

TEST_CASE("json reader refuses invalid UTF-8, naming the byte and its place") {
    auto doc = parse_json("{\n  \"a\": \"caf\xC3\x28\"}");
    REQUIRE_FALSE(doc.ok);
    CHECK(english(doc.error) == "byte 0xC3 is not UTF-8 text; a plan file is JSON written in "
                                "UTF-8 (is this a plan file?)");
    CHECK(doc.error_at.line == 2);
    CHECK(doc.error_at.column == 12);
    // Overlong forms and surrogates are not UTF-8 either.
    CHECK(parse_json("[\"\xC0\xAF\"]").error.key == "json.not_utf8");
    CHECK(parse_json("[\"\xED\xA0\x80\"]").error.key == "json.not_utf8");
    // An image: its first byte.
    doc = parse_json("\x89PNG\r\n\x1A\n");
    CHECK(doc.error.args.at(0).second == "0x89");
    CHECK(doc.error_at.column == 1);
    // A character cut off by the end of the text is a file cut short.
    doc = parse_json("{\"a\": \"\xEC\xA0");
    CHECK(doc.error.key == "json.syntax.end");
    CHECK(doc.error_at.column == 8);
}

TEST_CASE("json reader names an empty text and one in UTF-16 or UTF-32") {
    CHECK(parse_json("").error.key == "json.empty");
    CHECK(parse_json(" \r\n\t").error.key == "json.empty");
    using namespace std::string_literals;
    for (const std::string& wide :
         {"\xFF\xFE{\0}\0"s, "\xFE\xFF\0{\0}"s, "{\0}\0"s, "\0{\0}"s, "\xFF\xFE\0\0{\0\0\0"s})
        CHECK(parse_json(wide).error.key == "json.utf16");
}

TEST_CASE("json reader skips a UTF-8 byte-order mark, which takes no column") {
    auto doc = parse_json("\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE(doc.ok);
    CHECK(doc.position_of("/a").column == 7);
    doc = parse_json("\xEF\xBB\xBF{\"a\": tru}");
    CHECK(doc.error_at.column == 10);
}

TEST_CASE("json reader refuses a field given twice in one object") {
    auto doc = parse_json("{\"a\": {\"b\": 1,\n \"b\": 2}, \"b\": 3}");
    REQUIRE_FALSE(doc.ok);
    CHECK(english(doc.error) == "the field \"b\" appears twice in the same object; each field "
                                "may be given only once");
    CHECK(doc.error_at.line == 2);
    CHECK(doc.error_at.column == 2);
    // The same key in different objects, or as an index, is no repeat.
    CHECK(parse_json("{\"a\": {\"a\": [{\"a\": 1}, {\"a\": 2}]}, \"0\": [0]}").ok);
}

TEST_CASE("json reader keeps numbers within what every reader holds exactly") {
    CHECK(parse_json("[9007199254740991, -9007199254740991, 9007199254740991.0]").ok);
    for (const char* text : {"[9007199254740992]", "[-9007199254740992]", "[1e16]", "[-2e300]",
                             "[123456789012345678901234567890]", "[1e400]", "[-1e400]"}) {
        INFO(text);
        const auto doc = parse_json(text);
        REQUIRE_FALSE(doc.ok);
        CHECK(doc.error.key == "json.number_too_large");
        CHECK(doc.error_at.column == 2);
    }
    CHECK(english(parse_json("[1e400]").error) ==
          "1e400 is too large: numbers in a plan file lie between -9007199254740991 and "
          "9007199254740991 (2^53 - 1)");
    CHECK(parse_json("[123456789012345678901234567890]").error.args.at(0).second ==
          "123456789012345678901234567890");
}

TEST_CASE("json reader's memory grows with the text, not with keys times depth") {
    // A long key above many values: keyed by whole pointers, each value's
    // would repeat the key (100,000 x 100,000 bytes here).
    const std::string key(100000, 'k');
    std::string text = "{\"" + key + "\": [0";
    for (int i = 0; i < 100000; ++i)
        text += ",0";
    text += "]}";
    const auto doc = parse_json(text);
    REQUIRE(doc.ok);
    std::size_t bytes = 0;
    for (const auto& [child, node] : doc.children)
        bytes += child.size();
    CHECK(bytes < 4 * text.size()); // 788,900 bytes here; whole pointers took 10 GB
    CHECK(doc.position_of("/" + key + "/100000").column == static_cast<int>(key.size()) + 200007);
    // Keys longer than a text value are refused like one.
    fp::JsonLimits limits;
    limits.max_string_bytes = 10;
    CHECK(parse_json("{\"a very long name\": 1}", limits).error.key == "json.text_too_long");
}

TEST_CASE("json reader takes an object of many members in time linear in its size") {
    // The ordered map's own insertion searches every key before it.
    std::string text = "{";
    for (int i = 0; i < 200000; ++i)
        text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    text += "}";
    const auto doc = parse_json(text);
    REQUIRE(doc.ok);
    CHECK(doc.value.size() == 200000);
    CHECK(doc.value.back() == 0);
    CHECK(doc.position_of("/k199999").line == 1);
}

TEST_CASE("json pointer tokens are escaped") {
    std::string p;
    fp::append_pointer_token(p, "a/b~c");
    CHECK(p == "/a~1b~0c");
}
