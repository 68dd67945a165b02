// Time and randomness, the same on the web and natively: Emscripten maps the C
// clock to the browser's Date and performance.now(), std::random_device to
// crypto.getRandomValues(), and getenv() to the ENV that web/app.js fills.
//
// FP_TODAY=YYYY-MM-DD pins the calendar date (natively from the environment,
// in the browser from the page's ?today= parameter), so tests can run as if
// it were any day; the time of day stays the real one.
#include "platform.h"

#include "core/vocabulary.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <random>

namespace fp::platform {

namespace {

std::optional<Date> pinned_today() {
    static const std::optional<Date> pinned = [] {
        const char* text = std::getenv("FP_TODAY");
        if (!text || !*text) return std::optional<Date>{};
        std::optional<Date> date = parse_date(text);
        if (!date)
            std::fprintf(stderr,
                         "FP_TODAY=\"%s\" is not a date written YYYY-MM-DD; using the real "
                         "date instead\n",
                         text);
        return date;
    }();
    return pinned;
}

std::tm utc_now() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
}

} // namespace

std::string now_utc() {
    const std::tm tm = utc_now();
    char time[16];
    std::strftime(time, sizeof time, "T%H:%M:%SZ", &tm);
    const Date date = pinned_today().value_or(Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
    return format_date(date) + time;
}

Date today() {
    if (const std::optional<Date> pinned = pinned_today()) return *pinned;
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::uint64_t entropy() {
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) ^ device();
}

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

} // namespace fp::platform
