# Turns language tables (assets/i18n/<code>.json) into C++: the core builds
# in English, which stands in for any text another table lacks (the site
# fetches the others when chosen); fpcli builds in all of them. Run with
# -DDIR=<assets/i18n> -DCODES=<code,code> -DNAME=<function> -DOUT=<file.cpp>;
# it defines `std::string_view NAME(std::string_view code)`, empty for a code
# it lacks.
string(REPLACE "," ";" CODES "${CODES}")
set(body "")
foreach(code IN LISTS CODES)
  file(READ "${DIR}/${code}.json" text)
  string(FIND "${text}" ")fp_text\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${code}.json contains the raw-string delimiter )fp_text\"")
  endif()
  string(APPEND body "    if (code == \"${code}\") return R\"fp_text(${text})fp_text\";\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from assets/i18n/ by scripts/embed-languages.cmake; do not edit.
#include <string_view>

namespace fp {

std::string_view ${NAME}(std::string_view code) {
${body}    return {};
}

} // namespace fp
")
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
