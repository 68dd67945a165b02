#include "core/csv_export.h"
#include "core/lists.h"
#include "core/money.h"
#include "test_plans.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <map>

using namespace fp;

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

using Records = std::vector<std::vector<std::string>>;

// Reads CSV as RFC 4180 has it (the reader a spreadsheet would be), so that
// the tests check what arrives in the cells, not how the writer spelled it.
// Fails the test on a bare LF or CR outside quotes or a record not ended by CRLF.
Records read_csv(std::string_view text) {
    REQUIRE(text.substr(0, kBom.size()) == kBom);
    text.remove_prefix(kBom.size());
    Records records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::string& cell = records.back().back();
        if (quoted) {
            if (c != '"') {
                cell += c;
            } else if (i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == '"') {
            REQUIRE(cell.empty()); // a quote only opens a field
            quoted = true;
        } else if (c == ',') {
            records.back().emplace_back();
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n');
            ++i;
            records.emplace_back(1);
        } else {
            REQUIRE(c != '\n');
            cell += c;
        }
    }
    REQUIRE_FALSE(quoted);
    // Every record ends with CRLF, so the last "record" is the empty one after it.
    REQUIRE(records.back() == std::vector<std::string>(1));
    records.pop_back();
    return records;
}

std::map<std::string, Records> tables_of(const Plan& plan) {
    std::map<std::string, Records> out;
    for (const CsvFile& f : plan_csv_files(plan))
        out[f.name] = read_csv(f.text);
    return out;
}

// The cell of record `row` (0 is the header) under `header`.
std::string cell(const Records& table, std::size_t row, std::string_view header) {
    const auto& headers = table.at(0);
    const auto it = std::find(headers.begin(), headers.end(), header);
    REQUIRE(it != headers.end());
    return table.at(row).at(static_cast<std::size_t>(it - headers.begin()));
}

} // namespace

TEST_CASE("a field with a comma, a quote or a line break is quoted, its quotes doubled") {
    CHECK(csv_field("plain text") == "plain text");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("two\r\nlines") == "\"two\r\nlines\"");
    CHECK(csv_field("carriage\rreturn") == "\"carriage\rreturn\"");
    CHECK(csv_field("'=1+1") == "'=1+1"); // a quote mark of the other kind needs nothing
}

TEST_CASE("text a spreadsheet would take for a formula gets a leading single quote") {
    for (const char* lead : {"=", "+", "-", "@", "\t", "\r"}) {
        const std::string text = std::string(lead) + "HYPERLINK(\"http://x\",\"y\")";
        CHECK(neutralise_formula(text) == "'" + text);
    }
    CHECK(neutralise_formula("-foo") == "'-foo");
    CHECK(neutralise_formula("plain") == "plain");
    CHECK(neutralise_formula("a=b") == "a=b"); // only the first character counts
    CHECK(neutralise_formula(" =1") == " =1");
    CHECK(neutralise_formula("") == "");
}

TEST_CASE("every table is one file with its header row, in the order of kCsvTables") {
    const std::vector<CsvFile> files = plan_csv_files(sample_plan());
    REQUIRE(files.size() == std::size(kCsvTables));
    for (std::size_t i = 0; i < files.size(); ++i) {
        INFO(files[i].name);
        CHECK(files[i].name == std::string(kCsvTables[i].name) + ".csv");
        CHECK(files[i].text.substr(0, kBom.size()) == kBom);
        const Records records = read_csv(files[i].text);
        REQUIRE_FALSE(records.empty());
        for (const auto& record : records) // every row lines up with the header
            CHECK(record.size() == records[0].size());
        CHECK(records[0][0] == "id");
        CHECK(find_list(kCsvTables[i].list) != nullptr);
    }
    const auto tables = tables_of(sample_plan());
    CHECK(tables.at("objectives.csv").size() == 3);
    CHECK(tables.at("kpis.csv").size() == 2);
    CHECK(tables.at("channels.csv").size() == 2);
    CHECK(tables.at("tasks.csv").size() == 3);
    CHECK(tables.at("budget.csv").size() == 2);
    CHECK(tables.at("resources.csv").size() == 2);
    CHECK(tables.at("risks.csv").size() == 2);
    CHECK(tables.at("measurements.csv").size() == 2);
    CHECK(tables.at("evaluation.csv").size() == 2);
}

TEST_CASE("a table's columns are its fields, nested ones by path") {
    const auto tables = tables_of(sample_plan());
    CHECK(tables.at("tasks.csv")[0] ==
          std::vector<std::string>{"id", "title", "phase_id", "dates/start", "dates/end", "owner",
                                   "resources", "budget (CNY)", "outputs", "status", "depends_on",
                                   "resource_ids"});
    CHECK(tables.at("risks.csv")[0] == std::vector<std::string>{"id", "risk", "likelihood",
                                                                "impact", "response", "owner",
                                                                "status"});
    const auto& channels = tables.at("channels.csv")[0];
    CHECK(std::count(channels.begin(), channels.end(), "inputs/unit_cost (CNY)") == 1);
    CHECK(std::count(channels.begin(), channels.end(), "inputs/uncertainty/ctr") == 1);
    CHECK(std::count(channels.begin(), channels.end(), "actuals/spend (CNY)") == 1);
}

