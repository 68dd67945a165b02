#include "core/date_format.h"

#include <catch2/catch.hpp>

using namespace fp;

TEST_CASE("a date is shown in each market's order") {
    const Date d{2026, 11, 11};
    CHECK(format_local_date(d, "en") == "Nov 11, 2026");
    CHECK(format_local_date(d, "zh-Hans") == "2026年11月11日");
    CHECK(format_local_date(d, "zh-Hant") == "2026年11月11日");
    CHECK(format_local_date(d, "ko") == "2026. 11. 11.");
    CHECK(format_local_date(d, "vi") == "11/11/2026");
    CHECK(format_local_date(d, "es") == "11/11/2026");
    CHECK(format_local_date(Date{2027, 3, 1}, "es") == "01/03/2027");
    CHECK(format_local_date(Date{2027, 3, 1}, "ko") == "2027. 3. 1.");
    CHECK(format_local_date(Date{2027, 3, 1}, "fr") == "Mar 1, 2027"); // unknown: English
}

TEST_CASE("a date typed as the market writes it, or as YYYY-MM-DD, is read back") {
    for (const char* language : {"en", "zh-Hans", "zh-Hant", "ko", "vi", "es"}) {
        INFO(language);
        for (const Date d :
             {Date{2026, 11, 11}, Date{2028, 2, 29}, Date{2026, 12, 31}, Date{2027, 1, 2}}) {
            CHECK(parse_local_date(format_local_date(d, language), language) == d);
            CHECK(parse_local_date("2026-11-11", language) == Date{2026, 11, 11});
        }
    }
    CHECK(parse_local_date("2026/11/11", "zh-Hans") == Date{2026, 11, 11});
    CHECK(parse_local_date("2026.11.11", "ko") == Date{2026, 11, 11});
    CHECK(parse_local_date("2/1/2027", "es") == Date{2027, 1, 2}); // day first
    CHECK(parse_local_date("November 11 2026", "en") == Date{2026, 11, 11});
    CHECK(parse_local_date("nov 11, 2026", "en") == Date{2026, 11, 11});
}

TEST_CASE("a date that is not one, or is not this market's, is refused") {
    CHECK_FALSE(parse_local_date("11/13/2026", "es"));         // no 13th month
    CHECK_FALSE(parse_local_date("2027年2月29日", "zh-Hans")); // not a leap year
    CHECK_FALSE(parse_local_date("11/11/2026", "en"));         // month or day first: unknown
    CHECK_FALSE(parse_local_date("Nov 11, 2026", "es"));
    CHECK_FALSE(parse_local_date("Movember 11, 2026", "en"));
    CHECK_FALSE(parse_local_date("11/11/26", "vi")); // a two-digit year
    CHECK_FALSE(parse_local_date("", "ko"));
    CHECK_FALSE(parse_local_date("2026. 11. 11. 9", "ko"));
    CHECK_FALSE(parse_local_date("99999999999/1/1", "es"));
}

TEST_CASE("the calendar's week starts where the market starts it") {
    CHECK(first_weekday("en") == 6);
    CHECK(first_weekday("zh-Hans") == 0);
    CHECK(first_weekday("zh-Hant") == 6);
    CHECK(first_weekday("ko") == 6);
    CHECK(first_weekday("vi") == 0);
    CHECK(first_weekday("es") == 0);
}

TEST_CASE("a day without its year and a period, as each market writes them") {
    const Date nov9{2026, 11, 9}, nov12{2026, 11, 12}, jan3{2027, 1, 3};
    CHECK(format_local_month_day(nov9, "en") == "Nov 9");
    CHECK(format_local_month_day(nov9, "zh-Hant") == "11月9日");
    CHECK(format_local_month_day(nov9, "ko") == "11. 9.");
    CHECK(format_local_month_day(nov9, "es") == "09/11");
    CHECK(format_local_month_day(nov9, "vi") == "09/11");
    CHECK(format_local_span(nov9, nov12, "en") == "Nov 9 - Nov 12, 2026");
    CHECK(format_local_span(nov9, nov12, "zh-Hans") == "11月9日 - 2026年11月12日");
    CHECK(format_local_span(nov9, jan3, "en") == "Nov 9, 2026 - Jan 3, 2027");
    CHECK(format_local_span(nov9, jan3, "es") == "09/11/2026 - 03/01/2027");
}
