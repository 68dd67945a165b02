#include "core/money.h"

#include <catch2/catch.hpp>

using namespace fp;

TEST_CASE("money is shown with thousands separators and the currency's decimals") {
    CHECK(format_money(123456789, "CNY") == "1,234,567.89");
    CHECK(format_money(1500000, "KRW") == "1,500,000");
    CHECK(format_money(5, "USD") == "0.05");
    CHECK(format_money(0, "VND") == "0");
    CHECK(format_money(1234, "KWD") == "1.234");
    CHECK(format_money(kMaxMoney, "CNY") == "10,000,000,000,000.00");
}

TEST_CASE("typed amounts become exact minor units, or nothing") {
    CHECK(parse_money("1,234,567.89", "CNY") == Money{123456789});
    CHECK(parse_money(" 1234567.8 ", "CNY") == Money{123456780});
    CHECK(parse_money("5000", "CNY") == Money{500000});
    CHECK(parse_money(".5", "USD") == Money{50});
    CHECK(parse_money("1,500,000", "KRW") == Money{1500000});
    CHECK_FALSE(parse_money("1.5", "KRW"));   // won have no decimals
    CHECK_FALSE(parse_money("1.234", "CNY")); // fen are the smallest unit
    CHECK_FALSE(parse_money("-5", "CNY"));    // money in a plan is never negative
    CHECK_FALSE(parse_money("12,34", "CNY")); // separators only between thousands
    CHECK_FALSE(parse_money("1e5", "CNY"));
    CHECK_FALSE(parse_money("", "CNY"));
    CHECK_FALSE(parse_money("10000000000000.01", "CNY")); // over kMaxMoney
    CHECK(parse_money("10,000,000,000,000", "CNY") == kMaxMoney);
}

TEST_CASE("rates are entered and shown as percentages") {
    CHECK(format_percent(0.125) == "12.5%");
    CHECK(format_percent(0.03) == "3%");
    CHECK(format_percent(-0.05) == "-5%");
    CHECK(parse_percent("12.5").value() == Approx(0.125));
    CHECK(parse_percent("3 %").value() == Approx(0.03));
    CHECK(parse_percent("-5%").value() == Approx(-0.05));
    CHECK_FALSE(parse_percent("abc"));
    CHECK_FALSE(parse_percent("%"));
}

TEST_CASE("KPI values are shown and read in their unit") {
    CHECK(format_value(1000000, Unit::Count, "CNY") == "1,000,000");
    CHECK(format_value(0.025, Unit::Percent, "CNY") == "2.5%");
    CHECK(format_value(1590000, Unit::Amount, "CNY") == "15,900");
    CHECK(format_value(1.25, Unit::Number, "CNY") == "1.25");
    CHECK(parse_value("15,900.5", Unit::Amount, "CNY").value() == Approx(1590050));
    CHECK(parse_value("2.5%", Unit::Percent, "CNY").value() == Approx(0.025));
    CHECK(parse_value("850,000", Unit::Count, "CNY").value() == Approx(850000));
    CHECK_FALSE(parse_value("lots", Unit::Count, "CNY"));
}

TEST_CASE("each market's numbers are shown with its own separators") {
    const Numbers es = numbers_for("es"), vi = numbers_for("vi"), ko = numbers_for("ko");
    CHECK(format_money(123456789, "EUR", es) == "1.234.567,89");
    CHECK(format_money(150000000, "VND", vi) == "150.000.000");
    CHECK(format_money(123456789, "CNY", numbers_for("zh-Hans")) == "1,234,567.89");
    CHECK(format_money(1500000, "KRW", ko) == "1,500,000");
    CHECK(format_percent(0.125, 2, es) == "12,5 %");
    CHECK(format_percent(0.125, 2, vi) == "12,5%");
    CHECK(format_percent(0.125, 2, numbers_for("zh-Hant")) == "12.5%");
    CHECK(format_number(-1234.5, 2, es) == "-1.234,5");
    CHECK(format_value(1590000, Unit::Amount, "EUR", numbers_for("es-MX")) == "15.900");
    CHECK(numbers_for("en").group == ',');
    CHECK(numbers_for("").decimal == '.');
}

TEST_CASE("an amount typed in either market's style means the same, or is refused") {
    const Numbers es = numbers_for("es");
    // Both separators: their order says which is which, whatever the market.
    CHECK(parse_money("1.234,5", "EUR", es) == Money{123450});
    CHECK(parse_money("1,234.5", "EUR", es) == Money{123450});
    CHECK(parse_money("1,234.5", "USD") == Money{123450});
    CHECK(parse_money("1.234,5", "USD") == Money{123450});
    CHECK(parse_money("1.234.567,89", "EUR", es) == Money{123456789});
    // The market's own way of writing a thousand, and its decimals.
    CHECK(parse_money("1.234", "EUR", es) == Money{123400});
    CHECK(parse_money("1,5", "EUR", es) == Money{150});
    CHECK_FALSE(parse_number("1.5", es)); // a point separates thousands in Spanish
    CHECK(parse_percent("12,5 %", es).value() == Approx(0.125));
    // One separator and three digits that the market reads as decimals:
    // another reads a thousand. Refused rather than guessed.
    CHECK(ambiguous_number("1,234", es));
    CHECK_FALSE(parse_number("1,234", es));
    CHECK(ambiguous_number("1.234"));
    CHECK_FALSE(parse_number("1.234"));
    CHECK_FALSE(ambiguous_number("0.125")); // no thousand starts with 0
    CHECK_FALSE(ambiguous_number("1234.567"));
    CHECK_FALSE(ambiguous_number("1,234"));     // a thousand, as English writes it
    CHECK_FALSE(ambiguous_number("1.234", es)); // a thousand, as Spanish writes it
    CHECK(parse_number("0.125").value() == Approx(0.125));
    // Separators that fit neither style.
    CHECK_FALSE(parse_number("1.23.4", es));
    CHECK_FALSE(parse_number("12,34"));
    CHECK_FALSE(parse_number("1,2.3,4"));
    // What is shown reads back to the same value in every market.
    for (const char* language : {"en", "zh-Hans", "zh-Hant", "ko", "vi", "es"}) {
        const Numbers n = numbers_for(language);
        for (Money m : {Money{0}, Money{5}, Money{123456789}, kMaxMoney})
            CHECK(parse_money(format_money(m, "CNY", n), "CNY", n) == m);
        CHECK(parse_percent(format_percent(0.0345, 2, n), n).value() == Approx(0.0345));
    }
}

TEST_CASE("Taiwan dollars are written whole while the file keeps ISO's cents") {
    CHECK(currency_decimals("TWD") == 2);
    CHECK(written_decimals("TWD") == 0);
    CHECK(format_money(150000, "TWD") == "1,500");
    CHECK(format_money(150050, "TWD") == "1,501");
    CHECK(format_money(150049, "TWD") == "1,500");
    CHECK(parse_money("1,500", "TWD") == Money{150000});
    CHECK_FALSE(parse_money("1,500.5", "TWD"));
    CHECK(written_decimals("CNY") == 2);
    CHECK(written_decimals("KRW") == 0);
}
