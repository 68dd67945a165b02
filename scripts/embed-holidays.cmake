# Turns assets/holidays.json into C++ so the core carries it with no file
# access. Run with -DIN=<assets/holidays.json> -DOUT=<file.cpp>.
file(READ "${IN}" text)
string(FIND "${text}" ")fp_holidays\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )fp_holidays\"")
endif()
file(WRITE "${OUT}.tmp" "// Generated from assets/holidays.json by scripts/embed-holidays.cmake; do not edit.
#include \"core/holidays.h\"

namespace fp {

std::string_view builtin_holidays() {
    return R\"fp_holidays(${text})fp_holidays\";
}

} // namespace fp
")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
