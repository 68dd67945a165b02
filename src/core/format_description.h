// The plan format described from the field tables (model_fields.h): the
// field tables of docs/plan-format.md and the JSON Schema in
// assets/schema/plan.schema.json, written by `fpcli format-doc` and
// `fpcli schema`. A ctest compares both with what is committed, so neither
// can drift from the code.
#pragma once

#include <string>

namespace fp {

// One Markdown table per struct, in the order the documentation presents them.
std::string format_field_tables();
// The JSON Schema (draft 2020-12) of a plan file, indented by two spaces.
std::string format_json_schema();

} // namespace fp
