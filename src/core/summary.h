// A plan's derived figures in one JSON document: budget totals, achievement
// per KPI, SMART and schedule findings. What `fpcli summary` prints, and what
// scripts and later reports read.
#pragma once

#include "json_reader.h"
#include "model.h"

namespace fp {

Json summary_json(const Plan& plan);

} // namespace fp