TEST_CASE("a table without rows still has its header") {
    Plan plan = sample_plan();
    plan.risks.clear();
    const auto tables = tables_of(plan);
    REQUIRE(tables.at("risks.csv").size() == 1);
    CHECK(tables.at("risks.csv")[0][0] == "id");
}

TEST_CASE("the evaluation is Table 3: target, actual, achievement, problem and suggestion") {
    Plan plan = sample_plan();
    plan.kpis[0].problem = "Bids too low, in the burst";
    plan.kpis[0].suggestion = "Raise bids for the last three days";
    const Records table = tables_of(plan).at("evaluation.csv");
    CHECK(table[0] == std::vector<std::string>{"id", "metric", "unit", "target", "actual",
                                               "achievement", "problem", "suggestion"});
    CHECK(cell(table, 1, "metric") == "Total exposure");
    CHECK(cell(table, 1, "target") == "1000000");
    CHECK(cell(table, 1, "actual") == "850000");
    CHECK(cell(table, 1, "achievement") == "0.85");
    CHECK(cell(table, 1, "problem") == "Bids too low, in the burst");
    CHECK(cell(table, 1, "suggestion") == "Raise bids for the last three days");
    plan.kpis[0].actual.reset();
    CHECK(cell(tables_of(plan).at("evaluation.csv"), 1, "achievement") == "");
}

TEST_CASE("amounts are in the currency's major units with a dot, whatever its decimals") {
    Plan plan = sample_plan(); // CNY: two decimals
    plan.budget[0].amount = 123456789;
    plan.tasks[0].budget = 5;
    auto tables = tables_of(plan);
    CHECK(cell(tables.at("budget.csv"), 1, "amount (CNY)") == "1234567.89");
    CHECK(cell(tables.at("tasks.csv"), 1, "budget (CNY)") == "0.05");
    CHECK(cell(tables.at("channels.csv"), 1, "inputs/unit_cost (CNY)") == "30.00");
    CHECK(cell(tables.at("channels.csv"), 1, "inputs/max_spend (CNY)") == ""); // not set

    for (const char* code : {"KRW", "VND"}) { // no decimals
        INFO(code);
        plan.currency = code;
        tables = tables_of(plan);
        CHECK(cell(tables.at("budget.csv"), 1, std::string("amount (") + code + ")") ==
              "123456789");
        CHECK(cell(tables.at("tasks.csv"), 1, std::string("budget (") + code + ")") == "5");
    }
    // Numbers are written the same in every language's plan.
    plan.currency = "EUR";
    plan.language = "es";
    CHECK(cell(tables_of(plan).at("budget.csv"), 1, "amount (EUR)") == "1234567.89");
}

TEST_CASE("a KPI's values are in its unit: money in major units, percentages as fractions") {
    Plan plan = sample_plan();
    Kpi revenue;
    revenue.id = "kpi-revenue";
    revenue.metric = "GMV";
    revenue.unit = Unit::Amount;
    revenue.target = 1250050; // 12,500.50 CNY
    revenue.actual = -1250;   // a refund-heavy day: values may be negative
    Kpi rate;
    rate.id = "kpi-rate";
    rate.unit = Unit::Percent;
    rate.target = 0.035;
    plan.kpis = {revenue, rate};
    const Records table = tables_of(plan).at("kpis.csv");
    CHECK(cell(table, 1, "target") == "12500.5");
    CHECK(cell(table, 1, "actual") == "-12.5"); // a number, not neutralised
    CHECK(cell(table, 2, "target") == "0.035");
    CHECK(cell(table, 2, "actual") == "");
    CHECK(cell(table, 1, "unit") == "money");
}

