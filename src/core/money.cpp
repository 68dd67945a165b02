#include "money.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace fp {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// "1234567" -> "1,234,567"
std::string group_thousands(std::string digits, char group) {
    if (!group) return digits;
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), 1, group);
    return digits;
}

bool is_separator(char c) {
    return c == ',' || c == '.';
}

// Which separator of `s` (a sign and digits with ',' and '.') marks the
// decimals: the later of the two when both appear; none when one appears
// more than once (it separates thousands); for one that appears once, the
// market's own reading: its group separator stays a group separator.
char decimal_mark(std::string_view s, const Numbers& n) {
    const std::size_t last = s.find_last_of(",.");
    if (last == std::string_view::npos) return 0;
    const char other = s[last] == ',' ? '.' : ',';
    if (s.find(other) != std::string_view::npos) return s[last];
    if (s.find(s[last]) != last) return 0;
    return s[last] == n.group ? 0 : s[last];
}

// Digits with optional thousands separators (only between groups of three),
// an optional decimal mark and fraction; the text as "-1234.5", or nothing,
// also for text two markets read 1,000 times apart (ambiguous_number).
std::optional<std::string> plain_number(std::string_view s, const Numbers& n) {
    if (ambiguous_number(s, n)) return std::nullopt;
    std::string out;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    const char mark = decimal_mark(s, n);
    const std::size_t point = mark ? s.rfind(mark) : std::string_view::npos;
    std::string_view whole = s.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? "" : s.substr(point + 1);
    if (whole.empty() && fraction.empty()) return std::nullopt;
    int since_group = -1; // digits since the last separator, -1 before the first
    char group = 0;
    for (char c : whole) {
        if (is_separator(c)) {
            if (out.empty() || (since_group != -1 && since_group != 3)) return std::nullopt;
            if (group && c != group) return std::nullopt;
            group = c;
            since_group = 0;
        } else if (c >= '0' && c <= '9') {
            out += c;
            if (since_group != -1) ++since_group;
        } else {
            return std::nullopt;
        }
    }
    if (since_group != -1 && since_group != 3) return std::nullopt;
    if (point != std::string_view::npos) {
        out += '.';
        for (char c : fraction) {
            if (c < '0' || c > '9') return std::nullopt;
            out += c;
        }
    }
    return (negative ? "-" : "") + (out.empty() || out[0] == '.' ? "0" + out : out);
}

// The digits of a formatted number with the market's separators.
std::string with_separators(const std::string& whole, const std::string& fraction,
                            const Numbers& n) {
    return group_thousands(whole, n.group) +
           (fraction.empty() ? "" : std::string(1, n.decimal) + fraction);
}

} // namespace

Numbers numbers_for(std::string_view language) {
    const std::string_view base = language.substr(0, language.find('-'));
    if (base == "es" || base == "vi") return Numbers{'.', ',', base == "es"};
    return Numbers{};
}

bool ambiguous_number(std::string_view text, const Numbers& n) {
    const std::string_view s = trim(text);
    const std::size_t at = s.find_first_of(",.");
    if (at == std::string_view::npos || s.find_first_of(",.", at + 1) != std::string_view::npos)
        return false;
    if (s[at] == n.group || s.size() - at - 1 != 3) return false;
    // "0.125" cannot be thousands; "1.234" can.
    const std::string_view whole = s.substr(s[0] == '-' || s[0] == '+' ? 1 : 0);
    const std::string_view digits = whole.substr(0, whole.find_first_of(",."));
    return !digits.empty() && digits != "0" && digits.size() <= 3 &&
           digits.find_first_not_of("0123456789") == std::string_view::npos;
}

