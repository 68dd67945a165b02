#include "plan_format.h"

#include "forecast.h"
#include "model_json.h"
#include "validation.h"
#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

namespace fp {

namespace {

// Brings an older document up to the current version. Version 2 added fields
// to every part of the plan, version 3 the forecast's (diminishing returns,
// allocation bounds, actuals, plan-wide settings, budget scenarios, KPIs
// linked to forecast figures); every older field kept its name and meaning,
// and new fields may be left out, so an older plan reads as the current
// version as it is. Version 4 fixed each channel's response curve by
// evidence instead of the planned spend; an older plan states its planned
// spend as that evidence (after reading, see read_plan), so its forecast
// stays as it was. Versions that rename or restructure add steps here.
void migrate(Json& doc) {
    doc["version"] = kFormatVersion;
}

} // namespace

std::string readable_path(std::string_view pointer) {
    std::string out;
    std::size_t i = 0;
    while (i < pointer.size()) {
        std::size_t next = pointer.find('/', i + 1);
        if (next == std::string_view::npos) next = pointer.size();
        std::string token(pointer.substr(i + 1, next - i - 1));
        for (std::size_t k; (k = token.find("~1")) != std::string::npos;)
            token.replace(k, 2, "/");
        for (std::size_t k; (k = token.find("~0")) != std::string::npos;)
            token.replace(k, 2, "~");
        bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
        if (index)
            out += "[" + token + "]";
        else
            out += (out.empty() ? "" : ".") + token;
        i = next;
    }
    return out.empty() ? "the file" : out;
}

Message description(const Problem& p) {
    // The root is "the file", in the words of the reader's language.
    const bool root = p.pointer.empty();
    Message out(root ? "problem.where.file" : "problem.where.path", {}, {{"problem", p.message}});
    if (!root) out.args.emplace_back("path", readable_path(p.pointer));
    if (p.at.line > 0) {
        out.key = root ? "problem.where.line_file" : "problem.where.line_path";
        out.args.emplace_back("line", std::to_string(p.at.line));
        out.args.emplace_back("column", std::to_string(p.at.column));
    }
    return out;
}

std::string describe(const Problem& p) {
    return english(description(p));
}

Json plan_json(const Plan& plan) {
    return to_json(plan);
}

namespace {

// Writes the file's text straight from the model, byte for byte as the dump
// of its JSON value (plan_json) would be: building that value first took
// half of every save, export and import of a large plan.
class TextWriter {
  public:
    TextWriter(std::string& out, int indent) : out_(out), indent_(indent) {}

    void text(std::string_view v) { quoted(v); }
    void flag(bool v) { out_ += v ? "true" : "false"; }
    void amount(Money v) { out_ += std::to_string(v); }
    void number(double v) {
        if (!std::isfinite(v)) {
            out_ += "null";
            return;
        }
        char digits[64]; // nlohmann's shortest form that reads back the same
        out_.append(digits, nlohmann::detail::to_chars(digits, digits + sizeof digits, v));
    }
    template <class E> void choice(E v) { quoted(enum_key(v)); }
    void date(const Date& v) { quoted(format_date(v)); }
    template <class T> void optional(const std::optional<T>& v) {
        if (v)
            walk_value(*v, *this);
        else
            out_ += "null";
    }
    template <class T> void list(const std::vector<T>& v) {
        begin_list(v.size());
        list_items(v, 0, SIZE_MAX);
        end_list(v.size());
    }
    template <class T> void object(const T& v) {
        begin_object();
        for_each_field(v, [&](const char* key, const auto& field, Rule, Need) {
            member(key);
            walk_value(field, *this);
        });
        end_object();
    }

    // A list begun, its items written from `from` on while the text is
    // shorter than `stop` bytes, and ended: in pieces, so that a file can be
    // written in slices (FileWriting). list_items returns the first item it
    // did not write.
    void begin_list(std::size_t size) {
        out_ += size ? "[" : "[]";
        if (size) ++depth_;
    }
    template <class T>
    std::size_t list_items(const std::vector<T>& v, std::size_t from, std::size_t stop) {
        for (; from < v.size() && out_.size() < stop; ++from) {
            if (from) out_ += ',';
            new_line();
            walk_value(v[from], *this);
        }
        return from;
    }
    void end_list(std::size_t size) {
        if (!size) return;
        --depth_;
        new_line();
        out_ += ']';
    }

    void begin_object() {
        out_ += '{';
        ++depth_;
        members_.push_back(0);
    }
    void member(std::string_view key) {
        if (members_.back()++) out_ += ',';
        new_line();
        quoted(key);
        out_ += indent_ < 0 ? ":" : ": ";
    }
    void end_object() {
        --depth_;
        if (members_.back()) new_line();
        members_.pop_back();
        out_ += '}';
    }

  private:
    void new_line() {
        if (indent_ < 0) return;
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_ * indent_), ' ');
    }

    // Invalid UTF-8 cannot come from a file (the reader refuses it); it is
    // replaced, as nlohmann's replacing dump does, rather than throwing, so a
    // bad in-memory string cannot crash a save.
    void quoted(std::string_view v) {
        if (!is_valid_utf8(v)) {
            out_ += Json(std::string(v)).dump(-1, ' ', false, Json::error_handler_t::replace);
            return;
        }
        out_ += '"';
        std::size_t plain = 0; // where the characters not yet written start
        for (std::size_t i = 0; i < v.size(); ++i) {
            const char c = v[i];
            if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\') continue;
            out_.append(v.data() + plain, i - plain);
            plain = i + 1;
            switch (c) {
            case '"':
                out_ += "\\\"";
                break;
            case '\\':
                out_ += "\\\\";
                break;
            case '\b':
                out_ += "\\b";
                break;
            case '\t':
                out_ += "\\t";
                break;
            case '\n':
                out_ += "\\n";
                break;
            case '\f':
                out_ += "\\f";
                break;
            case '\r':
                out_ += "\\r";
                break;
            default:
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out_ += escaped;
            }
        }
        out_.append(v.data() + plain, v.size() - plain);
        out_ += '"';
    }

