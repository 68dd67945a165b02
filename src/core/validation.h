// Checks on a plan that go beyond the shape of its file: lengths, ranges,
// codes, dates in order, unique identifiers and references that resolve.
// A plan that passes is a valid file; the interface keeps every plan so.
#pragma once

#include "model.h"
#include "plan_format.h"

#include <vector>

namespace fp {

// Problems carry the JSON Pointer of the field inside a plan file; their text
// positions are left for the caller to fill in.
std::vector<Problem> validate_plan(const Plan& plan, const FormatLimits& limits = {});

// Length of UTF-8 text in code points, the unit of every text limit.
std::size_t count_chars(std::string_view utf8);

} // namespace fp
