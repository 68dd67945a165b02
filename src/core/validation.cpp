#include "validation.h"

#include "lists.h"
#include "model_fields.h"
#include "model_json.h"
#include "vocabulary.h"

#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace fp {

std::size_t count_chars(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

namespace {

bool is_timestamp(std::string_view t) {
    if (t.size() != 20 || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != 'Z')
        return false;
    if (!parse_date(t.substr(0, 10))) return false;
    for (std::size_t i : {11u, 12u, 14u, 15u, 17u, 18u})
        if (t[i] < '0' || t[i] > '9') return false;
    return (t[11] - '0') * 10 + (t[12] - '0') < 24 && t[14] < '6' && t[17] < '6';
}

bool is_language_tag(std::string_view t) {
    // primary language (2-3 letters), then subtags of 2-8 letters or digits
    std::size_t i = 0, part = 0;
    while (i <= t.size()) {
        std::size_t end = t.find('-', i);
        if (end == std::string_view::npos) end = t.size();
        const std::string_view sub = t.substr(i, end - i);
        const bool ok =
            part == 0 ? sub.size() >= 2 && sub.size() <= 3 : sub.size() >= 2 && sub.size() <= 8;
        if (!ok) return false;
        for (char c : sub) {
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (part == 0 || !(c >= '0' && c <= '9'))) return false;
        }
        i = end + 1, ++part;
    }
    return true;
}

// Where a value is: a chain of steps up to the plan. Its file pointer is
// made only for a problem; making one for each of a large plan's tens of
// thousands of values cost more than checking them.
struct Where {
    const Where* up;       // null for the plan itself
    std::string_view key;  // the field's name; "" for an item of a list
    std::size_t index = 0; // the item's, in its list

    std::string pointer() const {
        if (!up) return "/plan";
        std::string out = up->pointer();
        if (key.empty())
            out += "/" + std::to_string(index);
        else
            append_pointer_token(out, key);
        return out;
    }
};

// Walks the plan through its field tables, checking every value against its
// rule and gathering identifiers for the reference checks.
class Checker {
  public:
    Checker(std::vector<Problem>& out, const FormatLimits& limits) : out_(out), limits_(limits) {}

    void add(const std::string& pointer, Message message) {
        out_.push_back(Problem{pointer, {}, std::move(message)});
    }
    void add(const Where& at, Message message) { add(at.pointer(), std::move(message)); }

    template <class T> void check(const T& v, const Where& at, Rule rule) {
        walk_value(v, *this, at, rule);
    }
    // One member per kind of value, called through walk_value.
    void text(const std::string& v, const Where& at, Rule rule) {
        if (!is_valid_utf8(v)) return add(at, Message{"problem.invalid_utf8"});
        const std::size_t chars = count_chars(v);
        auto limit = [&](std::size_t max) {
            if (chars > max)
                add(at, {"problem.too_long",
                         {{"count", std::to_string(chars)}, {"limit", std::to_string(max)}}});
        };
        switch (rule) {
        case Rule::Id:
            if (!is_valid_id(v)) return add(at, {"problem.invalid_id", {{"id", v}}});
            if (!ids.insert(v).second) add(at, {"problem.duplicate_id", {{"id", v}}});
            break;
        case Rule::Ref:
            if (!v.empty() && !is_valid_id(v)) add(at, {"problem.invalid_ref", {{"id", v}}});
            break;
        case Rule::Name:
            limit(limits_.max_name_chars);
            break;
        case Rule::Text:
            limit(limits_.max_text_chars);
            break;
        case Rule::Currency:
            if (!is_currency_code(v)) add(at, {"problem.invalid_currency", {{"value", v}}});
            break;
        case Rule::Language:
            if (!is_language_tag(v)) add(at, {"problem.invalid_language", {{"value", v}}});
            break;
        case Rule::Timestamp:
            if (!is_timestamp(v)) add(at, {"problem.invalid_timestamp", {{"value", v}}});
            break;
        default:
            break;
        }
    }
    void flag(bool, const Where&, Rule) {}
    void amount(Money v, const Where& at, Rule rule) {
        check_number(
            static_cast<double>(v), [v] { return std::to_string(v); }, at, rule);
        if (v > kMaxMoney)
            add(at, {"problem.money_above_max",
                     {{"amount", std::to_string(v)}, {"max", std::to_string(kMaxMoney)}}});
    }
    void number(double v, const Where& at, Rule rule) {
        const auto shown = [v] { return Json(v).dump(); };
        // The file could not hold it (json_reader.h); amounts have kMaxMoney.
        if (std::isfinite(v) && std::fabs(v) > kMaxFileNumber)
            add(at, number_too_large_message(shown()));
        check_number(v, shown, at, rule);
    }
    template <class E> void choice(E, const Where&, Rule) {}
    void date(const Date& v, const Where& at, Rule) {
        if (!is_valid_date(v)) add(at, Message{"problem.invalid_date"});
    }
    template <class T> void optional(const std::optional<T>& v, const Where& at, Rule rule) {
        if (v) check(*v, at, rule);
    }
    template <class T> void list(const std::vector<T>& v, const Where& at, Rule rule) {
        if (v.size() > limits_.max_items) add(at, too_many_items(v.size(), limits_.max_items));
        for (std::size_t i = 0; i < v.size(); ++i)
            check(v[i], Where{&at, "", i}, rule);
    }
    template <class T> void object(const T& v, const Where& at, Rule) {
        for_each_field(v, [&](const char* key, const auto& field, Rule r, Need) {
            check(field, Where{&at, key}, r);
        });
        if constexpr (std::is_same_v<T, Period>) { // the one rule across two fields
            if (v.end < v.start)
                add(Where{&at, "end"},
                    {"problem.ends_before_start",
                     {{"end", format_date(v.end)}, {"start", format_date(v.start)}}});
        }
    }

    // Identifiers seen; they point into the plan being checked.
    std::unordered_set<std::string_view> ids;

  private:
    // `shown()` is the value as the file writes it (whole for money).
    template <class Shown> void check_number(double v, Shown&& shown, const Where& at, Rule rule) {
        if (!std::isfinite(v)) return add(at, Message{"problem.not_finite"});
        if (rule == Rule::Fraction && (v < 0 || v > 1))
            add(at, {"problem.not_a_rate", {{"value", shown()}}});
        if (rule == Rule::NonNegative && v < 0) add(at, {"problem.negative", {{"value", shown()}}});
        if (rule == Rule::Positive && v <= 0)
            add(at, {"problem.not_positive", {{"value", shown()}}});
    }

    std::vector<Problem>& out_;
    const FormatLimits& limits_;
};

} // namespace

