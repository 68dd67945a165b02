// The plan's tables as spreadsheets: one CSV file per table, and all of
// them in one ZIP archive. The columns come from the field tables
// (model_fields.h), so a field added to a list appears in its file too.
//
// What a cell holds: text as typed; amounts in the currency's major units as
// the plan writes them, with a dot before decimals and no thousands
// separator ("12345.60", "1500000" won); a KPI's or objective's values in
// its unit (money likewise, rates and percentages as fractions); other
// numbers plain; dates YYYY-MM-DD; choices by their file key ("warm_up");
// references by the names of the items they name, "; " between them.
// Headers are the fields' file keys, nested ones by path ("dates/start"),
// amounts with their currency ("amount (CNY)").
#pragma once

#include "model.h"

#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct CsvTable {
    const char* name; // the file's name without ".csv"
    const char* list; // the plan list whose items are its rows (lists.h)
    // The item's fields it shows, by key, space-separated, in order; "" for
    // every field. "achievement" is a KPI's achievement (derived.h), the one
    // column that is worked out rather than stored.
    const char* fields;
};

inline constexpr CsvTable kCsvTables[] = {
    {"objectives", "objectives", ""},
    {"kpis", "kpis", ""},
    {"channels", "channels", ""},
    {"tasks", "tasks", ""},
    {"budget", "budget", ""},
    {"resources", "resources", ""},
    {"risks", "risks", ""},
    {"measurements", "measurements", ""},
    // Table 3, the effect analysis after the campaign.
    {"evaluation", "kpis", "id metric unit target actual achievement problem suggestion"},
};

struct CsvFile {
    std::string name; // "tasks.csv"
    // UTF-8 with a byte-order mark, which is how Excel knows the file is
    // UTF-8 and not the system's code page (Chinese and Korean text would
    // otherwise arrive garbled); RFC 4180: CRLF after every record, the
    // header row first.
    std::string text;
};

// One file per entry of kCsvTables, in that order.
std::vector<CsvFile> plan_csv_files(const Plan& plan);

// Those files in one ZIP archive, dated with the plan's last change, so that
// the same plan always gives the same bytes.
std::string plan_csv_zip(const Plan& plan);

// A field as RFC 4180 writes it: in quotes, its quotes doubled, when it holds
// a comma, a quote, a carriage return or a line feed; as it is otherwise.
std::string csv_field(std::string_view value);

// Text from a plan made safe to open in a spreadsheet (OWASP, "CSV
// Injection"): text beginning with '=', '+', '-', '@', a tab or a carriage
// return, which a spreadsheet would take for a formula, gets a leading
// single quote. Only text cells go through this; the numbers the export
// writes itself never do, so that "-12.50" in an amount column stays a number.
std::string neutralise_formula(std::string_view text);

} // namespace fp
