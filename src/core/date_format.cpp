#include "date_format.h"

#include "vocabulary.h"

#include <array>
#include <cctype>
#include <vector>

namespace fp {

namespace {

enum class Form { English, Chinese, Korean, DayFirst };

Form form_of(std::string_view language) {
    const std::string_view base = language.substr(0, language.find('-'));
    if (base == "zh") return Form::Chinese;
    if (base == "ko") return Form::Korean;
    if (base == "es" || base == "vi") return Form::DayFirst;
    return Form::English;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// 1 to 12 for a month's English name or its first three letters, any case.
int month_from_name(const std::string& word) {
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        const std::string_view name = kMonths[m];
        if (word.size() != 3 && word.size() != name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(word[i])) ==
                   std::tolower(static_cast<unsigned char>(name[i]));
        if (same) return static_cast<int>(m) + 1;
    }
    return 0;
}

} // namespace

std::string format_local_date(const Date& d, std::string_view language) {
    const std::string y = std::to_string(d.year), m = std::to_string(d.month),
                      day = std::to_string(d.day);
    switch (form_of(language)) {
    case Form::Chinese:
        return y + "年" + m + "月" + day + "日";
    case Form::Korean:
        return y + ". " + m + ". " + day + ".";
    case Form::DayFirst:
        return (d.day < 10 ? "0" : "") + day + "/" + (d.month < 10 ? "0" : "") + m + "/" + y;
    case Form::English:
        break;
    }
    return std::string(kMonths[static_cast<std::size_t>(d.month - 1)].substr(0, 3)) + " " + day +
           ", " + y;
}

std::string format_local_month_day(const Date& d, std::string_view language) {
    const std::string m = std::to_string(d.month), day = std::to_string(d.day);
    switch (form_of(language)) {
    case Form::Chinese:
        return m + "月" + day + "日";
    case Form::Korean:
        return m + ". " + day + ".";
    case Form::DayFirst:
        return (d.day < 10 ? "0" : "") + day + "/" + (d.month < 10 ? "0" : "") + m;
    case Form::English:
        break;
    }
    return std::string(kMonths[static_cast<std::size_t>(d.month - 1)].substr(0, 3)) + " " + day;
}

std::string format_local_span(const Date& start, const Date& end, std::string_view language) {
    const std::string first = start.year == end.year ? format_local_month_day(start, language)
                                                     : format_local_date(start, language);
    return first + " - " + format_local_date(end, language);
}

std::optional<Date> parse_local_date(std::string_view text, std::string_view language) {
    if (const std::optional<Date> iso = parse_date(text)) return iso;
    // Numbers and at most one word, apart from the separators the forms use.
    std::vector<int> numbers;
    std::string word;
    bool in_number = false;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (!in_number) numbers.push_back(0);
            if (numbers.back() > 9999) return std::nullopt;
            numbers.back() = numbers.back() * 10 + (c - '0');
            in_number = true;
            ++i;
            continue;
        }
        in_number = false;
        if (std::isalpha(static_cast<unsigned char>(c))) {
            if (!word.empty() && !std::isalpha(static_cast<unsigned char>(text[i - 1])))
                return std::nullopt; // a second word
            word += c;
            ++i;
        } else if (c == ' ' || c == '.' || c == '/' || c == ',') {
            ++i;
        } else if (text.substr(i, 3) == "年" || text.substr(i, 3) == "月" ||
                   text.substr(i, 3) == "日") {
            i += 3;
        } else {
            return std::nullopt;
        }
    }
    Date d;
    const Form form = form_of(language);
    if (form == Form::English) {
        if (numbers.size() != 2 || (d.month = month_from_name(word)) == 0) return std::nullopt;
        d.day = numbers[0], d.year = numbers[1];
    } else {
        if (numbers.size() != 3 || !word.empty()) return std::nullopt;
        if (form == Form::DayFirst)
            d = {numbers[2], numbers[1], numbers[0]};
        else
            d = {numbers[0], numbers[1], numbers[2]};
    }
    if (d.year < 1000 || !is_valid_date(d)) return std::nullopt;
    return d;
}

int first_weekday(std::string_view language) {
    if (language == "zh-Hant" || language.substr(0, 5) == "zh-TW" ||
        language.substr(0, 5) == "zh-HK")
        return 6;
    const std::string_view base = language.substr(0, language.find('-'));
    return base == "zh" || base == "es" || base == "vi" ? 0 : 6;
}

} // namespace fp
