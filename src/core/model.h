// The plan model: plain structs, no behaviour. Everything that derives from or
// changes a plan lives in free functions elsewhere in src/core/.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace fp {

// The RACE frame: every objective (and later every KPI, channel, task and
// budget line) belongs to exactly one stage.
enum class Stage : std::uint8_t { Plan, Reach, Act, Convert, Engage };
inline constexpr std::array<Stage, 5> kStages = {Stage::Plan, Stage::Reach, Stage::Act,
                                                 Stage::Convert, Stage::Engage};

// A calendar date without time zone; stored in files as ISO 8601 "YYYY-MM-DD".
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
};

struct Period {
    Date start;
    Date end;
    friend bool operator==(const Period& a, const Period& b) {
        return a.start == b.start && a.end == b.end;
    }
};

struct Objective {
    std::string id; // stable, unique within the plan; other items refer to it
    Stage stage = Stage::Plan;
    std::string statement;
    friend bool operator==(const Objective& a, const Objective& b) {
        return a.id == b.id && a.stage == b.stage && a.statement == b.statement;
    }
};

struct Plan {
    std::string id; // stable across renames, exports and imports of a copy
    std::string name;
    std::string currency = "USD"; // ISO 4217 code
    Period period;
    std::string created;  // ISO 8601 UTC timestamp
    std::string modified; // ISO 8601 UTC timestamp
    std::vector<Objective> objectives;
    friend bool operator==(const Plan& a, const Plan& b) {
        return a.id == b.id && a.name == b.name && a.currency == b.currency &&
               a.period == b.period && a.created == b.created && a.modified == b.modified &&
               a.objectives == b.objectives;
    }
};

} // namespace fp
