// What the fuzz targets share: a check that stops the run, the built-in
// templates as valid plans to start from, and fuzzed bytes decoded into
// edits of a plan that name its real fields, lists and items.
#pragma once

#include "core/edits.h"
#include "core/json_reader.h"
#include "core/lists.h"
#include "core/model_json.h"
#include "core/plan_format.h"
#include "core/templates.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace fuzz {

// An invariant that does not hold: libFuzzer keeps the input as a crash.
inline void require(bool holds, const char* what) {
    if (holds) return;
    std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    std::abort();
}

// The built-in templates, read once through the file reader.
inline const std::vector<fp::Plan>& template_plans() {
    static const std::vector<fp::Plan> plans = [] {
        std::vector<fp::Plan> out;
        for (const fp::TemplateSource& source : fp::builtin_templates()) {
            fp::PlanReadResult read = fp::read_plan(source.text);
            require(read.ok, "every template reads");
            out.push_back(std::move(read.plan));
        }
        return out;
    }();
    return plans;
}

inline const fp::Plan& pick_template(FuzzedDataProvider& in) {
    const std::vector<fp::Plan>& plans = template_plans();
    return plans[in.ConsumeIntegralInRange<std::size_t>(0, plans.size() - 1)];
}

// What an edit of a plan can name, read off the plan's file form so that
// every field the field tables write is found: each value by its edit path,
// each list of items, each item.
class Targets {
  public:
    explicit Targets(const fp::Plan& plan) : doc_(fp::to_json(plan)) { collect(doc_, ""); }
    Targets(const Targets&) = delete;
    Targets& operator=(const Targets&) = delete;

    // The next edit, its kind, names and values all taken from `in`.
    fp::Edit edit(FuzzedDataProvider& in) {
        switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0:
            return fp::edit::Set{value_path(in), value(in, 0)};
        case 1: {
            const std::string list = pick(in, lists_, std::string("tasks"));
            const std::size_t index = in.ConsumeIntegral<std::uint8_t>();
            return fp::edit::Insert{list, index, new_item(in, list, 0)};
        }
        case 2: {
            const auto [list, id] = item_name(in);
            return fp::edit::Remove{list, id};
        }
        default: {
            const auto [list, id] = item_name(in);
            return fp::edit::Move{list, id, in.ConsumeIntegral<std::uint8_t>()};
        }
        }
    }

  private:
    struct Item {
        std::string list;
        std::string id;
        const fp::Json* value;
    };

    void collect(const fp::Json& v, const std::string& path) {
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it) {
                const std::string child = path.empty() ? it.key() : path + "/" + it.key();
                values_.emplace_back(child, &*it);
                collect(*it, child);
            }
        } else if (v.is_array() && fp::find_list(path)) {
            lists_.push_back(path);
            for (const fp::Json& item : v) {
                const std::string id = item.value("id", "");
                items_.push_back(Item{path, id, &item});
                values_.emplace_back(path + "/" + id, &item);
                collect(item, path + "/" + id);
            }
        }
    }

    template <class T> static T pick(FuzzedDataProvider& in, const std::vector<T>& from, T none) {
        if (from.empty()) return none;
        return from[in.ConsumeIntegralInRange<std::size_t>(0, from.size() - 1)];
    }

    // Mostly a path the plan has; now and then one made up, or the whole plan.
    std::string value_path(FuzzedDataProvider& in) {
        switch (in.ConsumeIntegralInRange(0, 15)) {
        case 0:
            return in.ConsumeRandomLengthString(48);
        case 1:
            return "";
        default:
            return pick(in, values_, {std::string("name"), nullptr}).first;
        }
    }

    std::pair<std::string, std::string> item_name(FuzzedDataProvider& in) {
        if (in.ConsumeIntegralInRange(0, 15) == 0)
            return {in.ConsumeRandomLengthString(24), in.ConsumeRandomLengthString(24)};
        const Item item = pick(in, items_, Item{"tasks", "", nullptr});
        return {item.list, item.id};
    }

    // An id for a new item: a fresh one, one the plan has, or any text.
    std::string item_id(FuzzedDataProvider& in) {
        switch (in.ConsumeIntegralInRange(0, 3)) {
        case 0:
            return pick(in, items_, Item{"", "", nullptr}).id;
        case 1:
            return in.ConsumeRandomLengthString(24);
        default:
            return "fz-" + std::to_string(in.ConsumeIntegral<std::uint16_t>());
        }
    }

    // A copy of an item of `list` (of any list when it has none) under a
    // new id, perhaps with one field changed.
    fp::Json new_item(FuzzedDataProvider& in, const std::string& list, int depth) {
        std::vector<const fp::Json*> same;
        for (const Item& item : items_)
            if (item.list == list) same.push_back(item.value);
        if (same.empty())
            for (const Item& item : items_)
                same.push_back(item.value);
        const fp::Json* source = pick(in, same, static_cast<const fp::Json*>(nullptr));
        fp::Json item = source ? *source : fp::Json::object();
        if (item.is_object()) item["id"] = item_id(in);
        if (item.is_object() && !item.empty() && in.ConsumeBool()) {
            auto field = item.begin();
            std::advance(field, in.ConsumeIntegralInRange<std::size_t>(0, item.size() - 1));
            *field = value(in, depth + 1);
        }
        return item;
    }

    // A value as a file holds it: JSON text read by the core's reader, a
    // value found elsewhere in the plan (ids among them, so references
    // resolve), a scalar, a list of values, or an item with a field changed.
    fp::Json value(FuzzedDataProvider& in, int depth) {
        switch (in.ConsumeIntegralInRange(0, 7)) {
        case 0: {
            const std::string text = in.ConsumeRandomLengthString(256);
            fp::ParsedJson parsed = fp::parse_json(text);
            return parsed.ok ? std::move(parsed.value) : fp::Json(text);
        }
        case 1:
            return in.ConsumeRandomLengthString(64);
        case 2:
            return in.ConsumeBool() ? fp::Json(in.ConsumeIntegral<std::int64_t>())
                                    : fp::Json(in.ConsumeFloatingPoint<double>());
        case 3:
            return in.ConsumeBool() ? fp::Json(in.ConsumeBool()) : fp::Json(nullptr);
        case 4: {
            fp::Json list = fp::Json::array();
            for (int n = in.ConsumeIntegralInRange(0, 3); n > 0 && depth < 2; --n)
                list.push_back(value(in, depth + 1));
            return list;
        }
        case 5:
            if (depth < 2) return new_item(in, pick(in, lists_, std::string("tasks")), depth + 1);
            [[fallthrough]];
        default:
            return *pick(in, values_, {std::string(), &doc_}).second;
        }
    }

    fp::Json doc_; // the plan as a file holds it; the pointers below point into it
    std::vector<std::pair<std::string, const fp::Json*>> values_;
    std::vector<std::string> lists_;
    std::vector<Item> items_;
};

// Up to `count` edits of `plan` decoded from `in`, each against the plan as
// it stands before any of them.
inline std::vector<fp::Edit> decode_edits(FuzzedDataProvider& in, const fp::Plan& plan, int count) {
    Targets targets(plan);
    std::vector<fp::Edit> out;
    for (int i = 0; i < count && in.remaining_bytes() > 0; ++i)
        out.push_back(targets.edit(in));
    return out;
}

} // namespace fuzz
