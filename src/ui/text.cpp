#include "ui/text.h"

#include "core/money.h"

namespace fp::ui {

Text::Text(Messages english) : english_(std::move(english)), current_(english_) {}

void Text::use(Messages messages) {
    current_ = messages.code == "en" ? english_ : std::move(messages);
}

const std::string& Text::operator()(std::string_view key) const {
    if (const std::string* p = find_pattern(current_, key)) return *p;
    if (const std::string* p = find_pattern(english_, key)) return *p;
    missing_ = std::string(key);
    return missing_;
}

std::string Text::operator()(std::string_view key, const Args& args) const {
    return fill((*this)(key), args);
}

std::string Text::operator()(const Message& m) const {
    return render(m, [this](std::string_view key) -> std::string_view { return (*this)(key); });
}

std::string Text::count(std::string_view key, double n, Args args) const {
    args.emplace_back("count", format_number(n, 2, numbers_for(current_.code)));
    const std::string form = std::string(key) + std::string(plural_form(current_.code, n));
    const std::string* p = find_pattern(current_, form);
    if (!p) p = find_pattern(english_, std::string(key) + std::string(plural_form("en", n)));
    return fill(p ? *p : std::string(key), args);
}

} // namespace fp::ui
