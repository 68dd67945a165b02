// The model to and from JSON values, driven by the field tables in
// model_fields.h: one generic writer and one generic reader serve the plan
// file, the generic edits and anything else that moves model values as JSON.
#pragma once

#include "json_reader.h"
#include "model_fields.h"
#include "plan_format.h"
#include "value_kinds.h"
#include "vocabulary.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace fp {

namespace detail {
struct JsonWriter {
    Json text(const std::string& v) const { return Json(v); }
    Json flag(bool v) const { return Json(v); }
    Json amount(Money v) const { return Json(v); }
    Json number(double v) const { return Json(v); }
    template <class E> Json choice(E v) const { return Json(enum_key(v)); }
    Json date(const Date& v) const { return Json(format_date(v)); }
    template <class T> Json optional(const std::optional<T>& v) const {
        return v ? walk_value(*v, *this) : Json(nullptr);
    }
    template <class T> Json list(const std::vector<T>& v) const {
        Json list = Json::array();
        for (const auto& item : v)
            list.push_back(walk_value(item, *this));
        return list;
    }
    template <class T> Json object(const T& v) const {
        Json object = Json::object();
        for_each_field(v, [&](const char* key, const auto& field, Rule, Need) {
            object[key] = walk_value(field, *this);
        });
        return object;
    }
};
} // namespace detail

template <class T> Json to_json(const T& v) {
    return walk_value(v, detail::JsonWriter{});
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
        walk_value(out, Into{*this}, v, pointer);
    }

  private:
    // Reads one value of each kind; `read` dispatches to it.
    struct Into {
        ValueReader& r;
        void text(std::string& out, const Json& v, const std::string& pointer) {
            if (r.expect(v.is_string(), v, pointer, "problem.type.text"))
                out = v.get<std::string>();
        }
        void flag(bool& out, const Json& v, const std::string& pointer) {
            if (r.expect(v.is_boolean(), v, pointer, "problem.type.true_or_false"))
                out = v.get<bool>();
        }
        void amount(Money& out, const Json& v, const std::string& pointer) {
            r.read_money(v, pointer, out);
        }
        void number(double& out, const Json& v, const std::string& pointer) {
            if (r.expect(v.is_number(), v, pointer, "problem.type.number")) out = v.get<double>();
        }
        template <class E> void choice(E& out, const Json& v, const std::string& pointer) {
            if (!r.expect(v.is_string(), v, pointer, "problem.type.text")) return;
            if (auto e = enum_from_key<E>(v.get_ref<const std::string&>()))
                out = *e;
            else
                r.problem(pointer,
                          {"problem.not_one_of",
                           {{"value", v.get<std::string>()}, {"choices", enum_choices<E>()}}});
        }
        void date(Date& out, const Json& v, const std::string& pointer) {
            r.read_date(v, pointer, out);
        }
        template <class T>
        void optional(std::optional<T>& out, const Json& v, const std::string& pointer) {
            if (v.is_null()) {
                out.reset();
            } else {
                T inner{};
                r.read(v, pointer, inner);
                out = std::move(inner);
            }
        }
        template <class T>
        void list(std::vector<T>& out, const Json& v, const std::string& pointer) {
            if (!r.expect(v.is_array(), v, pointer, "problem.type.list")) return;
            if (v.size() > r.limits_.max_items) {
                r.problem(pointer, too_many_items(v.size(), r.limits_.max_items));
                return;
            }
            out.assign(v.size(), T{});
            for (std::size_t i = 0; i < v.size(); ++i)
                r.read(v[i], pointer + "/" + std::to_string(i), out[i]);
        }
        template <class T> void object(T& out, const Json& v, const std::string& pointer) {
            r.read_object(v, pointer, out);
        }
    };

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
