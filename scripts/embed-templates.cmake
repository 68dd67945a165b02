# Turns assets/templates/ into C++ so the core carries its templates with no
# file access. Run with -DINDEX=<templates.json> -DDIR=<folder> -DOUT=<file.cpp>.
file(READ "${INDEX}" index)
string(JSON count LENGTH "${index}")
math(EXPR last "${count} - 1")
set(body "")
foreach(i RANGE ${last})
  string(JSON key GET "${index}" ${i} key)
  string(JSON file GET "${index}" ${i} file)
  string(JSON keeps_currency GET "${index}" ${i} keeps_currency)
  # "today", "own" or "event": how a new plan is dated.
  string(JSON dates GET "${index}" ${i} dates)
  if(dates STREQUAL "today")
    set(dating "Today")
  elseif(dates STREQUAL "own")
    set(dating "Own")
  elseif(dates STREQUAL "event")
    set(dating "Event")
  else()
    message(FATAL_ERROR "templates.json: ${key} has dates \"${dates}\"; use today, own or event")
  endif()
  file(READ "${DIR}/${file}" text)
  string(FIND "${text}" ")fp_template\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter )fp_template\"")
  endif()
  if(keeps_currency)
    set(keeps "true")
  else()
    set(keeps "false")
  endif()
  string(APPEND body "        {\"${key}\", ${keeps}, TemplateDates::${dating},\n         R\"fp_template(${text})fp_template\"},\n")
endforeach()
file(WRITE "${OUT}.tmp" "// Generated from assets/templates/ by scripts/embed-templates.cmake; do not edit.
#include \"core/templates.h\"

namespace fp {

const std::vector<TemplateSource>& builtin_templates() {
    static const std::vector<TemplateSource> templates = {
${body}    };
    return templates;
}

} // namespace fp
")
# Rewrite only on change, so an unchanged template set does not rebuild.
configure_file("${OUT}.tmp" "${OUT}" COPYONLY)
