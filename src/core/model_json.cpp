#include "model_json.h"

namespace fp {

namespace {
constexpr std::size_t kMaxProblems = 50;
} // namespace

const char* json_type_name(const Json& v) {
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

void ValueReader::problem(const std::string& pointer, std::string message) {
    if (problems_.size() >= kMaxProblems) return;
    problems_.push_back(
        Problem{pointer, doc_ ? doc_->position_of(pointer) : TextPosition{}, std::move(message)});
}

bool ValueReader::expect(bool ok, const Json& v, const std::string& pointer, const char* wanted) {
    if (!ok) problem(pointer, std::string("must be ") + wanted + ", not " + json_type_name(v));
    return ok;
}

void ValueReader::read_money(const Json& v, const std::string& pointer, Money& out) {
    if (v.is_number_unsigned()) { // every integer >= 0 arrives unsigned
        if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<Money>::max()))
            problem(pointer, "is too large for an amount of money");
        else
            out = static_cast<Money>(v.get<std::uint64_t>());
    } else if (v.is_number_integer()) {
        out = v.get<Money>();
    } else if (v.is_number_float()) {
        problem(pointer, "must be a whole number: money is counted in the currency's smallest "
                         "unit (cents, fen)");
    } else {
        expect(false, v, pointer, "a whole number");
    }
}

void ValueReader::read_date(const Json& v, const std::string& pointer, Date& out) {
    if (!expect(v.is_string(), v, pointer, "a date")) return;
    if (auto d = parse_date(v.get_ref<const std::string&>()))
        out = *d;
    else
        problem(pointer, "\"" + v.get<std::string>() + "\" is not a date in the form YYYY-MM-DD");
}

} // namespace fp