std::vector<Problem> validate_plan(const Plan& plan, const FormatLimits& limits) {
    std::vector<Problem> out;
    Checker checker(out, limits);
    checker.check(plan, Where{nullptr, ""}, Rule::None);

    // References must name an item of the list they point to (core/lists.h).
    // The ids of every list a reference points to, gathered in one walk.
    std::unordered_map<std::string_view, std::unordered_set<std::string_view>> targets;
    for (const ReferenceInfo& r : kReferences)
        targets[r.target];
    for_each_item(plan, [&](const ItemPosition& at, const auto& item) {
        if (auto t = targets.find(at.list); t != targets.end()) t->second.insert(item.id);
    });
    for_each_reference(plan, [&](const ReferenceSite& site) {
        const auto& ids = targets.at(site.info.target);
        for (std::size_t k = 0; k < site.count; ++k) {
            const std::string& id = site.ids[k];
            if (id.empty() || !is_valid_id(id) || ids.count(id)) continue;
            checker.add(site.many ? site.pointer() + "/" + std::to_string(k) : site.pointer(),
                        {std::string("problem.unknown_ref.") + find_list(site.info.target)->noun,
                         {{"id", id}}});
        }
    });
    // The allocator's bounds must leave room for a spend.
    for (std::size_t i = 0; i < plan.channels.size(); ++i) {
        const ChannelInputs& in = plan.channels[i].inputs;
        if (in.min_spend && in.max_spend && *in.max_spend < *in.min_spend)
            checker.add(
                "/plan/channels/" + std::to_string(i) + "/inputs/max_spend",
                {"problem.max_below_min",
                 {{"max", std::to_string(*in.max_spend)}, {"min", std::to_string(*in.min_spend)}}});
    }
    return out;
}

} // namespace fp
