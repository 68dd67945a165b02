#include "csv_export.h"

#include "derived.h"
#include "lists.h"
#include "money.h"
#include "value_kinds.h"
#include "vocabulary.h"
#include "zip_writer.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <type_traits>

namespace fp {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// Places a plain number keeps: enough for any rate a plan holds (0.0035),
// few enough that 0.1 + 0.2 is written 0.3.
constexpr int kDecimals = 10;

// What the cells of one table need besides their values.
struct TableContext {
    const Plan& plan;
    std::string_view list; // the list whose items are the rows: "tasks"
    // The names of the items of each list a reference names, by id, made on
    // first use: looking them up per cell would make a long list quadratic.
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> names;

    const std::map<std::string, std::string, std::less<>>& names_of(std::string_view target) {
        auto it = names.find(target);
        if (it == names.end()) {
            it =
                names
                    .emplace(std::string(target), std::map<std::string, std::string, std::less<>>())
                    .first;
            for (auto& [id, name] : names_in(plan, target))
                it->second.emplace(std::move(id), std::move(name));
        }
        return it->second;
    }
};

// The cells of one row and their columns' headers, in order.
struct Row {
    std::vector<std::string> headers;
    std::vector<std::string> cells;
};

// The unit an item's values are in, where it has a Unit field (a KPI, an
// objective); nothing otherwise.
template <class T> std::optional<Unit> unit_of(const T& item) {
    std::optional<Unit> unit;
    for_each_field(item, [&](const char*, const auto& field, Rule, Need) {
        if constexpr (std::is_same_v<std::decay_t<decltype(field)>, Unit>) unit = field;
    });
    return unit;
}

// Writes each leaf of a value as a cell (walk_value calls the member for its
// kind), its column's header beside it.
class CellWriter {
  public:
    CellWriter(TableContext& table, Row& row, std::optional<Unit> unit)
        : table_(table), row_(row), unit_(unit) {}

    void text(const std::string& v, const std::string& header, Rule rule) {
        add(header,
            neutralise_formula(rule == Rule::Ref ? names(&v, v.empty() ? 0 : 1, header) : v));
    }
    void flag(bool v, const std::string& header, Rule) { add(header, v ? "true" : "false"); }
    void amount(Money v, const std::string& header, Rule) {
        const std::string& currency = table_.plan.currency;
        add(header + " (" + currency + ")", format_money(v, currency, kDataNumbers));
    }
    void number(double v, const std::string& header, Rule rule) {
        // The signed numbers of an item with a unit are values in that unit
        // (a KPI's target and actual); money among them counts minor units.
        if (rule == Rule::Signed && unit_ == Unit::Amount)
            add(header, format_value(v, Unit::Amount, table_.plan.currency, kDataNumbers));
        else
            add(header, format_number(v, kDecimals, kDataNumbers));
    }
    template <class E> void choice(E v, const std::string& header, Rule) {
        add(header, std::string(enum_key(v)));
    }
    void date(const Date& v, const std::string& header, Rule) { add(header, format_date(v)); }
    template <class T>
    void optional(const std::optional<T>& v, const std::string& header, Rule rule) {
        if (v) return walk_value(*v, *this, header, rule);
        // An empty value has the columns any value of its type has, blank,
        // so that every row lines up with the header.
        const std::size_t from = row_.cells.size();
        const T blank{};
        walk_value(blank, *this, header, rule);
        for (std::size_t i = from; i < row_.cells.size(); ++i)
            row_.cells[i].clear();
    }
    template <class T> void list(const std::vector<T>& v, const std::string& header, Rule rule) {
        // A list of items inside an item (a scenario's spends) is a table of
        // its own rather than a cell; only lists of ids or text become cells.
        if constexpr (std::is_same_v<T, std::string>) {
            std::string joined;
            if (rule == Rule::Ref) {
                joined = names(v.data(), v.size(), header);
            } else {
                for (const std::string& s : v)
                    joined += (joined.empty() ? "" : "; ") + s;
            }
            add(header, neutralise_formula(joined));
        }
    }
    template <class T> void object(const T& v, const std::string& header, Rule) {
        for_each_field(v, [&](const char* key, const auto& field, Rule rule, Need) {
            walk_value(field, *this, header.empty() ? std::string(key) : header + "/" + key, rule);
        });
    }

