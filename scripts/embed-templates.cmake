# Turns assets/templates/ into C++ so the core carries its templates with no
# file access. Run with -DINDEX=<templates.json> -DDIR=<folder> -DOUT=<file.cpp>.
file(READ "${INDEX}" index)
string(JSON count LENGTH "${index}")
math(EXPR last "${count} - 1")
set(body "")
foreach(i RANGE ${last})
  string(JSON key GET "${index}" ${i} key)
  string(JSON file GET "${index}" ${i} file)
  string(JSON title GET "${index}" ${i} title)
  string(JSON summary GET "${index}" ${i} summary)
  file(READ "${DIR}/${file}" text)
  string(FIND "${text}" ")fp_template\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter )fp_template\"")
  endif()
  string(APPEND body "        {\"${key}\", R\"fp_template(${title})fp_template\", "
         "R\"fp_template(${summary})fp_template\",\n         R\"fp_template(${text})fp_template\"},\n")
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
