#include "ui/labels.h"

namespace fp::ui {

const std::string& month_name(const Text& text, int month) {
    return text("month." + std::to_string(month));
}

const std::string& month_short_name(const Text& text, int month) {
    return text("month." + std::to_string(month) + ".short");
}

} // namespace fp::ui
