#include "core/plan_format.h"
#include "core/report_html.h"
#include "core/templates.h"
#include "language_tables.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>

using namespace fp;

namespace {

Plan sample() {
    return read_plan(find_template("sample-double-11")->text).plan;
}

bool has(const std::string& html, std::string_view part) {
    return html.find(part) != std::string::npos;
}

std::size_t count_of(const std::string& html, std::string_view part) {
    std::size_t n = 0;
    for (std::size_t at = html.find(part); at != std::string::npos; at = html.find(part, at + 1))
        ++n;
    return n;
}

// Every tag in the document is one the reports write themselves: text from
// the plan never opens one.
void check_only_own_tags(const std::string& html) {
    static const std::set<std::string> own = {
        "!DOCTYPE", "html",  "head",  "meta",  "title", "style", "body", "h1",  "h2",  "h3",
        "p",        "table", "thead", "tbody", "tr",    "th",    "td",   "div", "span"};
    const std::regex tag("<(/?)([!A-Za-z][A-Za-z0-9]*)");
    for (std::sregex_iterator it(html.begin(), html.end(), tag), end; it != end; ++it) {
        INFO((*it)[0].str());
        CHECK(own.count((*it)[2].str()) == 1);
    }
}

} // namespace

TEST_CASE("html_escape writes the five special characters as references and nothing else") {
    CHECK(html_escape("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    CHECK(html_escape("雙十一 신제품 Tiếng Việt") == "雙十一 신제품 Tiếng Việt");
    CHECK(html_escape("") == "");
}

TEST_CASE("the printed plan has a heading for every part, in the plan's language") {
    const std::string html = plan_report_html(sample(), read_language("en"));
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(has(html, "<h1>Marketing plan: Double 11 new-product push (sample)</h1>"));
    for (const char* heading : {"Summary", "SMART objectives by RACE stage",
                                "Strategy: the 4P and key messages", "Table 1. KPI decomposition",
                                "Table 2. Resources and schedule", "Budget", "Forecast", "Risks"})
        CHECK(has(html, std::string("<h2>") + heading + "</h2>"));
    for (const char* heading : {"Mission", "Reach", "Convert", "By RACE stage", "By channel",
                                "By media type", "Key messages along the path to purchase"})
        CHECK(has(html, std::string("<h3>") + heading + "</h3>"));
    CHECK(has(html, "@page { size: A4; margin: 14mm }"));
    CHECK(has(html, "<th scope=\"col\">KPI</th>"));
    CHECK(has(html, "<th scope=\"row\">Total exposure</th><td class=\"n\">1,000,000</td>"
                    "<td>Manager</td><td>Nov 11, 2025</td>"));
    // Nothing to run and nothing to fetch.
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "src="));
    CHECK_FALSE(has(html, "href="));
    check_only_own_tags(html);
}

TEST_CASE("the printed plan's timeline has a bar for every phase and task") {
    const Plan plan = sample();
    const std::string html = plan_report_html(plan, read_language("en"));
    CHECK(count_of(html, "<span class=\"bar\"") == plan.phases.size() + plan.tasks.size());
    CHECK(count_of(html, "<tr class=\"group\">") == plan.phases.size());
}

TEST_CASE("the printed plan's budget is the core's budget totals") {
    const Plan plan = sample();
    const std::string html = plan_report_html(plan, read_language("en"));
    // 73,000.00 CNY in budget lines of the 80,000.00 planned.
    CHECK(has(html, "<th scope=\"row\">Total budget</th><td>80,000.00 CNY</td>"));
    CHECK(has(html, "<th scope=\"row\">Budget lines add up to</th><td>73,000.00 CNY</td>"));
    CHECK(has(html, "<th scope=\"row\">Total</th><td class=\"n\">73,000.00</td><td "
                    "class=\"n\">100%</td>"));
    CHECK(has(html, "<th scope=\"row\">Creators&#39; live streams</th>"));
}

TEST_CASE("the forecast is printed with its likely range") {
    const std::string html = plan_report_html(sample(), read_language("en"));
    CHECK(has(html, "<th scope=\"col\" class=\"n\">Likely range</th>"));
    const std::regex orders(R"(<th scope="row">Orders</th><td class="n">[0-9,]+</td><td )"
                            R"(class="n">[0-9,]+ – [0-9,]+</td>)");
    CHECK(std::regex_search(html, orders));
}

