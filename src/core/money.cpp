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
std::string group_thousands(std::string digits) {
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

// Digits with optional thousands separators (only between groups of three),
// an optional point and fraction; the text without separators, or nothing.
std::optional<std::string> plain_number(std::string_view s) {
    std::string out;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    const std::size_t point = s.find('.');
    std::string_view whole = s.substr(0, point);
    std::string_view fraction = point == std::string_view::npos ? "" : s.substr(point + 1);
    if (whole.empty() && fraction.empty()) return std::nullopt;
    int since_comma = -1; // digits since the last separator, -1 before the first
    for (char c : whole) {
        if (c == ',') {
            if (out.empty() || (since_comma != -1 && since_comma != 3)) return std::nullopt;
            since_comma = 0;
        } else if (c >= '0' && c <= '9') {
            out += c;
            if (since_comma != -1) ++since_comma;
        } else {
            return std::nullopt;
        }
    }
    if (since_comma != -1 && since_comma != 3) return std::nullopt;
    if (point != std::string_view::npos) {
        out += '.';
        for (char c : fraction) {
            if (c < '0' || c > '9') return std::nullopt;
            out += c;
        }
    }
    return (negative ? "-" : "") + (out.empty() || out[0] == '.' ? "0" + out : out);
}

} // namespace

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

std::string format_money(Money minor, std::string_view code) {
    const int decimals = currency_decimals(code);
    Money scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = minor < 0;
    const Money magnitude = negative ? -minor : minor;
    std::string out = group_thousands(std::to_string(magnitude / scale));
    if (decimals > 0) {
        std::string cents = std::to_string(magnitude % scale);
        out += "." + std::string(static_cast<std::size_t>(decimals) - cents.size(), '0') + cents;
    }
    return negative ? "-" + out : out;
}

std::optional<Money> parse_money(std::string_view text, std::string_view code) {
    const std::optional<std::string> plain = plain_number(trim(text));
    if (!plain || (*plain)[0] == '-') return std::nullopt;
    const int decimals = currency_decimals(code);
    const std::size_t point = plain->find('.');
    std::string whole = plain->substr(0, point);
    std::string fraction = point == std::string::npos ? "" : plain->substr(point + 1);
    if (static_cast<int>(fraction.size()) > decimals) return std::nullopt;
    fraction.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
    const std::string digits = whole + fraction;
    const std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) return Money{0};
    if (digits.size() - first > 16) return std::nullopt;
    const Money value = std::stoll(digits.substr(first));
    if (value > kMaxMoney) return std::nullopt;
    return value;
}

std::string format_number(double value, int decimals) {
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
    std::string out = group_thousands(text) + (fraction.empty() ? "" : "." + fraction);
    const bool zero = out.find_first_not_of("0.,") == std::string::npos;
    return value < 0 && !zero ? "-" + out : out;
}

std::optional<double> parse_number(std::string_view text) {
    const std::optional<std::string> plain = plain_number(trim(text));
    if (!plain) return std::nullopt;
    const double v = std::strtod(plain->c_str(), nullptr);
    if (!std::isfinite(v)) return std::nullopt;
    return v;
}

std::string format_percent(double fraction, int decimals) {
    return format_number(fraction * 100.0, decimals) + "%";
}

std::optional<double> parse_percent(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.back() == '%') text = trim(text.substr(0, text.size() - 1));
    const std::optional<double> v = parse_number(text);
    if (!v) return std::nullopt;
    return *v / 100.0;
}

std::string format_value(double value, Unit unit, std::string_view currency) {
    switch (unit) {
    case Unit::Percent:
        return format_percent(value);
    case Unit::Amount: {
        const int decimals = currency_decimals(currency);
        return format_number(value / std::pow(10.0, decimals), decimals);
    }
    case Unit::Count:
        return format_number(value, 0);
    case Unit::Number:
        break;
    }
    return format_number(value, 4);
}

std::optional<double> parse_value(std::string_view text, Unit unit, std::string_view currency) {
    switch (unit) {
    case Unit::Percent:
        return parse_percent(text);
    case Unit::Amount: {
        const std::optional<double> v = parse_number(text);
        if (!v) return std::nullopt;
        return std::round(*v * std::pow(10.0, currency_decimals(currency)));
    }
    case Unit::Count:
    case Unit::Number:
        break;
    }
    return parse_number(text);
}

} // namespace fp
