#include "model_json.h"

namespace fp {

namespace {
constexpr std::size_t kMaxProblems = 50;
} // namespace

Message json_type_name(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return Message{"problem.type.null"};
    case Json::value_t::object:
        return Message{"problem.type.object"};
    case Json::value_t::array:
        return Message{"problem.type.list"};
    case Json::value_t::string:
        return Message{"problem.type.text"};
    case Json::value_t::boolean:
        return Message{"problem.type.true_false"};
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return Message{"problem.type.number"};
    default:
        return Message{"problem.type.unknown"};
    }
}

Message too_many_items(std::size_t count, std::size_t limit) {
    return {"problem.too_many_items",
            {{"count", std::to_string(count)}, {"limit", std::to_string(limit)}}};
}

void ValueReader::problem(const std::string& pointer, Message message) {
    if (problems_.size() >= kMaxProblems) return;
    problems_.push_back(
        Problem{pointer, doc_ ? doc_->position_of(pointer) : TextPosition{}, std::move(message)});
}

bool ValueReader::expect(bool ok, const Json& v, const std::string& pointer, const char* wanted) {
    if (!ok)
        problem(pointer, {"problem.wrong_type",
                          {},
                          {{"wanted", Message{wanted}}, {"actual", json_type_name(v)}}});
    return ok;
}

void ValueReader::read_money(const Json& v, const std::string& pointer, Money& out) {
    if (v.is_number_unsigned()) { // every integer >= 0 arrives unsigned
        if (v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<Money>::max()))
            problem(pointer, Message{"problem.money_too_large"});
        else
            out = static_cast<Money>(v.get<std::uint64_t>());
    } else if (v.is_number_integer()) {
        out = v.get<Money>();
    } else if (v.is_number_float()) {
        problem(pointer, Message{"problem.money_not_whole"});
    } else {
        expect(false, v, pointer, "problem.type.whole_number");
    }
}

void ValueReader::read_date(const Json& v, const std::string& pointer, Date& out) {
    if (!expect(v.is_string(), v, pointer, "problem.type.date")) return;
    if (auto d = parse_date(v.get_ref<const std::string&>()))
        out = *d;
    else
        problem(pointer, {"problem.not_a_date", {{"value", v.get<std::string>()}}});
}

} // namespace fp
