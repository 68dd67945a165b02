// The templates a plan can start from (assets/templates/, built into the
// program): a blank RACE plan, one per scenario, and a worked sample.
#pragma once

#include "workspace.h"

#include <string>
#include <string_view>
#include <vector>

namespace fp {

struct TemplateSource {
    std::string_view key;     // "launch", used by fpcli new --template
    std::string_view title;   // "New product launch"
    std::string_view summary; // one line for the picker
    std::string_view text;    // the template's plan file
};

// Generated at build time from assets/templates/ (scripts/embed-templates.cmake).
const std::vector<TemplateSource>& builtin_templates();

const TemplateSource* find_template(std::string_view key);

// A new plan from a template file: a fresh plan id, the given name (or the
// template's), and every date moved so that the plan starts today.
struct TemplateResult {
    bool ok = false;
    Plan plan;
    std::string error;
};
TemplateResult plan_from_template(std::string_view template_text, const std::string& name,
                                  const Stamp& stamp);

} // namespace fp