    std::string& out_;
    int indent_;
    int depth_ = 0;
    std::vector<int> members_; // written so far in each open object
};

// How far a file being written has got: write_slice carries on from here.
struct FileWriting {
    explicit FileWriting(int indent_by) : writer(text, indent_by), indent(indent_by) {}
    std::string text;
    TextWriter writer;
    int indent;
    bool started = false;
    bool whole = false;
    bool in_list = false;   // the field being written is a list, begun
    std::size_t fields = 0; // of the plan, written
    std::size_t items = 0;  // of the list being written, written
};

// Slices end only between the plan's fields and between the items of its
// lists, where the writer's state is the same whatever comes next.
bool write_slice(FileWriting& s, const Plan& plan, std::size_t bytes) {
    if (s.whole) return true;
    TextWriter& w = s.writer;
    const std::size_t stop =
        s.text.size() + std::min(std::max<std::size_t>(bytes, 1), SIZE_MAX - s.text.size());
    if (!s.started) {
        w.begin_object();
        w.member("format");
        w.text(kFormatName);
        w.member("version");
        w.amount(kFormatVersion);
        w.member("plan");
        w.begin_object();
        s.started = true;
    }
    std::size_t index = 0;
    bool full = false;
    for_each_field(plan, [&](const char* key, const auto& field, Rule, Need) {
        if (full || index++ < s.fields) return;
        using F = std::decay_t<decltype(field)>;
        if constexpr (detail::IsVector<F>::value) {
            if (!s.in_list) {
                w.member(key);
                w.begin_list(field.size());
                s.in_list = true;
            }
            s.items = w.list_items(field, s.items, stop);
            if (s.items < field.size()) {
                full = true;
                return;
            }
            w.end_list(field.size());
            s.in_list = false;
            s.items = 0;
        } else {
            w.member(key);
            walk_value(field, w);
        }
        ++s.fields;
        full = s.text.size() >= stop;
    });
    if (full) return false;
    w.end_object();
    w.end_object();
    if (s.indent >= 0) s.text += '\n';
    s.whole = true;
    return true;
}

std::string plan_document(const Plan& plan, int indent) {
    FileWriting s(indent);
    write_slice(s, plan, SIZE_MAX);
    return std::move(s.text);
}

} // namespace

std::string write_plan(const Plan& plan) {
    return plan_document(plan, 2);
}

std::string write_plan_compact(const Plan& plan) {
    return plan_document(plan, -1);
}

struct PlanFileWriter::State : FileWriting {
    State() : FileWriting(2) {}
};

PlanFileWriter::PlanFileWriter() : state_(std::make_unique<State>()) {}
PlanFileWriter::~PlanFileWriter() = default;
PlanFileWriter::PlanFileWriter(PlanFileWriter&&) noexcept = default;
PlanFileWriter& PlanFileWriter::operator=(PlanFileWriter&&) noexcept = default;

bool PlanFileWriter::write_some(const Plan& plan, std::size_t bytes) {
    return write_slice(*state_, plan, bytes);
}

std::size_t PlanFileWriter::written() const {
    return state_->text.size();
}

std::string PlanFileWriter::take() {
    return std::move(state_->text);
}

PlanReadResult read_plan(std::string_view text, const FormatLimits& limits) {
    PlanReadResult result;
    ParsedJson doc = parse_json(text, limits.json);
    if (!doc.ok) {
        result.problems.push_back(Problem{"", doc.error_at, doc.error});
        return result;
    }
    ValueReader reader(result.problems, limits, &doc);
    Json& root = doc.value;
    if (!root.is_object()) {
        reader.problem("", {"problem.not_an_object", {}, {{"actual", json_type_name(root)}}});
        return result;
    }
    auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != kFormatName) {
        reader.problem(format == root.end() ? "" : "/format",
                       {"problem.not_a_plan_file", {{"format", std::string(kFormatName)}}});
        return result;
    }
    auto version = root.find("version");
    if (version == root.end()) {
        reader.problem("", {"problem.required_missing", {{"field", "version"}}});
        return result;
    }
    if (!version->is_number_integer() || *version < 1) {
        reader.problem("/version", Message{"problem.bad_version"});
        return result;
    }
    if (*version > kFormatVersion) {
        reader.problem("/version", {"problem.newer_version",
                                    {{"version", version->dump()},
                                     {"supported", std::to_string(kFormatVersion)}}});
        return result;
    }
    const int written_as = version->get<int>();
    migrate(root);
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != "format" && it.key() != "version" && it.key() != "plan")
            reader.problem("/" + it.key(), {"problem.unknown_field", {{"field", it.key()}}});
    auto plan = root.find("plan");
    if (plan == root.end())
        reader.problem("", {"problem.required_missing", {{"field", "plan"}}});
    else
        reader.read(*plan, "/plan", result.plan);
    if (result.problems.empty() && written_as < 4) state_planned_spend_as_evidence(result.plan);
    if (result.problems.empty()) {
        for (Problem& p : validate_plan(result.plan, limits))
            reader.problem(p.pointer, std::move(p.message));
    }
    result.ok = result.problems.empty();
    return result;
}

} // namespace fp
