# Turns assets/i18n/en.json into C++: English is the interface's built-in
# language and stands in for any text another table lacks; the other
# languages are fetched when chosen. Run with -DIN=<en.json> -DOUT=<file.cpp>.
file(READ "${IN}" text)
string(FIND "${text}" ")fp_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )fp_text\"")
endif()
file(WRITE "${OUT}.tmp" "// Generated from assets/i18n/en.json by scripts/embed-english.cmake; do not edit.
#include \"core/messages.h\"

namespace fp {

std::string_view builtin_english_messages() {
    return R\"fp_text(${text})fp_text\";
}

} // namespace fp
")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