  private:
    void add(const std::string& header, std::string cell) {
        row_.headers.push_back(header);
        row_.cells.push_back(std::move(cell));
    }
    // The named items' names ("Warm-up; Burst"); an item without a name, or
    // one the plan lacks, by its id.
    std::string names(const std::string* ids, std::size_t count, const std::string& field) {
        const ReferenceInfo* ref = find_reference(table_.list, field);
        std::string out;
        for (std::size_t i = 0; i < count; ++i) {
            std::string_view name = ids[i];
            if (ref) {
                const auto& known = table_.names_of(ref->target);
                const auto it = known.find(ids[i]);
                if (it != known.end() && !it->second.empty()) name = it->second;
            }
            out += (i ? "; " : "");
            out += name;
        }
        return out;
    }

    TableContext& table_;
    Row& row_;
    std::optional<Unit> unit_;
};

// Columns worked out rather than stored (CsvTable::fields); nothing for a key
// the item has no such column for.
std::optional<std::string> computed(const Kpi& kpi, std::string_view key) {
    if (key != "achievement") return std::nullopt;
    const std::optional<double> rate = achievement(kpi);
    return rate ? format_number(*rate, kDecimals, kDataNumbers) : std::string();
}
template <class T> std::optional<std::string> computed(const T&, std::string_view) {
    return std::nullopt;
}

template <class T> Row row_of(TableContext& table, const T& item, std::string_view fields) {
    Row row;
    CellWriter writer(table, row, unit_of(item));
    if (fields.empty()) {
        writer.object(item, "", Rule::None);
        return row;
    }
    while (!fields.empty()) {
        const std::string_view key = fields.substr(0, fields.find(' '));
        fields.remove_prefix(std::min(fields.size(), key.size() + 1));
        bool stored = false;
        for_each_field(item, [&](const char* name, const auto& field, Rule rule, Need) {
            if (key != name) return;
            stored = true;
            walk_value(field, writer, std::string(name), rule);
        });
        if (stored) continue;
        row.headers.emplace_back(key);
        row.cells.push_back(computed(item, key).value_or(""));
    }
    return row;
}

std::string csv_line(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i)
        out += (i ? "," : "") + csv_field(cells[i]);
    return out + "\r\n";
}

template <class T>
std::string table_csv(TableContext& table, const std::vector<T>& items, std::string_view fields) {
    std::string out(kByteOrderMark);
    const T blank{}; // the header row, from the type alone: a table without rows has one too
    out += csv_line(row_of(table, blank, fields).headers);
    for (const T& item : items)
        out += csv_line(row_of(table, item, fields).cells);
    return out;
}

} // namespace

std::string csv_field(std::string_view value) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
    std::string out = "\"";
    for (char c : value)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string neutralise_formula(std::string_view text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        return "'" + std::string(text);
    return std::string(text);
}

std::vector<CsvFile> plan_csv_files(const Plan& plan) {
    std::vector<CsvFile> files;
    for (const CsvTable& t : kCsvTables) {
        TableContext table{plan, t.list, {}};
        std::string text;
        for_each_field(plan, [&](const char* key, const auto& field, Rule, Need) {
            using F = std::decay_t<decltype(field)>;
            if constexpr (detail::IsVector<F>::value) {
                if constexpr (HasFields<typename F::value_type>::value)
                    if (t.list == std::string_view(key)) text = table_csv(table, field, t.fields);
            }
        });
        files.push_back({std::string(t.name) + ".csv", std::move(text)});
    }
    return files;
}

std::string plan_csv_zip(const Plan& plan) {
    std::vector<ZipEntry> entries;
    for (CsvFile& f : plan_csv_files(plan))
        entries.push_back({std::move(f.name), std::move(f.text)});
    // ZIP keeps local time without a zone; the plan's UTC time is the one
    // time every copy of the plan agrees on.
    ZipTime time;
    std::sscanf(plan.modified.c_str(), "%d-%d-%dT%d:%d:%d", &time.year, &time.month, &time.day,
                &time.hour, &time.minute, &time.second);
    return write_zip(entries, time);
}

} // namespace fp
