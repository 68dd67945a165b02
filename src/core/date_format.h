// Dates as each market writes them, for showing and typing; the file always
// keeps YYYY-MM-DD (vocabulary.h). The plan's language picks the form.
#pragma once

#include "model.h"

#include <optional>
#include <string>
#include <string_view>

namespace fp {

// "Nov 11, 2026" (en), "2026年11月11日" (zh-Hans, zh-Hant), "2026. 11. 11."
// (ko), "11/11/2026" (es, vi); other languages as English.
std::string format_local_date(const Date& date, std::string_view language);

// The day without its year, for ticks and spans: "Nov 11" (en), "11月11日"
// (zh), "11. 11." (ko), "11/11" (es, vi: day first).
std::string format_local_month_day(const Date& date, std::string_view language);

// A period, its end with the year and its start too when the years differ:
// "Nov 9 - Nov 12, 2026", "11月9日 - 2026年11月12日".
std::string format_local_span(const Date& start, const Date& end, std::string_view language);

// The language's own form (zh also "2026/11/11", ko also "2026.11.11", en
// also "November 11 2026") or YYYY-MM-DD in any language; nothing for other
// text or a day the calendar lacks. English takes no all-number form but
// ISO, since 11/12/2026 means a different day to a reader of Spanish.
std::optional<Date> parse_local_date(std::string_view text, std::string_view language);

// The calendar's first day of the week, 0 for Monday to 6 for Sunday, as the
// language's main market has it: Sunday in the United States, Taiwan and
// Korea, Monday in mainland China, Spain and Vietnam.
int first_weekday(std::string_view language);

} // namespace fp
