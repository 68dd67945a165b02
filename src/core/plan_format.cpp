#include "plan_format.h"

#include "validation.h"
#include "vocabulary.h"

#include <initializer_list>

namespace fp {

namespace {

constexpr std::size_t kMaxProblems = 50;

const char* type_name(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "a list";
    case Json::value_t::string:
        return "text";
    case Json::value_t::boolean:
        return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    default:
        return "an unknown value";
    }
}

// Walks the document field by field, collecting every problem it meets rather
// than stopping at the first, so a user can fix a file in one go.
class Reader {
  public:
    Reader(const ParsedJson& doc, std::vector<Problem>& problems)
        : doc_(doc), problems_(problems) {}

    void problem(const std::string& pointer, std::string message) {
        if (problems_.size() < kMaxProblems)
            problems_.push_back(Problem{pointer, doc_.position_of(pointer), std::move(message)});
    }

    // The object at `pointer`, after reporting fields it does not know.
    const Json* object(const Json& v, const std::string& pointer,
                       std::initializer_list<const char*> known) {
        if (!v.is_object()) {
            problem(pointer, std::string("must be an object, not ") + type_name(v));
            return nullptr;
        }
        for (auto it = v.begin(); it != v.end(); ++it) {
            bool listed = false;
            for (const char* k : known)
                listed = listed || it.key() == k;
            if (!listed) problem(child(pointer, it.key()), "unknown field \"" + it.key() + "\"");
        }
        return &v;
    }

    const Json* field(const Json& obj, const std::string& pointer, const char* key) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            problem(pointer, std::string("the required field \"") + key + "\" is missing");
            return nullptr;
        }
        return &*it;
    }

    std::string text(const Json& obj, const std::string& pointer, const char* key) {
        const Json* v = field(obj, pointer, key);
        if (!v) return {};
        if (!v->is_string()) {
            problem(child(pointer, key), std::string("must be text, not ") + type_name(*v));
            return {};
        }
        return v->get<std::string>();
    }

    Date date(const Json& obj, const std::string& pointer, const char* key) {
        const std::string raw = text(obj, pointer, key);
        if (auto d = parse_date(raw)) return *d;
        if (obj.contains(key) && obj[key].is_string())
            problem(child(pointer, key), "\"" + raw + "\" is not a date in the form YYYY-MM-DD");
        return Date{};
    }

    std::string timestamp(const Json& obj, const std::string& pointer, const char* key) {
        std::string raw = text(obj, pointer, key);
        bool ok = raw.size() == 20 && parse_date(std::string_view(raw).substr(0, 10)) &&
                  raw[10] == 'T' && raw[19] == 'Z';
        for (std::size_t i : {11u, 12u, 14u, 15u, 17u, 18u})
            ok = ok && i < raw.size() && raw[i] >= '0' && raw[i] <= '9';
        ok = ok && raw[13] == ':' && raw[16] == ':';
        if (!ok && obj.contains(key) && obj[key].is_string())
            problem(child(pointer, key),
                    "\"" + raw + "\" is not a UTC time in the form YYYY-MM-DDThh:mm:ssZ");
        return raw;
    }

    static std::string child(const std::string& pointer, std::string_view token) {
        std::string out = pointer;
        append_pointer_token(out, token);
        return out;
    }

  private:
    const ParsedJson& doc_;
    std::vector<Problem>& problems_;
};

void read_objective(Reader& r, const Json& v, const std::string& at, Objective& out) {
    const Json* o = r.object(v, at, {"id", "stage", "statement"});
    if (!o) return;
    out.id = r.text(*o, at, "id");
    const std::string stage = r.text(*o, at, "stage");
    if (auto s = stage_from_key(stage))
        out.stage = *s;
    else if (o->contains("stage") && (*o)["stage"].is_string())
        r.problem(at + "/stage",
                  "\"" + stage + "\" is not a RACE stage (plan, reach, act, convert or engage)");
    out.statement = r.text(*o, at, "statement");
}

