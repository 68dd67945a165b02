#include "ui/labels.h"

namespace fp::ui {

const char* month_name(int month) {
    static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
    return month >= 1 && month <= 12 ? kMonths[month - 1] : "";
}

} // namespace fp::ui