int currency_decimals(std::string_view code) {
    static constexpr std::string_view zero[] = {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY",
                                                "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                                                "VND", "VUV", "XAF", "XOF", "XPF"};
    static constexpr std::string_view three[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
    for (std::string_view c : zero)
        if (c == code) return 0;
    for (std::string_view c : three)
        if (c == code) return 3;
    return 2;
}

int written_decimals(std::string_view code) {
    return code == "TWD" ? 0 : currency_decimals(code);
}

std::string format_money(Money minor, std::string_view code, const Numbers& n) {
    const int decimals = currency_decimals(code), written = written_decimals(code);
    Money scale = 1, unwritten = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    for (int i = written; i < decimals; ++i)
        unwritten *= 10;
    const bool negative = minor < 0;
    Money magnitude = negative ? -minor : minor;
    magnitude = (magnitude + unwritten / 2) / unwritten * unwritten; // half away from zero
    std::string cents;
    if (written > 0) {
        cents = std::to_string(magnitude % scale);
        cents.insert(0, static_cast<std::size_t>(decimals) - cents.size(), '0');
        cents.resize(static_cast<std::size_t>(written));
    }
    const std::string out = with_separators(std::to_string(magnitude / scale), cents, n);
    return negative ? "-" + out : out;
}

std::optional<Money> parse_money(std::string_view text, std::string_view code, const Numbers& n) {
    const std::optional<std::string> plain = plain_number(trim(text), n);
    if (!plain || (*plain)[0] == '-') return std::nullopt;
    const int decimals = currency_decimals(code);
    const std::size_t point = plain->find('.');
    std::string whole = plain->substr(0, point);
    std::string fraction = point == std::string::npos ? "" : plain->substr(point + 1);
    if (static_cast<int>(fraction.size()) > written_decimals(code)) return std::nullopt;
    fraction.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
    const std::string digits = whole + fraction;
    const std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) return Money{0};
    if (digits.size() - first > 16) return std::nullopt;
    const Money value = std::stoll(digits.substr(first));
    if (value > kMaxMoney) return std::nullopt;
    return value;
}

std::string format_number(double value, int decimals, const Numbers& n) {
    if (!std::isfinite(value)) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
    std::string text = buf;
    const std::size_t point = text.find('.');
    std::string fraction;
    if (point != std::string::npos) {
        fraction = text.substr(point + 1);
        while (!fraction.empty() && fraction.back() == '0')
            fraction.pop_back();
        text.resize(point);
    }
    const std::string out = with_separators(text, fraction, n);
    const bool zero = out.find_first_not_of("0.,") == std::string::npos;
    return value < 0 && !zero ? "-" + out : out;
}

std::optional<double> parse_number(std::string_view text, const Numbers& n) {
    const std::optional<std::string> plain = plain_number(trim(text), n);
    if (!plain) return std::nullopt;
    const double v = std::strtod(plain->c_str(), nullptr);
    if (!std::isfinite(v)) return std::nullopt;
    return v;
}

std::string format_percent(double fraction, int decimals, const Numbers& n) {
    return format_number(fraction * 100.0, decimals, n) + (n.percent_space ? " %" : "%");
}

std::optional<double> parse_percent(std::string_view text, const Numbers& n) {
    text = trim(text);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    const std::optional<double> v = parse_number(text, n);
    if (!v) return std::nullopt;
    return *v / 100.0;
}

std::string format_value(double value, Unit unit, std::string_view currency, const Numbers& n) {
    switch (unit) {
    case Unit::Percent:
        return format_percent(value, 2, n);
    case Unit::Amount: {
        const int decimals = currency_decimals(currency);
        return format_number(value / std::pow(10.0, decimals), decimals, n);
    }
    case Unit::Count:
        return format_number(value, 0, n);
    case Unit::Number:
        break;
    }
    return format_number(value, 4, n);
}

std::optional<double> parse_value(std::string_view text, Unit unit, std::string_view currency,
                                  const Numbers& n) {
    switch (unit) {
    case Unit::Percent:
        return parse_percent(text, n);
    case Unit::Amount: {
        const std::optional<double> v = parse_number(text, n);
        if (!v) return std::nullopt;
        return std::round(*v * std::pow(10.0, currency_decimals(currency)));
    }
    case Unit::Count:
    case Unit::Number:
        break;
    }
    return parse_number(text, n);
}

} // namespace fp
