#include "core/messages.h"
#include "core/plan_format.h"
#include "core/templates.h"
#include "language_tables.h"

#include <catch2/catch.hpp>

#include <set>

using namespace fp;

TEST_CASE("a pattern's places are filled by name, in the order its language wants") {
    CHECK(fill("{count} objectives", {{"count", "3"}}) == "3 objectives");
    CHECK(fill("目标 {count} 个", {{"count", "3"}}) == "目标 3 个");
    CHECK(fill("{b} before {a}", {{"a", "A"}, {"b", "B"}}) == "B before A");
    CHECK(fill("{missing} stays", {}) == "{missing} stays");
    CHECK(fill("{{literal}} {x}", {{"x", "y"}}) == "{literal}} y");
    CHECK(fill("unclosed {brace", {{"brace", "no"}}) == "unclosed {brace");
    CHECK(places("{count} of {total}, {count}") == std::vector<std::string>{"count", "total"});
    CHECK(places("{{not a place}}").empty());
}

TEST_CASE("plural forms follow each language's rule") {
    CHECK(plural_form("en", 1) == ".one");
    CHECK(plural_form("en", 2) == ".other");
    CHECK(plural_form("es", 0) == ".other");
    CHECK(plural_form("zh-Hans", 1) == ".other");
    CHECK(plural_form("ko", 1) == ".other");
    CHECK(plural_form("vi", 1) == ".other");
}

TEST_CASE("the browser's languages pick the interface's, English when none fits") {
    using V = std::vector<std::string>;
    CHECK(pick_language(V{"zh-TW", "en"}) == "zh-Hant");
    CHECK(pick_language(V{"zh-HK"}) == "zh-Hant");
    CHECK(pick_language(V{"zh-Hant-MO"}) == "zh-Hant");
    CHECK(pick_language(V{"zh-CN"}) == "zh-Hans");
    CHECK(pick_language(V{"zh-SG"}) == "zh-Hans");
    CHECK(pick_language(V{"zh"}) == "zh-Hans");
    CHECK(pick_language(V{"ko-KR"}) == "ko");
    CHECK(pick_language(V{"vi"}) == "vi");
    CHECK(pick_language(V{"es-MX", "en-US"}) == "es");
    CHECK(pick_language(V{"fr-FR", "de", "es"}) == "es");
    CHECK(pick_language(V{"fr-FR", "ja"}) == "en");
    CHECK(pick_language(V{}) == "en");
}

TEST_CASE("a broken messages file is refused with what and where") {
    CHECK(read_messages("{\"language\": \"en\", \"messages\": {\"a\": 1}}").error ==
          "the message \"a\" is not a text");
    const MessagesRead broken = read_messages("{\"language\": \"en\",\n \"messages\": {,}}");
    CHECK_FALSE(broken.messages);
    CHECK(broken.where.line == 2);
    CHECK_FALSE(read_messages("[]").messages);
    CHECK_FALSE(read_messages("{\"messages\": {}}").messages);
    MessagesLimits small;
    small.max_bytes = 10;
    CHECK_FALSE(read_messages("{\"language\": \"en\", \"messages\": {}}", small).messages);
}

TEST_CASE("every language has exactly English's keys, with the same places") {
    const Messages english = read_language("en");
    REQUIRE(english.patterns.size() > 50);
    for (const Language& language : kLanguages) {
        const Messages m = read_language(language.code);
        for (const auto& [key, pattern] : english.patterns) {
            INFO(language.code << ": " << key);
            const std::string* other = find_pattern(m, key);
            CHECK(other); // a key English has is missing
            if (!other) continue;
            CHECK_FALSE(other->empty());
            auto want = places(pattern), got = places(*other);
            std::sort(want.begin(), want.end());
            std::sort(got.begin(), got.end());
            CHECK(got == want); // a place dropped, renamed or added
        }
        for (const auto& [key, pattern] : m.patterns) {
            INFO(language.code << " has a key English lacks: " << key);
            CHECK(find_pattern(english, key));
        }
    }
}

TEST_CASE("every language translates every text of every template, and nothing else") {
    std::set<std::string> texts;
    for (const TemplateSource& t : builtin_templates())
        for (const std::string& text : template_texts(read_plan(t.text).plan))
            texts.insert(text);
    REQUIRE(texts.size() > 300);
    CHECK(read_language("en").template_text.empty()); // the templates are written in English
    for (const Language& language : kLanguages) {
        if (language.code == std::string_view("en")) continue;
        const Messages m = read_language(language.code);
        for (const std::string& text : texts) {
            INFO(language.code << " lacks the template text: " << text);
            const auto it = m.template_text.find(text);
            CHECK(it != m.template_text.end());
            if (it != m.template_text.end()) CHECK_FALSE(it->second.empty());
        }
        for (const auto& [english, translated] : m.template_text) {
            INFO(language.code << " translates a text no template has: " << english);
            CHECK(texts.count(english));
        }
    }
}