TEST_CASE("text that looks like a formula is neutralised, numbers are not") {
    Plan plan = sample_plan();
    plan.kpis[0].metric = "=HYPERLINK(\"http://x\",\"y\")";
    plan.kpis[0].owner = "+1 555";
    plan.kpis[0].source = "-foo";
    plan.kpis[0].problem = "@SUM(A1)";
    plan.kpis[0].suggestion = "\tcmd";
    plan.risks[0].risk = "\r=1+1";
    plan.review[0].growth_rate = -0.25;
    plan.objectives[0].baseline = -12.5;
    plan.phases[0].name = "-Warm-up"; // a reference's name is text too
    const auto tables = tables_of(plan);
    const Records& kpis = tables.at("kpis.csv");
    CHECK(cell(kpis, 1, "metric") == "'=HYPERLINK(\"http://x\",\"y\")");
    CHECK(cell(kpis, 1, "owner") == "'+1 555");
    CHECK(cell(kpis, 1, "source") == "'-foo");
    CHECK(cell(kpis, 1, "problem") == "'@SUM(A1)");
    CHECK(cell(kpis, 1, "suggestion") == "'\tcmd");
    CHECK(cell(tables.at("risks.csv"), 1, "risk") == "'\r=1+1");
    CHECK(cell(tables.at("evaluation.csv"), 1, "metric") == "'=HYPERLINK(\"http://x\",\"y\")");
    CHECK(cell(tables.at("objectives.csv"), 1, "baseline") == "-12.5");
    CHECK(cell(tables.at("tasks.csv"), 1, "phase_id") == "'-Warm-up");
    // And the cell that holds a quote is quoted in the file, as RFC 4180 asks.
    const std::string text = plan_csv_files(plan)[1].text; // kpis.csv
    CHECK(text.find(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",") != std::string::npos);
}

TEST_CASE("commas, quotes and line breaks in text arrive in their cells intact") {
    Plan plan = sample_plan();
    plan.risks[0].response = "Pause, then \"review\"\nSecond line\r\nThird";
    const Records table = tables_of(plan).at("risks.csv");
    CHECK(cell(table, 1, "response") == "Pause, then \"review\"\nSecond line\r\nThird");
    CHECK(cell(table, 1, "owner") == "Lead");
}

TEST_CASE("Chinese, Korean and Vietnamese text is written byte for byte as UTF-8") {
    Plan plan = sample_plan();
    const std::string zh = "雙十一預熱，種草視頻";
    const std::string ko = "라이브 방송 \"특가\"";
    const std::string vi = "Phát trực tiếp: khuyến mãi lớn";
    plan.tasks[0].title = zh;
    plan.tasks[1].title = ko;
    plan.tasks[1].owner = vi;
    const std::string text = plan_csv_files(plan)[3].text;
    CHECK(text.find("," + zh + ",") != std::string::npos); // a full-width comma needs no quotes
    CHECK(text.find("\"라이브 방송 \"\"특가\"\"\"") != std::string::npos);
    CHECK(text.find("," + vi + ",") != std::string::npos);
    const Records table = read_csv(text);
    CHECK(cell(table, 1, "title") == zh);
    CHECK(cell(table, 2, "title") == ko);
    CHECK(cell(table, 2, "owner") == vi);
}

TEST_CASE("dates are YYYY-MM-DD and choices their file keys") {
    const auto tables = tables_of(sample_plan());
    const Records& tasks = tables.at("tasks.csv");
    CHECK(cell(tasks, 1, "dates/start") == "2026-10-25");
    CHECK(cell(tasks, 1, "dates/end") == "2026-10-30");
    CHECK(cell(tasks, 1, "status") == "todo");
    CHECK(cell(tables.at("objectives.csv"), 1, "deadline") == "2026-11-18");
    CHECK(cell(tables.at("objectives.csv"), 2, "deadline") == ""); // none set
    CHECK(cell(tables.at("objectives.csv"), 1, "stage") == "reach");
    CHECK(cell(tables.at("resources.csv"), 1, "availability") == "partial");
    CHECK(cell(tables.at("channels.csv"), 1, "inputs/locked") == "false");
}

TEST_CASE("references are written as the names of the items they name") {
    Plan plan = sample_plan();
    plan.tasks[1].depends_on = {"task-seed", "task-gone"};
    plan.phases[1].name = "";
    const auto tables = tables_of(plan);
    const Records& tasks = tables.at("tasks.csv");
    CHECK(cell(tasks, 1, "phase_id") == "Warm-up");
    CHECK(cell(tasks, 2, "phase_id") == "ph-burst"); // unnamed: its id
    CHECK(cell(tasks, 2, "depends_on") == "Seeding videos; task-gone");
    CHECK(cell(tasks, 1, "depends_on") == "");
    CHECK(cell(tables.at("budget.csv"), 1, "channel_id") == "Feed ads");
    CHECK(cell(tables.at("kpis.csv"), 1, "objective_id") ==
          "Reach one million people with the new tea in thirty days");
    CHECK(cell(tables.at("measurements.csv"), 1, "kpi_ids") == "Total exposure");
}

TEST_CASE("the zip holds every table and is the same for the same plan") {
    const Plan plan = sample_plan();
    const std::string zip = plan_csv_zip(plan);
    CHECK(zip == plan_csv_zip(plan));
    for (const CsvFile& f : plan_csv_files(plan)) {
        CHECK(zip.find(f.name) != std::string::npos);
        CHECK(zip.find(f.text) != std::string::npos); // stored, not compressed
    }
}
