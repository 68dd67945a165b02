// The model to and from JSON values, driven by the field tables in
// model_fields.h: one generic writer and one generic reader serve the plan
// file, the generic edits and anything else that moves model values as JSON.
#pragma once

#include "json_reader.h"
#include "model_fields.h"
#include "plan_format.h"
#include "vocabulary.h"

#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace fp {

namespace detail {
template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};
} // namespace detail

template <class T> Json to_json(const T& v) {
    if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, bool> ||
                  std::is_same_v<T, Money> || std::is_same_v<T, double>) {
        return Json(v);
    } else if constexpr (std::is_enum_v<T>) {
        return Json(enum_key(v));
    } else if constexpr (std::is_same_v<T, Date>) {
        return Json(format_date(v));
    } else if constexpr (detail::IsOptional<T>::value) {
        return v ? to_json(*v) : Json(nullptr);
    } else if constexpr (detail::IsVector<T>::value) {
        Json list = Json::array();
        for (const auto& item : v)
            list.push_back(to_json(item));
        return list;
    } else {
        static_assert(HasFields<T>::value, "every model struct needs a field table");
        Json object = Json::object();
        for_each_field(v, [&](const char* key, const auto& field, Rule, Need) {
            object[key] = to_json(field);
        });
        return object;
    }
}

// "a list", "text", ...: the kind of a value, for problems.
Message json_type_name(const Json& v);

// "has N entries; the limit is M": a list too long, in a file or a plan.
Message too_many_items(std::size_t count, std::size_t limit);

// Reads JSON values into model values, collecting every problem it meets
// rather than stopping at the first, so a user can fix a file in one go.
class ValueReader {
  public:
    ValueReader(std::vector<Problem>& problems, const FormatLimits& limits,
                const ParsedJson* doc = nullptr)
        : problems_(problems), limits_(limits), doc_(doc) {}

    void problem(const std::string& pointer, Message message);

    template <class T> void read(const Json& v, const std::string& pointer, T& out) {
        if constexpr (std::is_same_v<T, std::string>) {
            if (expect(v.is_string(), v, pointer, "problem.type.text")) out = v.get<std::string>();
        } else if constexpr (std::is_same_v<T, bool>) {
            if (expect(v.is_boolean(), v, pointer, "problem.type.true_or_false"))
                out = v.get<bool>();
        } else if constexpr (std::is_same_v<T, Money>) {
            read_money(v, pointer, out);
        } else if constexpr (std::is_same_v<T, double>) {
            if (expect(v.is_number(), v, pointer, "problem.type.number")) out = v.get<double>();
        } else if constexpr (std::is_enum_v<T>) {
            if (!expect(v.is_string(), v, pointer, "problem.type.text")) return;
            if (auto e = enum_from_key<T>(v.get_ref<const std::string&>()))
                out = *e;
            else
                problem(pointer,
                        {"problem.not_one_of",
                         {{"value", v.get<std::string>()}, {"choices", enum_choices<T>()}}});
        } else if constexpr (std::is_same_v<T, Date>) {
            read_date(v, pointer, out);
        } else if constexpr (detail::IsOptional<T>::value) {
            if (v.is_null()) {
                out.reset();
            } else {
                typename T::value_type inner{};
                read(v, pointer, inner);
                out = std::move(inner);
            }
        } else if constexpr (detail::IsVector<T>::value) {
            if (!expect(v.is_array(), v, pointer, "problem.type.list")) return;
            if (v.size() > limits_.max_items) {
                problem(pointer, too_many_items(v.size(), limits_.max_items));
                return;
            }
            out.assign(v.size(), typename T::value_type{});
            for (std::size_t i = 0; i < v.size(); ++i)
                read(v[i], pointer + "/" + std::to_string(i), out[i]);
        } else {
            read_object(v, pointer, out);
        }
    }

  private:
    template <class T> void read_object(const Json& v, const std::string& pointer, T& out) {
        if (!expect(v.is_object(), v, pointer, "problem.type.object")) return;
        std::size_t known = 0;
        for_each_field(out, [&](const char* key, auto& field, Rule, Need need) {
            auto it = v.find(key);
            if (it == v.end()) {
                if (need == Need::Required)
                    problem(pointer, {"problem.required_missing", {{"field", key}}});
                return;
            }
            ++known;
            std::string child = pointer;
            append_pointer_token(child, key);
            read(*it, child, field);
        });
        if (known == v.size()) return;
        for (auto it = v.begin(); it != v.end(); ++it) {
            bool listed = false;
            for_each_field(out, [&](const char* key, auto&, Rule, Need) {
                listed = listed || it.key() == key;
            });
            if (listed) continue;
            std::string child = pointer;
            append_pointer_token(child, it.key());
            problem(child, {"problem.unknown_field", {{"field", it.key()}}});
        }
    }

    // `wanted` is the key of the kind of value expected ("problem.type.list").
    bool expect(bool ok, const Json& v, const std::string& pointer, const char* wanted);
    void read_money(const Json& v, const std::string& pointer, Money& out);
    void read_date(const Json& v, const std::string& pointer, Date& out);

    std::vector<Problem>& problems_;
    const FormatLimits& limits_;
    const ParsedJson* doc_;
};

} // namespace fp