void read_plan_body(Reader& r, const Json& v, const std::string& at, const FormatLimits& limits,
                    Plan& out) {
    const Json* p =
        r.object(v, at, {"id", "name", "currency", "period", "created", "modified", "objectives"});
    if (!p) return;
    out.id = r.text(*p, at, "id");
    out.name = r.text(*p, at, "name");
    out.currency = r.text(*p, at, "currency");
    out.created = r.timestamp(*p, at, "created");
    out.modified = r.timestamp(*p, at, "modified");
    if (const Json* period = r.field(*p, at, "period")) {
        const std::string pat = at + "/period";
        if (const Json* po = r.object(*period, pat, {"start", "end"})) {
            out.period.start = r.date(*po, pat, "start");
            out.period.end = r.date(*po, pat, "end");
        }
    }
    if (const Json* list = r.field(*p, at, "objectives")) {
        const std::string lat = at + "/objectives";
        if (!list->is_array()) {
            r.problem(lat, std::string("must be a list, not ") + type_name(*list));
        } else if (list->size() > limits.max_objectives) {
            r.problem(lat, "has " + std::to_string(list->size()) + " objectives; the limit is " +
                               std::to_string(limits.max_objectives));
        } else {
            out.objectives.resize(list->size());
            for (std::size_t i = 0; i < list->size(); ++i)
                read_objective(r, (*list)[i], lat + "/" + std::to_string(i), out.objectives[i]);
        }
    }
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

std::string describe(const Problem& p) {
    return "line " + std::to_string(p.at.line) + ", column " + std::to_string(p.at.column) + ", " +
           readable_path(p.pointer) + ": " + p.message;
}

std::string write_plan(const Plan& plan) {
    Json objectives = Json::array();
    for (const Objective& o : plan.objectives)
        objectives.push_back(
            {{"id", o.id}, {"stage", stage_key(o.stage)}, {"statement", o.statement}});
    Json doc = {
        {"format", kFormatName},
        {"version", kFormatVersion},
        {"plan",
         {{"id", plan.id},
          {"name", plan.name},
          {"currency", plan.currency},
          {"period",
           {{"start", format_date(plan.period.start)}, {"end", format_date(plan.period.end)}}},
          {"created", plan.created},
          {"modified", plan.modified},
          {"objectives", std::move(objectives)}}}};
    // Invalid UTF-8 cannot come from a file (the reader refuses it); replacing
    // rather than throwing keeps a bad in-memory string from crashing a save.
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

PlanReadResult read_plan(std::string_view text, const FormatLimits& limits) {
    PlanReadResult result;
    ParsedJson doc = parse_json(text, limits.json);
    if (!doc.ok) {
        result.problems.push_back(Problem{"", doc.error_at, doc.error});
        return result;
    }
    Reader r(doc, result.problems);
    const Json& root = doc.value;
    if (!root.is_object()) {
        r.problem("", std::string("a plan file is a JSON object, not ") + type_name(root));
        return result;
    }
    auto format = root.find("format");
    if (format == root.end() || !format->is_string() || *format != kFormatName) {
        r.problem(format == root.end() ? "" : "/format",
                  "this is not a Funnelplan plan file: \"format\" must be \"" +
                      std::string(kFormatName) + "\"");
        return result;
    }
    auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || *version < 1) {
        r.problem(version == root.end() ? "" : "/version",
                  "\"version\" must be a whole number from 1 up");
        return result;
    }
    if (*version > kFormatVersion) {
        r.problem("/version", "this file has format version " + version->dump() +
                                  ", written by a newer Funnelplan; this one reads up to " +
                                  std::to_string(kFormatVersion));
        return result;
    }
    if (!r.object(root, "", {"format", "version", "plan"})) return result;
    if (const Json* plan = r.field(root, "", "plan"))
        read_plan_body(r, *plan, "/plan", limits, result.plan);
    if (result.problems.empty()) {
        for (Problem& p : validate_plan(result.plan, limits))
            r.problem(p.pointer, std::move(p.message));
    }
    result.ok = result.problems.empty();
    return result;
}

} // namespace fp