TEST_CASE("the review report shows the sample's achievement of 85%, 83% and 120%") {
    const std::string html = review_report_html(sample(), read_language("en"));
    CHECK(has(html, "<title>Effect-analysis report: Double 11 new-product push (sample)</title>"));
    for (const char* heading :
         {"Table 3. KPI achievement and evaluation",
          "Cost per order and ROAS by channel, actual against forecast",
          "What worked and what to change", "Proposed split for the next period"})
        CHECK(has(html, std::string("<h2>") + heading + "</h2>"));
    CHECK(has(html, "<td class=\"n low\">85%</td>"));
    CHECK(has(html, "<td class=\"n low\">83%</td>"));
    CHECK(has(html, "<td class=\"n\">120%</td>"));
    CHECK(has(html, "<p class=\"meta\">Review on "));
    CHECK(has(html, "Feed ads fell short of their exposure"));
    CHECK(has(html, "Issue repurchase coupons more often and widen their scope"));
    CHECK(has(html, "<th scope=\"col\" class=\"n\">Forecast ROAS</th>"));
    CHECK_FALSE(has(html, "<script"));
    check_only_own_tags(html);
}

TEST_CASE("text from a plan never becomes markup, in content or in attributes") {
    Plan plan = sample();
    plan.name = "<script>alert(1)</script>";
    plan.business = "\" onload=\"x";
    plan.mission = "Tom & Jerry's <b>tea</b>";
    plan.language = "en\" onload=\"x";
    plan.kpis.at(0).metric = "<img src=x onerror=alert(1)>";
    plan.kpis.at(0).problem = "=HYPERLINK(\"http://x\",\"y\")";
    plan.channels.at(0).name = "</td></tr></table><script>alert(2)</script>";
    plan.phases.at(0).name = "<span style='x'>";
    for (const std::string& html : {plan_report_html(plan, read_language("en")),
                                    review_report_html(plan, read_language("en"))}) {
        CHECK_FALSE(has(html, "<script"));
        CHECK_FALSE(has(html, "<img"));
        CHECK_FALSE(has(html, "\" onload=\"x"));
        CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
        CHECK(has(html, "&quot; onload=&quot;x"));
        CHECK(has(html, "<html lang=\"en&quot; onload=&quot;x\">"));
        check_only_own_tags(html);
    }
    const std::string printed = plan_report_html(plan, read_language("en"));
    CHECK(has(printed, "Tom &amp; Jerry&#39;s &lt;b&gt;tea&lt;/b&gt;"));
    CHECK(has(printed, "&lt;span style=&#39;x&#39;&gt;"));
    CHECK(has(review_report_html(plan, read_language("en")),
              "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"));
}

TEST_CASE("Chinese, Korean and Vietnamese text comes out byte for byte") {
    Plan plan = sample();
    plan.name = "雙十一新品推廣 双十一";
    plan.mission = "신제품을 회원이 먼저 찾는 선물로";
    plan.kpis.at(0).metric = "Tổng lượt hiển thị";
    plan.kpis.at(0).problem = "Quảng cáo thông tin chưa đạt lượt hiển thị";
    plan.language = "zh-Hant";
    const std::string html = plan_report_html(plan, read_language("zh-Hant"));
    CHECK(has(html, "<html lang=\"zh-Hant\">"));
    CHECK(has(html, "<h1>行銷計畫：雙十一新品推廣 双十一</h1>"));
    CHECK(has(html, "<p>신제품을 회원이 먼저 찾는 선물로</p>"));
    CHECK(has(html, "<th scope=\"row\">Tổng lượt hiển thị</th>"));
    CHECK(has(review_report_html(plan, read_language("ko")),
              "<td>Quảng cáo thông tin chưa đạt lượt hiển thị</td>"));
}

TEST_CASE("labels in another language than the plan's say which language they are in") {
    const Plan plan = sample(); // English
    const std::string html = plan_report_html(plan, read_language("ko"));
    CHECK(has(html, "<html lang=\"en\">"));
    CHECK(has(html, "<h2 lang=\"ko\">표 1. KPI 분해</h2>"));
    CHECK(has(html, "<th scope=\"col\" lang=\"ko\">KPI</th>"));
    // Dates and numbers as the reader's market writes them.
    CHECK(has(html, "2025. 11. "));
}

TEST_CASE("every label the reports print is in every language's table") {
    // A label missing from a table prints as its key ("report.table1").
    const std::regex key(R"((report|column|stage|media|level|risk_status|forecast|forecast_figure|)"
                         R"(plan|brand_message|common|phase_kind)\.[a-z_]+)");
    for (const Language& language : kLanguages) {
        INFO(language.code);
        const Messages m = read_language(language.code);
        for (const std::string& html :
             {plan_report_html(sample(), m), review_report_html(sample(), m)}) {
            std::smatch found;
            const bool missing = std::regex_search(html, found, key);
            INFO(found.str());
            CHECK_FALSE(missing);
        }
    }
}

TEST_CASE("an empty plan still makes both documents, saying what is missing") {
    const Plan plan;
    for (const std::string& html : {plan_report_html(plan, read_language("en")),
                                    review_report_html(plan, read_language("en"))}) {
        CHECK(has(html, "<html lang=\"en\">"));
        CHECK(has(html, "None yet."));
        CHECK(html.size() > 1000);
        CHECK(has(html, "</html>\n"));
        check_only_own_tags(html);
    }
}
